"""The main window: home, practice, summary, past sessions and the (placeholder) review, in one stack."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app import __version__
from app.core.errors import RebondError
from app.services.practice import PracticeController
from app.services.settings import Key
from app.storage import question_bank
from app.storage.user_questions import list_sets
from app.ui.context import AppContext
from app.ui.screens.home import HomeScreen
from app.ui.screens.practice_screen import PracticeScreen
from app.ui.screens.report_summary import ReportSummary
from app.ui.screens.sessions_screen import SessionsScreen
from app.ui.screens.summary import SummaryScreen

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Top-level window. `open_review(session_id, answer_index)` is where the review screen plugs in."""

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None, *, recover: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx or AppContext(parent=self)
        if self.ctx.parent() is None:
            self.ctx.setParent(self)
        self.setWindowTitle(self.tr("Rebond — interview practice") + f"  v{__version__}")
        self.resize(1280, 760)
        self.ctl: PracticeController | None = None
        self.stack = QStackedWidget(self)
        self.home = HomeScreen(self.ctx, self)
        self.practice = PracticeScreen(self.ctx, self)
        self.summary = SummaryScreen(self.ctx, self)
        self.sessions = SessionsScreen(self.ctx, self)
        self.review = ReportSummary(self.ctx, self)
        for w in (self.home, self.practice, self.summary, self.sessions, self.review):
            self.stack.addWidget(w)
        self.setCentralWidget(self.stack)
        self._menus()
        self.home.startRequested.connect(self.start_practice)
        self.home.importRequested.connect(self.import_recording)
        self.home.sessionsRequested.connect(self.show_sessions)
        self.home.settingsRequested.connect(self.open_settings)
        for screen in (self.summary, self.sessions):
            screen.homeRequested.connect(self.show_home)
            screen.openRequested.connect(self.open_review)
            screen.reanalyseRequested.connect(self.reanalyse)
        self.review.backRequested.connect(self._back_from_review)
        self._review_back = self.sessions
        self._review_page: QWidget | None = None
        # the camera (and the multimedia backend) opens just after the window is painted, not before
        QTimer.singleShot(100, self._open_camera)
        if recover:
            self.ctx.tasks.run(self._recover_work, on_done=self._recovered, on_error=self._show_error)

    def _open_camera(self) -> None:
        cap = self.ctx.capture()
        ok = cap is not None
        if ok and hasattr(cap.source, "problem"):
            cap.source.problem.connect(lambda text: QMessageBox.warning(self, self.tr("Camera"), text))
        self.home.refresh_devices(None if ok else self.ctx.camera_problem)
        self.statusBar().showMessage(self.ctx.camera_label() if ok else self.tr("No camera available"), 5000)

    # ---- menus and shortcuts ------------------------------------------------------------------------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, shortcut, slot in (
            (self.tr("&New practice"), QKeySequence.StandardKey.New, self.show_home),
            (self.tr("&Import a recording…"), "Ctrl+I", self.import_recording),
            (self.tr("Past &sessions"), "Ctrl+H", self.show_sessions),
            (self.tr("&My questions…"), "Ctrl+Shift+Q", self.open_question_sets),
            (self.tr("Se&ttings…"), QKeySequence.StandardKey.Preferences, self.open_settings),
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        settings_alt = QAction(self)
        settings_alt.setShortcut(QKeySequence("Ctrl+,"))
        settings_alt.triggered.connect(self.open_settings)
        self.addAction(settings_alt)

    # ---- navigation ---------------------------------------------------------------------------------------------
    def show_home(self) -> None:
        if self.ctl is not None and self.ctl.state not in ("summary", "idle"):
            if QMessageBox.question(self, self.tr("Leave the session?"),
                                    self.tr("End the current session? Recorded answers are kept.")) \
                    != QMessageBox.StandardButton.Yes:
                return
            self.ctl.finish()
        self._stop_camera()
        self.stack.setCurrentWidget(self.home)

    def show_sessions(self, select: str | None = None) -> None:
        self.sessions.reload(select if isinstance(select, str) else None)
        self.stack.setCurrentWidget(self.sessions)

    def open_review(self, session_id: str, answer_index: int) -> None:
        """The annotated review of an analysed answer; answers without a report get the status summary."""
        back = self.stack.currentWidget()
        if back is not self._review_page:
            self._review_back = back
        try:
            answer = self.ctx.store.find_answer(session_id, answer_index)
            report = self.ctx.store.load_report(answer.id)
            if not report:
                self.review.show_answer(session_id, answer_index)
                self.stack.setCurrentWidget(self.review)
                return
            page = self._build_review_page(answer, report)
        except RebondError as err:
            self._show_error(err)
            return
        if self._review_page is not None:
            self.stack.removeWidget(self._review_page)
            self._review_page.deleteLater()
        self._review_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _build_review_page(self, answer, report) -> QWidget:
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

        from app.ui.review.review_screen import ReviewScreen

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        back = QPushButton(self.tr("&Back"), page)
        back.clicked.connect(self._back_from_review)
        row.addWidget(back)
        row.addStretch(1)
        layout.addLayout(row)

        def delete() -> None:
            self.ctx.store.delete_answer(answer.id)
            self._back_from_review()

        media = answer.media if answer.media and answer.media.exists() else None
        screen = ReviewScreen(report, media, answer.question, answer.question_note,
                              accessibility=bool(self.ctx.settings.get(Key.ACCESSIBILITY)), parent=page,
                              delete_answer=delete, data_location=answer.media.parent if answer.media else None)
        layout.addWidget(screen, 1)
        return page

    def _back_from_review(self) -> None:
        self.stack.setCurrentWidget(self._review_back or self.sessions)
        if hasattr(self._review_back, "refresh"):
            self._review_back.refresh()

    def open_question_sets(self) -> None:
        from app.ui.question_sets_dialog import QuestionSetDialog

        dialog = QuestionSetDialog(self.ctx, self)
        if dialog.exec():
            self.home._fill_choices()
        dialog.deleteLater()

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    # ---- practice -----------------------------------------------------------------------------------------------
    def _questions(self, language: str, choice: str, count: int):
        if choice.startswith("set:"):
            from app.storage.user_questions import list_user_questions

            name = choice[4:]
            qset = next((s for s in list_sets(self.ctx.store) if s.name == name), None)
            bank = question_bank.by_id(language)
            users = {q["id"]: question_bank.Question(q["id"], q["category"], q["text"], q["note"], q["language"])
                     for q in list_user_questions(self.ctx.store)}
            ids = qset.question_ids if qset else ()
            return [bank.get(i) or users.get(i) for i in ids if (bank.get(i) or users.get(i))][:count]
        return question_bank.pick(language, count, category=choice)

    def start_practice(self, language: str, choice: str, count: int, calibrate: bool, *, synthetic: bool = False,
                       title: str = "", question_ids: list[str] | None = None, prep_s: int | None = None,
                       limit_s: float | None = None) -> str | None:
        capture = self.ctx.capture()
        if capture is None:
            QMessageBox.information(self, self.tr("No camera"), self.ctx.camera_problem or "")
            return None
        if question_ids:
            bank = question_bank.by_id(language)
            questions = [bank[q] for q in question_ids if q in bank]
        else:
            questions = self._questions(language, choice, count)
        if not questions:
            QMessageBox.information(self, self.tr("No questions"), self.tr("No question matches that choice."))
            return None
        if not capture.source.running:
            try:
                capture.start()
            except RebondError as err:
                self._show_error(err)
                return None
        s = self.ctx.settings
        self.ctl = PracticeController(
            self.ctx.store, capture, self.ctx.queue, language=language,
            prep_s=s.get(Key.PREP_S) if prep_s is None else prep_s,
            limit_s=s.get(Key.LIMIT_S) if limit_s is None else limit_s, calibrate=calibrate, accessibility=s.get(Key.ACCESSIBILITY),
            analysis_language=language, title=title, source="demo" if synthetic else "practice",
            synthetic=synthetic, parent=self)
        self.practice.detach()
        self.practice.attach(self.ctl)
        self.ctl.finished.connect(self._on_finished)
        self.stack.setCurrentWidget(self.practice)
        return self.ctl.start(questions)

    def _on_finished(self, session_id: str) -> None:
        self._stop_camera()
        self.summary.show_session(session_id)
        self.stack.setCurrentWidget(self.summary)

    def _stop_camera(self) -> None:
        cap = self.ctx._capture
        if cap is not None and cap.source.running and not cap.recording:
            cap.source.stop()

    def reanalyse(self, answer_id: int) -> None:
        a = self.ctx.store.get_answer(answer_id)
        lang = self.ctx.store.get_session(a.session_id).language
        self.ctx.queue.enqueue(answer_id, lang=lang, question=a.question,
                               accessibility=self.ctx.settings.get(Key.ACCESSIBILITY))

    # ---- import -------------------------------------------------------------------------------------------------
    def import_recording(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a recording"), "",
                                              self.tr("Videos (*.mp4 *.mov *.mkv *.webm *.avi *.m4v);;All files (*)"))
        if not path:
            return
        lang = self.ctx.settings.get(Key.ANALYSIS_LANGUAGE)
        lang = lang if lang in ("fr", "en") else "en"
        bank = question_bank.bank(lang)
        other = self.tr("Another question (type it)…")
        item, ok = QInputDialog.getItem(self, self.tr("Which question does it answer?"), self.tr("Question:"),
                                        [q.text for q in bank] + [other], 0, False)
        if not ok:
            return
        question = next((q for q in bank if q.text == item), None)
        text = item
        if question is None:
            text, ok = QInputDialog.getText(self, self.tr("Question"), self.tr("Question answered:"))
            if not ok or not text.strip():
                return
        self.do_import(path, text, question.id if question else None, question.note if question else "", lang)

    def do_import(self, path: str, question: str, question_id: str | None, note: str, lang: str) -> None:
        from pathlib import Path

        from app.services.importing import import_recording

        def work() -> int:
            return import_recording(self.ctx.store, Path(path), question=question, question_id=question_id,
                                    question_note=note, language=lang)

        def done(answer_id: int) -> None:
            a = self.ctx.store.get_answer(answer_id)
            self.ctx.queue.enqueue(answer_id, lang=lang, question=question)
            self.statusBar().showMessage(self.tr("Imported; analysis queued."), 5000)
            self.show_sessions(a.session_id)

        self.statusBar().showMessage(self.tr("Importing…"))
        self.ctx.tasks.run(work, on_done=done, on_error=self._show_error)

    # ---- recovery and errors ------------------------------------------------------------------------------------
    def _recover_work(self):
        from app.services.recovery import recover

        return recover(self.ctx.store)

    def _recovered(self, result) -> None:
        for a in result.requeued:
            lang = self.ctx.store.get_session(a.session_id).language
            self.ctx.queue.enqueue(a.id, lang=lang, question=a.question)
        if result.interrupted:
            self.statusBar().showMessage(
                self.tr("%1 answer(s) were cut by an unexpected stop; their recordings are kept and marked "
                        "interrupted.").replace("%1", str(len(result.interrupted))), 10000)

    def _show_error(self, err: Exception) -> None:
        text = err.user_text() if isinstance(err, RebondError) else self.tr("Something went wrong: ") + str(err)
        log.warning("shown to user: %s", text)
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Rebond"), text)

    def closeEvent(self, event) -> None:
        if self.ctl is not None and self.ctl.state == "recording":
            self.ctl.stop()
        self.ctx.shutdown()
        super().closeEvent(event)
