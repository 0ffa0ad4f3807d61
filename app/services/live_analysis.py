"""Live analysis of the answer being recorded: the capture's frames and sound feed an `app.engine.live.LiveAnalysis`.

    live = LiveAnalysisService(capture)
    capture.start_recording(path, ...); live.start(lang, question, accessibility)   # right after start_recording
    capture.stop_recording(); future = live.finish(path)   # reportReady(report) / failed(message) follow

The slots only hand the numpy arrays to the session's queues (no analysis on the GUI thread); the session's
workers are Python threads whose heavy parts (Whisper, MediaPipe, PyAV) release the GIL. Building the session
(loading the models) and finishing it run on worker threads too, so the preview never waits.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.errors import RebondError
from app.media.mkv_writer import AUDIO_RATE  # the rate of Capture.audioChunk (mono float32)

log = logging.getLogger(__name__)

EARLY_AUDIO_S = 30.0  # audio kept while the models load (beyond this the session is considered failed to start)


class LiveAnalysisService(QObject):
    """Connects a `Capture` to one `LiveAnalysis` per recording."""

    reportReady = Signal(object)  # the validated report dict (GUI thread)
    failed = Signal(str)  # a user-readable message; the offline analysis of the saved file is the fallback
    _done = Signal(object, object)

    def __init__(self, capture, *, factory=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self._factory = factory
        self._session = None
        self._early: list[tuple[str, tuple]] = []  # pushes that arrived while the session was being built
        self._lock = threading.Lock()
        self._t0: float | None = None
        self._max_s: float | None = None
        self._active = False
        self._ready = threading.Event()
        self._error: str | None = None
        self._done.connect(self._emit)
        capture.videoFrame.connect(self._on_video)
        capture.audioChunk.connect(self._on_audio)

    # ---- control ------------------------------------------------------------------------------------------------
    def start(self, lang: str = "auto", question: str | None = None, accessibility: bool = False, *,
              calibration=None, max_s: float | None = None, **session_kwargs) -> None:
        """Begin a live session for the recording that starts with the next camera frame."""
        if self._active:
            self.cancel()
        self._t0, self._max_s = None, max_s
        self._early, self._session, self._error = [], None, None
        self._ready.clear()
        self._active = True
        factory = self._factory

        def build() -> None:
            try:
                if factory is None:
                    from app.engine.live import LiveAnalysis

                    session = LiveAnalysis(lang=lang, question=question, accessibility=accessibility,
                                           calibration=calibration, **session_kwargs)
                else:
                    session = factory(lang=lang, question=question, accessibility=accessibility,
                                      calibration=calibration, **session_kwargs)
            except RebondError as exc:
                self._error = str(exc)
            except Exception as exc:  # never a traceback for the user: the offline analysis takes over
                log.exception("live analysis could not start")
                self._error = f"The live analysis could not start ({type(exc).__name__})."
            else:
                with self._lock:
                    early, self._early = self._early, []
                    for kind, args in early:
                        (session.push_video if kind == "v" else session.push_audio)(*args)
                    self._session = session
            self._ready.set()

        threading.Thread(target=build, name="live-build", daemon=True).start()

    def cancel(self) -> None:
        """Drop the current session (re-record, skip)."""
        self._active = False
        self._ready.wait(60)
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            threading.Thread(target=session.cancel, name="live-cancel", daemon=True).start()

    def finish(self, media_path: Path | str | None = None) -> Future:
        """Stop feeding and finish the analysis on a worker thread. The returned future (and `reportReady` /
        `failed`) give the report."""
        self._active = False
        future: Future = Future()

        def run() -> None:
            self._ready.wait()
            with self._lock:
                session, self._session = self._session, None
            try:
                if session is None:
                    raise RebondError(self._error or "The live analysis was not started.")
                report = session.finish(media_path)
            except RebondError as exc:
                future.set_exception(exc)
                self._done.emit(None, str(exc))
            except Exception as exc:
                log.exception("live analysis failed")
                future.set_exception(exc)
                self._done.emit(None, f"The live analysis failed ({type(exc).__name__}).")
            else:
                future.set_result(report)
                self._done.emit(report, None)

        threading.Thread(target=run, name="live-finish", daemon=True).start()
        return future

    def _emit(self, report, error) -> None:
        if error is None:
            self.reportReady.emit(report)
        else:
            self.failed.emit(error)

    # ---- feeding (GUI thread: a queue put, nothing more) --------------------------------------------------------
    def _push(self, kind: str, args: tuple) -> None:
        session = self._session
        if session is not None:
            (session.push_video if kind == "v" else session.push_audio)(*args)
            return
        with self._lock:
            if self._session is not None:
                (self._session.push_video if kind == "v" else self._session.push_audio)(*args)
            elif kind == "a" and sum(len(a[0]) / a[1] for k, a in self._early if k == "a") < EARLY_AUDIO_S:
                self._early.append((kind, args))
            elif kind == "v" and sum(k == "v" for k, _ in self._early) < 2:
                self._early.append((kind, args))  # a couple of frames: the rest waits for the models

    def _on_video(self, rgb, t: float) -> None:
        if not self._active:
            return
        if self._t0 is None:
            self._t0 = t  # the recorder's first frame: the capture starts its clock on the same frame
        rel = t - self._t0
        if self._max_s is not None and rel >= self._max_s - 1e-6:
            return
        self._push("v", (rgb, rel))

    def _on_audio(self, samples, t: float) -> None:
        if not self._active or self._t0 is None:  # audio starts with the first video frame, as in the recorder
            return
        rel = t - self._t0
        if self._max_s is not None:  # the recorder's hard limit, to the sample
            samples = samples[: max(0, int(round((self._max_s - max(rel, 0.0)) * AUDIO_RATE)))]
        if len(samples):
            self._push("a", (samples, AUDIO_RATE, rel))
