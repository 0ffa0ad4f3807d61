"""One background-work API for the GUI: run a function off the GUI thread, get success/failure on the GUI thread.

`TaskManager.run(fn, on_done=..., on_error=...)`: `fn` runs on a worker thread and must not touch widgets; the
callbacks run on the GUI thread. Errors reach `on_error` as exceptions (RebondError carries a user-readable text).

Threading rule: no Python object that the GUI side gave to (or got from) a job is ever *freed* on a worker. The GUI
side keeps the callable and receives the result before the worker lets go of them, and the only Qt object a worker
touches is one relay that lives as long as the manager. Why: freeing an object on a worker can make PySide disconnect a
connection that object backed (a bound method's weak reference); that took Qt's connection mutex on the worker and
then waited for the GIL, while the GUI thread, holding the GIL, waited for the same mutex while closing a dialog — a
deadlock seen in CI with the PDF progress dialog, then again with a QThreadPool runnable destroyed on its worker.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

MAX_WORKERS = 2


class _Relay(QObject):
    finished = Signal(int)  # job id; the outcome waits in TaskManager._outcomes


@dataclass
class _Job:
    fn: Callable[[], Any] | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None


class TaskManager(QObject):
    """Runs callables on at most two daemon worker threads, in submission order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)  # queued: the relay lives on the GUI thread
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}  # GUI side: owns every job's callable and callbacks until delivery
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._running = 0  # jobs queued or running on a worker
        self._queue: queue.SimpleQueue[tuple[int, Callable[[], Any]]] = queue.SimpleQueue()
        self._workers: list[threading.Thread] = []

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> None:
        job_id = next(self._ids)
        self._jobs[job_id] = _Job(fn, on_done, on_error)
        with self._lock:
            self._running += 1
            if len(self._workers) < MAX_WORKERS and self._running > len(self._workers):
                worker = threading.Thread(target=self._work, name=f"rebond-task-{len(self._workers) + 1}", daemon=True)
                self._workers.append(worker)
                worker.start()
        self._queue.put((job_id, fn))

    def _work(self) -> None:
        while True:
            job_id, fn = self._queue.get()
            try:
                outcome = (True, fn())
            except Exception as exc:  # delivered to on_error on the GUI thread
                log.debug("background task failed", exc_info=True)
                outcome = (False, exc)
            del fn  # the GUI side still holds it: the last reference goes there
            with self._lock:
                self._outcomes[job_id] = outcome
            del outcome
            try:
                self._relay.finished.emit(job_id)
            except RuntimeError:  # the manager was deleted (application closing): nobody is waiting any more
                log.debug("task %d finished after its manager was deleted", job_id)
            with self._lock:
                self._running -= 1
                self._idle.notify_all()

    def _deliver(self, job_id: int) -> None:
        job = self._jobs.pop(job_id, None)
        with self._lock:
            ok, value = self._outcomes.pop(job_id, (False, RuntimeError("lost task outcome")))
        if job is None:
            return
        callback = job.on_done if ok else job.on_error
        if callback is not None:
            callback(value)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task has finished its work (tests, shutdown); callbacks run later on the event loop."""
        with self._lock:
            return self._idle.wait_for(lambda: self._running == 0, timeout=msecs / 1000)
