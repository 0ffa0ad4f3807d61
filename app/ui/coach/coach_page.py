"""The Coach section of the main window: four tabs — weekly plan, job ad and story bank, two attempts word by word,
one-way interview."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.coach.attempts_tab import AttemptsTab
from app.ui.coach.jobad_tab import JobAdTab
from app.ui.coach.one_way_tab import OneWayTab
from app.ui.coach.plan_tab import PlanTab
from app.ui.review.pages.page_style import page_title


class CoachPage(QWidget):
    """`refresh()` reloads the visible tab; `show_tab(key)` opens one ("plan", "jobad", "attempts", "one_way")."""

    KEYS = ("plan", "jobad", "attempts", "one_way")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 12)
        root.addWidget(page_title(self.tr("Coach"), self))
        self.tabs = QTabWidget(self)
        self.plan = PlanTab(ctx, self)
        self.jobad = JobAdTab(ctx, self)
        self.attempts = AttemptsTab(ctx, self)
        self.one_way = OneWayTab(ctx, self)
        self.tabs.addTab(self.plan, self.tr("Weekly plan"))
        self.tabs.addTab(self.jobad, self.tr("Job ad and stories"))
        self.tabs.addTab(self.attempts, self.tr("Two attempts, word by word"))
        self.tabs.addTab(self.one_way, self.tr("One-way interview"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        root.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self.KEYS.index(key))
        return self.tabs.currentWidget()
