"""`rebond jobad FILE`: the competencies a job advertisement asks for (FR or EN), questions to practise for each,
and which saved STAR stories cover them, with a number in the result or not."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli.cmd_practice import add_data_dir, apply_data_dir
from app.core.errors import InputError


def register(sub) -> None:
    p = sub.add_parser("jobad", help="competencies of a job ad, matching questions and your story coverage")
    p.add_argument("file", help="a text file with the advertisement ('-' reads standard input)")
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=("fr", "en"), default=None, help="language of the ad (default: detected)")
    p.set_defaults(func=_run)


def read_ad(name: str) -> str:
    """The ad's text from a file or stdin, as UTF-8 (with a readable error otherwise)."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name).expanduser()
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"Job ad file not found: {path}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text.", hint="Save the advertisement as plain UTF-8 text.") from exc
    except OSError as exc:
        raise InputError(f"{path} cannot be read ({exc.strerror}).") from exc


def _run(args) -> int:
    apply_data_dir(args)
    from app.cli.cmd_practice import open_store
    from app.services import coaching

    text = read_ad(args.file)
    store = open_store()
    try:
        doc = coaching.jobad(store, text, lang=args.lang)
    finally:
        store.close()
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    if not doc["competencies"]:
        print("No competency of the lexicon was found in this advertisement.")
        return 0
    print(f"Competencies asked for ({doc['language']}):")
    for c in doc["competencies"]:
        print(f"  {c['label']} ×{c['count']}  ({', '.join(c['evidence'])})")
    print("\nStory bank:")
    for row in doc["matrix"]:
        mark = {"quantified": "✓ quantified", "unquantified": "~ no number", "gap": "✗ no story"}[row["status"]]
        print(f"  {row['label']:<36} {mark}  {len(row['stories'])} story(ies)")
    print("\nQuestions to practise:")
    for cid, qs in doc["questions"].items():
        for q in qs:
            print(f"  [{cid}] {q['text']}")
    return 0
