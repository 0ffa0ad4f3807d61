"""Placeholder for the review screen (owned by the review issue): the answer's question, note, status, stored
metrics and where its files are. `MainWindow.open_review()` is the hook the review screen replaces."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

METRIC_LABELS = {
    "eye_contact_ratio": "Eye contact (share of time)", "fillers_per_minute": "Fillers per minute",
    "pace_wpm": "Pace (words per minute)", "long_pauses": "Long pauses", "star_completeness": "STAR parts (of 4)",
    "star_result_quantified": "Result quantified (1 = yes)",
}


class ReportSummary(QWidget):
    backRequested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.title = QLabel(self)
        f = self.title.font()
        f.setPointSize(f.pointSize() + 4)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.raw = QPlainTextEdit(self)
        self.raw.setReadOnly(True)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.raw, 1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("&Back"), self)
        back.clicked.connect(self.backRequested)
        row.addWidget(back)
        row.addStretch(1)
        layout.addLayout(row)

    def show_answer(self, session_id: str, index: int) -> None:
        import json

        store = self.ctx.store
        a = store.find_answer(session_id, index)
        s = store.get_session(session_id)
        self.title.setText(f"{self.tr('Answer')} {a.index}: {a.question}")
        lines = [f"<b>{self.tr('A strong answer contains')}:</b> {a.question_note}" if a.question_note else "",
                 f"<b>{self.tr('Status')}:</b> {a.status}" + (f" — {a.error}" if a.error else ""),
                 f"<b>{self.tr('Recording')}:</b> {a.media} ({a.duration_s or 0:.1f} s)"]
        if s.synthetic:
            lines.append(f"<i>{self.tr('Synthetic demo material (animated portrait, synthetic voice).')}</i>")
        metrics = [f"{METRIC_LABELS.get(k, k)}: {v:g}" for k, v in a.metrics.items() if v is not None]
        if metrics:
            lines.append("<b>" + self.tr("Measured") + ":</b> " + " · ".join(metrics))
        self.body.setText("<br>".join(x for x in lines if x))
        report = store.load_report(a.id)
        self.raw.setPlainText(json.dumps(report, indent=2, ensure_ascii=False)[:20000] if report else
                              self.tr("No report yet for this answer."))
