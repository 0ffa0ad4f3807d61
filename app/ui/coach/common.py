"""Small shared pieces of the Coach tabs: running a store read off the GUI thread, and reading the UI language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def ui_language() -> str:
    """"fr" or "en": the interface language (plans and reasons are written in it)."""
    from app.ui.i18n import current_language

    return current_language()


def run_off_thread(ctx, work: Callable[[], Any], done: Callable[[Any], None], status: QLabel) -> None:
    """Run `work` on the task manager; `done(result)` on the GUI thread, or the error in `status`."""
    status.setText(QCoreApplication.translate("Coach", "Loading…"))

    def failed(err: Exception) -> None:
        text = err.user_text() if hasattr(err, "user_text") else str(err)
        status.setText(QCoreApplication.translate("Coach", "This could not be loaded: %1").replace("%1", text))

    def ok(result: Any) -> None:
        status.setText("")
        done(result)

    ctx.tasks.run(work, on_done=ok, on_error=failed)


def muted(text: str, parent: QWidget) -> QLabel:
    """A word-wrapped secondary text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("muted")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def fmt_s(value: float | None) -> str:
    """Seconds with one decimal in the interface's locale ("—" when unknown)."""
    if value is None:
        return "—"
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", 1) + " s"
