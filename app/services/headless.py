"""`rebond practice --headless` and the headless demo: the practice flow without a window, same capture, recording,
storage and analysis path as the GUI."""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import InputError

log = logging.getLogger(__name__)


@dataclass
class HeadlessOptions:
    fake_camera: Path
    questions: int = 1
    language: str = "en"
    category: str = ""
    speed: float = 1.0  # 1 = wall clock; 0 = as fast as the recorder keeps up
    answer_s: float | None = None  # default: the clip's length, capped by the hard limit
    limit_s: float = 120.0
    prep_s: int = 0
    analyze: bool = True
    live: bool = True  # analyse while recording (False: only the offline analysis after Stop)
    wait_analysis: bool = True
    analyzer: str | None = None
    title: str = ""
    source: str = "practice"
    synthetic: bool = False
    question_ids: list[str] = field(default_factory=list)
    echo: bool = True
    one_way: bool = False  # deferred video interview: fixed reading time (prep_s), one take
    try_refused: tuple[str, ...] = ()  # one-way checks: "rerecord", "skip", "start_early" are attempted and refused


def ensure_app():
    """A QGuiApplication (offscreen when there is no display): QtMultimedia needs one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def run_headless(store, opts: HeadlessOptions) -> str:
    """Record `opts.questions` answers from the fake camera, queue their analysis, wait for it (unless told not to);
    returns the session id."""
    from PySide6.QtCore import QEventLoop, QTimer

    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera
    from app.services.analysis_queue import AnalysisQueue
    from app.services.practice import ANSWERED, PracticeController
    from app.storage import question_bank

    if not opts.fake_camera.exists():
        raise InputError(f"Fake camera file not found: {opts.fake_camera}")
    _app = ensure_app()  # keep a reference for the whole flow
    camera = FakeCamera(opts.fake_camera, speed=opts.speed)
    capture = Capture(camera)
    queue = None
    if opts.analyze:
        queue = AnalysisQueue(store, **({"analyzer": opts.analyzer} if opts.analyzer else {}))
    answer_s = opts.answer_s or min(camera.clip_duration or opts.limit_s, opts.limit_s)
    if opts.question_ids:
        known = question_bank.by_id(opts.language)
        questions = [known[q] for q in opts.question_ids if q in known]
    else:
        questions = question_bank.pick(opts.language, opts.questions, category=opts.category)
    if not questions:
        raise InputError("No question matches that choice.")
    ctl = PracticeController(store, capture, queue, language=opts.language, prep_s=opts.prep_s,
                             limit_s=min(answer_s, opts.limit_s), title=opts.title, source=opts.source,
                             synthetic=opts.synthetic, live=None if opts.live else False, one_way=opts.one_way)
    loop = QEventLoop()
    saved: list[int] = []

    def say(text: str) -> None:
        if opts.echo:
            print(text, flush=True)

    refused: list[str] = []
    ctl.refused.connect(refused.append)
    ctl.message.connect(lambda text: say(f"    {text}") if opts.one_way else None)
    tried: set[tuple[int, str]] = set()

    def attempt(state: str) -> None:
        """One-way checks: try the forbidden actions once per question, as an impatient user would."""
        for action in opts.try_refused:
            key = (ctl.index, action)
            if key in tried or (action == "start_early") != (state == "preparing"):
                continue
            tried.add(key)
            {"rerecord": ctl.rerecord, "skip": ctl.skip, "start_early": ctl.stop}[action]()

    def on_state(state: str) -> None:
        if opts.one_way and state in ("preparing", "recording"):
            if state == "preparing":
                q = ctl.current_question()
                say(f"[{ctl.index + 1}/{len(questions)}] reading time ({opts.prep_s} s): {q.text}")
            QTimer.singleShot(0, lambda st=state: attempt(st) if ctl.state == st else None)
        if state == "recording":
            if ctl.index == 0 and not saved:
                say(f"Session {ctl.session_id} started ({len(questions)} question(s), fake camera "
                    f"{opts.fake_camera.name}, {'wall-clock' if opts.speed == 1 else 'fast'} pacing)")
            q = ctl.current_question()
            say(f"[{ctl.index + 1}/{len(questions)}] recording ({answer_s:.0f} s): {q.text}")
        elif state == ANSWERED:
            QTimer.singleShot(0, ctl.next)

    def on_recorded(answer_id: int) -> None:
        saved.append(answer_id)
        a = store.get_answer(answer_id)
        say(f"    saved answer {a.index}: {a.media} ({a.duration_s or 0:.1f} s), status {a.status}")
        check_done()

    def on_status(answer_id: int, status: str, error: str) -> None:
        a = store.get_answer(answer_id)
        say(f"    answer {a.index}: {status}" + (f" — {error}" if error else ""))
        check_done()

    def on_live(answer_id: int, used: bool, why: str) -> None:
        a = store.get_answer(answer_id)
        say(f"    answer {a.index}: live report saved" if used else
            f"    answer {a.index}: live analysis not used ({why}); offline analysis queued")

    over = []

    def check_done() -> None:
        if over:  # a late queued call after the flow ended
            return
        # Wait for every recording the controller stopped to be saved. Not the index's answer rows: on a full disk
        # a row can outlive an answer that never started, and the flow would wait for it forever.
        if ctl.state != "summary" or ctl.saves_pending:
            return
        if opts.wait_analysis and queue is not None and queue.busy():
            return
        loop.quit()

    ctl.stateChanged.connect(on_state)
    ctl.answerRecorded.connect(on_recorded)
    ctl.liveFinished.connect(on_live)
    ctl.finished.connect(lambda _sid: QTimer.singleShot(0, check_done))
    if queue is not None:
        queue.statusChanged.connect(on_status)
        queue.idle.connect(check_done)
    t0 = time.monotonic()
    capture.start()
    session_id = ctl.start(questions)
    loop.exec()
    over.append(True)
    ctl.shutdown()
    capture.stop()
    capture.wait_closed()
    if queue is not None:
        queue.shutdown()
    log.info("headless practice took %.1f s", time.monotonic() - t0)
    if opts.one_way:
        from app.services.coaching import save_one_way

        save_one_way(store, session_id, ctl.timelines, refused)
    dispose(ctl, queue, capture, camera)
    return session_id


def dispose(*objects) -> None:
    """Delete Qt objects now, in this order, instead of leaving them to Python's shutdown garbage collection."""
    import shiboken6

    for obj in objects:
        if obj is not None and shiboken6.isValid(obj):
            shiboken6.delete(obj)
