"""Past sessions: a list on the left, the selected session's answers on the right; open, analyse again, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.screens.session_table import SessionTable


class SessionsScreen(QWidget):
    homeRequested = Signal()
    openRequested = Signal(str, int)
    reanalyseRequested = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Past sessions"), self)
        f = title.font()
        f.setPointSize(f.pointSize() + 6)
        f.setBold(True)
        title.setFont(f)
        layout.addWidget(title)
        body = QHBoxLayout()
        self.list = QListWidget(self)
        self.table = SessionTable(ctx, self)
        body.addWidget(self.list, 1)
        body.addWidget(self.table, 3)
        layout.addLayout(body, 1)
        row = QHBoxLayout()
        self.open_b = QPushButton(self.tr("&Open answer"), self)
        self.reanalyse_b = QPushButton(self.tr("&Analyse again"), self)
        self.delete_answer_b = QPushButton(self.tr("Delete a&nswer"), self)
        self.delete_b = QPushButton(self.tr("&Delete session"), self)
        self.home_b = QPushButton(self.tr("&Home"), self)
        for b in (self.open_b, self.reanalyse_b, self.delete_answer_b, self.delete_b, self.home_b):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(self._on_select)
        self.table.answerActivated.connect(self.openRequested)
        self.open_b.clicked.connect(self._open)
        self.reanalyse_b.clicked.connect(self._reanalyse)
        self.delete_b.clicked.connect(self._delete)
        self.delete_answer_b.clicked.connect(self._delete_answer)
        self.home_b.clicked.connect(self.homeRequested)

    def reload(self, select: str | None = None) -> None:
        current = select or (self.list.currentItem().data(Qt.ItemDataRole.UserRole)
                             if self.list.currentItem() else None)
        self.list.clear()
        for s in self.ctx.store.list_sessions():
            tag = " [synthetic]" if s.synthetic else ""
            item = QListWidgetItem(f"{s.started_at[:16].replace('T', ' ')}  ({len(s.answers)}) {s.title}{tag}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
            if s.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self.table.show_session(None)

    def _on_select(self, item, _prev) -> None:
        self.table.show_session(item.data(Qt.ItemDataRole.UserRole) if item else None)
        if self.table.rowCount():
            self.table.selectRow(0)

    def _open(self) -> None:
        a = self.table.selected_answer()
        if a:
            self.openRequested.emit(a.session_id, a.index)

    def _reanalyse(self) -> None:
        a = self.table.selected_answer()
        if a:
            self.reanalyseRequested.emit(a.id)

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        sid = item.data(Qt.ItemDataRole.UserRole)
        if QMessageBox.question(self, self.tr("Delete session"),
                                self.tr("Delete this session with all its recordings and reports?")) \
                != QMessageBox.StandardButton.Yes:
            return
        for a in self.ctx.store.get_session(sid).answers:
            self.ctx.queue.cancel(a.id)
        self.ctx.store.delete_session(sid)
        self.reload()

    def _delete_answer(self) -> None:
        a = self.table.selected_answer()
        if a is None:
            return
        if QMessageBox.question(self, self.tr("Delete answer"),
                                self.tr("Delete this answer with its recording and report?")) \
                != QMessageBox.StandardButton.Yes:
            return
        self.ctx.queue.cancel(a.id)
        self.ctx.store.delete_answer(a.id)
        self.table.reload()
