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
    store = open_store()
    opts = HeadlessOptions(fake_camera=cam, questions=args.questions, language=args.lang, category=args.category,
                           speed=0 if args.fast else 1.0, answer_s=args.answer_seconds,
                           analyze=not args.no_analyze, live=not args.no_live, wait_analysis=not args.no_wait, analyzer=args.analyzer)
    session_id = run_headless(store, opts)
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
