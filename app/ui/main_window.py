"""The main window: a left navigation (Practice, Sessions, Compare, Progress, Journal, Written answers, Settings) and
one stack of pages; the review of an answer opens from Sessions or from a session's summary."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.core.errors import RebondError
from app.services import questions as question_bank
from app.services.practice import PracticeController
from app.services.settings import Key
from app.ui.context import AppContext
from app.ui.messages import error_text
from app.ui.nav import NavBar, section_titles
from app.ui.screens.home import HomeScreen
from app.ui.screens.practice_screen import PracticeScreen
from app.ui.screens.report_summary import ReportSummary
from app.ui.screens.sessions_screen import SessionsScreen
from app.ui.screens.summary import SummaryScreen

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Top-level window: a navigation bar on the left (Ctrl+1…7) and one stack of pages."""

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None, *, recover: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx or AppContext(parent=self)
        if self.ctx.parent() is None:
            self.ctx.setParent(self)
        from PySide6.QtWidgets import QApplication

        from app.ui import style

        style.apply(QApplication.instance())  # the design system's sheet, for the current scheme
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
        self._pages: dict[str, QWidget] = {}  # compare, progress, journal, written: built on first visit
        self.nav = NavBar(self)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        self.nav.sectionRequested.connect(self.navigate)
        self.stack.currentChanged.connect(lambda _i: self.nav.select(self._section_of(self.stack.currentWidget())))
        self.nav.select("practice")
        self.home.startRequested.connect(self.start_practice)
        self.home.importRequested.connect(self.import_recording)
        self.home.sessionsRequested.connect(self.show_sessions)
        self.home.settingsRequested.connect(self.open_settings)
        for screen in (self.summary, self.sessions):
            screen.homeRequested.connect(self.show_home)
            screen.openRequested.connect(self.open_review)
            screen.reanalyseRequested.connect(self.reanalyse)
        self.review.backRequested.connect(self._back_from_review)
        self.practice.openRequested.connect(self.open_review)
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
            (self.tr("&Check camera and microphone…"), "Ctrl+Shift+D", self.check_devices),
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
        go = self.menuBar().addMenu(self.tr("&Go"))
        for i, (key, title) in enumerate(section_titles().items()):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, k=key: self.navigate(k))
            go.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About Rebond"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        from app.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    # ---- navigation ---------------------------------------------------------------------------------------------
    def _section_of(self, widget: QWidget | None) -> str:
        if widget in (self.home, self.practice, self.summary):
            return "practice"
        if widget in (self.sessions, self.review) or (widget is not None and widget is self._review_page):
            # a review opened from the practice screen belongs to the session under way
            return "practice" if getattr(self, "_review_back", None) is self.practice else "sessions"
        return next((k for k, w in self._pages.items() if w is widget), "practice")

    def _leave_practice_ok(self) -> bool:
        """Ask before leaving a session that is still running; True when it is fine to go."""
        if self.ctl is None or self.ctl.state in ("summary", "idle"):
            return True
        if QMessageBox.question(self, self.tr("Leave the session?"),
                                self.tr("End the current session? Recorded answers are kept.")) \
                != QMessageBox.StandardButton.Yes:
            return False
        self.ctl.finish()
        self._stop_camera()
        return True

    def navigate(self, key: str) -> None:
        """Go to a section of the navigation (what Ctrl+1…7 and the left bar do)."""
        current = self._section_of(self.stack.currentWidget())
        if key == "settings":
            self.nav.select(current)
            self.open_settings()
            return
        running = self.ctl is not None and self.ctl.state not in ("summary", "idle")
        here = self.stack.currentWidget()
        if key == "practice" and running:
            # the session under way (a review opened from it included): back to its screen, never to Home
            self.stack.setCurrentWidget(self.practice)
            return
        roots = {"practice": (self.home,), "sessions": (self.sessions,)}
        if key == current and here in roots.get(key, (self._pages.get(key),)):
            return  # already on the section's own page; from a review or summary inside it, go to that page
        if key != "practice" and not self._leave_practice_ok():
            self.nav.select(current)
            return
        if key == "practice":
            self.show_home()
        elif key == "sessions":
            self.show_sessions()
        else:
            self.show_page(key)

    def page(self, key: str) -> QWidget:
        """The page of a section (built on first use)."""
        if key not in self._pages:
            from app.ui.coach.coach_page import CoachPage
            from app.ui.review.pages.compare_page import ComparePage
            from app.ui.review.pages.data_pages import JournalPage, ProgressPage
            from app.ui.review.pages.written_page import WrittenPage

            cls = {"compare": ComparePage, "progress": ProgressPage, "journal": JournalPage,
                   "written": WrittenPage, "coach": CoachPage}[key]
            self._pages[key] = cls(self.ctx, self)
            self.stack.addWidget(self._pages[key])
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        page.refresh()
        self.stack.setCurrentWidget(page)
        return page

    def show_home(self) -> None:
        if not self._leave_practice_ok():
            return
        self._stop_camera()
        self.stack.setCurrentWidget(self.home)

    def show_sessions(self, select: str | None = None) -> None:
        self.sessions.reload(select if isinstance(select, str) else None)
        self.stack.setCurrentWidget(self.sessions)

    def compare_answer(self, answer_id: int) -> None:
        """Compare attempts, opened on this answer's question."""
        page = self.page("compare")
        page.show_answer(answer_id)
        self.stack.setCurrentWidget(page)

    def practise_again(self, answer) -> None:
        """A new session with just this answer's question (same language): a bank question by its id, any other
        (the user's own, or one deleted since) from the text and note the answer keeps."""
        lang = self.ctx.store.get_session(answer.session_id).language
        if answer.question_id and answer.question_id in question_bank.by_id(lang):
            self.start_practice(lang, "", 1, False, question_ids=[answer.question_id])
            return
        question = question_bank.Question(answer.question_id or "again", "", answer.question,
                                          answer.question_note or "", lang)
        self.start_practice(lang, "", 1, False, questions=[question])

    def open_review(self, session_id: str, answer_index: int) -> None:
        """The annotated review of an analysed answer; answers without a report get the status summary."""
        from app.ui.review.pages.review_page import ReviewPage

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
            from app.services.progress_data import attempts_by_question, question_key

            can_compare = len(attempts_by_question(self.ctx.store).get(question_key(answer), [])) >= 2
            page = ReviewPage(self.ctx, answer, report, on_back=self._back_from_review,
                              on_compare=self.compare_answer, on_practise=self.practise_again,
                              can_compare=can_compare, parent=self)
        except RebondError as err:
            self._show_error(err)
            return
        if self._review_page is not None:
            self.stack.removeWidget(self._review_page)
            self._review_page.close_media()
            self._review_page.deleteLater()
        self._review_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.screen.setFocus()  # Space, arrows, [ ] … drive the player at once, not the navigation list

    def _back_from_review(self) -> None:
        self.stack.setCurrentWidget(self._review_back or self.sessions)
        if hasattr(self._review_back, "refresh"):
            self._review_back.refresh()
        elif self._review_back is self.sessions:
            self.sessions.reload()

    def open_question_sets(self) -> None:
        from app.ui.question_sets_dialog import QuestionSetDialog

        dialog = QuestionSetDialog(self.ctx, self)
        if dialog.exec():
            self.home._fill_choices()
        dialog.deleteLater()

    def check_devices(self) -> None:
        """The pre-flight check (camera preview with a framing guide, voice level, light, a 3-second test)."""
        from app.ui.device_check import DeviceCheckDialog

        if self.ctl is not None and self.ctl.state not in ("summary", "idle"):
            return  # not during a session: the camera is recording
        dialog = DeviceCheckDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.exec()
        changed = dialog.language_changed
        dialog.deleteLater()
        if changed:
            self.offer_restart()

    def offer_restart(self, ask=None) -> bool:
        """The interface language applies at the next start: say so and offer to restart now (True if restarting).
        `ask` answers the question in tests."""
        question = self.tr("The new language is used once Rebond restarts. Restart now? Recorded answers are kept.")
        if ask is None:
            reply = QMessageBox.question(self, self.tr("Restart Rebond?"), question)
            ask_yes = reply == QMessageBox.StandardButton.Yes
        else:
            ask_yes = ask(question)
        if not ask_yes or not self._leave_practice_ok():
            return False
        import sys

        from PySide6.QtCore import QProcess
        from PySide6.QtWidgets import QApplication

        # the same command line as this run (`python -m app`, the `rebond` script, …)
        QProcess.startDetached(sys.executable, list(sys.orig_argv[1:]) or ["-m", "app"])
        QTimer.singleShot(0, QApplication.instance().quit)
        return True

    # ---- practice -----------------------------------------------------------------------------------------------
    def _questions(self, language: str, choice: str, count: int):
        return question_bank.session_questions(self.ctx.store, language, choice, count)

    def start_practice(self, language: str, choice: str, count: int, calibrate: bool, *, synthetic: bool = False,
                       title: str = "", question_ids: list[str] | None = None, prep_s: int | None = None,
                       limit_s: float | None = None, questions: list | None = None, one_way: bool = False) -> str | None:
        capture = self.ctx.capture()
        if capture is None:
            QMessageBox.information(self, self.tr("No camera"), self.ctx.camera_problem or "")
            return None
        if not self.ctx.fake_camera:  # a real device may need the user's permission first (macOS, Windows privacy)
            from app.ui.permission_dialog import ensure_device_permissions

            again = partial(self.start_practice, language, choice, count, calibrate, synthetic=synthetic, title=title,
                            question_ids=question_ids, prep_s=prep_s, limit_s=limit_s, questions=questions)
            if not ensure_device_permissions(self, again):
                return None
        if questions:
            questions = list(questions)
        elif question_ids:
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
            synthetic=synthetic, live=True if self.ctx.live_factory else None, live_factory=self.ctx.live_factory,
            one_way=one_way, parent=self)
        self.practice.detach()
        self.practice.attach(self.ctl)
        from app.ui.coach.practice_extras import attach_extras  # one-way rules on screen, live cues

        attach_extras(self, self.ctl)
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
        text = error_text(err)
        log.warning("shown to user: %s", text)
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Rebond"), text)

    def closeEvent(self, event) -> None:
        if self.ctl is not None and self.ctl.state == "recording":
            self.ctl.stop()
        self.ctx.shutdown()
        super().closeEvent(event)
