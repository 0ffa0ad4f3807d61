"""Feedback journal: record what recruiters said in real interviews, tag it, and see which points recur and which
practice metrics measure them."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.analysis.journal import JournalEntry, JournalRepository, all_tags, parse_tags, recurring_tags
from app.analysis.progress_series import series
from app.core.errors import RebondError
from app.ui.messages import error_text
from app.ui.review.labels import metric_titles, metric_units
from app.ui.review.style import fmt_value


class JournalScreen(QWidget):
    """Entries on the left, the selected entry's form in the middle, recurring points on the right."""

    changed = Signal()

    def __init__(self, repository: JournalRepository, metric_rows: Sequence[Mapping[str, Any]] = (),
                 parent: QWidget | None = None, confirm_delete=None) -> None:
        super().__init__(parent)
        self.repo = repository
        self.metric_rows = list(metric_rows)
        self._current_id: int | None = None
        # Injected so tests can answer the confirmation without a modal dialog.
        self._confirm_delete = confirm_delete or self._ask_delete
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("Feedback journal"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        root.addWidget(title)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._list_panel())
        split.addWidget(self._form_panel())
        split.addWidget(self._recurring_panel())
        split.setSizes([300, 560, 420])
        root.addWidget(split, 1)
        self.refresh()

    # ----- panels ---------------------------------------------------------------------------------------------------
    def _list_panel(self) -> QWidget:
        panel = QWidget(self)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New entry"), panel)
        self.new_button.clicked.connect(self.new_entry)
        lay.addWidget(self.new_button)
        self.list = QListWidget(panel)
        self.list.currentItemChanged.connect(self._on_select)
        lay.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No feedback recorded yet. After a real interview, click “New entry” and "
                                    "write down what the recruiter said, even in a few words."), panel)
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)
        return panel

    def _form_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Interview"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.company = QLineEdit(box)
        self.company.setPlaceholderText(self.tr("Company or role"))
        self.when = QDateEdit(box)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.said = QPlainTextEdit(box)
        self.said.setPlaceholderText(self.tr("What the recruiter said, in their words if you remember them"))
        self.strengths = QPlainTextEdit(box)
        self.strengths.setPlaceholderText(self.tr("Strengths they noted"))
        self.tags = QLineEdit(box)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas (e.g. too long, no numbers, eye contact)"))
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Date"), self.when)
        form.addRow(self.tr("Recruiter said"), self.said)
        form.addRow(self.tr("Strengths"), self.strengths)
        form.addRow(self.tr("Tags"), self.tags)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), box)
        self.save_button.clicked.connect(self.save_current)
        self.delete_button = QPushButton(self.tr("Delete…"), box)
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.message = QLabel(box)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        return box

    def _recurring_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Points that recur"), self)
        lay = QVBoxLayout(box)
        self.recurring = QLabel(box)
        self.recurring.setWordWrap(True)
        self.recurring.setTextFormat(Qt.TextFormat.RichText)
        self.recurring.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.recurring, 1)
        return box

    # ----- behaviour ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list and the recurring points from the repository."""
        entries = self.repo.list_entries()
        self.list.blockSignals(True)
        self.list.clear()
        for e in entries:
            no_company = self.tr("(no company)")
            item = QListWidgetItem(f"{e.when.isoformat()} — {e.company or no_company}")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.list.addItem(item)
            if e.id == self._current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not entries)
        self.tags.setCompleter(QCompleter(all_tags(entries), self.tags))
        if self._current_id is None:
            self._load(None)
        self._show_recurring(entries)

    def _show_recurring(self, entries: list[JournalEntry]) -> None:
        rec = recurring_tags(entries)
        if not rec:
            self.recurring.setText(html.escape(self.tr("A point appears here once it was raised in two interviews. "
                                                       "Use the same tag each time (e.g. “no numbers”).")))
            return
        titles, units = metric_titles(), metric_units()
        parts = []
        for r in rec:
            raised = self.tr("raised %1 times").replace("%1", str(r.count))
            line = (f"<p><b>{html.escape(r.tag)}</b> — {html.escape(raised)}"
                    f" ({html.escape(', '.join(r.companies))})")
            for metric in r.metrics:
                s = series(self.metric_rows, metric)
                if s.points:
                    detail = self.tr("%1: latest %2, your baseline %3").replace("%1", titles.get(metric, metric)) \
                        .replace("%2", f"{fmt_value(s.points[-1][1])} {units.get(metric, '')}".strip()) \
                        .replace("%3", fmt_value(s.baseline))
                else:
                    detail = self.tr("%1: practise to measure it").replace("%1", titles.get(metric, metric))
                line += f"<br>&nbsp;&nbsp;→ {html.escape(detail)}"
            parts.append(line + "</p>")
        self.recurring.setText("".join(parts))

    def new_entry(self) -> None:
        self._current_id = None
        self.list.clearSelection()
        self._load(None)
        self.company.setFocus()

    def _on_select(self, item: QListWidgetItem | None, _prev=None) -> None:
        if item is None:
            return
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        entry = next((e for e in self.repo.list_entries() if e.id == entry_id), None)
        self._current_id = entry_id
        self._load(entry)

    def _load(self, entry: JournalEntry | None) -> None:
        self.company.setText(entry.company if entry else "")
        when = entry.when if entry else date.today()
        self.when.setDate(QDate(when.year, when.month, when.day))
        self.said.setPlainText(entry.recruiter_said if entry else "")
        self.strengths.setPlainText(entry.strengths if entry else "")
        self.tags.setText(", ".join(entry.tags) if entry else "")
        self.delete_button.setEnabled(entry is not None)
        self.message.clear()

    def save_current(self) -> JournalEntry | None:
        """Save the form (a new entry or the selected one)."""
        if not self.company.text().strip() and not self.said.toPlainText().strip():
            self.message.setText(self.tr("Write at least the company or what the recruiter said."))
            return None
        qd = self.when.date()
        entry = JournalEntry(self.company.text().strip(), date(qd.year(), qd.month(), qd.day()),
                             self.said.toPlainText().strip(), self.strengths.toPlainText().strip(),
                             parse_tags(self.tags.text()), self._current_id)
        try:
            saved = self.repo.save(entry)
        except RebondError as exc:
            self.message.setText(error_text(exc))
            return None
        self._current_id = saved.id
        self.refresh()
        self.message.setText(self.tr("Saved."))
        self.changed.emit()
        return saved

    def _ask_delete(self) -> bool:
        return QMessageBox.question(self, self.tr("Delete entry"), self.tr("Delete this journal entry? This cannot "
                                                                         "be undone.")) \
            == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        if self._current_id is None or not self._confirm_delete():
            return
        self.repo.delete(self._current_id)
        self._current_id = None
        self.refresh()
        self.changed.emit()
