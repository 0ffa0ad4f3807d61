"""`rebond demo`: a demo session recorded through the fake camera from a synthetic clip (animated public-domain NASA
portrait + espeak-ng speech), then analysed. With a display it opens the app on that session."""

from __future__ import annotations

import os
import time

from app.cli.cmd_practice import add_data_dir, apply_data_dir, open_store


def register(sub) -> None:
    parser = sub.add_parser("demo", help="record and analyse a synthetic demo answer (opens the app with a display)")
    parser.add_argument("--headless", action="store_true", help="never open a window, even with a display")
    parser.add_argument("--analyzer", default=None, help="analysis function as module:function")
    parser.add_argument("--no-live", action="store_true", help="analyse only after Stop (no live analysis)")
    add_data_dir(parser)
    parser.set_defaults(func=_run)


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and \
        os.environ.get("QT_QPA_PLATFORM") != "offscreen"


def _ensure_models() -> None:
    """A first demo from a fresh install fetches the default models itself (verified by sha256), as the window's
    download dialog does; a later run only checks them. A failed download ends with `models fetch`'s message."""
    from app.cli.progressbar import ProgressBar
    from app.ml.model_store import ModelStore

    store = ModelStore()
    missing = [m.id for m in store.specs.values() if m.default and not store.is_ok(m.id)]
    if not missing:
        return
    mb = sum(f.size for mid in missing for f in store.spec(mid).files if f.size) / 1e6
    print(f"Rebond needs to download its analysis models once ({mb:.0f} MB); no recordings ever leave your computer.")
    for model_id in missing:
        bar = ProgressBar(model_id)
        try:
            store.fetch(model_id, progress=bar)
        finally:
            bar.close()


def _run(args) -> int:
    apply_data_dir(args)
    from app.services.demo import DEMO_QUESTION, DEMO_TITLE, demo_clip
    from app.services.headless import HeadlessOptions, run_headless

    gui = not args.headless and _has_display()
    t0 = time.monotonic()
    print("Rebond demo — SYNTHETIC material: an animated NASA public-domain portrait and an espeak-ng voice.")
    clip = demo_clip()
    print(f"Fake-camera clip: {clip} ({time.monotonic() - t0:.0f} s)")
    if gui:
        from app.ui.application import run_gui

        return run_gui(fake_camera=clip, demo=True)
    _ensure_models()
    store = open_store()
    opts = HeadlessOptions(fake_camera=clip, question_ids=[DEMO_QUESTION], language="en", speed=1.0, prep_s=0,
                           title=DEMO_TITLE, source="demo", synthetic=True, analyzer=args.analyzer, live=not args.no_live)
    session_id = run_headless(store, opts)
    session = store.get_session(session_id)
    print()
    print(f"Demo session {session.id} (synthetic) — {time.monotonic() - t0:.0f} s in all")
    print(f"Folder: {session.folder}")
    for a in session.answers:
        print(f"  answer {a.index}: {a.status}  — {a.question}")
        print(f"    media:  {a.media} ({a.duration_s or 0:.1f} s)")
        print(f"    report: {a.report or '(none)'}" + (f"\n    note:   {a.error}" if a.error else ""))
        _print_report(store, a)
    print(session_id)
    store.close()
    return 0


def _print_report(store, answer) -> None:
    """A few lines of the saved report, so the demo shows the feedback itself (and whether it was streamed)."""
    try:
        report = store.load_report(answer.id)
    except Exception:  # an unreadable report is already named by its status
        report = None
    if not report:
        return
    meta = report.get("meta") or {}
    live = meta.get("live") or {}
    how = (f"streamed during the recording, ready {live.get('finish_s', 0):.1f} s after Stop"
           if meta.get("streamed") else "analysed after the recording")
    print(f"    analysis: {how}")
    words = ((report.get("transcript") or {}).get("text") or "").strip()
    if words:
        print(f"    transcript: {words[:160]}{'…' if len(words) > 160 else ''}")
    for tip in report.get("tips") or []:
        print(f"    tip: {tip.get('text') or tip.get('message') or tip}")
