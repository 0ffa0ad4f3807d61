"""Two attempts word by word: pick two analysed answers; see each metric's change, the word-level transcript
difference aligned by STAR part (or answer time), and — when the question has a written answer — which points of
the written plan each attempt said (with times), forgot or added. Clicking a time plays nothing here: the review of
the answer (Sessions) has the player."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.coach.common import fmt_s, muted, run_off_thread
from app.ui.coach.dual_player import DualPlayer


class AttemptsTab(QWidget):
    """`refresh()` lists the analysed answers; `show_pair(ref_a, ref_b)` compares two "SESSION:N" references."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc: dict | None = None
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.a, self.b = QComboBox(self), QComboBox(self)
        row = QHBoxLayout()
        row.addWidget(self.a, 1)
        row.addWidget(QLabel("→", self))
        row.addWidget(self.b, 1)
        form.addRow(self.tr("Attempts:"), row)
        self.align = QComboBox(self)
        self.align.addItem(self.tr("By STAR part"), "star")
        self.align.addItem(self.tr("By answer time"), "time")
        form.addRow(self.tr("Align:"), self.align)
        root.addLayout(form)
        self.status = QLabel(self)
        root.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.player = DualPlayer(split)
        self.view = QTextBrowser(split)
        split.addWidget(self.player)
        split.addWidget(self.view)
        split.setSizes([240, 400])
        root.addWidget(split, 1)
        root.addWidget(muted(self.tr("Green words are new in the later attempt, struck-out words were dropped. "
                                     "Written points are matched by shared words for now."), self))
        for combo in (self.a, self.b, self.align):
            combo.currentIndexChanged.connect(lambda _i: self._compare())
        self._filling = False

    def refresh(self) -> None:
        from app.services import coaching

        store = self.ctx.store
        run_off_thread(self.ctx, lambda: coaching.analysed_answers(store), self._fill, self.status)

    def _fill(self, answers: list) -> None:
        self._filling = True
        keep_a, keep_b = self.a.currentData(), self.b.currentData()
        for combo in (self.a, self.b):
            combo.clear()
            for ref, label, _key in answers:
                combo.addItem(label, ref)
        if answers:
            # default: the last two attempts at the question answered most recently
            key = answers[-1][2]
            same = [r for r, _l, k in answers if k == key]
            pair = same[-2:] if len(same) >= 2 else [answers[max(0, len(answers) - 2)][0], answers[-1][0]]
            self.a.setCurrentIndex(max(0, self.a.findData(keep_a or pair[0])))
            self.b.setCurrentIndex(max(0, self.b.findData(keep_b or pair[1])))
        self._filling = False
        if answers:
            self._compare()
        else:
            self.view.setPlainText(self.tr("No analysed answer yet: practise a question twice to compare."))

    def show_pair(self, ref_a: str, ref_b: str) -> None:
        self._filling = True
        self.a.setCurrentIndex(max(0, self.a.findData(ref_a)))
        self.b.setCurrentIndex(max(0, self.b.findData(ref_b)))
        self._filling = False
        self._compare()

    def _compare(self) -> None:
        if self._filling or self.a.currentData() is None or self.b.currentData() is None:
            return
        from app.services import coaching

        store, ra, rb, align = self.ctx.store, self.a.currentData(), self.b.currentData(), self.align.currentData()
        run_off_thread(self.ctx, lambda: coaching.compare_answers(store, ra, rb, align=align), self._show,
                       self.status)

    def _show(self, doc: dict) -> None:
        self.doc = doc
        self.player.show_pair(doc)
        self.view.setHtml(self.render(doc))

    def render(self, doc: dict) -> str:
        """The comparison as HTML (palette colours only where meaning needs them)."""
        e = html.escape
        parts = []
        if not doc["same_question"]:
            parts.append("<p><i>" + e(self.tr("These attempts answer different questions.")) + "</i></p>")
        parts.append("<h3>" + e(self.tr("Metrics")) + "</h3><table cellpadding='3'>")
        verdicts = {"improved": self.tr("improved"), "worse": self.tr("worse"), "same": self.tr("same")}
        from app.ui.review.labels import metric_titles, part_names

        titles = {**metric_titles(), "negatives": self.tr("Negative phrasings"), "hedges": self.tr("Hedges")}
        for m in doc["metrics"]:
            if m["a"] is None and m["b"] is None:
                continue
            v = verdicts.get(m["verdict"] or "", "")
            colour = {"improved": "#2e7d32", "worse": "#c62828"}.get(m["verdict"] or "", "")
            parts.append(f"<tr><td>{e(titles.get(m['metric'], m['metric']))}</td><td align='right'>{_n(m['a'])}</td><td>→</td>"
                         f"<td>{_n(m['b'])}</td><td style='color:{colour}'>{e(v)}</td></tr>")
        parts.append("</table>")
        tr = doc["transcript"]
        title = self.tr("Transcript, by STAR part") if tr["align"] == "star" else self.tr("Transcript, by answer time")
        parts.append(f"<h3>{e(title)}</h3>")
        names = part_names()
        for piece in tr["pieces"]:
            words = []
            for o in piece["ops"]:
                if o["op"] == "equal":
                    words.append(e(" ".join(o["b"])))
                    continue
                if o["a"]:
                    words.append(f"<s style='color:#c62828'>{e(' '.join(o['a']))}</s>")
                if o["b"]:
                    words.append(f"<span style='color:#2e7d32'><b>{e(' '.join(o['b']))}</b></span>")
            parts.append(f"<p><b>{e(names.get(piece['key'], piece['key']))}</b> "
                         f"({fmt_s(piece['a_start'])} → {fmt_s(piece['b_start'])}): {' '.join(words) or '—'}</p>")
        wp = doc.get("written_plan")
        if wp:
            parts.append("<h3>" + e(self.tr("Your written plan, point by point")) + "</h3><table cellpadding='3'>")
            heads = (self.tr("Point"), self.tr("Earlier"), self.tr("Later"))  # outside f-strings: lupdate reads them
            parts.append(f"<tr><th align='left'>{e(heads[0])}</th><th>{e(heads[1])}</th><th>{e(heads[2])}</th></tr>")
            for pa, pb in zip(wp["a"]["points"], wp["b"]["points"], strict=True):
                parts.append(f"<tr><td>{e(pa['text'])}</td><td>{self._status(pa)}</td><td>{self._status(pb)}</td></tr>")
            parts.append("</table>")
            added = wp["b"]["added"]
            if added:
                parts.append("<p><b>" + e(self.tr("Added in the later attempt:")) + "</b></p><ul>")
                parts += [f"<li>{e(x['text'])} ({fmt_s(x['start'])})</li>" for x in added]
                parts.append("</ul>")
        return "".join(parts)

    def _status(self, p: dict) -> str:
        if p["status"] == "said":
            return "<span style='color:#2e7d32'>" + html.escape(self.tr("said at %1").replace("%1", fmt_s(p["start"]))) \
                + "</span>"
        return "<span style='color:#c62828'>" + html.escape(self.tr("forgotten")) + "</span>"


def _n(v) -> str:
    if v is None:
        return "—"
    return f"{v:.0f}" if abs(v) >= 10 else f"{v:.1f}"
