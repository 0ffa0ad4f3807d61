"""Progress reporting and cooperative cancellation shared by the CLI, the GUI workers and child processes."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.core.errors import Cancelled

#: `progress(fraction, message)`; fraction in [0, 1] or None when unknown. Must be cheap and thread-safe.
ProgressFn = Callable[[float | None, str], None]


def no_progress(fraction: float | None, message: str) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """A flag set by whoever wants the work to stop; the work calls `check()` at safe points."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop as soon as it can."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()


def scaled(progress: ProgressFn, start: float, end: float) -> ProgressFn:
    """A callback that maps a sub-task's 0..1 onto `start..end` of the parent's progress."""

    def inner(fraction: float | None, message: str) -> None:
        progress(None if fraction is None else start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return inner
