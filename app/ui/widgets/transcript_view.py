"""The transcript beside the video: fillers, hedges, negative phrases and STAR parts highlighted; clicking a word seeks
the recording; the word being spoken follows playback."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from app.ui.review.style import is_dark, lane_color, readable, scheme_changed, star_color, tint


class TranscriptView(QTextEdit):
    """Read-only transcript. `seekRequested(seconds)` when a timed word is clicked."""

    seekRequested = Signal(float)
    wordClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)
        self._words: list[Mapping[str, Any]] = []
        self._word_chars: list[int] = []
        self._word_starts: list[float] = []
        self._timed_index: list[int] = []
        self._spans: list[tuple[int, int, str]] = []
        self._current = -1
        self._follow = True
        self._report: Mapping[str, Any] | None = None
        self._seconds: float | None = None
        self.setAccessibleName(self.tr("Transcript"))

    # ----- content --------------------------------------------------------------------------------------------------
    def set_report(self, report: Mapping[str, Any]) -> None:
        """Show `report.transcript` with its highlights; an empty transcript shows an explanation instead."""
        self._report = report
        transcript = report.get("transcript") or {}
        text = transcript.get("text") or ""
        self._spans = []
        self._current = -1
        if not text.strip():
            self.setPlainText(self.tr("No speech was transcribed for this answer. If you spoke, check that the "
                                      "microphone was on, then record the answer again."))
            self._words = []
            self._word_chars, self._word_starts, self._timed_index = [], [], []
            return
        self.setPlainText(text)
        words = [w for w in transcript.get("words") or [] if w.get("char_start") is not None]
        words.sort(key=lambda w: w["char_start"])
        self._words = words
        self._word_chars = [w["char_start"] for w in words]
        timed = [(w["start"], i) for i, w in enumerate(words) if isinstance(w.get("start"), int | float)]
        self._word_starts = [t for t, _ in timed]
        self._timed_index = [i for _, i in timed]
        self._apply_highlights(report)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if scheme_changed(event) and self._report is not None:
            self.set_report(self._report)  # highlight colours depend on light/dark
            if self._seconds is not None:
                self.set_position(self._seconds)

    def _apply_highlights(self, report: Mapping[str, Any]) -> None:
        dark = is_dark(self)
        doc_len = max(0, self.document().characterCount() - 1)
        cursor = QTextCursor(self.document())

        def paint(cs: Any, ce: Any, fmt: QTextCharFormat, tip: str) -> None:
            if not isinstance(cs, int) or not isinstance(ce, int) or ce <= cs or cs >= doc_len:
                return
            cursor.setPosition(cs)
            cursor.setPosition(min(ce, doc_len), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
            self._spans.append((cs, ce, tip))

        star = report.get("star") or {}
        part_names = {"S": self.tr("Situation"), "T": self.tr("Task"), "A": self.tr("Action"), "R": self.tr("Result")}
        for span in star.get("spans") or []:
            fmt = QTextCharFormat()
            fmt.setBackground(tint(star_color(span.get("part", "")), dark, 45))
            paint(span.get("char_start"), span.get("char_end"), fmt,
                  self.tr("STAR: %1").replace("%1", part_names.get(span.get("part"), "?")))
        for row in report.get("hedges") or []:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(self.palette().color(QPalette.ColorRole.Text))
            fmt.setFontItalic(True)
            paint(row.get("char_start"), row.get("char_end"), fmt, self.tr("Hedge: softens the statement"))
        for row in report.get("negatives") or []:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(readable(lane_color("negatives"), dark))
            tip = self.tr("Negative phrasing")
            if row.get("suggestion"):
                tip += "\n" + self.tr("Try: %1").replace("%1", str(row["suggestion"]))
            paint(row.get("char_start"), row.get("char_end"), fmt, tip)
        for row in (report.get("fillers") or {}).get("events") or []:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(lane_color("fillers")).lighter(115) if dark else lane_color("fillers").darker(130))
            fmt.setFontWeight(700)
            fmt.setFontStrikeOut(False)
            paint(row.get("char_start"), row.get("char_end"), fmt,
                  self.tr("Filler: “%1”").replace("%1", str(row.get("form", ""))))

    # ----- words and time -------------------------------------------------------------------------------------------
    def word_index_at_char(self, char: int) -> int | None:
        """Index (into the sorted words) of the word containing `char`, or None between words."""
        i = bisect.bisect_right(self._word_chars, char) - 1
        if 0 <= i < len(self._words) and char < self._words[i].get("char_end", -1):
            return i
        return None

    def word_rect_center(self, index: int):
        """Viewport point at the middle of word `index` (for tests and accessibility tools)."""
        w = self._words[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition((w["char_start"] + w["char_end"]) // 2)
        return self.cursorRect(cursor).center()

    def words(self) -> list[Mapping[str, Any]]:
        return list(self._words)

    def current_word(self) -> int:
        return self._current

    def set_position(self, seconds: float) -> None:
        """Highlight the word being spoken at `seconds` (the last word started at or before it)."""
        self._seconds = seconds
        k = bisect.bisect_right(self._word_starts, seconds + 1e-6) - 1
        index = self._timed_index[k] if k >= 0 else -1
        if index == self._current:
            return
        self._current = index
        if index < 0:
            self.setExtraSelections([])
            return
        w = self._words[index]
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(self.document())
        sel.cursor.setPosition(w["char_start"])
        sel.cursor.setPosition(w["char_end"], QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        fmt.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        sel.format = fmt
        self.setExtraSelections([sel])
        if self._follow:
            rect = self.cursorRect(sel.cursor)
            if not self.viewport().rect().contains(rect):
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() + rect.top()
                                                  - self.viewport().height() // 3)

    # ----- events ---------------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            char = self.cursorForPosition(event.position().toPoint()).position()
            index = self.word_index_at_char(char)
            if index is None and char > 0:
                index = self.word_index_at_char(char - 1)  # a click on the right half of a word's last letter
            if index is not None:
                self.wordClicked.emit(index)
                start = self._words[index].get("start")
                if isinstance(start, int | float):
                    self.seekRequested.emit(float(start))
            event.accept()
            return
        super().mousePressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            char = self.cursorForPosition(event.pos()).position()
            tips = [tip for cs, ce, tip in self._spans if cs <= char < ce]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(reversed(tips))), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
