"""End of a session: every answer with its analysis status; open one, re-run an analysis, or go home."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.screens.session_table import SessionTable


class SummaryScreen(QWidget):
    homeRequested = Signal()
    openRequested = Signal(str, int)
    reanalyseRequested = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.title = QLabel(self.tr("Session summary"), self)
        f = self.title.font()
        f.setPointSize(f.pointSize() + 6)
        f.setBold(True)
        self.title.setFont(f)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.table = SessionTable(ctx, self)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        from app.ui import style

        self.open_b = style.with_icon(style.primary(QPushButton(self.tr("&Open answer"), self)), "arrow-right")
        self.reanalyse_b = style.with_icon(QPushButton(self.tr("&Analyse again"), self), "rotate-ccw")
        self.home_b = style.with_icon(QPushButton(self.tr("&Home"), self), "mic")
        for b in (self.open_b, self.reanalyse_b, self.home_b):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.answerActivated.connect(self.openRequested)
        self.open_b.clicked.connect(self._open)
        self.reanalyse_b.clicked.connect(self._reanalyse)
        self.home_b.clicked.connect(self.homeRequested)

    def show_session(self, session_id: str) -> None:
        self.table.show_session(session_id)
        s = self.table.session
        if s is None:
            return
        label = self.tr(" — synthetic demo") if s.synthetic else ""
        self.info.setText(self.tr("%1 answer(s) recorded. Analyses run in the background; you can open an "
                                  "answer as soon as it is analysed.").replace("%1", str(len(s.answers))) + label)
        if s.answers:
            self.table.selectRow(0)
        self.table.setFocus()

    def _open(self) -> None:
        a = self.table.selected_answer()
        if a:
            self.openRequested.emit(a.session_id, a.index)

    def _reanalyse(self) -> None:
        a = self.table.selected_answer()
        if a:
            self.reanalyseRequested.emit(a.id)
