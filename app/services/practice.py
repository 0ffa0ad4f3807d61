"""The practice flow as a state machine shared by the main window and `rebond practice --headless`.

    idle -> [calibrating] -> preparing -> recording -> answered -> (next) preparing ... -> summary

Recording time is media time from the capture (so a fast fake camera also hits the hard limit). After Stop the
answer is queued for analysis in the background while the user goes on.

Live analysis (issue 7, on by default): while an answer is recorded a `LiveAnalysisService` analyses the capture's
frames and sound, so at Stop only the tail is left. Its report is saved through the queue (`deliver`: same file,
metrics and signals as an offline result). If it fails, is cancelled or takes longer than `live_timeout_s`, the
saved file goes to the offline queue as before. The recording never depends on it: the service only listens to the
capture's signals.

One-way mode (deferred video interview): the reading time is fixed (recording cannot start early), there is one
take (re-record and skip are refused, `refused` says so), and each question's timeline is kept in `timelines` for
the time-use summary (`app.analysis.one_way`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.services.settings import CALIBRATION_S, DEFAULT_ANSWER_LIMIT_S, DEFAULT_PREP_S, Key, Settings
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
#: Time without progress (no chunk transcribed) after which a finishing live analysis is taken for stalled and the
#: offline analysis takes over. A finish that keeps progressing is waited for: on a busy machine it only has the
#: speech the worker had not reached left to do, and starting the whole answer over offline was slower (69-95 s).
#: Design choice: a chunk takes 1.5-3.5 s here, 30 s on a very busy machine with a temperature fallback.
LIVE_TIMEOUT_S = 45.0


def _live_default(queue) -> bool:
    """The `live_analysis` setting, for the built-in analysis only: a queue running another analyzer (tests, a
    build without the engine) keeps it, since the live report would not be that analyzer's."""
    from app.services.analysis_child import DEFAULT_ANALYZER

    if queue is None or getattr(queue, "analyzer", DEFAULT_ANALYZER) != DEFAULT_ANALYZER:
        return False
    return bool(Settings().get(Key.LIVE_ANALYSIS))


class PracticeController(QObject):
    """Drive one session. The UI calls start/stop/rerecord/skip/next; it listens to the signals."""

    stateChanged = Signal(str)
    countdown = Signal(int)  # seconds left of preparation or calibration
    elapsed = Signal(float, float)  # recorded seconds, hard limit
    questionChanged = Signal(int, object)  # index from 0, Question
    answerRecorded = Signal(int)  # answer id, once its file is finished and it is queued
    finished = Signal(str)  # session id (summary reached)
    message = Signal(str)
    liveFinished = Signal(int, bool, str)  # answer id, live report saved?, why not ("" when saved)
    refused = Signal(str)  # one-way mode: "rerecord", "skip" or "start_early" was refused
    _liveDone = Signal(int, object, str)  # from the live worker thread: answer id, report or None, error

    def __init__(self, store: Store, capture: Capture, queue: AnalysisQueue | None, *, language: str = "en",
                 prep_s: int = DEFAULT_PREP_S, limit_s: float = DEFAULT_ANSWER_LIMIT_S, calibrate: bool = False,
                 accessibility: bool = False, analysis_language: str | None = None, title: str = "",
                 source: str = "practice", synthetic: bool = False, live: bool | None = None,
                 live_factory=None, live_timeout_s: float = LIVE_TIMEOUT_S, one_way: bool = False,
                 parent: QObject | None = None) -> None:
        """`live`: analyse while recording (None: the `live_analysis` setting, for the built-in analyzer only).
        `live_factory` builds the live session (tests); default `app.engine.live.LiveAnalysis`."""
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
        self._saving: set[int] = set()  # answers whose file is still being finished
        self._storage_failed: str | None = None  # set when a write failed (full disk): the session ends there
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._count = QTimer(self)
        self._count.setInterval(1000)
        self._count.timeout.connect(self._count_down)
        capture.recordingSaved.connect(self._on_saved)
        capture.limitReached.connect(self._on_limit)
        self.live_enabled = (_live_default(queue) if live is None else bool(live)) and queue is not None
        self.live_timeout_s = live_timeout_s
        self.one_way = one_way
        self.timelines: list[dict] = []  # one per recorded question: index, question, reading_s, limit, stop reason
        self._stopped_by: dict[int, str] = {}
        self._live = None
        self._live_jobs: dict[int, dict] = {}  # answer id -> {"saved", "report", "error", "timer"}
        self._liveDone.connect(self._on_live_done)
        if self.live_enabled:
            from app.services.live_analysis import LiveAnalysisService

            self._live = LiveAnalysisService(capture, factory=live_factory, parent=self)

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

    def _refuse(self, action: str) -> bool:
        """One-way mode: say that `action` is not allowed; returns False (nothing happened)."""
        # shown in the window's status bar: in the interface language (the Coach .ts translates them)
        texts = {"rerecord": QCoreApplication.translate(
                     "PracticeController", "One take only: this interview does not allow recording an answer again."),
                 "skip": QCoreApplication.translate(
                     "PracticeController", "One take only: every question must be answered in this interview."),
                 "start_early": QCoreApplication.translate(
                     "PracticeController",
                     "The reading time is fixed in this interview: recording starts when it ends.")}
        self.message.emit(texts[action])
        self.refused.emit(action)
        return False

    def stop(self) -> None:
        """Stop the current recording: the answer is kept and queued for analysis."""
        if self.state == PREPARING and self.one_way:
            self._refuse("start_early")
            return
        if self.state == RECORDING:
            if self.answer_id is not None:
                self._stopped_by.setdefault(self.answer_id, "user")
            self._timer.stop()
            if self.answer_id is not None:
                self._saving.add(self.answer_id)
            self.capture.stop_recording()
            self._finish_live(self.answer_id)
            self._set(ANSWERED)
        elif self.state == PREPARING:
            self._count.stop()
            self._start_recording()

    def rerecord(self) -> bool | None:
        """Discard the current question's recording and record it again (refused in one-way mode)."""
        if self.one_way:
            return self._refuse("rerecord")
        if self.answer_id is None or self.state not in (RECORDING, ANSWERED):
            return
        answer_id = self.answer_id
        self._drop_live(answer_id)
        if self.queue:
            self.queue.cancel(answer_id)
        if self.state == RECORDING:
            self._timer.stop()
            self._after_save[answer_id] = "rerecord"
            self._saving.add(answer_id)
            self.capture.stop_recording()
            self._set(ANSWERED)
        elif answer_id in self._saving:  # its file is still being finished: restart once it is
            self._after_save[answer_id] = "rerecord"
        else:
            self._restart(answer_id)

    def skip(self) -> bool | None:
        """Leave this question without an answer (a recording in progress is deleted; refused in one-way mode)."""
        if self.one_way:
            return self._refuse("skip")
        if self.state == RECORDING and self.answer_id is not None:
            self._timer.stop()
            self._drop_live(self.answer_id)
            self._after_save[self.answer_id] = "delete"
            self._saving.add(self.answer_id)
            self.capture.stop_recording()
        self._count.stop()
        self.answer_id = None
        self._advance()

    def next(self) -> None:
        """Go to the next question (stopping a recording first) or to the summary after the last one."""
        if self.state == RECORDING:
            self.stop()
        elif self.state == PREPARING:
            if self.one_way:  # the question must be answered: next would skip it
                self._refuse("skip")
                return
            self._count.stop()
        self.answer_id = None
        self._advance()

    @property
    def saves_pending(self) -> bool:
        """Whether a stopped recording is still being finished (its `answerRecorded` has not come yet)."""
        return bool(self._saving)

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
        if self._storage_failed:
            self._to_summary()
            return
        if self.answer_id is None:
            answer = self._store_call(self.store.add_answer, self.session_id, question=q.text, question_id=q.id,
                                      question_note=q.note)
            if answer is None:
                self._to_summary()
                return
            self.answer_id = answer.id
        else:
            answer = self.store.get_answer(self.answer_id)
        self.capture.start_recording(answer.media, tag=answer.id, max_s=self.limit_s)
        if self.one_way:
            self.timelines.append({"answer_id": answer.id, "index": self.index + 1, "question": q.text,
                                   "reading_s": float(self.prep_s), "answer_limit_s": float(self.limit_s),
                                   "recorded_s": None, "stopped_by": "user"})
        if self._live is not None:
            try:
                kw = self.analysis_kwargs(q.text)
                self._live.start(kw.pop("lang"), kw.pop("question"), kw.pop("accessibility"),
                                 calibration=kw.get("calibration"), max_s=self.limit_s)
            except Exception:  # the recording goes on; the offline analysis will do the work
                log.exception("live analysis did not start")
        self._set(RECORDING)
        self._timer.start()

    def _tick(self) -> None:
        if self.state == RECORDING and (why := self.capture.write_error()):
            self._write_failed(why)
            return
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
            if self.answer_id is not None:
                self._stopped_by[self.answer_id] = "limit"
            # shown in the window's status bar: in the interface language
            self.message.emit(QCoreApplication.translate("PracticeController", "Time limit reached (%1 s): recording "
                                                         "stopped.").replace("%1", str(int(self.limit_s))))
            self.stop()

    def _write_failed(self, why: str) -> None:
        """The recording cannot be written (full disk, folder gone): stop it now, keep what was written, and end
        the session instead of recording the next answers into the same wall."""
        log.warning("recording stopped: %s", why)
        self._storage_failed = why
        full = "No space left" in why or "Errno 28" in why or "disk is full" in why
        if full:
            self.message.emit(QCoreApplication.translate(
                "PracticeController", "The disk is full: the recording stopped and what was recorded is kept. Free "
                                      "some space before recording again."))
        else:
            self.message.emit(QCoreApplication.translate(
                "PracticeController", "The recording could not be written (%1); what was recorded is kept.")
                .replace("%1", why))
        self.stop()
        self._count.stop()
        self._to_summary()

    def _store_call(self, fn, *args, **kwargs):
        """A store write during the practice flow: a StorageError (full disk, read-only folder) ends the session
        cleanly with a message instead of escaping from a Qt slot (which would leave the flow stuck)."""
        from app.core.errors import StorageError

        try:
            return fn(*args, **kwargs)
        except StorageError as exc:
            log.warning("practice: %s", exc.message)
            if not self._storage_failed:
                self._storage_failed = exc.message
                self.message.emit(exc.user_text())
            return None

    def _advance(self) -> None:
        if self._storage_failed:
            self._to_summary()
            return
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
            self._store_call(self.store.end_session, self.session_id)
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
        self._saving.discard(tag)
        for t in self.timelines:
            if t["answer_id"] == tag:
                t["recorded_s"] = result.duration_s
                t["stopped_by"] = self._stopped_by.get(tag, "user")
        action = self._after_save.pop(tag, None)
        job = self._live_jobs.get(tag)
        if job is not None and (action or result.stats.error or result.stats.video_frames_written == 0):
            self._drop_live(tag)  # the live report describes a recording that is not kept as is
            job = None
        if action == "delete":
            self.store.delete_answer(tag)
            return
        if action == "rerecord":
            self._restart(tag)
            return
        if result.stats.error:
            self._store_call(self.store.set_status, tag, FAILED,
                             error=f"The recording could not be written ({result.stats.error}); what was written "
                                   "before is kept.", duration_s=result.duration_s)
            if not self._storage_failed:
                self.message.emit(QCoreApplication.translate(
                    "PracticeController", "The recording could not be written completely; what was captured is kept."))
        elif result.stats.video_frames_written == 0:
            self._store_call(self.store.set_status, tag, INTERRUPTED, error="Nothing was recorded.", duration_s=0.0)
        elif (answer := self._store_call(self.store.set_status, tag, QUEUED, duration_s=result.duration_s)) is None:
            pass  # the index could not be updated (full disk): the file is kept, recovery re-queues it next start
        else:
            if job is not None and self.queue:
                job["saved"] = True
                self.queue.begin_external(tag)
                self._settle_live(tag)
            elif self.queue:
                self.queue.enqueue(tag, **self.analysis_kwargs(answer.question))
        self.answerRecorded.emit(tag)

    # ---- live analysis ------------------------------------------------------------------------------------------
    def live_pending(self) -> list[int]:
        """Answers whose live report is still being finished."""
        return list(self._live_jobs)

    def shutdown(self, timeout: float = 30.0) -> None:
        """Stop the live analysis (the window closes or the headless run ends); pending answers stay queued."""
        for answer_id in list(self._live_jobs):
            self._drop_live(answer_id)
        if self._live is not None:
            self._live.cancel()
            self._live.wait_idle(timeout)

    def _finish_live(self, answer_id: int | None) -> None:
        if self._live is None or answer_id is None or not self._live.active:
            return
        answer = self.store.get_answer(answer_id)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda aid=answer_id: self._on_live_timeout(aid))
        job = {"saved": False, "report": None, "error": None, "timer": timer}
        self._live_jobs[answer_id] = job
        future = self._live.finish(answer.media)
        job["future"] = future
        timer.start(int(self.live_timeout_s * 1000))

        def done(fut, aid=answer_id) -> None:  # worker thread: hand over to the GUI thread
            exc = fut.exception()
            why = ""
            if exc is not None:
                from app.core.errors import RebondError

                why = str(exc) if isinstance(exc, RebondError) else f"{type(exc).__name__}: {exc}"
            try:
                self._liveDone.emit(aid, None if exc else fut.result(), why)
            except RuntimeError:  # the controller is gone; nothing left to save into
                pass

        future.add_done_callback(done)

    def _drop_live(self, answer_id: int) -> None:
        """Forget this answer's live result (re-record, skip, failed recording)."""
        job = self._live_jobs.pop(answer_id, None)
        if job is not None:
            job["timer"].stop()
            job["timer"].deleteLater()
        elif self._live is not None and self.state == RECORDING and answer_id == self.answer_id:
            self._live.cancel()

    def _on_live_done(self, answer_id: int, report, error: str) -> None:
        job = self._live_jobs.get(answer_id)
        if job is None or job["report"] is not None or job["error"]:
            return  # dropped, or already timed out: the offline analysis has it
        job["report"], job["error"] = report, (None if report is not None else error or "no report")
        self._settle_live(answer_id)

    def _on_live_timeout(self, answer_id: int) -> None:
        job = self._live_jobs.get(answer_id)
        if job is not None and job["report"] is None and not job["error"]:
            idle = getattr(job.get("future"), "idle_s", None)
            idle_s = idle() if callable(idle) else self.live_timeout_s
            if idle_s < self.live_timeout_s:  # still working through what was left at Stop: wait for it
                job["timer"].start(max(100, int((self.live_timeout_s - idle_s) * 1000)))
                return
            job["error"] = f"the live analysis took more than {self.live_timeout_s:.0f} s without progress"
            self._settle_live(answer_id)

    def _settle_live(self, answer_id: int) -> None:
        """Once the file is saved and the live outcome known: save the live report, or queue the offline one."""
        job = self._live_jobs.get(answer_id)
        if job is None or not job["saved"] or (job["report"] is None and not job["error"]):
            return
        self._live_jobs.pop(answer_id)
        job["timer"].stop()
        job["timer"].deleteLater()
        if job["report"] is not None and self.queue.deliver(answer_id, job["report"]):
            self.liveFinished.emit(answer_id, True, "")
            return
        why = job["error"] or "the live report could not be saved"
        log.info("live analysis of answer %s not used (%s): offline analysis", answer_id, why)
        self.liveFinished.emit(answer_id, False, why)
        answer = self.store.get_answer(answer_id)
        self.queue.enqueue(answer_id, **self.analysis_kwargs(answer.question))
