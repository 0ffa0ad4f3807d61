"""Progress and journal pages: their metric rows are read from the reports on a worker thread, then the screen is
built on the GUI thread. A page is rebuilt only when the stored answers changed since it was last shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.progress_data import data_signature, metric_rows
from app.services.settings import Key
from app.ui.messages import error_text
from app.ui.review.pages.page_style import empty_state


class _DataPage(QWidget):
    """Shows "Loading…", runs `metric_rows` off the GUI thread, then `build(rows)` replaces the placeholder."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.screen: QWidget | None = None
        self._signature: tuple | None = None
        self._loading = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self.placeholder = empty_state(QCoreApplication.translate("DataPage", "Loading…"), self)
        self._layout.addWidget(self.placeholder, 1)

    def refresh(self, force: bool = False) -> None:
        """Rebuild from the store when its answers changed (or when `force`)."""
        signature = data_signature(self.ctx.store)
        if self._loading or (not force and signature == self._signature and self.screen is not None):
            return
        self._loading = True
        store = self.ctx.store

        def done(rows) -> None:
            self._loading = False
            self._signature = signature
            self._set_screen(self.build(rows))

        def failed(err) -> None:
            self._loading = False
            text = error_text(err)
            self.placeholder.setText(QCoreApplication.translate("DataPage", "This page could not be loaded: %1").replace("%1", text))
            self.placeholder.show()

        def work() -> list[dict]:
            self.preload()
            return metric_rows(store)

        self.ctx.tasks.run(work, on_done=done, on_error=failed)

    def preload(self) -> None:
        """Worker thread: import what `build` will need (modules only; no widget is made here)."""

    def build(self, rows: list[dict]) -> QWidget:  # pragma: no cover - overridden
        raise NotImplementedError

    def _set_screen(self, widget: QWidget) -> None:
        if self.screen is not None:
            self._layout.removeWidget(self.screen)
            self.screen.hide()
            self.screen.deleteLater()
        self.placeholder.hide()
        self.screen = widget
        self._layout.addWidget(widget, 1)


class ProgressPage(_DataPage):
    """Charts, goals (saved in the database) and the practice calendar."""

    today: date | None = None  # tests and screenshots pin the day

    def preload(self) -> None:
        # matplotlib's first import takes about a second: pay it on the worker, not when the charts are built.
        import matplotlib.dates  # noqa: F401
        import matplotlib.figure  # noqa: F401

    def build(self, rows: list[dict]) -> QWidget:
        from app.services.journal import load_goals, save_goals
        from app.ui.review.progress_screen import DEFAULT_GOALS, ProgressScreen

        goals = load_goals(self.ctx.store, DEFAULT_GOALS)
        screen = ProgressScreen(rows, goals, today=self.today,
                                accessibility=bool(self.ctx.settings.get(Key.ACCESSIBILITY)), parent=self)
        screen.goalsChanged.connect(lambda new: save_goals(self.ctx.store, list(new)))
        from app.ui.coach.progress_line import PlanProgressLine  # this week's plan (Coach section)

        line = PlanProgressLine(self.ctx, screen)
        screen.layout().insertWidget(0, line)
        return screen


class JournalPage(_DataPage):
    """The feedback journal over the database, with the practice metrics its recurring points relate to."""

    def build(self, rows: list[dict]) -> QWidget:
        from app.services.journal import SqliteJournal
        from app.ui.review.journal_screen import JournalScreen

        return JournalScreen(SqliteJournal(self.ctx.store), rows, parent=self)
