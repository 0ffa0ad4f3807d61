"""Live analysis of the answer being recorded: the capture's frames and sound feed an `app.engine.live.LiveAnalysis`.

    live = LiveAnalysisService(capture)
    capture.start_recording(path, ...); live.start(lang, question, accessibility)   # right after start_recording
    capture.stop_recording(); future = live.finish(path)   # reportReady(report) / failed(message) follow

The slots only hand the numpy arrays to the session's queues (no analysis on the GUI thread); the session's
workers are Python threads whose heavy parts (Whisper, MediaPipe, PyAV) release the GIL. Building the session
(loading the models), finishing and cancelling it run on worker threads too, so the preview never waits.

Each `start` makes a new run object: a run that is still finishing (the previous answer) or still loading its
models after a cancel never receives the frames of the next recording.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.errors import RebondError
from app.media.mkv_writer import AUDIO_RATE  # the rate of Capture.audioChunk (mono float32)

log = logging.getLogger(__name__)

EARLY_AUDIO_S = 30.0  # audio kept while the models load (beyond this the session is considered failed to start)


class _Run:
    """One recording's live session, built on a thread; pushes before it is ready are kept (bounded)."""

    def __init__(self, max_s: float | None) -> None:
        self.max_s = max_s
        self.t0: float | None = None
        self.session = None
        self.early: list[tuple[str, tuple]] = []
        self.lock = threading.Lock()
        self.ready = threading.Event()
        self.error: str | None = None
        self.detached = False  # finished or cancelled: no more pushes

    def build(self, make) -> None:
        try:
            session = make()
        except RebondError as exc:
            self.error = str(exc)
        except Exception as exc:  # never a traceback for the user: the offline analysis takes over
            log.exception("live analysis could not start")
            self.error = f"The live analysis could not start ({type(exc).__name__})."
        else:
            with self.lock:
                early, self.early = self.early, []
                for kind, args in early:
                    (session.push_video if kind == "v" else session.push_audio)(*args)
                self.session = session
        self.ready.set()

    def push(self, kind: str, args: tuple) -> None:
        session = self.session
        if session is not None:
            (session.push_video if kind == "v" else session.push_audio)(*args)
            return
        with self.lock:
            if self.session is not None:
                (self.session.push_video if kind == "v" else self.session.push_audio)(*args)
            elif kind == "a" and sum(len(a[0]) / a[1] for k, a in self.early if k == "a") < EARLY_AUDIO_S:
                self.early.append((kind, args))
            elif kind == "v" and sum(k == "v" for k, _ in self.early) < 2:
                self.early.append((kind, args))  # a couple of frames: the rest waits for the models

    def take(self, timeout: float | None = None):
        """Wait for the build, detach and return the session (None when it could not start)."""
        self.ready.wait(timeout)
        with self.lock:
            session, self.session = self.session, None
            self.early = []
        return session


class LiveFuture(Future):
    """The future of a finishing live analysis; `idle_s()` says how long its session has made no progress, so a
    caller waits for a finish that is still working through a backlog (a busy machine) and gives up only on one
    that has stalled, instead of after a fixed time."""

    def __init__(self) -> None:
        super().__init__()
        self.session = None
        self._t0 = time.monotonic()

    def idle_s(self) -> float:
        idle = getattr(self.session, "idle_s", None)
        if callable(idle):
            return float(idle())
        return time.monotonic() - self._t0  # a session that cannot say: time since Stop


class LiveAnalysisService(QObject):
    """Connects a `Capture` to one `LiveAnalysis` per recording."""

    reportReady = Signal(object)  # the validated report dict (GUI thread)
    failed = Signal(str)  # a user-readable message; the offline analysis of the saved file is the fallback
    _done = Signal(object, object)

    def __init__(self, capture, *, factory=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self._factory = factory
        self._run: _Run | None = None
        self._threads: list[threading.Thread] = []
        self._done.connect(self._emit)
        capture.videoFrame.connect(self._on_video)
        capture.audioChunk.connect(self._on_audio)

    @property
    def active(self) -> bool:
        return self._run is not None

    # ---- control ------------------------------------------------------------------------------------------------
    def start(self, lang: str = "auto", question: str | None = None, accessibility: bool = False, *,
              calibration=None, max_s: float | None = None, **session_kwargs) -> None:
        """Begin a live session for the recording that starts with the next camera frame. `calibration` is an
        `app.analysis.eye_contact.Calibration`, or the path of a calibration clip (read while the models load)."""
        if self._run is not None:
            self.cancel()
        run = self._run = _Run(max_s)
        factory = self._factory

        def make():
            cal = calibration
            if isinstance(cal, str | Path):
                from app.engine.live import calibration_from_clip

                cal = calibration_from_clip(Path(cal))
            kwargs = dict(lang=lang, question=question, accessibility=accessibility, calibration=cal,
                          **session_kwargs)
            if factory is None:
                from app.engine.live import LiveAnalysis

                return LiveAnalysis(**kwargs)
            return factory(**kwargs)

        self._spawn(run.build, make, name="live-build")

    def cancel(self) -> None:
        """Drop the current session (re-record, skip). Never blocks: the session stops on a worker thread."""
        run, self._run = self._run, None
        if run is None:
            return
        run.detached = True

        def stop() -> None:
            session = run.take(120)
            if session is not None:
                session.cancel()

        self._spawn(stop, name="live-cancel")

    def finish(self, media_path: Path | str | None = None) -> LiveFuture:
        """Stop feeding and finish the analysis on a worker thread. The returned future (and `reportReady` /
        `failed`) give the report; the future is resolved before the signal is emitted. What the session had not
        transcribed at Stop is finished by the same engine: nothing is started over."""
        run, self._run = self._run, None
        future = LiveFuture()

        def work() -> None:
            try:
                if run is None:
                    raise RebondError("The live analysis was not started.")
                run.detached = True
                session = run.take()
                if session is None:
                    raise RebondError(run.error or "The live analysis was not started.")
                future.session = session
                report = session.finish(media_path)
            except RebondError as exc:
                future.set_exception(exc)
                self._signal(None, str(exc))
            except Exception as exc:
                log.exception("live analysis failed")
                future.set_exception(exc)
                self._signal(None, f"The live analysis failed ({type(exc).__name__}).")
            else:
                future.set_result(report)
                self._signal(report, None)

        self._spawn(work, name="live-finish")
        return future

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Join the worker threads started so far (tests, shutdown). True when none is left running."""
        for th in list(self._threads):
            th.join(timeout)
        self._threads = [t for t in self._threads if t.is_alive()]
        return not self._threads

    def _spawn(self, target, *args, name: str) -> None:
        th = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [th]
        th.start()

    def _signal(self, report, error) -> None:
        try:
            self._done.emit(report, error)
        except RuntimeError:  # the service was deleted meanwhile (window closed): the future still has the result
            pass

    def _emit(self, report, error) -> None:
        if error is None:
            self.reportReady.emit(report)
        else:
            self.failed.emit(error)

    # ---- feeding (GUI thread: a queue put, nothing more) --------------------------------------------------------
    def _on_video(self, rgb, t: float) -> None:
        run = self._run
        if run is None or run.detached:
            return
        if run.t0 is None:
            run.t0 = t  # the recorder's first frame: the capture starts its clock on the same frame
        rel = t - run.t0
        if run.max_s is not None and rel >= run.max_s - 1e-6:
            return
        run.push("v", (rgb, rel))

    def _on_audio(self, samples, t: float) -> None:
        run = self._run
        if run is None or run.detached or run.t0 is None:  # audio starts with the first video frame, as recorded
            return
        rel = t - run.t0
        if run.max_s is not None:  # the recorder's hard limit, to the sample
            samples = samples[: max(0, int(round((run.max_s - max(rel, 0.0)) * AUDIO_RATE)))]
        if len(samples):
            run.push("a", (samples, AUDIO_RATE, rel))
