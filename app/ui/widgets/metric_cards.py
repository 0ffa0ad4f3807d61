"""Metric cards: value, target band with its source, and a neutral status (within / above / below the band)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.analysis.metric_cards import MetricCard
from app.ui.review.labels import metric_titles, metric_units, posture_names

SOURCE_CHARS = 110


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if abs(value) >= 10 or float(value).is_integer() else f"{value:.1f}"


class MetricCardsWidget(QWidget):
    """A grid of cards (two columns, so that French titles fit at 1280x720)."""

    def __init__(self, parent: QWidget | None = None, columns: int = 2) -> None:
        super().__init__(parent)
        self._columns = columns
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 6, 6, 6)
        self._grid.setSpacing(8)
        self._cards: dict[str, QFrame] = {}

    def set_cards(self, cards: Sequence[MetricCard]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().hide()  # deletion is deferred: do not leave it on screen meanwhile
                item.widget().deleteLater()
        self._cards = {}
        for i, card in enumerate(cards):
            frame = self._card(card)
            self._cards[card.id] = frame
            self._grid.addWidget(frame, i // self._columns, i % self._columns)
        for c in range(self._columns):
            self._grid.setColumnStretch(c, 1)
        self._grid.setRowStretch(len(cards) // self._columns + 1, 1)

    def card(self, metric: str) -> QFrame | None:
        return self._cards.get(metric)

    def _status_text(self, card: MetricCard) -> str:
        return {
            "in": self.tr("within the target band"),
            "high": self.tr("above the target band"),
            "low": self.tr("below the target band"),
        }.get(card.status or "", "")

    def _detail_text(self, card: MetricCard) -> str:
        d = card.detail
        if card.id == "fillers_per_min" and d.get("by_form"):
            parts = [f"“{html.escape(str(k))}” ×{v}" for k, v in list(d["by_form"].items())[:5]]
            return self.tr("By word: %1").replace("%1", ", ".join(parts))
        if card.id == "posture_events" and d.get("by_kind"):
            names = posture_names()
            return ", ".join(f"{html.escape(names.get(k, k.replace('_', ' ')))} ×{v}" for k, v in d["by_kind"].items())
        if card.id == "long_pauses" and d.get("total_s"):
            return self.tr("%1 s in total").replace("%1", f"{d['total_s']:.1f}")
        if card.id == "pitch_variation" and d.get("monotone"):
            return self.tr("Little pitch movement (flat delivery)")
        return ""

    def _card(self, card: MetricCard) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName(f"card_{card.id}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.Base)
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(2)
        title = QLabel(metric_titles().get(card.id, card.id), frame)
        title.setWordWrap(True)
        lay.addWidget(title)
        if card.value is None:
            value = QLabel(self.tr("Not measured for this answer"), frame)
            value.setWordWrap(True)
            lay.addWidget(value)
            return frame
        unit = metric_units().get(card.id, card.unit)
        value = QLabel(f"<span style='font-size:16pt; font-weight:600'>{_fmt(card.value)}</span> {html.escape(unit)}",
                       frame)
        value.setObjectName("value")
        lay.addWidget(value)
        small = []
        if card.band is not None:
            lo, hi = card.band.low, card.band.high
            if lo is not None and hi is not None:
                band = self.tr("Target: %1–%2").replace("%1", _fmt(lo)).replace("%2", _fmt(hi))
            elif hi is not None:
                band = self.tr("Target: at most %1").replace("%1", _fmt(hi))
            else:
                band = self.tr("Target: at least %1").replace("%1", _fmt(lo))
            status = self._status_text(card)
            small.append(html.escape(band + (f" — {status}" if status else "")))
            src = card.band.source or self.tr("source not stated")
            # Long sources are cut on the card and shown whole in its tooltip.
            short = src if len(src) <= SOURCE_CHARS else src[: SOURCE_CHARS - 1].rsplit(" ", 1)[0] + "…"
            source = self.tr("Source: %1").replace("%1", short)
            small.append(f"<i>{html.escape(source)}</i>")
            frame.setToolTip(self.tr("Source: %1").replace("%1", src))
        else:
            no_band = self.tr("No target band set for this metric.")
            small.append(f"<i>{html.escape(no_band)}</i>")
        detail = self._detail_text(card)
        if detail:
            small.insert(0, detail)
        info = QLabel("<br>".join(small), frame)
        info.setObjectName("band")
        info.setWordWrap(True)
        info.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(info)
        lay.addStretch(1)
        return frame
