"""This week's plan as one line on the Progress screen (a label that loads itself off the GUI thread)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.coach.common import ui_language


class PlanProgressLine(QLabel):
    """Shows "This week's plan: 2 of 4 items complete · next monthly review …"; empty when it cannot load."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWordWrap(True)
        self.setObjectName("planProgress")
        self.setContentsMargins(12, 4, 12, 0)
        self.reload()

    def reload(self) -> None:
        from app.services import coaching
        from app.ui.coach.plan_tab import plan_progress_line

        store, lang = self.ctx.store, ui_language()

        def done(plan: dict) -> None:
            if shiboken6.isValid(self):
                self.setText(plan_progress_line(plan))

        self.ctx.tasks.run(lambda: coaching.weekly_plan(store, week="this", lang=lang), on_done=done,
                           on_error=lambda _e: None)
