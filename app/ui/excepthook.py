"""One place for errors nobody caught: in a slot or event handler (`sys.excepthook`, which PySide6 calls for
exceptions raised from Python code that Qt invoked) and in worker threads (`threading.excepthook`).

Each is logged with its traceback (the rotating `rebond.log`) and the user sees one friendly, translated dialog —
never a traceback — with a button to open the log folder. Several errors in a row (a paint handler failing on every
frame) give one dialog, not a cascade. A worker thread's error reaches the dialog through a queued signal, so no
widget is touched off the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.ui.messages import error_text

log = logging.getLogger("rebond.crash")


class _Reporter(QObject):
    raised = Signal(object)  # the exception, delivered on the GUI thread

    def __init__(self, parent_widget=None) -> None:
        super().__init__(QApplication.instance())
        self.parent_widget = parent_widget
        self.dialog: QMessageBox | None = None
        self.shown = 0
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, exc: BaseException) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time: the log has every error
        parent = self.parent_widget() if callable(self.parent_widget) else self.parent_widget
        parent = parent if isinstance(parent, QWidget) else QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"), error_text(exc),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("unexpectedErrorDialog")
        box.setInformativeText(self.tr("You can go on using Rebond. If it happens again, the log file helps to "
                                       "find out why."))
        logs = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.HelpRole)
        logs.clicked.connect(_open_log_folder)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.dialog = box
        self.shown += 1
        box.open()  # window-modal, without a nested event loop inside an exception handler

    def _closed(self, _result: int) -> None:
        self.dialog = None


def _open_log_folder() -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from app.core.paths import log_dir

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))


_reporter: _Reporter | None = None
_previous: tuple | None = None


def install(parent_widget=None) -> _Reporter:
    """Route uncaught exceptions (GUI thread and worker threads) to the log and one dialog. `parent_widget` is
    the dialog's parent (or a callable returning it). Idempotent; `uninstall()` restores the previous hooks."""
    global _reporter, _previous
    if _reporter is None:
        _previous = (sys.excepthook, threading.excepthook)
        _reporter = _Reporter(parent_widget)

        def gui_hook(exc_type, exc, tb) -> None:
            if issubclass(exc_type, KeyboardInterrupt):
                QApplication.quit()
                return
            log.error("uncaught exception", exc_info=(exc_type, exc, tb))
            _reporter.raised.emit(exc)

        def thread_hook(args) -> None:
            if args.exc_type is SystemExit:
                return
            log.error("uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                      exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
            _reporter.raised.emit(args.exc_value)

        sys.excepthook = gui_hook
        threading.excepthook = thread_hook
    elif parent_widget is not None:
        _reporter.parent_widget = parent_widget
    return _reporter


def uninstall() -> None:
    global _reporter, _previous
    if _previous is not None:
        sys.excepthook, threading.excepthook = _previous
    if _reporter is not None:
        _reporter.deleteLater()
    _reporter = _previous = None
