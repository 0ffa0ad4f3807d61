"""Two attempts at the same question side by side: metrics with their change, what improved, STAR checklists and
transcripts."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.compare import MetricDelta, compare_reports, improvements, star_changes
from app.ui.review.labels import metric_titles, metric_units, part_names
from app.ui.review.style import fmt_value
from app.ui.widgets.star_checklist import StarChecklist
from app.ui.widgets.transcript_view import TranscriptView


class CompareView(QWidget):
    """Attempt A (earlier) against attempt B (later)."""

    def __init__(self, report_a: Mapping[str, Any], report_b: Mapping[str, Any], label_a: str | None = None,
                 label_b: str | None = None, question: str | None = None, accessibility: bool = False,
                 parent: QWidget | None = None, show_title: bool = True) -> None:
        super().__init__(parent)
        self.rows: list[MetricDelta] = compare_reports(report_a, report_b, accessibility=accessibility)
        label_a = label_a or self.tr("Attempt A")
        label_b = label_b or self.tr("Attempt B")
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        title = QLabel(question or self.tr("Compare two attempts"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        title.setVisible(show_title)  # the compare page shows the question in its own picker
        root.addWidget(title)

        top = QHBoxLayout()
        self.table = self._table(label_a, label_b)
        top.addWidget(self.table, 5)
        summary = self._summary(report_a, report_b, label_a, label_b)
        summary.setMaximumWidth(380)  # the table's "Change" column needs the room more than this short list
        top.addWidget(summary, 2)
        root.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.sides: list[tuple[StarChecklist, TranscriptView]] = []
        for label, rep in ((label_a, report_a), (label_b, report_b)):
            column = QGroupBox(label, split)
            col = QVBoxLayout(column)
            col.setContentsMargins(6, 6, 6, 6)
            inner = QSplitter(Qt.Orientation.Vertical, column)
            inner.setChildrenCollapsible(False)
            tr = TranscriptView(inner)
            tr.set_report(rep)
            tr.setMinimumHeight(90)
            star = StarChecklist()
            star.set_report(rep)
            area = QScrollArea(inner)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(star)
            inner.addWidget(tr)
            inner.addWidget(area)
            inner.setSizes([140, 300])
            col.addWidget(inner)
            split.addWidget(column)
            self.sides.append((star, tr))
        root.addWidget(split, 1)

    def _table(self, label_a: str, label_b: str) -> QTableWidget:
        titles, units = metric_titles(), metric_units()
        extra = {"negatives": self.tr("Negative phrases"), "hedges": self.tr("Hedges")}
        verdicts = {"improved": self.tr("improved"), "worse": self.tr("went the other way"), "same": self.tr("same")}
        table = QTableWidget(len(self.rows), 4, self)
        table.setHorizontalHeaderLabels([self.tr("Metric"), label_a, label_b, self.tr("Change")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for r, row in enumerate(self.rows):
            unit = units.get(row.metric, "")
            cells = [titles.get(row.metric) or extra.get(row.metric, row.metric),
                     f"{fmt_value(row.a)} {unit}".strip() if row.a is not None else "–",
                     f"{fmt_value(row.b)} {unit}".strip() if row.b is not None else "–"]
            change = "–" if row.delta is None else f"{'+' if row.delta > 0 else ''}{fmt_value(row.delta)}"
            if row.verdict:
                change += f" ({verdicts[row.verdict]})"
            cells.append(change)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 3 and row.verdict == "improved":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setFixedHeight(table.verticalHeader().length() + header.sizeHint().height() + 4)
        return table

    def _summary(self, a: Mapping[str, Any], b: Mapping[str, Any], label_a: str, label_b: str) -> QGroupBox:
        box = QGroupBox(self.tr("What improved"), self)
        lay = QVBoxLayout(box)
        titles = metric_titles()
        titles.update({"negatives": self.tr("Negative phrases"), "hedges": self.tr("Hedges")})
        better = improvements(self.rows)
        if better:
            text = "<ul>" + "".join(f"<li>{html.escape(titles.get(m, m))}</li>" for m in better) + "</ul>"
        else:
            text = html.escape(self.tr("Nothing measurable improved between these two attempts yet. Pick one tip "
                                       "from the earlier attempt and try the question again."))
        changes = []
        for part, (pa, pb) in star_changes(a, b).items():
            if pa != pb and pb is not None:
                name = part_names()[part]
                changes.append(self.tr("%1 now present").replace("%1", name) if pb
                               else self.tr("%1 missing this time").replace("%1", name))
        if changes:
            text += "<p><b>" + html.escape(self.tr("STAR")) + ":</b> " + html.escape(", ".join(changes)) + "</p>"
        self.summary_label = QLabel(text, box)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.summary_label)
        lay.addStretch(1)
        return box
