"""`rebond models list|fetch|verify|path`."""

from __future__ import annotations

import json
import sys

from app.cli.progressbar import ProgressBar
from app.core.errors import FetchError, ModelIntegrityError
from app.ml.model_store import ModelStore


def register(sub) -> None:
    parser = sub.add_parser("models", help="list, fetch and verify the model files (all kept on this machine)")
    msub = parser.add_subparsers(dest="models_cmd", metavar="ACTION", required=True)

    p = msub.add_parser("list", help="every known model, its size, where it lives and whether it verifies")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_list)

    p = msub.add_parser("fetch", help="download missing models (official host first, then registry carriers)")
    p.add_argument("ids", nargs="*", help="model ids (default: every default model)")
    p.set_defaults(func=_fetch)

    p = msub.add_parser("verify", help="re-hash model files; non-zero exit if any default model is missing or bad")
    p.add_argument("ids", nargs="*", help="model ids (default: every default model)")
    p.set_defaults(func=_verify)

    p = msub.add_parser("path", help="print the model folder, or the path of one model")
    p.add_argument("id", nargs="?")
    p.set_defaults(func=_path)


def _ids(store: ModelStore, ids: list[str]) -> list[str]:
    for model_id in ids:
        store.spec(model_id)  # raises a clear error for unknown ids
    return ids or [m.id for m in store.specs.values() if m.default]


def _human(size: int | None) -> str:
    if size is None:
        return "?"
    return f"{size / 1e6:.1f} MB"


def _list(args) -> int:
    store = ModelStore()
    rows = []
    for spec in store.specs.values():
        states = {s.state for s in store.status(spec.id, full=False)}
        state = "ok" if states == {"ok"} else ("unpinned" if "unpinned" in states else
                                                "bad" if "mismatch" in states else "missing")
        rows.append({
            "id": spec.id, "kind": spec.kind, "size": spec.size, "default": spec.default, "state": state,
            "path": str(store.path(spec.id)), "description": spec.description,
        })
    if args.json:
        print(json.dumps({"model_dir": str(store.root), "models": rows}, indent=2))
        return 0
    print(f"Model folder: {store.root}")
    print(f"{'id':22} {'kind':6} {'size':>9}  {'state':8} {'default':7} path")
    for r in rows:
        print(f"{r['id']:22} {r['kind']:6} {_human(r['size']):>9}  {r['state']:8} {'yes' if r['default'] else 'no':7} "
              f"{r['path']}")
    return 0


def _fetch(args) -> int:
    store = ModelStore()
    failures = 0
    for model_id in _ids(store, args.ids):
        bar = ProgressBar(model_id)
        try:
            path = store.fetch(model_id, progress=bar)
        except FetchError as err:
            bar.close()
            print(f"rebond: {err.user_text()}", file=sys.stderr)
            failures += 1
            continue
        bar.close()
        print(f"{model_id}: ok  {path}")
    return 4 if failures else 0


def _verify(args) -> int:
    store = ModelStore()
    bad = 0
    for model_id in _ids(store, args.ids):
        for st in store.status(model_id, full=True):
            line = f"{model_id}/{st.name}: {st.state.upper() if st.state != 'ok' else 'ok'}"
            if st.detail:
                line += f" ({st.detail})"
            print(line, file=sys.stdout if st.state == "ok" else sys.stderr)
            bad += st.state != "ok"
    if bad:
        print(f"rebond: {bad} model file(s) failed verification; run `rebond models fetch` to repair.",
              file=sys.stderr)
        return ModelIntegrityError.exit_code
    print("All model files verified (sha256 matches the manifest).")
    return 0


def _path(args) -> int:
    store = ModelStore()
    print(store.path(args.id) if args.id else store.root)
    return 0
