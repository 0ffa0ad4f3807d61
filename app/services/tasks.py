"""One background-work API for the GUI: run a function off the GUI thread, get success/failure on the GUI thread.

`TaskManager.run(fn, on_done=..., on_error=...)`: `fn` runs on a worker thread and must not touch widgets; the
callbacks run on the GUI thread. Errors reach `on_error` as exceptions (RebondError carries a user-readable text).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to on_error on the GUI thread
            log.debug("background task failed", exc_info=True)
            self.relay.failed.emit(exc)
            return
        self.relay.done.emit(result)


class TaskManager(QObject):
    """Runs callables on a private thread pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> None:
        relay = _Relay(self)  # lives on the GUI thread: its signals are delivered there (queued)
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        if on_done:
            relay.done.connect(on_done)
        if on_error:
            relay.failed.connect(on_error)
        relay.done.connect(finish)
        relay.failed.connect(finish)
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task has finished (tests, shutdown)."""
        return self.pool.waitForDone(msecs)
