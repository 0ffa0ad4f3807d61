"""An answer that has no report yet (waiting, analysing, failed, interrupted): its question, what a strong answer
contains, where its analysis stands in plain words, and the recording's folder behind "Show folder"."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import style
from app.ui.i18n import status_text
from app.ui.messages import message_text
from app.ui.screens.session_table import STATUS_TEXT


class ReportSummary(QWidget):
    backRequested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._folder = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_XL, style.SPACE_L, style.SPACE_XL, style.SPACE_L)
        layout.setSpacing(style.SPACE_M)
        self.title = QLabel(self)
        style.set_font(self.title, "title")
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("&Back"), self)
        back.clicked.connect(self.backRequested)
        self.folder_b = QPushButton(self.tr("Show folder"), self)
        self.folder_b.clicked.connect(self._show_folder)
        row.addWidget(back)
        row.addWidget(self.folder_b)
        row.addStretch(1)
        layout.addLayout(row)

    def show_answer(self, session_id: str, index: int) -> None:
        store = self.ctx.store
        a = store.find_answer(session_id, index)
        s = store.get_session(session_id)
        self.title.setText(self.tr("Answer %1: %2").replace("%1", str(a.index)).replace("%2", a.question))
        status = status_text(STATUS_TEXT.get(a.status, a.status))
        lines = []
        if a.question_note:
            contains = self.tr("A strong answer contains")
            lines.append(f"<b>{html.escape(contains)}</b><br>{html.escape(a.question_note)}")
        lines.append(html.escape(self.tr("Analysis: %1").replace("%1", status)))
        if a.error:
            lines.append(html.escape(message_text(a.error)))
        if a.duration_s:
            lines.append(html.escape(self.tr("Length: %1 s").replace("%1", f"{a.duration_s:.0f}")))
        if s.synthetic:
            demo = self.tr("Synthetic demo material (animated portrait, synthetic voice).")
            lines.append(f"<i>{html.escape(demo)}</i>")
        lines.append(html.escape(self.tr("No report yet for this answer.")))
        self.body.setText("<br><br>".join(lines))
        self._folder = a.media.parent if a.media else None
        self.folder_b.setEnabled(self._folder is not None and self._folder.exists())

    def _show_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
