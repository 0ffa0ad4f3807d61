"""The STAR checklist: Situation, Task, Action, Result ticked or missing, each with its evidence (click to play it),
whether the result is quantified, I vs we, time share per part, and the question's note on a strong answer."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.ui.review.labels import labelled
from app.ui.review.style import fmt_time, scheme_changed, star_color

EXCERPT_CHARS = 110
#: Evidence links shown per STAR part (a part rarely comes in more than two pieces).
MAX_SPANS = 3


def _excerpt(text: str, cs: int | None, ce: int | None) -> str:
    if not isinstance(cs, int) or not isinstance(ce, int) or ce <= cs:
        return ""
    piece = " ".join(text[cs:ce].split())
    return piece if len(piece) <= EXCERPT_CHARS else piece[: EXCERPT_CHARS - 1].rsplit(" ", 1)[0] + "…"


class StarChecklist(QWidget):
    """`seekRequested(seconds)` when a timed evidence span is clicked; `spanActivated(char_start, char_end)` always."""

    seekRequested = Signal(float)
    spanActivated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._page: QWidget | None = None
        self._layout = QVBoxLayout()
        self._evidence: dict[str, QLabel] = {}
        self._shown: tuple[Mapping[str, Any], str | None] | None = None

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if scheme_changed(event) and self._shown is not None:
            # The marks' colours are baked into their style sheets; rebuild once the palette change has reached
            # every child (replacing children while Qt walks them would be unsafe).
            QTimer.singleShot(0, self, lambda: self._shown and self.set_report(*self._shown))

    def _part_names(self) -> dict[str, str]:
        return {"S": self.tr("Situation"), "T": self.tr("Task"), "A": self.tr("Action"), "R": self.tr("Result")}

    def set_report(self, report: Mapping[str, Any], question_note: str | None = None) -> None:
        """Rebuild the checklist from `report.star` (an explanation when the report has none)."""
        self._shown = (report, question_note)
        # Everything lives on one page widget, replaced as a whole: nothing of the previous content stays on screen
        # until the deferred deletion runs (the written-answer builder calls this on every analysis).
        if self._page is not None:
            self._outer.removeWidget(self._page)
            self._page.hide()
            self._page.deleteLater()
        # The page is filled while hidden, then shown once: its children appear with it (children added to an
        # already visible widget would stay hidden until a queued show).
        self._page = QWidget(self)
        self._page.hide()
        self._layout = QVBoxLayout(self._page)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(8)
        self._evidence = {}
        self._fill(report, question_note)
        self._outer.addWidget(self._page)
        self._page.show()

    def _fill(self, report: Mapping[str, Any], question_note: str | None) -> None:
        star = report.get("star")
        text = (report.get("transcript") or {}).get("text") or ""
        if not isinstance(star, Mapping):
            empty = QLabel(self.tr("No STAR analysis for this answer: it needs a transcript. Record or type an answer "
                                   "of a few sentences, then open its review again."), self._page)
            empty.setWordWrap(True)
            self._layout.addWidget(empty)
            self._layout.addStretch(1)
            return
        present = star.get("present") or {}
        share = star.get("share") or {}
        spans: dict[str, list[Mapping[str, Any]]] = {}
        for sp in star.get("spans") or []:
            if isinstance(sp, Mapping):
                spans.setdefault(str(sp.get("part")), []).append(sp)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        names = self._part_names()
        for row, part in enumerate("STAR"):
            ok = bool(present.get(part))
            mark = QLabel("✔" if ok else "✘", self._page)
            mark.setAccessibleName(self.tr("present") if ok else self.tr("missing"))
            color = star_color(part).name() if ok else self.palette().color(self.foregroundRole()).name()
            mark.setStyleSheet(f"color: {color}; font-weight: bold;")
            title = QLabel(f"<b>{html.escape(names[part])}</b>", self._page)
            pct = share.get(part) if isinstance(share, Mapping) else None
            share_label = QLabel(f"{round(pct * 100)} %" if isinstance(pct, int | float) else "", self._page)
            share_label.setToolTip(self.tr("Share of the answer's time"))
            grid.addWidget(mark, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, row * 2, 1)
            grid.addWidget(share_label, row * 2, 2, Qt.AlignmentFlag.AlignRight)
            part_spans = spans.get(part) or []
            if ok and part_spans:
                # A part may come in several pieces (an Action resumed after the Task): one link per piece.
                links = []
                for sp in part_spans[:MAX_SPANS]:
                    quote = html.escape(_excerpt(text, sp.get("char_start"), sp.get("char_end")))
                    start = sp.get("start")
                    when = f" ({fmt_time(start)})" if isinstance(start, int | float) else ""
                    links.append(f"<a href='span:{sp.get('char_start')}:{sp.get('char_end')}:{start}'>“{quote}”</a>"
                                 f"{when}")
                ev = QLabel("<br>".join(links), self._page)
                timed = isinstance(part_spans[0].get("start"), int | float)
                ev.setToolTip(self.tr("Play this part") if timed else self.tr("Show this part in the transcript"))
                ev.linkActivated.connect(self._on_link)
                self._evidence[part] = ev
            else:
                ev = QLabel(self.tr("Not found in this answer."), self._page)
            ev.setWordWrap(True)
            ev.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                       | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            grid.addWidget(ev, row * 2 + 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._layout.addLayout(grid)
        self._layout.addWidget(_line(self._page))
        quantified = star.get("result_quantified")
        first_person = star.get("action_first_person")
        self._layout.addWidget(self._flag(self.tr("Result quantified (number, %, money, time, rank)"), quantified))
        pronouns = report.get("pronouns") if isinstance(report.get("pronouns"), Mapping) else {}
        i_we = ""
        if isinstance(pronouns.get("i"), int) and isinstance(pronouns.get("we"), int):
            i_we = " " + self.tr("(“I” ×%1, “we” ×%2)").replace("%1", str(pronouns["i"])).replace("%2", str(pronouns["we"]))
        self._layout.addWidget(self._flag(self.tr("Action told with “I” rather than “we”") + i_we, first_person))
        if question_note:
            heading = self.tr("What a strong answer contains")
            note = QLabel(f"<b>{html.escape(heading)}</b><br>"
                          f"{html.escape(question_note)}", self._page)
            note.setWordWrap(True)
            self._layout.addWidget(_line(self._page))
            self._layout.addWidget(note)
        self._layout.addStretch(1)

    def _flag(self, text: str, value: Any) -> QLabel:
        if value is None:
            state = self.tr("not measured")
        else:
            state = self.tr("yes") if value else self.tr("no")
        label = QLabel(f"{'✔' if value else '–'} " + labelled(html.escape(text), f"<b>{html.escape(state)}</b>"),
                       self._page)
        label.setWordWrap(True)
        return label

    def evidence_label(self, part: str) -> QLabel | None:
        """The clickable evidence of a part (None when the part is missing)."""
        return self._evidence.get(part)

    def _on_link(self, link: str) -> None:
        _, cs, ce, start = link.split(":")
        try:
            self.spanActivated.emit(int(cs), int(ce))
        except ValueError:
            pass
        if start not in ("None", ""):
            self.seekRequested.emit(float(start))


def _line(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
