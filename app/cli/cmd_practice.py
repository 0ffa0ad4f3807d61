"""`rebond practice --headless --fake-camera FILE`: the practice flow without a window (scripting, demo, checks).

Also holds the options shared by the practice-related subcommands (`--data-dir`, `--fake-camera`, and their
environment variables REBOND_DATA_DIR / REBOND_FAKE_CAMERA), imported by cmd_sessions, cmd_gui and cmd_demo.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.core.errors import InputError


def add_data_dir(parser, *, nested: bool = False) -> None:
    """`nested` for an option repeated on a sub-subcommand: it must not reset the parent's value."""
    kwargs = {"default": argparse.SUPPRESS} if nested else {}
    parser.add_argument("--data-dir", metavar="DIR", help="where sessions are stored (env REBOND_DATA_DIR)",
                        **kwargs)


def add_fake_camera(parser) -> None:
    parser.add_argument("--fake-camera", metavar="FILE",
                        help="use a video file as camera and microphone (env REBOND_FAKE_CAMERA)")


def apply_data_dir(args) -> None:
    """`--data-dir` wins over REBOND_DATA_DIR; both end up in the environment so child processes agree."""
    if getattr(args, "data_dir", None):
        os.environ["REBOND_DATA_DIR"] = str(Path(args.data_dir).expanduser().resolve())


def fake_camera(args, required: bool = False) -> Path | None:
    """The fake camera file from the option or REBOND_FAKE_CAMERA (checked to exist)."""
    value = getattr(args, "fake_camera", None) or os.environ.get("REBOND_FAKE_CAMERA", "").strip()
    if not value:
        if required:
            raise InputError("This command needs a video file as fake camera.",
                             hint="Pass --fake-camera FILE or set REBOND_FAKE_CAMERA.")
        return None
    path = Path(value).expanduser().resolve()
    if not path.is_file():
        raise InputError(f"Fake camera file not found: {path}")
    return path


def open_store():
    """The store of the current data folder, after crash recovery of its database rows and media."""
    from app.services.recovery import recover
    from app.storage.store import Store

    store = Store()
    from app.cli.cmd_sessions import index_notice

    index_notice(store)
    recover(store)
    return store



def register(sub) -> None:
    p = sub.add_parser("practice", help="practise answers (headless with a fake camera; the GUI is `rebond gui`)")
    p.add_argument("--headless", action="store_true", help="run without a window (needs a fake camera)")
    add_fake_camera(p)
    add_data_dir(p)
    p.add_argument("--questions", type=int, default=1, metavar="N", help="number of questions (default 1)")
    p.add_argument("--lang", choices=("fr", "en"), default="en", help="language of questions and analysis")
    p.add_argument("--category", default="", help="question category, or 'rebound' for the rebound drill")
    p.add_argument("--answer-seconds", type=float, default=None, metavar="S",
                   help="length of each answer (default: the clip's length, at most the 2-minute limit)")
    p.add_argument("--fast", action="store_true", help="feed frames as fast as they can be recorded (tests)")
    p.add_argument("--no-wait", action="store_true", help="do not wait for the analyses to finish")
    p.add_argument("--no-analyze", action="store_true", help="record only")
    p.add_argument("--no-live", action="store_true", help="analyse only after Stop (no live analysis while "
                                                           "recording)")
    p.add_argument("--analyzer", default=None, help=("analysis function as module:function "
                                                     "(default app.engine.analyze:analyze_file)"))
    ow = p.add_argument_group("one-way interview (deferred video interview conditions)")
    ow.add_argument("--one-way", action="store_true",
                    help="fixed reading time, fixed answer time, one take: re-record and skip are refused")
    ow.add_argument("--reading-seconds", type=int, default=None, metavar="S",
                    help="reading time before each answer (one-way default 30)")
    ow.add_argument("--try", dest="try_refused", action="append", default=[],
                    choices=("rerecord", "skip", "start_early"),
                    help="attempt this forbidden action during each question (checks that it is refused)")
    ow.add_argument("--json", action="store_true", help="one-way: print the time-use summary as JSON")
    p.set_defaults(func=_run)


def _run(args) -> int:
    apply_data_dir(args)
    if not args.headless:
        raise InputError("Only the headless practice runs from this command.",
                         hint="Use `rebond gui` for the window, or add --headless --fake-camera FILE.")
    if args.questions < 1:
        raise InputError("--questions must be at least 1.")
    from app.services.headless import HeadlessOptions, run_headless

    cam = fake_camera(args, required=True)
    if (args.try_refused or args.reading_seconds is not None or args.json) and not args.one_way:
        raise InputError("--reading-seconds, --try and --json belong to the one-way mode.", hint="Add --one-way.")
    extra = {}
    if args.one_way:
        from app.analysis.one_way import defaults

        reading = defaults()["reading_s"] if args.reading_seconds is None else args.reading_seconds
        if reading < 0 or (args.answer_seconds is not None and args.answer_seconds <= 0):
            raise InputError("Reading and answer times must be positive.")
        extra = {"one_way": True, "prep_s": int(reading), "try_refused": tuple(args.try_refused),
                 "title": "One-way interview",
                 "echo": not args.json}
        if args.answer_seconds is None:
            args.answer_seconds = defaults()["answer_s"]
    store = open_store()
    opts = HeadlessOptions(fake_camera=cam, questions=args.questions, language=args.lang, category=args.category,
                           speed=0 if args.fast else 1.0, answer_s=args.answer_seconds,
                           analyze=not args.no_analyze, live=not args.no_live, wait_analysis=not args.no_wait,
                           analyzer=args.analyzer, **extra)
    session_id = run_headless(store, opts)
    if args.one_way:
        return _one_way_report(store, session_id, args.json)
    session = store.get_session(session_id)
    print(f"Session {session_id}: {len(session.answers)} answer(s) in {session.folder}")
    print(session_id)
    from app.storage.models import FAILED, RECORDING

    # a recording cut by a write error (full disk) ends the session early: say so, with what was kept
    code = 0
    for a in session.answers:
        if a.status in (FAILED, RECORDING):
            kept = a.media if a.media and a.media.exists() and a.media.stat().st_size else None
            why = a.error or "the session database could not be updated (is the disk full?)"
            print(f"rebond: answer {a.index}: {why}" + (f" Kept: {kept}." if kept else ""), file=sys.stderr)
            code = 5
    store.close()
    return code


def _one_way_report(store, session_id: str, as_json: bool) -> int:
    import json

    from app.services.coaching import one_way_summary

    doc = one_way_summary(store, session_id)
    store.close()
    if as_json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0

    def sec(v) -> str:
        return "—" if v is None else f"{v:.1f} s"

    print(f"One-way interview {session_id}: {len(doc['questions'])} question(s), one take each")
    for q in doc["questions"]:
        print(f"  [{q['index']}] to start speaking {sec(q['time_to_speak_s'])}, unused {sec(q['unused_s'])}, "
              f"{'cut while speaking' if q['overrun'] else 'stopped by ' + q['stopped_by']}")
    if doc["refused"]:
        print(f"  refused: {', '.join(doc['refused'])}")
    print(session_id)
    return 0
