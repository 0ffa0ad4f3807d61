"""A small stderr progress bar usable as a `ProgressFn` (no dependency; quiet when stderr is not a terminal)."""

from __future__ import annotations

import sys
import time


class ProgressBar:
    """Callable `(fraction, message)`: redraws a one-line bar on a TTY; prints a line per new message otherwise."""

    def __init__(self, label: str = "", stream=None, width: int = 30) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last_msg = None
        self._last_draw = 0.0
        self._drawn = False

    def __call__(self, fraction: float | None, message: str) -> None:
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw < 0.1 and fraction not in (0.0, 1.0):
                return
            self._last_draw = now
            if fraction is None:
                bar = "?" * 3
                pct = "   "
            else:
                filled = int(self.width * max(0.0, min(1.0, fraction)))
                bar = "#" * filled + "-" * (self.width - filled)
                pct = f"{int(100 * fraction):3d}%"
            self.stream.write(f"\r[{bar}] {pct} {message[:60]:60}")
            self.stream.flush()
            self._drawn = True
        elif message != self._last_msg:
            pct = "" if fraction is None else f"{int(100 * fraction):3d}% "
            self.stream.write(f"{pct}{message}\n")
            self.stream.flush()
        self._last_msg = message

    def close(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
