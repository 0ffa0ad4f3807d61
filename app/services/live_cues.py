"""Gentle live cues while an answer is recorded (off by default; Settings → "Gentle live cues").

`LiveCueService` watches a `PracticeController`: while it records, once a second it reads what the live analysis
has produced so far (transcribed words, face frames) and feeds an `app.analysis.live_cues.CueTracker`; a cluster
raises `cue(kind)`. It only reads: it never touches the capture, the recording, the live session's work or the
report (tested), and it does nothing when the live analysis is off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.analysis.live_cues import CueTracker, load_config

log = logging.getLogger(__name__)

#: How often the live analysis's progress is read. Design choice: once a second is finer than every cue rule
#: (5-30 s) and costs nothing next to the preview.
POLL_MS = 1000

#: A source returns (recording time now, new words since the last call, new gaze samples (t, angle | None)).
Source = Callable[[], tuple[float, list[dict], list[tuple[float, float | None]]]]


class SessionReader:
    """Reads the progress of a `LiveAnalysisService`'s current session (`app.engine.live.LiveAnalysis`): the words
    of the speech pieces already transcribed and the face frames already analysed, each only once."""

    def __init__(self, capture, live) -> None:
        self.capture, self.live = capture, live
        self._pieces = 0
        self._faces = 0
        self._session = None
        from app.analysis.vision_report import gaze_params

        self._params = gaze_params()

    def __call__(self):
        now = float(self.capture.recording_time())
        run = getattr(self.live, "_run", None)
        session = getattr(run, "session", None)
        if session is not self._session:  # a new recording: start reading from the beginning
            self._session, self._pieces, self._faces = session, 0, 0
        words: list[dict] = []
        gaze: list[tuple[float, float | None]] = []
        if session is None:
            return now, words, gaze
        pieces = list(getattr(getattr(session, "speech", None), "pieces", ()) or ())
        for piece in pieces[self._pieces:]:
            words += [{"text": w.text, "start": w.start, "end": w.end} for w in getattr(piece, "words", ())]
        self._pieces = len(pieces)
        vision = getattr(session, "vision", None)
        faces = list(getattr(getattr(vision, "obs", None), "faces", ()) or ())
        from app.analysis.eye_contact import horizontal_angle

        for f in faces[self._faces:]:
            gaze.append((f.t, horizontal_angle(f.features, self._params) if f.features is not None else None))
        self._faces = len(faces)
        return now, words, gaze


class LiveCueService(QObject):
    """`cue(kind)` during recordings ("fillers", "pace_fast", "pace_slow", "gaze"). With a controller it follows
    its recordings; without one (benchmarks), `start()` and `stop()` are called by hand around a recording."""

    cue = Signal(str)

    def __init__(self, controller=None, *, source: Source | None = None, language: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if source is None:
            source = SessionReader(controller.capture, getattr(controller, "_live", None))
        self.source = source
        self.language = language or getattr(controller, "analysis_language", "en")
        self.tracker: CueTracker | None = None
        self.raised: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        if controller is not None:
            controller.stateChanged.connect(self._on_state)

    def start(self) -> None:
        """A recording begins: a fresh tracker, polled once a second."""
        from app.analysis.fillers import hesitation_forms

        lang = self.language if self.language in ("fr", "en") else "en"
        self.tracker = CueTracker(load_config(), hesitation_forms(lang))
        self._timer.start()

    def stop(self) -> None:
        """The recording ended: no more polling."""
        self._timer.stop()
        self.tracker = None

    def _on_state(self, state: str) -> None:
        if state == "recording":
            self.start()
        else:
            self.stop()

    def poll(self) -> None:
        """Read the live progress once and emit the cues due (never raises into the recording)."""
        if self.tracker is None:
            return
        try:
            now, words, gaze = self.source()
            cues = self.tracker.update(now, words, gaze)
        except Exception:  # a cue is a nicety: a reading problem must never disturb the recording
            log.debug("live cue reading failed", exc_info=True)
            return
        for c in cues:
            self.raised.append(c.kind)
            self.cue.emit(c.kind)
