"""Metric cards: value, target band with its source, and a neutral status (within / above / below the band)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.analysis.metric_cards import MetricCard
from app.ui.review.labels import metric_titles, metric_units, posture_names
from app.ui.review.style import fmt_value

SOURCE_CHARS = 80  # about two lines of a card at 1280 px; the whole source is in the tooltip




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
            self._grid.addWidget(frame, i // self._columns, i % self._columns, Qt.AlignmentFlag.AlignTop)
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
        if card.id == "head_turns":
            sides = {"left": 0, "right": 0}
            for t in d.get("turns") or []:
                sides[t.get("direction", "")] = sides.get(t.get("direction", ""), 0) + 1
            return self.tr("left %1, right %2 · %3 nod(s)").replace("%1", str(sides["left"])).replace(
                "%2", str(sides["right"])).replace("%3", str(d.get("nods", 0)))
        if card.id == "pitch_variation" and d.get("monotone"):
            return self.tr("Little pitch movement (flat delivery)")
        return ""

    def _card(self, card: MetricCard) -> QFrame:
        from app.ui import style

        frame = style.card(self, f"card_{card.id}")
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(style.SPACE_M, style.SPACE_S, style.SPACE_M, style.SPACE_S)
        lay.setSpacing(style.SPACE_XS)
        title = QLabel(metric_titles().get(card.id, card.id), frame)
        title.setWordWrap(True)
        title.setProperty("muted", True)
        lay.addWidget(title)
        if card.value is None:
            if card.detail.get("uncertain"):
                why = self.tr("Uncertain: the eyes could not be read reliably")
            elif card.detail.get("not_visible"):
                why = self.tr("Not visible — sit back so your shoulders are in frame")
            else:
                why = self.tr("Not measured for this answer")
            value = QLabel(why, frame)
            value.setObjectName("value")
            value.setWordWrap(True)
            lay.addWidget(value)
            return frame
        unit = metric_units().get(card.id, card.unit)
        colour = style.status_color(card.status, self)
        value = QLabel(f"<span style='font-size:16pt; font-weight:600; color:{colour}'>{fmt_value(card.value)}</span>"
                       f" {html.escape(unit)}", frame)
        value.setObjectName("value")
        lay.addWidget(value)
        small = []
        if card.band is not None:
            lo, hi = card.band.low, card.band.high
            lay.addWidget(style.BandGauge(card.value, lo, hi, card.status, frame))
            if lo is not None and hi is not None:
                band = self.tr("Target: %1–%2").replace("%1", fmt_value(lo)).replace("%2", fmt_value(hi))
            elif hi is not None:
                band = self.tr("Target: at most %1").replace("%1", fmt_value(hi))
            else:
                band = self.tr("Target: at least %1").replace("%1", fmt_value(lo))
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
        info.setProperty("muted", True)
        lay.addWidget(info)
        return frame
