"""`rebond sessions list|recover|delete`: what is stored, and the same crash recovery as at start-up."""

from __future__ import annotations

import json
import sys

from app.cli.cmd_practice import add_data_dir, apply_data_dir


def register(sub) -> None:
    p = sub.add_parser("sessions", help="list, recover or delete practice sessions")
    add_data_dir(p)
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = s.add_parser("list", help="sessions and their answers")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    add_data_dir(lst, nested=True)
    rec = s.add_parser("recover", help="mark answers cut by a crash as interrupted and re-run cut analyses")
    rec.add_argument("--no-analyze", action="store_true", help="only mark and repair; do not run analyses")
    rec.add_argument("--analyzer", default=None, help="analysis function as module:function")
    add_data_dir(rec, nested=True)
    an = s.add_parser("analyze", help="(re-)run the analysis of a session's answers (e.g. interrupted ones)")
    an.add_argument("session_id")
    an.add_argument("index", type=int, nargs="?", help="only this answer (from 1)")
    an.add_argument("--analyzer", default=None, help="analysis function as module:function")
    add_data_dir(an, nested=True)
    rm = s.add_parser("delete", help="delete a session with all its files")
    rm.add_argument("session_id")
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    add_data_dir(rm, nested=True)
    p.set_defaults(func=_run)


def sessions_json(store) -> dict:
    """The `sessions list --json` document."""
    return {"sessions": [
        {"id": s.id, "started_at": s.started_at, "language": s.language, "answers": [
            {"index": a.index, "question": a.question, "status": a.status,
             "media": str(a.media) if a.media else None, "report": str(a.report) if a.report else None}
            for a in s.answers]}
        for s in store.list_sessions()]}


def index_notice(store) -> None:
    """Say on stderr when opening the data folder repaired its index (a damaged file moved aside, folders added)."""
    if store.damaged_index is not None:
        print(f"rebond: the session database was damaged; it was moved to {store.damaged_index} and the list of "
              f"sessions was rebuilt from the session folders ({len(store.reindexed)} session(s)). Feedback-journal "
              "entries, goals and your own questions were only in that file.", file=sys.stderr)
    elif store.reindexed:
        print(f"rebond: {len(store.reindexed)} session folder(s) missing from the index were added back: "
              + ", ".join(store.reindexed), file=sys.stderr)


def _run(args) -> int:
    apply_data_dir(args)
    from app.storage.store import Store

    store = Store()
    index_notice(store)
    try:
        if args.action == "list":
            return _list(store, args.json)
        if args.action == "recover":
            return _recover(store, args)
        if args.action == "analyze":
            return _analyze(store, args)
        return _delete(store, args)
    finally:
        store.close()


def _list(store, as_json: bool) -> int:
    doc = sessions_json(store)
    if as_json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    if not doc["sessions"]:
        print(f"No sessions yet in {store.root}.")
    for s in doc["sessions"]:
        print(f"{s['id']}  {s['started_at']}  [{s['language']}]  {len(s['answers'])} answer(s)")
        for a in s["answers"]:
            print(f"  {a['index']:>2}. {a['status']:<11} {a['question'][:70]}")
            print(f"      media: {a['media']}" + (f"\n      report: {a['report']}" if a["report"] else ""))
    return 0


def _recover(store, args) -> int:
    from app.services.recovery import recover

    result = recover(store)
    for a in result.interrupted:
        print(f"interrupted: session {a.session_id} answer {a.index} — recording kept "
              f"({a.duration_s or 0:.1f} s): {a.media}")
    print(f"{len(result.interrupted)} answer(s) marked interrupted, {len(result.requeued)} analysis(es) to run.")
    if result.requeued and not args.no_analyze:
        from app.services.headless import ensure_app
        from app.services.recover_runner import run_pending

        ensure_app()
        run_pending(store, result.requeued, analyzer=args.analyzer)
        store.close()
        return 0
    return 0


def _analyze(store, args) -> int:
    from app.services.headless import ensure_app
    from app.services.recover_runner import run_pending

    session = store.get_session(args.session_id)
    answers = [a for a in session.answers if args.index in (None, a.index)]
    if not answers:
        from app.core.errors import InputError

        raise InputError(f"Session {args.session_id} has no answer {args.index}.")
    ensure_app()
    run_pending(store, answers, analyzer=args.analyzer)
    from app.storage.models import DONE

    failed = [store.get_answer(a.id) for a in answers]
    failed = [a for a in failed if a.status != DONE]
    for a in failed:
        print(f"rebond: answer {a.index} of session {a.session_id} was not analysed ({a.status}"
              + (f": {a.error}" if a.error else "") + ").", file=sys.stderr)
    return 1 if failed else 0


def _delete(store, args) -> int:
    """Delete after showing what goes; asks unless --yes (no terminal to ask on: refuse rather than guess)."""
    session = store.get_session(args.session_id)  # InputError (exit 2, clean message) when unknown
    if not args.yes:
        print(f"Session {session.id} ({session.started_at}): {len(session.answers)} answer(s), "
              "with their recordings, reports and rows, will be deleted.")
        if not sys.stdin.isatty():
            print("Not deleted: no terminal to confirm on; pass --yes.", file=sys.stderr)
            return 2
        if input("Delete it? [y/N] ").strip().lower() not in ("y", "yes", "o", "oui"):
            print("Not deleted.")
            return 1
    report = store.delete_session(session.id)  # DeleteIncompleteError (exit 5) names what is left
    for outside in report.outside:
        print(f"Note: the index named a folder outside the data folder ({outside}); it was left untouched.")
    print(f"Deleted session {session.id} ({len(report.removed)} file(s) and folder(s) removed).")
    return 0
