"""The review of one analysed answer inside the window: Back, "Compare attempts", "Practise this question again",
then the `ReviewScreen` (export, delete, where the files are)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.services.sessions import Answer
from app.services.settings import Key


class ReviewPage(QWidget):
    """`screen` is the ReviewScreen. Callbacks come from the window (ask ≠ do: the window navigates)."""

    def __init__(self, ctx, answer: Answer, report: dict, *, on_back: Callable[[], None],
                 on_compare: Callable[[int], None], on_practise: Callable[[Answer], None],
                 can_compare: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.review.review_screen import ReviewScreen

        self.answer = answer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(12, 8, 12, 0)
        from app.ui import style

        self.back_button = style.with_icon(QPushButton(self.tr("&Back"), self), "arrow-left")
        self.back_button.clicked.connect(on_back)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.compare_button = style.with_icon(QPushButton(self.tr("&Compare attempts"), self), "git-compare")
        self.compare_button.setEnabled(can_compare)
        self.compare_button.setToolTip(self.tr("Side by side with your other attempts at this question") if can_compare
                                       else self.tr("Answer this question again to compare the two attempts"))
        self.compare_button.clicked.connect(lambda: on_compare(answer.id))
        self.again_button = style.with_icon(QPushButton(self.tr("&Practise again"), self), "mic")
        self.again_button.setToolTip(self.tr("Record a new attempt at this question"))
        self.again_button.clicked.connect(lambda: on_practise(answer))

        def delete() -> None:
            from app.services.sessions import delete_answer

            delete_answer(ctx.store, ctx.queue, answer.id)

        media = answer.media if answer.media and answer.media.exists() else None
        plan = _written_plan(ctx.store, answer.id)
        self.screen = ReviewScreen(report, media, answer.question, answer.question_note,
                                   accessibility=bool(ctx.settings.get(Key.ACCESSIBILITY)), parent=self,
                                   delete_answer=delete, data_location=answer.media.parent if answer.media else None,
                                   tasks=ctx.tasks, header_actions=[self.compare_button, self.again_button],
                                   written_plan=plan)
        self.screen.deleted.connect(on_back)
        self.screen.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.screen, 1)

    def close_media(self) -> None:
        """Release the player (the page is going away)."""
        self.screen.player.close()


def _written_plan(store, answer_id: int):
    """The answer against the user's written plan for its question, or None (no plan, or it cannot be read: the
    review opens all the same)."""
    from app.services.coaching import plan_against_answer

    try:
        return plan_against_answer(store, answer_id)
    except Exception:  # a plan that cannot be matched must never keep the review from opening
        logging.getLogger(__name__).warning("written plan not matched for answer %s", answer_id, exc_info=True)
        return None
