"""STAR table of `rebond bench speech`: every labelled set scored with the acceptance metrics of the STAR work, for
the rules-only analyser (what Rebond had before the classifier, and still uses when the embedding model is absent)
and for the current analyser (classifier + sequence step).

Metrics per set: for each part, recall on the answers that have it ("has") and on the answers that lack it ("lacks");
the share of answers with all four presence flags right; result_quantified accuracy. Acceptance: has ≥ 0.90,
lacks ≥ 0.85, all four ≥ 0.80, rq ≥ 0.90.

First-contact figures (each set scored once before anything was tuned on it) are recorded in
tests/data/speech/star_first_contact.json and printed beside the live scores.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from bench.data import REPO_ROOT

SPEECH_DATA = REPO_ROOT / "tests" / "data" / "speech"
FIRST_CONTACT = SPEECH_DATA / "star_first_contact.json"


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def acceptance_scores(rows: list[dict], analyse: Callable[[str, str], dict] | None = None,
                      preds: list[dict] | None = None) -> dict:
    """{'n', 'has': {part: recall}, 'lacks': {part: recall}, 'all4', 'rq', 'misses': [ids]}, from an analyser or from
    analyses already made (`preds`, in the order of `rows`)."""
    has = {p: [0, 0] for p in "STAR"}
    lacks = {p: [0, 0] for p in "STAR"}
    all4 = rq = 0
    misses = []
    for k, d in enumerate(rows):
        r = preds[k] if preds is not None else analyse(d["text"], d["lang"])
        ok = True
        for p in "STAR":
            gold, pred = bool(d["present"][p]), bool(r["present"][p])
            bucket = has if gold else lacks
            bucket[p][0] += gold == pred
            bucket[p][1] += 1
            ok &= gold == pred
        all4 += ok
        rq += bool(r["result_quantified"]) == bool(d["result_quantified"])
        if not ok or bool(r["result_quantified"]) != bool(d["result_quantified"]):
            misses.append(d["id"])
    n = len(rows)
    rec = {p: (c[0] / c[1] if c[1] else None) for p, c in has.items()}
    rec_l = {p: (c[0] / c[1] if c[1] else None) for p, c in lacks.items()}
    return {"n": n, "has": rec, "lacks": rec_l, "all4": all4 / n if n else 0.0, "rq": rq / n if n else 0.0,
            "misses": misses}


def passes(s: dict) -> bool:
    return (all(v is None or v >= 0.90 for v in s["has"].values())
            and all(v is None or v >= 0.85 for v in s["lacks"].values()) and s["all4"] >= 0.80 and s["rq"] >= 0.90)


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"


def row_text(name: str, label: str, s: dict) -> str:
    cells = [f"{_fmt(s['has'][p])}/{_fmt(s['lacks'][p])}" for p in "STAR"]
    return (f"| {name} | {s['n']} | {label} | " + " | ".join(cells)
            + f" | {s['all4']:.2f} | {s['rq']:.2f} | {'yes' if passes(s) else 'no'} |")


def star_sets(data: Path | None) -> list[Path]:
    """The shared dev set (when present) and every set committed under tests/data/speech."""
    out = []
    if data is not None and (data / "labels" / "star_dev.jsonl").is_file():
        out.append(data / "labels" / "star_dev.jsonl")
    out += sorted(SPEECH_DATA.glob("star_*.jsonl"))
    return out


def analysers() -> dict[str, Callable[[str, str], dict]]:
    from app.analysis.star import analyze_star_text
    from app.ml.sentence_embedder import default_embedder

    emb = default_embedder()
    out = {"rules": lambda t, lang: analyze_star_text(t, lang, embedder=None)}
    if emb is not None:
        out["classifier"] = lambda t, lang: analyze_star_text(t, lang, embedder=emb)
    return out


def print_table(data: Path | None) -> None:
    first = json.loads(FIRST_CONTACT.read_text(encoding="utf-8")) if FIRST_CONTACT.is_file() else {}
    print("## STAR presence per set (recall on answers that have / lack each part), all four right, result "
          "quantified")
    print("Acceptance: has ≥ 0.90, lacks ≥ 0.85, all four ≥ 0.80, rq ≥ 0.90. 'first contact' = the score recorded "
          "when each analyser first met the set (tests/data/speech/star_first_contact.json); the cue rules had "
          "already been tuned on star_dev and every older set, so their line there is not a first contact. 'now' = "
          "this checkout. Sets marked (train) shaped the classifier: their 'now' line is not evidence.")
    print("| set | n | analyser | S | T | A | R | all four | rq | pass |\n|---|---|---|---|---|---|---|---|---|---|")
    fns = analysers()
    if "classifier" not in fns:
        print("(the sentence-embedding model is not available: only the rules-only analyser is scored)")
    from bench.star_train import PROJECT_SETS

    for path in star_sets(data):
        rows = load_rows(path)
        name = path.stem + (" (train)" if path.stem in PROJECT_SETS else "")
        for label, rec in first.get(path.stem, {}).items():
            print(row_text(name, f"first contact: {label}", rec))
        for label, fn in fns.items():
            print(row_text(name, f"now: {label}", acceptance_scores(rows, fn)))
    print()
