"""First-run model download for the GUI: which default models are missing or damaged, and fetching them off the GUI
thread with progress and cancel.

The fetching itself is `ModelStore.fetch` (sources in manifest order, sha256 of every file checked before it is
moved into place); this service only runs it on the shared TaskManager and reports back on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.core.errors import Cancelled, FetchError, RebondError
from app.core.progress import CancelToken
from app.ml.model_store import ModelStore
from app.services.tasks import TaskManager

log = logging.getLogger(__name__)

#: fetcher(model_id, progress, cancel) -> path; the default is ModelStore.fetch (tests pass a fake)
Fetcher = Callable[..., object]


@dataclass(frozen=True)
class MissingModels:
    """Default models that are absent or fail verification, and how many bytes they need."""

    ids: tuple[str, ...]
    total_bytes: int

    @property
    def megabytes(self) -> int:
        """In MiB, as file managers and `du -h` show it (the default models: 234)."""
        return round(self.total_bytes / 2**20)


def missing_models(store: ModelStore | None = None) -> MissingModels:
    """The default models that `resolve()` would refuse (missing file, wrong size, or a hash that no longer matches).

    Uses the size/mtime stamps (`full=False`), so it takes milliseconds, not a re-hash of 234 MB at every start.
    """
    store = store or ModelStore()
    ids, total = [], 0
    for spec in store.specs.values():
        if not spec.default or not spec.pinned:
            continue
        if not store.is_ok(spec.id, full=False):
            ids.append(spec.id)
            total += spec.size or 0
    return MissingModels(tuple(ids), total)


class ModelFetchService(QObject):
    """Fetch models one after another on a worker; signals arrive on the GUI thread.

    progress(fraction 0..1, message) — overall progress across the models
    finished() — every model is present and verified
    failed(message, offline) — `offline` when no source could even be reached
    cancelled()
    """

    progress = Signal(float, str)
    finished = Signal()
    failed = Signal(str, bool)
    cancelled = Signal()

    def __init__(self, tasks: TaskManager, *, fetcher: Fetcher | None = None, store: ModelStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._store = store
        self._fetcher = fetcher
        self._cancel: CancelToken | None = None
        self.running = False

    def start(self, model_ids: tuple[str, ...]) -> None:
        if self.running:
            return
        self.running = True
        cancel = self._cancel = CancelToken()
        fetcher = self._fetcher or (self._store or ModelStore()).fetch
        ids = tuple(model_ids)
        emit = self.progress.emit  # a Qt signal: emitting from the worker is queued to the GUI thread

        def work() -> None:
            for i, model_id in enumerate(ids):
                def on_progress(fraction, message, _i=i):
                    overall = (_i + (fraction if fraction is not None else 0.0)) / len(ids)
                    emit(float(overall), str(message))

                fetcher(model_id, progress=on_progress, cancel=cancel)
                cancel.check()

        self.tasks.run(work, on_done=self._done, on_error=self._error)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _done(self, _result) -> None:
        self.running = False
        self.finished.emit()

    def _error(self, exc: Exception) -> None:
        self.running = False
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
            return
        if isinstance(exc, FetchError):
            self.failed.emit(exc.message, _looks_offline(exc.message))
            return
        log.error("model download failed", exc_info=exc)
        text = exc.user_text() if isinstance(exc, RebondError) else f"{type(exc).__name__}: {exc}"
        self.failed.emit(text, False)


def _looks_offline(message: str) -> bool:
    """Every source failed before any byte arrived: name resolution, refused or timed-out connections."""
    lowered = message.lower()
    return any(word in lowered for word in ("unreachable", "name or service", "temporary failure", "timed out",
                                            "network is", "no route", "connection refused", "getaddrinfo"))
