"""Progress across sessions: charts against the user's own baseline and goals, weekly goals, streak and calendar."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.analysis.progress_series import (
    PROGRESS_METRICS,
    Goal,
    GoalStatus,
    all_series,
    calendar_weeks,
    goal_status,
    streak,
)
from app.ui.review.labels import metric_titles, metric_units
from app.ui.review.style import fmt_precise, fmt_value

#: Goals offered to a new user (the practice/settings screen may replace them).
DEFAULT_GOALS: tuple[Goal, ...] = (Goal("sessions", ">=", 4), Goal("fillers_per_min", "<=", 3))






class ProgressScreen(QWidget):
    """`rows` are per-answer metric rows with a `date` (see `app.analysis.progress_series.metric_row`).
    `goalsChanged(list[Goal])` when the user edits the goals (the host stores them)."""

    goalsChanged = Signal(list)

    def __init__(self, rows: Sequence[Mapping[str, Any]], goals: Sequence[Goal] = DEFAULT_GOALS,
                 today: date | None = None, accessibility: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.rows = list(rows)
        self.goals = list(goals)
        self.accessibility = accessibility
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("Your progress"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        root.addWidget(title)
        self.charts: dict[str, Any] = {}
        if not self.rows:
            empty = QLabel(self.tr("No practice yet. Record an answer in Practice: your charts, goals and streak "
                                   "appear here after the first session."), self)
            empty.setObjectName("progressEmpty")
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            root.addWidget(empty, 1)
            self.statuses: list[GoalStatus] = []
            return
        self._top = QHBoxLayout()
        self._top.addWidget(self._streak_box())
        self.goals_box = self._goals_box()
        self._top.addWidget(self.goals_box, 1)
        root.addLayout(self._top)
        root.addWidget(self._charts(), 1)

    def _streak_box(self) -> QGroupBox:
        from app.ui.widgets.charts import PracticeCalendar

        box = QGroupBox(self.tr("Practice"), self)
        lay = QHBoxLayout(box)
        days = streak(self.rows, self.today)
        label = QLabel(self.tr("Days in a row: %1").replace("%1", str(days)), box)
        label.setWordWrap(True)
        self.streak_label = label
        caption = QLabel(self.tr("Last six weeks, Monday at the top"), box)
        caption.setWordWrap(True)
        font = caption.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        caption.setFont(font)
        cal = PracticeCalendar(box)
        cal.set_weeks(calendar_weeks(self.rows, self.today))
        cal.setToolTip(self.tr("Last six weeks, Monday at the top"))
        lay.addWidget(cal)
        text = QVBoxLayout()
        text.addWidget(label)
        text.addWidget(caption)
        text.addStretch(1)
        lay.addLayout(text, 1)
        return box

    def goal_text(self, goal: Goal) -> str:
        if goal.metric == "sessions":
            return self.tr("Practise on at least %1 days this week").replace("%1", fmt_value(goal.target))
        title = metric_titles().get(goal.metric, goal.metric)
        unit = metric_units().get(goal.metric, "")
        op = {"<=": "≤", "<": "<", ">=": "≥", ">": ">"}.get(goal.op, goal.op)
        return self.tr("%1 %2 %3 (this week's average)").replace("%1", title).replace("%2", op) \
            .replace("%3", f"{fmt_value(goal.target)} {unit}".strip())

    def _goals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This week's goals"), self)
        lay = QVBoxLayout(box)
        self.statuses = goal_status(self.rows, self.goals, self.today)
        if not self.statuses:
            lay.addWidget(QLabel(self.tr("No goals set. Pick one metric to work on, e.g. fillers under 3 per "
                                         "minute."), box))
        for st in self.statuses:
            if st.met is None:
                state = self.tr("no answer this week yet")
            elif st.met:
                state = self.tr("met (%1)").replace("%1", fmt_precise(st.current))
            else:
                state = self.tr("not yet (%1 so far)").replace("%1", fmt_precise(st.current))
            mark = "✔" if st.met else "○"
            label = QLabel(f"{mark} {html.escape(self.goal_text(st.goal))} — <b>{html.escape(state)}</b>", box)
            label.setWordWrap(True)
            lay.addWidget(label)
        lay.addStretch(1)
        edit = QPushButton(self.tr("Edit goals…"), box)
        edit.clicked.connect(self._edit_goals)
        lay.addWidget(edit, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def _edit_goals(self) -> None:
        from app.ui.review.goals_dialog import GoalsDialog

        dialog = GoalsDialog(self.goals, self.accessibility, self)
        if dialog.exec():
            self.set_goals(dialog.goals())
        dialog.deleteLater()

    def set_goals(self, goals: Sequence[Goal]) -> None:
        """Show new goals (status box and goal lines) and tell the host."""
        self.goals = list(goals)
        old = self.goals_box
        self.goals_box = self._goals_box()
        self._top.replaceWidget(old, self.goals_box)
        old.hide()
        old.deleteLater()
        targets = {g.metric: g.target for g in self.goals if g.metric != "sessions"}
        series = all_series(self.rows)
        units = metric_units()
        for metric, chart in self.charts.items():
            chart.plot(series[metric], targets.get(metric), units.get(metric, ""))
        self.goalsChanged.emit(list(self.goals))

    def _charts(self) -> QWidget:
        from app.ui.widgets.charts import SeriesChart

        panel = QWidget(self)
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        series = all_series(self.rows)
        titles, units = metric_titles(), metric_units()
        goals = {g.metric: g.target for g in self.goals if g.metric != "sessions"}
        metrics = [m for m in PROGRESS_METRICS if not (self.accessibility and m == "eye_contact")]
        for i, metric in enumerate(metrics):
            chart = SeriesChart(titles.get(metric, metric), panel)
            chart.baseline_label = self.tr("your baseline")
            chart.goal_label = self.tr("goal")
            chart.empty_text = self.tr("Not measured yet")
            chart.one_day_text = self.tr("Practise on another day to see a trend")
            chart.plot(series[metric], goals.get(metric), units.get(metric, ""))
            self.charts[metric] = chart
            grid.addWidget(chart, i // 3, i % 3)
        return panel
