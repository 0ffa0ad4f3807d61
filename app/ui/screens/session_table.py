"""A table of one session's answers with live analysis status, used by the summary and the sessions screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.services.sessions import Session
from app.ui.i18n import status_text

STATUS_TEXT = {  # translated where shown, with status_text()
    "recording": QT_TRANSLATE_NOOP("status", "recording"),
    "queued": QT_TRANSLATE_NOOP("status", "waiting for analysis"),
    "analyzing": QT_TRANSLATE_NOOP("status", "analysing"),
    "done": QT_TRANSLATE_NOOP("status", "analysed"),
    "interrupted": QT_TRANSLATE_NOOP("status", "interrupted (recording kept)"),
    "failed": QT_TRANSLATE_NOOP("status", "analysis failed"),
    "cancelled": QT_TRANSLATE_NOOP("status", "analysis cancelled"),
}


class SessionTable(QTableWidget):
    """Rows: answers. `answerActivated(session_id, index)` on double-click or Enter."""

    answerActivated = Signal(str, int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.ctx = ctx
        self.session: Session | None = None
        self.setHorizontalHeaderLabels([self.tr("#"), self.tr("Question"), self.tr("Length"), self.tr("Status")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(3, 300)  # room for "analysing: transcribing 37%"
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cellDoubleClicked.connect(lambda r, _c: self._activate(r))
        ctx.queue.statusChanged.connect(lambda *_: self.reload())
        ctx.queue.progress.connect(self._on_progress)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._activate(self.currentRow())
            return
        super().keyPressEvent(event)

    def show_session(self, session_id: str | None) -> None:
        self.session = self.ctx.store.get_session(session_id) if session_id else None
        self._fill()

    def reload(self) -> None:
        if self.session is not None:
            try:
                self.session = self.ctx.store.get_session(self.session.id)
            except Exception:
                self.session = None
        self._fill()

    def selected_answer(self):
        row = self.currentRow()
        if self.session is None or not 0 <= row < len(self.session.answers):
            return None
        return self.session.answers[row]

    def _fill(self) -> None:
        answers = self.session.answers if self.session else []
        self.setRowCount(len(answers))
        for r, a in enumerate(answers):
            status = status_text(STATUS_TEXT.get(a.status, a.status))
            cells = (str(a.index), a.question, f"{a.duration_s:.0f} s" if a.duration_s else "–", status)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3 and a.error:
                    item.setToolTip(a.error)
                self.setItem(r, c, item)

    def _on_progress(self, answer_id: int, fraction, message: str) -> None:
        if self.session is None:
            return
        for r, a in enumerate(self.session.answers):
            if a.id == answer_id:
                pct = "" if fraction is None else f" {int(fraction * 100)}%"
                self.setItem(r, 3, QTableWidgetItem(f"{status_text(STATUS_TEXT['analyzing'])}: {message}{pct}"))

    def _activate(self, row: int) -> None:
        if self.session and 0 <= row < len(self.session.answers):
            self.answerActivated.emit(self.session.id, self.session.answers[row].index)
