"""The practice flow as a state machine shared by the main window and `rebond practice --headless`.

    idle -> [calibrating] -> preparing -> recording -> answered -> (next) preparing ... -> summary

Recording time is media time from the capture (so a fast fake camera also hits the hard limit). After Stop the
answer is queued for analysis in the background while the user goes on.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.settings import CALIBRATION_S, DEFAULT_ANSWER_LIMIT_S, DEFAULT_PREP_S
from app.storage.models import FAILED, INTERRUPTED, QUEUED
from app.storage.question_bank import Question
from app.storage.store import Store

if TYPE_CHECKING:  # imported lazily: keeps PyAV and QtMultimedia off the window's start-up path
    from app.media.capture import Capture, RecordingResult
    from app.services.analysis_queue import AnalysisQueue

log = logging.getLogger(__name__)

IDLE, CALIBRATING, PREPARING, RECORDING, ANSWERED, SUMMARY = (
    "idle", "calibrating", "preparing", "recording", "answered", "summary")
TICK_MS = 100


class PracticeController(QObject):
    """Drive one session. The UI calls start/stop/rerecord/skip/next; it listens to the signals."""

    stateChanged = Signal(str)
    countdown = Signal(int)  # seconds left of preparation or calibration
    elapsed = Signal(float, float)  # recorded seconds, hard limit
    questionChanged = Signal(int, object)  # index from 0, Question
    answerRecorded = Signal(int)  # answer id, once its file is finished and it is queued
    finished = Signal(str)  # session id (summary reached)
    message = Signal(str)

    def __init__(self, store: Store, capture: Capture, queue: AnalysisQueue | None, *, language: str = "en",
                 prep_s: int = DEFAULT_PREP_S, limit_s: float = DEFAULT_ANSWER_LIMIT_S, calibrate: bool = False,
                 accessibility: bool = False, analysis_language: str | None = None, title: str = "",
                 source: str = "practice", synthetic: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.capture, self.queue = store, capture, queue
        self.language = language
        self.analysis_language = analysis_language or language
        self.prep_s, self.limit_s, self.calibrate = prep_s, limit_s, calibrate
        self.accessibility = accessibility
        self._meta = {"title": title, "source": source, "synthetic": synthetic}
        self.synthetic = synthetic
        self.state = IDLE
        self.session_id: str | None = None
        self.questions: list[Question] = []
        self.index = -1
        self.answer_id: int | None = None
        self.calibration_path: Path | None = None
        self._left = 0
        self._discard: set[object] = set()
        self._after_save: dict[object, object] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._count = QTimer(self)
        self._count.setInterval(1000)
        self._count.timeout.connect(self._count_down)
        capture.recordingSaved.connect(self._on_saved)
        capture.limitReached.connect(self._on_limit)

    # ---- commands -----------------------------------------------------------------------------------------------
    def start(self, questions: list[Question]) -> str:
        """Open a session and begin (calibration first when asked). Returns the session id."""
        if not questions:
            raise ValueError("no questions")
        self.questions = list(questions)
        session = self.store.create_session(self.language, **self._meta)
        self.session_id = session.id
        self.index = 0
        if self.calibrate:
            self.calibration_path = session.folder / "calibration.mkv"
            self._set(CALIBRATING)
            self.capture.start_recording(self.calibration_path, tag="calibration", max_s=CALIBRATION_S)
            self._timer.start()
        else:
            self._begin_question()
        return session.id

    def stop(self) -> None:
        """Stop the current recording: the answer is kept and queued for analysis."""
        if self.state == RECORDING:
            self._timer.stop()
            self.capture.stop_recording()
            self._set(ANSWERED)
        elif self.state == PREPARING:
            self._count.stop()
            self._start_recording()

    def rerecord(self) -> None:
        """Discard the current question's recording and record it again."""
        if self.answer_id is None or self.state not in (RECORDING, ANSWERED):
            return
        answer_id = self.answer_id
        if self.queue:
            self.queue.cancel(answer_id)
        if self.state == RECORDING:
            self._timer.stop()
            self._after_save[answer_id] = "rerecord"
            self.capture.stop_recording()
            self._set(ANSWERED)
        else:
            self._restart(answer_id)

    def skip(self) -> None:
        """Leave this question without an answer (a recording in progress is deleted)."""
        if self.state == RECORDING and self.answer_id is not None:
            self._timer.stop()
            self._after_save[self.answer_id] = "delete"
            self.capture.stop_recording()
        self._count.stop()
        self.answer_id = None
        self._advance()

    def next(self) -> None:
        """Go to the next question (stopping a recording first) or to the summary after the last one."""
        if self.state == RECORDING:
            self.stop()
        elif self.state == PREPARING:
            self._count.stop()
        self.answer_id = None
        self._advance()

    def finish(self) -> None:
        """End the session now and show the summary."""
        if self.state == RECORDING:
            self.stop()
        self._count.stop()
        self._to_summary()

    # ---- internals ----------------------------------------------------------------------------------------------
    def _set(self, state: str) -> None:
        self.state = state
        self.stateChanged.emit(state)

    def current_question(self) -> Question | None:
        return self.questions[self.index] if 0 <= self.index < len(self.questions) else None

    def _begin_question(self, reuse: int | None = None) -> None:
        self.answer_id = reuse
        self.questionChanged.emit(self.index, self.current_question())
        if self.prep_s <= 0:
            self._start_recording()
            return
        self._left = int(self.prep_s)
        self._set(PREPARING)
        self.countdown.emit(self._left)
        self._count.start()

    def _count_down(self) -> None:
        self._left -= 1
        self.countdown.emit(max(0, self._left))
        if self._left <= 0:
            self._count.stop()
            self._start_recording()

    def _start_recording(self) -> None:
        q = self.current_question()
        if self.answer_id is None:
            answer = self.store.add_answer(self.session_id, question=q.text, question_id=q.id,
                                           question_note=q.note)
            self.answer_id = answer.id
        else:
            answer = self.store.get_answer(self.answer_id)
        self.capture.start_recording(answer.media, tag=answer.id, max_s=self.limit_s)
        self._set(RECORDING)
        self._timer.start()

    def _tick(self) -> None:
        t = self.capture.recording_time()
        if self.state == CALIBRATING:
            self.countdown.emit(max(0, int(CALIBRATION_S - t + 0.999)))
            return
        self.elapsed.emit(t, float(self.limit_s))

    def _on_limit(self) -> None:
        if self.state == CALIBRATING:
            self._timer.stop()
            self.capture.stop_recording()
            self._begin_question()
        elif self.state == RECORDING:
            self.message.emit(f"Time limit reached ({int(self.limit_s)} s): recording stopped.")
            self.stop()

    def _advance(self) -> None:
        self.index += 1
        if self.index >= len(self.questions):
            self._to_summary()
        else:
            self._begin_question()

    def _to_summary(self) -> None:
        if self.state == SUMMARY:
            return
        self._timer.stop()
        self._count.stop()
        if self.session_id:
            self.store.end_session(self.session_id)
        self._set(SUMMARY)
        self.finished.emit(self.session_id or "")

    def _restart(self, answer_id: int) -> None:
        self.store.reset_media(answer_id)
        self._begin_question(reuse=answer_id)

    def analysis_kwargs(self, question: str) -> dict:
        kwargs = {"lang": self.analysis_language, "question": question, "accessibility": self.accessibility}
        if self.calibration_path and self.calibration_path.exists():
            kwargs["calibration"] = str(self.calibration_path)
        return kwargs

    def _on_saved(self, result: RecordingResult) -> None:
        tag = result.tag
        if tag == "calibration" or not isinstance(tag, int):
            return
        action = self._after_save.pop(tag, None)
        if action == "delete":
            self.store.delete_answer(tag)
            return
        if action == "rerecord":
            self._restart(tag)
            return
        if result.stats.error:
            self.store.set_status(tag, FAILED, error=f"The recording could not be written ({result.stats.error}).",
                                  duration_s=result.duration_s)
            self.message.emit("The recording could not be written completely; what was captured is kept.")
        elif result.stats.video_frames_written == 0:
            self.store.set_status(tag, INTERRUPTED, error="Nothing was recorded.", duration_s=0.0)
        else:
            answer = self.store.set_status(tag, QUEUED, duration_s=result.duration_s)
            if self.queue:
                self.queue.enqueue(tag, **self.analysis_kwargs(answer.question))
        self.answerRecorded.emit(tag)
