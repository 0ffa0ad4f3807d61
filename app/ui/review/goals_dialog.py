"""Choose this week's goals: practice days, and at most one target per metric."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.analysis.progress_series import Goal
from app.ui.review.labels import metric_titles, metric_units

#: Goals offered: (metric, comparison, default target, maximum, step). The default targets are starting points a
#: user edits, not recommendations (those are the bands of app/resources/thresholds.toml, shown on the metric cards).
CHOICES: tuple[tuple[str, str, float, float, float], ...] = (
    ("sessions", ">=", 4, 7, 1),
    ("fillers_per_min", "<=", 3, 30, 0.5),
    ("eye_contact", ">=", 70, 100, 5),
    ("long_pauses", "<=", 1, 20, 1),
    ("star_completeness", ">=", 100, 100, 25),
    ("result_quantified", ">=", 100, 100, 10),
)


class GoalsDialog(QDialog):
    """`goals()` after `exec()` returns the ticked goals."""

    def __init__(self, goals: Sequence[Goal], accessibility: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This week's goals"))
        current = {g.metric: g for g in goals}
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Tick the goals you want to follow this week and set their targets."), self))
        grid = QGridLayout()
        self.rows: dict[str, tuple[QCheckBox, QDoubleSpinBox, str]] = {}
        titles, units = metric_titles(), metric_units()
        titles["sessions"] = self.tr("Practice days")
        for r, (metric, op, default, maximum, step) in enumerate(CHOICES):
            if accessibility and metric == "eye_contact":
                continue
            box = QCheckBox(titles.get(metric, metric), self)
            box.setChecked(metric in current)
            spin = QDoubleSpinBox(self)
            spin.setRange(0, maximum)
            spin.setSingleStep(step)
            spin.setDecimals(1 if step < 1 else 0)
            spin.setValue(current[metric].target if metric in current else default)
            spin.setPrefix("≤ " if op == "<=" else "≥ ")
            unit = units.get(metric, "")
            if unit:
                spin.setSuffix(f" {unit}")
            spin.setEnabled(box.isChecked())
            box.toggled.connect(spin.setEnabled)
            grid.addWidget(box, r, 0)
            grid.addWidget(spin, r, 1)
            self.rows[metric] = (box, spin, op)
        lay.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def goals(self) -> list[Goal]:
        """The ticked goals, in the dialog's order."""
        return [Goal(metric, op, spin.value()) for metric, (box, spin, op) in self.rows.items() if box.isChecked()]
