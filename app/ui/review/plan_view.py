"""The spoken answer against the user's written plan (the builder's saved answer to the same question): which points
were said and when, which were forgotten, what was added. The matching itself is `app.analysis.plan_match`; this
widget only shows its result and asks the screen to seek."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.review.style import fmt_time


class PlanView(QWidget):
    """Points said (with a button that jumps to the moment), forgotten, and added."""

    seekRequested = Signal(float)

    def __init__(self, match: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        points = list(match.get("points") or [])
        said = [p for p in points if p.get("status") == "said"]
        forgotten = [p for p in points if p.get("status") != "said"]
        summary = QLabel(self.tr("%1 of the %2 points of your written answer were said.")
                         .replace("%1", str(len(said))).replace("%2", str(len(points))), self)
        summary.setWordWrap(True)
        lay.addWidget(summary)
        self.said_box = self._group(self.tr("Said"), said, with_time=True)
        self.forgotten_box = self._group(self.tr("Forgotten"), forgotten, with_time=False)
        self.added_box = self._group(self.tr("Added while speaking"), list(match.get("added") or []), with_time=True)
        for box in (self.said_box, self.forgotten_box, self.added_box):
            lay.addWidget(box)
        lay.addStretch(1)

    def _group(self, title: str, rows: list[Mapping[str, Any]], *, with_time: bool) -> QGroupBox:
        box = QGroupBox(f"{title} ({len(rows)})", self)
        lay = QVBoxLayout(box)
        if not rows:
            lay.addWidget(QLabel(self.tr("None"), box))
        for row in rows:
            line = QHBoxLayout()
            if with_time and row.get("start") is not None:
                start = float(row["start"])
                button = QPushButton(fmt_time(start), box)
                button.setToolTip(self.tr("Play from this moment"))
                button.clicked.connect(lambda _=False, t=start: self.seekRequested.emit(t))
                line.addWidget(button)
            label = QLabel(str(row.get("text", "")), box)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            lay.addLayout(line)
        return box
