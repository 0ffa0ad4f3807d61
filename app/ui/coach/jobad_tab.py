"""Job ad: paste an advertisement (FR or EN), see the competencies it names, the story-bank matrix (which saved
stories cover each competency, with a number or not) and questions to practise; start practising them at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.coach.common import muted, run_off_thread


class JobAdTab(QWidget):
    """`analyse()` reads the pasted text; `doc` holds the last result (the `rebond jobad --json` document)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc: dict | None = None
        root = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(muted(self.tr("Paste a job advertisement (French or English). Nothing leaves this computer."),
                           left))
        self.text = QPlainTextEdit(left)
        self.text.setPlaceholderText(self.tr("e.g. We are looking for a team player who thrives under pressure…"))
        ll.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.go = QPushButton(self.tr("Find the competencies"), left)
        self.go.clicked.connect(self.analyse)
        row.addWidget(self.go)
        self.status = QLabel(left)
        row.addWidget(self.status, 1)
        ll.addLayout(row)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel("<b>" + self.tr("Your story bank against this ad") + "</b>", right))
        self.matrix = QTableWidget(0, 4, right)
        self.matrix.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("In the ad"), self.tr("Stories"),
                                               self.tr("Coverage")])
        self.matrix.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setVisible(False)
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rl.addWidget(self.matrix, 2)
        rl.addWidget(QLabel("<b>" + self.tr("Questions to practise") + "</b>", right))
        self.questions = QListWidget(right)
        rl.addWidget(self.questions, 1)
        self.practise = QPushButton(self.tr("Practise the gaps"), right)
        self.practise.setToolTip(self.tr("A session with one question for each competency without a quantified "
                                         "story"))
        self.practise.setEnabled(False)
        self.practise.clicked.connect(self._practise)
        rl.addWidget(self.practise)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 640])
        root.addWidget(split, 1)

    def refresh(self) -> None:
        """Nothing to reload until the user asks (the ad is theirs to paste)."""

    def analyse(self) -> None:
        from app.services import coaching

        text, store = self.text.toPlainText(), self.ctx.store
        run_off_thread(self.ctx, lambda: coaching.jobad(store, text), self._show, self.status)

    def _show(self, doc: dict) -> None:
        self.doc = doc
        counts = {c["id"]: c for c in doc["competencies"]}
        self.matrix.setRowCount(len(doc["matrix"]))
        status = {"quantified": self.tr("✓ quantified story"), "unquantified": self.tr("~ story without a number"),
                  "gap": self.tr("✗ no story yet")}
        colours = {"quantified": "#2e7d32", "unquantified": "#b26a00", "gap": "#c62828"}
        for r, row in enumerate(doc["matrix"]):
            c = counts[row["competency"]]
            cells = [row["label"], f"×{c['count']} ({', '.join(c['evidence'][:3])})",
                     str(len(row["stories"])), status[row["status"]]]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setForeground(QColor(colours[row["status"]]))
                if col == 2 and row["stories"]:
                    item.setToolTip("\n".join(row["stories"][:12]))
                self.matrix.setItem(r, col, item)
        self.matrix.resizeColumnsToContents()
        self.matrix.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.questions.clear()
        labels = {c["id"]: c["label"] for c in doc["competencies"]}
        for cid, qs in doc["questions"].items():
            for q in qs:
                self.questions.addItem(f"{labels[cid]} — {q['text']}")
        if not doc["competencies"]:
            self.status.setText(self.tr("No competency of the lexicon was found in this text."))
        self.practise.setEnabled(bool(self._gap_questions()))

    def _gap_questions(self) -> list[str]:
        if not self.doc:
            return []
        ids = []
        for cid in self.doc["gaps"]:
            for q in self.doc["questions"].get(cid, ()):
                if q["id"] not in ids:
                    ids.append(q["id"])
                    break
        return ids

    def _practise(self) -> None:
        win = self.window()
        ids = self._gap_questions()
        if ids and hasattr(win, "start_practice"):
            win.start_practice(self.doc["language"], "", len(ids), False, question_ids=ids)
