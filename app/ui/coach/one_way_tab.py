"""One-way interview: practise under deferred video interview conditions — a fixed reading time, a fixed answer
time, one take (no re-record, no skip), questions revealed one at a time — and see how the time was used."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.coach.common import fmt_s, muted, run_off_thread, ui_language


class OneWayTab(QWidget):
    """Settings of the next one-way interview and the time use of past ones."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        from app.analysis.one_way import defaults

        d = defaults()
        root = QVBoxLayout(self)
        root.addWidget(muted(self.tr(
            "As in a deferred video interview: each question appears with a fixed reading time, then recording "
            "starts by itself for a fixed answer time. One take: no re-recording and no skipping."), self))
        form = QFormLayout()
        self.reading = QSpinBox(self)
        self.reading.setRange(5, 180)
        self.reading.setValue(int(d["reading_s"]))
        self.reading.setSuffix(" s")
        self.answer = QSpinBox(self)
        self.answer.setRange(15, 120)
        self.answer.setValue(int(d["answer_s"]))
        self.answer.setSuffix(" s")
        self.count = QSpinBox(self)
        self.count.setRange(1, 10)
        self.count.setValue(3)
        self.lang = QComboBox(self)
        self.lang.addItem("English", "en")
        self.lang.addItem("Français", "fr")
        self.lang.setCurrentIndex(1 if ui_language() == "fr" else 0)
        self.think = QCheckBox(self.tr("Show the reading time counting down"), self)
        self.think.setChecked(True)
        form.addRow(self.tr("Reading time:"), self.reading)
        form.addRow(self.tr("Answer time:"), self.answer)
        form.addRow(self.tr("Questions:"), self.count)
        form.addRow(self.tr("Language:"), self.lang)
        form.addRow("", self.think)
        root.addLayout(form)
        self.start = QPushButton(self.tr("Start a one-way interview"), self)
        self.start.clicked.connect(self._start)
        root.addWidget(self.start)
        root.addWidget(QLabel("<b>" + self.tr("How you used the time") + "</b>", self))
        self.status = QLabel(self)
        root.addWidget(self.status)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Interview"), self.tr("Question"), self.tr("To start speaking"),
                                              self.tr("Unused time"), self.tr("Cut while speaking"),
                                              self.tr("Stopped by")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        root.addWidget(self.table, 1)

    def refresh(self) -> None:
        from app.services import coaching

        store = self.ctx.store
        run_off_thread(self.ctx, lambda: coaching.one_way_sessions(store), self._show, self.status)

    def _show(self, sessions: list) -> None:
        rows = [(s, q) for s in sessions for q in s["questions"]]
        self.table.setRowCount(len(rows))
        yes, no = self.tr("yes"), self.tr("no")
        by = {"limit": self.tr("time limit"), "user": self.tr("you")}
        for r, (s, q) in enumerate(rows):
            cells = [s["started_at"][:16].replace("T", " "), f"{q['index']}. {q['question']}",
                     fmt_s(q["time_to_speak_s"]), fmt_s(q["unused_s"]),
                     "—" if q["overrun"] is None else (yes if q["overrun"] else no), by.get(q["stopped_by"], "")]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if not rows:
            self.status.setText(self.tr("No one-way interview yet."))

    def _start(self) -> None:
        win = self.window()
        if hasattr(win, "start_practice"):
            win.setProperty("oneWayThinkDisplay", self.think.isChecked())
            win.start_practice(self.lang.currentData(), "", self.count.value(), False, prep_s=self.reading.value(),
                               limit_s=float(self.answer.value()), one_way=True,
                               title=self.tr("One-way interview"))
