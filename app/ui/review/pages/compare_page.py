"""Compare attempts: pick a question and two of its analysed attempts; the comparison itself is `CompareView`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.errors import RebondError
from app.services.progress_data import Attempt, attempts_by_question, question_key
from app.services.settings import Key
from app.ui.review.pages.page_style import empty_state, page_title


class ComparePage(QWidget):
    """`refresh()` reloads the questions; `show_answer(answer_id)` opens that answer's question with it as the later
    attempt and the attempt before it as the earlier one."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: dict[str, list[Attempt]] = {}
        self.view: QWidget | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 12)
        root.addWidget(page_title(self.tr("Compare attempts"), self))
        pick = QFormLayout()
        pick.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.question = QComboBox(self)
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question.setMinimumContentsLength(40)
        self.earlier, self.later = QComboBox(self), QComboBox(self)
        pick.addRow(self.tr("&Question:"), self.question)
        row = QHBoxLayout()
        row.addWidget(self.earlier, 1)
        row.addWidget(QLabel("→", self))
        row.addWidget(self.later, 1)
        pick.addRow(self.tr("Attempts:"), row)
        self.picker = QWidget(self)
        self.picker.setLayout(pick)
        root.addWidget(self.picker)
        self.empty = empty_state(self.tr(
            "Compare needs two analysed answers to the same question. Practise a question, then practise it again "
            "after working on one tip: open the first answer in Sessions and use “Practise again”, "
            "or pick the same question on the Practice page."), self)
        root.addWidget(self.empty, 1)
        self.body = QVBoxLayout()
        root.addLayout(self.body, 1)
        self.question.currentIndexChanged.connect(self._fill_attempts)
        self.earlier.currentIndexChanged.connect(self._show)
        self.later.currentIndexChanged.connect(self._show)

    def refresh(self) -> None:
        """Reload the questions that have at least two analysed attempts (keeps the current choice)."""
        current = self.question.currentData()
        self.groups = {k: v for k, v in attempts_by_question(self.ctx.store).items() if len(v) >= 2}
        self.question.blockSignals(True)
        self.question.clear()
        for key, attempts in self.groups.items():
            text = attempts[-1].answer.question
            self.question.addItem(self.tr("%1 (%2 attempts)").replace("%1", text).replace("%2", str(len(attempts))),
                                  key)
            self.question.setItemData(self.question.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.question.blockSignals(False)
        has = bool(self.groups)
        self.picker.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            self._set_view(None)
            return
        idx = self.question.findData(current)
        self.question.setCurrentIndex(max(0, idx))
        self._fill_attempts()

    def has_attempts_to_compare(self, answer_id: int) -> bool:
        """True when the answer's question has another analysed attempt."""
        try:
            key = question_key(self.ctx.store.get_answer(answer_id))
        except RebondError:
            return False
        return len(attempts_by_question(self.ctx.store).get(key, [])) >= 2

    def show_answer(self, answer_id: int) -> None:
        self.refresh()
        key = next((k for k, v in self.groups.items() if any(t.answer.id == answer_id for t in v)), None)
        if key is None:
            return
        self.question.setCurrentIndex(self.question.findData(key))
        ids = [t.answer.id for t in self.groups[key]]
        pos = ids.index(answer_id)
        # The reviewed answer against the attempt just before it (or, for a first attempt, the one just after).
        earlier, later = (pos - 1, pos) if pos > 0 else (0, 1)
        self.earlier.setCurrentIndex(earlier)
        self.later.setCurrentIndex(later)

    def _fill_attempts(self, *_args) -> None:
        attempts = self.groups.get(self.question.currentData(), [])
        for combo in (self.earlier, self.later):
            combo.blockSignals(True)
            combo.clear()
            for t in attempts:
                combo.addItem(t.label, t.answer.id)
            combo.blockSignals(False)
        if len(attempts) >= 2:
            self.earlier.setCurrentIndex(len(attempts) - 2)
            self.later.setCurrentIndex(len(attempts) - 1)
        self._show()

    def _show(self, *_args) -> None:
        from app.ui.review.compare_view import CompareView

        attempts = {t.answer.id: t for t in self.groups.get(self.question.currentData(), [])}
        a, b = attempts.get(self.earlier.currentData()), attempts.get(self.later.currentData())
        if a is None or b is None:
            self._set_view(None)
            return
        rep_a, rep_b = self.ctx.store.load_report(a.answer.id), self.ctx.store.load_report(b.answer.id)
        if not rep_a or not rep_b:
            self._set_view(empty_state(self.tr("One of these reports can no longer be read."), self))
            return
        view = CompareView(rep_a, rep_b, a.label, b.label, question=None,
                           accessibility=bool(self.ctx.settings.get(Key.ACCESSIBILITY)), parent=self,
                           show_title=False)
        view.layout().setContentsMargins(0, 6, 0, 0)
        self._set_view(view)

    def _set_view(self, view: QWidget | None) -> None:
        if self.view is not None:
            self.body.removeWidget(self.view)
            self.view.hide()  # deleteLater waits for the event loop: never let the old view show meanwhile
            self.view.deleteLater()
        self.view = view
        if view is not None:
            self.body.addWidget(view, 1)
