"""Logging to a rotating file in the user log dir (and warnings to stderr)."""

from __future__ import annotations

import logging
import logging.handlers

from app.core.paths import log_dir

_configured = False


class _ConsoleFormatter(logging.Formatter):
    """One line per message on the console: tracebacks go to the log file only (a user never sees a Python stack;
    `-v` shows them for a developer)."""

    def __init__(self, fmt: str, *, tracebacks: bool) -> None:
        super().__init__(fmt)
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if self.tracebacks or not (record.exc_info or record.stack_info):
            return super().format(record)
        plain = logging.makeLogRecord(record.__dict__)
        plain.exc_info = plain.exc_text = plain.stack_info = None
        return super().format(plain)


def setup_logging(verbose: bool = False) -> None:
    """Idempotent: a rotating `rebond.log` (1 MB x 3) plus stderr at WARNING (INFO with `verbose`)."""
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s")
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "rebond.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(fmt)
        handler.setLevel(logging.DEBUG)
        root.addHandler(handler)
    except OSError as exc:  # a read-only home must not stop the app
        logging.getLogger(__name__).warning("File logging disabled: %s", exc)
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(_ConsoleFormatter("%(levelname)s: %(message)s", tracebacks=verbose))
    root.addHandler(console)
