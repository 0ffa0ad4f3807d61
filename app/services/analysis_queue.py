"""Background analysis: one spawned child process at a time, progress over a pipe, cancel = kill.

The GUI thread only polls the pipe (non-blocking) from a QTimer, so it never waits for an analysis. Results are
written through the store (report JSON + metrics) on the GUI thread.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.analysis_child import DEFAULT_ANALYZER, child_main
from app.storage.models import ANALYZING, CANCELLED, FAILED, QUEUED
from app.storage.store import Store

log = logging.getLogger(__name__)
POLL_MS = 100


@dataclass
class Job:
    answer_id: int
    kwargs: dict[str, Any]


class AnalysisQueue(QObject):
    """Queue of answers to analyse. Signals carry the answer id."""

    progress = Signal(int, object, str)  # answer_id, fraction or None, message
    statusChanged = Signal(int, str, str)  # answer_id, status, error text ("" if none)
    idle = Signal()

    def __init__(self, store: Store, *, analyzer: str = DEFAULT_ANALYZER, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.analyzer = analyzer
        self._ctx = mp.get_context("spawn")  # never fork a process that runs Qt threads
        self._pending: deque[Job] = deque()
        self._proc = None
        self._conn = None
        self._current: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.last_progress: dict[int, tuple[float | None, str]] = {}
        self._external: list[int] = []  # answers analysed outside the queue (live analysis), still finishing

    # ---- public -------------------------------------------------------------------------------------------------
    def enqueue(self, answer_id: int, **kwargs: Any) -> None:
        """Analyse this answer when the queue reaches it (kwargs go to analyze_file: lang, question, ...)."""
        if any(j.answer_id == answer_id for j in self._pending) or (self._current and
                                                                    self._current.answer_id == answer_id):
            return
        self._pending.append(Job(answer_id, kwargs))  # before the signal: listeners see the queue busy
        self._drop_external(answer_id)  # the live analysis failed: this is its fallback
        self.store.set_status(answer_id, QUEUED)
        self.statusChanged.emit(answer_id, QUEUED, "")
        if self._current is None:
            QTimer.singleShot(0, self._start_next)

    def begin_external(self, answer_id: int, message: str = "finishing the live analysis") -> None:
        """An answer analysed elsewhere (the live analysis) is finishing: same status and signals as a queued job,
        so the screens show it in progress and `busy()` waits for it. End it with `deliver` or `enqueue`."""
        if answer_id not in self._external:
            self._external.append(answer_id)
        self._finish(answer_id, ANALYZING, "")
        self.last_progress[answer_id] = (None, message)
        self.progress.emit(answer_id, None, message)

    def deliver(self, answer_id: int, report: dict) -> bool:
        """Save a report made outside the queue exactly as a finished job's (same file, metrics, signals)."""
        self._drop_external(answer_id)
        try:
            self.store.save_report(answer_id, report)
        except Exception as exc:
            log.exception("saving report failed")
            self._finish(answer_id, FAILED, f"The report could not be saved ({exc}).")
            self._maybe_idle()
            return False
        self.progress.emit(answer_id, 1.0, "done")
        self.statusChanged.emit(answer_id, "done", "")
        self._maybe_idle()
        return True

    def _drop_external(self, answer_id: int) -> bool:
        if answer_id in self._external:
            self._external.remove(answer_id)
            return True
        return False

    def _maybe_idle(self) -> None:
        if not self.busy():
            self.idle.emit()

    def cancel(self, answer_id: int) -> None:
        """Stop this answer's analysis now (the child is killed) or remove it from the queue."""
        if self._drop_external(answer_id):
            self._finish(answer_id, CANCELLED, "Analysis cancelled.")
            self._maybe_idle()
            return
        for job in list(self._pending):
            if job.answer_id == answer_id:
                self._pending.remove(job)
                self._finish(answer_id, CANCELLED, "Analysis cancelled.")
                return
        if self._current and self._current.answer_id == answer_id:
            self._kill()
            self._current = None
            self._finish(answer_id, CANCELLED, "Analysis cancelled.")
            self._start_next()

    def busy(self) -> bool:
        return self._current is not None or bool(self._pending) or bool(self._external)

    def pending_ids(self) -> list[int]:
        ids = [j.answer_id for j in self._pending]
        return ([self._current.answer_id] if self._current else []) + ids + list(self._external)

    def shutdown(self) -> None:
        """Kill the running child and forget the queue (answers stay `queued`/`analyzing` for recovery)."""
        self._pending.clear()
        self._external.clear()
        self._kill()
        self._current = None
        self._timer.stop()

    # ---- internals ----------------------------------------------------------------------------------------------
    def _start_next(self) -> None:
        if self._current is not None:
            return
        if not self._pending:
            self._timer.stop()
            self._maybe_idle()
            return
        job = self._pending.popleft()
        answer = self.store.get_answer(job.answer_id)
        if answer.media is None or not Path(answer.media).exists():
            self._finish(job.answer_id, FAILED, "The recording file is missing, so it cannot be analysed.")
            QTimer.singleShot(0, self._start_next)
            return
        parent_conn, child_conn = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(target=child_main, name=f"rebond-analysis-{job.answer_id}",
                                 args=(child_conn, self.analyzer, str(answer.media), job.kwargs), daemon=True)
        proc.start()
        child_conn.close()
        self._proc, self._conn, self._current = proc, parent_conn, job
        self.store.set_status(job.answer_id, ANALYZING)
        self.statusChanged.emit(job.answer_id, ANALYZING, "")
        self.progress.emit(job.answer_id, 0.0, "starting analysis")
        self._timer.start()

    def _poll(self) -> None:
        if self._current is None or self._conn is None:
            return
        answer_id = self._current.answer_id
        try:
            while self._conn.poll():
                msg = self._conn.recv()
                if msg[0] == "progress":
                    self.last_progress[answer_id] = (msg[1], msg[2])
                    self.progress.emit(answer_id, msg[1], msg[2])
                elif msg[0] == "done":
                    self._complete(answer_id, msg[1])
                    return
                elif msg[0] == "error":
                    self._end_child()
                    self._finish(answer_id, FAILED, msg[1])
                    self._start_next()
                    return
        except (EOFError, OSError):
            pass
        if self._proc is not None and not self._proc.is_alive() and not self._conn.poll():
            code = self._proc.exitcode
            self._end_child()
            self._finish(answer_id, FAILED, f"The analysis process stopped unexpectedly (exit code {code}). "
                                            "The recording is kept; you can run the analysis again.")
            self._start_next()

    def _complete(self, answer_id: int, report: dict) -> None:
        self._end_child()
        try:
            self.store.save_report(answer_id, report)
            self.progress.emit(answer_id, 1.0, "done")
            self.statusChanged.emit(answer_id, "done", "")
        except Exception as exc:  # a report we cannot store must not kill the queue
            log.exception("saving report failed")
            self._finish(answer_id, FAILED, f"The report could not be saved ({exc}).")
        self._start_next()

    def _finish(self, answer_id: int, status: str, error: str) -> None:
        try:
            self.store.set_status(answer_id, status, error=error)
        except Exception:
            log.exception("could not record status %s for answer %s", status, answer_id)
        self.statusChanged.emit(answer_id, status, error)

    def _end_child(self) -> None:
        if self._proc is not None:
            self._proc.join(5)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join(2)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = self._current = None

    def _kill(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            self._proc.kill()
            self._proc.join(2)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None
