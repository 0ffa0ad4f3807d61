"""Written answer builder: type or paste a STAR answer, see the text analysis live (STAR parts, quantified result,
negative phrasing, hedges), save it with the question.

The analysis is injected (`analyze(text, lang) -> report dict`, e.g. `app.engine.analyze.analyze_text` once the speech
analysis lands) and runs after the typing pauses (debounced), so the screen never analyses on every key press.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RebondError
from app.ui.messages import error_text
from app.ui.review.labels import labelled
from app.ui.review.style import is_dark, lane_color, scheme_changed, star_color, tint
from app.ui.widgets.star_checklist import StarChecklist

log = logging.getLogger(__name__)

AnalyzeFn = Callable[[str, str], Mapping[str, Any]]
SaveFn = Callable[[str | None, str, Mapping[str, Any] | None], None]
DEBOUNCE_MS = 450


class WrittenAnswerBuilder(QWidget):
    """`analyzed(report)` fires after each analysis; `saved()` after a successful save."""

    analyzed = Signal(object)
    saved = Signal()

    def __init__(self, question: str | None = None, analyze: AnalyzeFn | None = None, save: SaveFn | None = None,
                 lang: str = "auto", text: str = "", question_note: str | None = None,
                 parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.question = question
        self.question_note = question_note
        self._analyze = analyze
        self._save = save
        self.report: Mapping[str, Any] | None = None
        self._analysed_text: str | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        title = QLabel(question or self.tr("Written answer"), self)
        self.title = title
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        root.addWidget(title)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.editor = QPlainTextEdit(left)
        self.editor.setPlaceholderText(self.tr("Type or paste your answer here. Tell the situation, your task, what "
                                               "you did yourself, and the result — with a number if you can."))
        ll.addWidget(self.editor, 1)
        bar = QHBoxLayout()
        self.lang = QComboBox(left)
        for code, name in (("auto", self.tr("Language: automatic")), ("en", self.tr("English")),
                           ("fr", self.tr("French"))):
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.lang.currentIndexChanged.connect(self._schedule)
        self.status = QLabel(left)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save with the question"), left)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(save is not None)
        bar.addWidget(self.lang)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        ll.addLayout(bar)
        split.addWidget(left)

        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.star = StarChecklist()
        self.star.spanActivated.connect(self._select_span)
        area = QScrollArea(right)
        area.setWidgetResizable(True)
        area.setWidget(self.star)
        rl.addWidget(area, 3)
        box = QGroupBox(self.tr("Wording"), right)
        bl = QVBoxLayout(box)
        self.language_notes = QLabel(box)
        self.language_notes.setWordWrap(True)
        self.language_notes.setTextFormat(Qt.TextFormat.RichText)
        self.language_notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        bl.addWidget(self.language_notes)
        rl.addWidget(box, 2)
        split.addWidget(right)
        split.setSizes([700, 560])
        root.addWidget(split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.analyze_now)
        self.editor.textChanged.connect(self._schedule)
        if analyze is None:
            self.status.setText(self.tr("Live analysis is not available in this build; you can still write and "
                                        "save your answer."))
        self.editor.setPlainText(text)
        self._show(None)

    def _schedule(self, *_args) -> None:
        if self._analyze is not None:
            self._timer.start()

    def analyze_now(self) -> None:
        """Analyse the current text at once (the debounce timer calls this)."""
        self._timer.stop()
        text = self.editor.toPlainText()
        if self._analyze is None:
            return
        if not text.strip():
            self.report, self._analysed_text = None, None
            self._show(None)
            self.status.clear()
            return
        try:
            report = self._analyze(text, self.lang.currentData())
        except RebondError as exc:
            self.status.setText(error_text(exc))
            return
        except Exception:  # noqa: BLE001 - an analysis bug must not take the editor down with the user's text
            log.exception("written answer analysis failed")
            self.status.setText(self.tr("The analysis failed on this text; your answer is not lost."))
            return
        self.report, self._analysed_text = report, text
        self.status.setText(self.tr("Analysed."))
        self._show(report)
        self.analyzed.emit(report)

    def _show(self, report: Mapping[str, Any] | None) -> None:
        if report is None:
            self.star.set_report({}, self.question_note)
            self.language_notes.setText(html.escape(self.tr("Start typing: the STAR parts, a quantified result, "
                                                            "negative phrasing and hedges are checked as you write.")))
            self.editor.setExtraSelections([])
            return
        self.star.set_report(report, self.question_note)
        notes = []
        negative, hedge = self.tr("Negative phrasing"), self.tr("Hedge")
        for row in report.get("negatives") or []:
            line = labelled(f"<b>{html.escape(negative)}</b>", f"“{html.escape(str(row.get('text', '')))}”")
            if row.get("suggestion"):
                try_text = self.tr("Try: %1").replace("%1", str(row["suggestion"]))
                line += f"<br>&nbsp;&nbsp;{html.escape(try_text)}"
            notes.append(line)
        for row in report.get("hedges") or []:
            notes.append(labelled(f"<b>{html.escape(hedge)}</b>", f"“{html.escape(str(row.get('text', '')))}”"))
        if not notes:
            notes.append(html.escape(self.tr("No negative phrasing or hedge found.")))
        self.language_notes.setText("<p>" + "</p><p>".join(notes) + "</p>")
        self._highlight(report)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if scheme_changed(event) and self.report is not None:
            self._highlight(self.report)  # the tints are stronger on a dark background

    def _highlight(self, report: Mapping[str, Any]) -> None:
        # Offsets index the analysed text: only paint them while the editor still holds exactly that text.
        if self.editor.toPlainText() != self._analysed_text:
            return
        dark = is_dark(self)
        sels = []

        def add(cs: Any, ce: Any, fmt: QTextCharFormat) -> None:
            if isinstance(cs, int) and isinstance(ce, int) and ce > cs:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = QTextCursor(self.editor.document())
                sel.cursor.setPosition(cs)
                sel.cursor.setPosition(min(ce, len(self._analysed_text)), QTextCursor.MoveMode.KeepAnchor)
                sel.format = fmt
                sels.append(sel)

        for span in (report.get("star") or {}).get("spans") or []:
            fmt = QTextCharFormat()
            fmt.setBackground(tint(star_color(str(span.get("part"))), dark, 45))
            add(span.get("char_start"), span.get("char_end"), fmt)
        for row in report.get("negatives") or []:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(lane_color("negatives"))
            add(row.get("char_start"), row.get("char_end"), fmt)
        for row in report.get("hedges") or []:
            fmt = QTextCharFormat()
            fmt.setFontItalic(True)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            add(row.get("char_start"), row.get("char_end"), fmt)
        self.editor.setExtraSelections(sels)

    def _select_span(self, char_start: int, char_end: int) -> None:
        """Select a STAR part's text in the editor (the checklist's evidence links)."""
        if self.editor.toPlainText() != self._analysed_text:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(char_start)
        cursor.setPosition(min(char_end, len(self._analysed_text)), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def save(self) -> bool:
        """Hand the text (and its latest analysis, if current) to the injected save function."""
        text = self.editor.toPlainText()
        if not text.strip():
            self.status.setText(self.tr("Nothing to save yet: write your answer first."))
            return False
        if self._save is None:
            return False
        if self._timer.isActive():
            self.analyze_now()
        report = self.report if self._analysed_text == text else None
        try:
            self._save(self.question, text, report)
        except RebondError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("Saved with the question."))
        self.saved.emit()
        return True
