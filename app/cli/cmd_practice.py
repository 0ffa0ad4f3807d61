"""`rebond practice --headless --fake-camera FILE`: the practice flow without a window (scripting, demo, checks)."""

from __future__ import annotations

from app.cli._common import add_data_dir, add_fake_camera, apply_data_dir, exit_now, fake_camera, open_store
from app.core.errors import InputError


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
                           analyze=not args.no_analyze, wait_analysis=not args.no_wait, analyzer=args.analyzer)
    session_id = run_headless(store, opts)
    session = store.get_session(session_id)
    print(f"Session {session_id}: {len(session.answers)} answer(s) in {session.folder}")
    print(session_id)
    store.close()
    return exit_now(0)
