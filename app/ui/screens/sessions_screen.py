"""Past sessions: a list on the left, the selected session's answers on the right; open, analyse again, export,
delete, and where the files are."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
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

from app.services import sessions as session_cases
from app.services.sessions import session_label, session_title
from app.services.settings import Key
from app.ui.screens.session_table import SessionTable


class SessionsScreen(QWidget):
    homeRequested = Signal()
    openRequested = Signal(str, int)
    reanalyseRequested = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None, confirm=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Injected so that tests can answer the confirmation without a modal dialog.
        self._confirm = confirm or self._ask
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Past sessions"), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        layout.addWidget(title)
        self.empty = QLabel(self.tr("No sessions yet. Go to Practice (Ctrl+1) and record your first answer, or "
                                    "import a recording made elsewhere (Ctrl+I). Each session appears here with its "
                                    "answers, ready to review once analysed."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(48)
        layout.addWidget(self.empty, 1)
        self.body = QWidget(self)
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self.body)
        self.list.setSpacing(3)  # each session is two lines (title, date and count): keep them apart
        self.table = SessionTable(ctx, self.body)
        body.addWidget(self.list, 1)
        body.addWidget(self.table, 3)
        layout.addWidget(self.body, 1)
        row = QHBoxLayout()
        from app.ui import style

        self.open_b = style.with_icon(style.primary(QPushButton(self.tr("&Open answer"), self)), "arrow-right")
        self.reanalyse_b = style.with_icon(QPushButton(self.tr("&Analyse again"), self), "rotate-ccw")
        self.pdf_b = style.with_icon(QPushButton(self.tr("Export &PDF…"), self), "file-down")
        self.csv_b = style.with_icon(QPushButton(self.tr("Export &CSV…"), self), "sheet")
        self.delete_answer_b = style.with_icon(QPushButton(self.tr("Delete a&nswer…"), self), "trash-2")
        self.delete_b = style.with_icon(QPushButton(self.tr("&Delete session…"), self), "trash-2")
        self.session_buttons = (self.open_b, self.reanalyse_b, self.pdf_b, self.csv_b, self.delete_answer_b,
                                self.delete_b)
        for b in self.session_buttons:
            row.addWidget(b)
        for b in (self.pdf_b, self.csv_b, self.delete_answer_b):
            # file actions as icons, named in their tooltip: the row fits 1280 px in French too
            label = b.text().replace("&", "")
            b.setText("")
            b.setToolTip(label)
            b.setAccessibleName(label)
        row.addStretch(1)
        layout.addLayout(row)
        where = QHBoxLayout()
        self.where = QLabel(self.tr("Your recordings and reports stay on this computer."), self)
        self.where.setProperty("muted", True)
        self.where.setToolTip(str(ctx.store.root))
        self.where.setObjectName("dataLocation")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_b = style.with_icon(QPushButton(self.tr("Show &folder"), self), "folder-open")
        self.folder_b.setToolTip(self.tr("Open the data folder in the file manager"))
        where.addWidget(self.where, 1)
        where.addWidget(self.folder_b)
        layout.addLayout(where)
        self.list.currentItemChanged.connect(self._on_select)
        self.table.answerActivated.connect(self.openRequested)
        self.open_b.clicked.connect(self._open)
        self.reanalyse_b.clicked.connect(self._reanalyse)
        self.pdf_b.clicked.connect(self._export_pdf)
        self.csv_b.clicked.connect(self._export_csv)
        self.delete_b.clicked.connect(self._delete)
        self.delete_answer_b.clicked.connect(self._delete_answer)
        self.folder_b.clicked.connect(self.show_folder)

    def refresh(self) -> None:
        self.reload()

    def reload(self, select: str | None = None) -> None:
        current = select or (self.list.currentItem().data(Qt.ItemDataRole.UserRole)
                             if self.list.currentItem() else None)
        self.list.clear()
        for s in self.ctx.store.list_sessions():
            item = QListWidgetItem(session_label(s))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
            if s.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        has = bool(self.list.count())
        if not has:
            self.table.show_session(None)
        self.body.setVisible(has)
        self.empty.setVisible(not has)
        for b in self.session_buttons:
            b.setEnabled(has)

    def current_session_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

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

    def _ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def show_folder(self) -> None:
        """Open the folder of the selected session (else the data folder) in the file manager."""
        sid = self.current_session_id()
        folder = self.ctx.store.get_session(sid).folder if sid else self.ctx.store.root
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _delete(self) -> None:
        sid = self.current_session_id()
        if sid is None:
            return
        if not self._confirm(self.tr("Delete session"),
                             self.tr("Delete this session with all its recordings, reports and metrics? This cannot "
                                     "be undone.")):
            return
        session_cases.delete_session(self.ctx.store, self.ctx.queue, sid)
        self.reload()

    def _delete_answer(self) -> None:
        a = self.table.selected_answer()
        if a is None:
            return
        if not self._confirm(self.tr("Delete answer"), self.tr("Delete this answer with its recording and report?")):
            return
        session_cases.delete_answer(self.ctx.store, self.ctx.queue, a.id)
        self.reload()

    # ---- export ---------------------------------------------------------------------------------------------------
    def _analysed(self):
        sid = self.current_session_id()
        if sid is None:
            return None, []
        session = self.ctx.store.get_session(sid)
        items = [(a, self.ctx.store.load_report(a.id)) for a in session.answers]
        items = [(a, r) for a, r in items if r]
        if not items:
            QMessageBox.information(self, self.tr("Nothing to export"),
                                    self.tr("No answer of this session is analysed yet."))
        return session, items

    def export_pdf_to(self, path, on_done=None) -> bool:
        """Write the selected session's PDF in the background; False when there is nothing to export."""
        from app.ui.review.pages.exporting import export_pdf

        session, items = self._analysed()
        if not items:
            return False
        answers = [{"report": r, "question": a.question, "question_note": a.question_note,
                    "media_path": a.media if a.media and a.media.exists() else None} for a, r in items]
        export_pdf(self, self.ctx.tasks, path, answers, title=session_title(session),
                   accessibility=bool(self.ctx.settings.get(Key.ACCESSIBILITY)), on_done=on_done)
        return True

    def _export_pdf(self) -> None:
        from app.ui.review.pages.exporting import ask_path

        sid = self.current_session_id()
        path = sid and ask_path(self, self.tr("Export PDF"), self.tr("PDF files (*.pdf)"), f"rebond-{sid}.pdf")
        if path:
            self.export_pdf_to(path, on_done=lambda out: self.window().statusBar().showMessage(
                self.tr("PDF written: %1").replace("%1", str(out)), 8000))

    def export_csv_to(self, path) -> int | None:
        from app.analysis.progress_series import metric_row
        from app.ui.review.pages.exporting import export_csv

        session, items = self._analysed()
        if not items:
            return None
        rows = [metric_row(r, session_id=session.id, answer=a.index, date=session.started_at[:10],
                           question=a.question) for a, r in items]
        return export_csv(self, path, rows)

    def _export_csv(self) -> None:
        from app.ui.review.pages.exporting import ask_path

        sid = self.current_session_id()
        path = sid and ask_path(self, self.tr("Export CSV"), self.tr("CSV files (*.csv)"), f"rebond-{sid}.csv")
        if path and self.export_csv_to(path) is not None:
            self.window().statusBar().showMessage(self.tr("CSV written: %1").replace("%1", str(path)), 8000)
