"""Exports started from the window: ask where, then write off the GUI thread. A PDF with key frames decodes video,
so it runs on a worker with a progress dialog (shown only if it takes more than half a second) that can cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.core.errors import Cancelled, RebondError
from app.ui.messages import error_text

log = logging.getLogger(__name__)


def ask_path(parent: QWidget, caption: str, pattern: str, default_name: str) -> Path | None:
    """A save-file dialog; None when the user cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(Path.home() / default_name), pattern)
    return Path(name) if name else None


def export_pdf(parent: QWidget, tasks, path: Path, answers: Sequence[Mapping[str, Any]], *, title: str,
               accessibility: bool = False, on_done: Callable[[Path], None] | None = None) -> None:
    """Write the PDF of `answers` to `path` on `tasks`' worker; a progress dialog follows it; errors are shown."""
    from app.ui.review.pdf_export import prepare_answers, render_session_pdf

    prepared = prepare_answers(answers, accessibility)  # GUI thread: draws the timelines
    dialog = QProgressDialog(QCoreApplication.translate("Export", "Writing the PDF report…"), QCoreApplication.translate("Export", "Cancel"), 0, len(prepared) + 1, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Export", "Export PDF"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    # The worker only writes a number; a GUI-thread timer shows it (the worker touches no Qt object; see tasks.py).
    done_steps = [0]
    poll = QTimer(dialog)
    poll.setInterval(100)
    poll.timeout.connect(lambda: dialog.setValue(done_steps[0]))
    poll.start()
    stop = threading.Event()

    def cancel() -> None:
        stop.set()

    # A GUI-side closure, disconnected on the GUI thread below: a bound method of an object only the worker held
    # would be disconnected by PySide on the worker when freed, which deadlocked with closing the dialog.
    dialog.canceled.connect(cancel)

    def work() -> Path:
        return render_session_pdf(path, prepared, title=title, accessibility=accessibility,
                                  progress=lambda d, t: done_steps.__setitem__(0, d), cancelled=stop.is_set)

    def close_dialog() -> None:
        poll.stop()
        dialog.canceled.disconnect(cancel)
        dialog.close()
        dialog.deleteLater()

    def finished(out: Path) -> None:
        close_dialog()
        if on_done is not None:
            on_done(out)

    def failed(err: Exception) -> None:
        close_dialog()
        if isinstance(err, Cancelled):
            Path(path).unlink(missing_ok=True)  # no half-written file left behind
            return
        text = error_text(err)
        log.warning("PDF export failed: %s", text)
        QMessageBox.warning(parent, QCoreApplication.translate("Export", "Export PDF"), text)

    tasks.run(work, on_done=finished, on_error=failed)


def export_csv(parent: QWidget, path: Path, rows: Sequence[Mapping[str, Any]]) -> int | None:
    """Write the metrics CSV (small: done on the GUI thread); shows an error and returns None on failure."""
    from app.ui.review.csv_export import write_metrics_csv

    try:
        return write_metrics_csv(path, rows)
    except RebondError as err:
        QMessageBox.warning(parent, QCoreApplication.translate("Export", "Export CSV"), error_text(err))
        return None
