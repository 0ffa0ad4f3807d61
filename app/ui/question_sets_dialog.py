"""My questions: paste questions (e.g. from a job posting), one per line, and save them as a named set."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.questions import add_user_question, list_sets, save_set


class QuestionSetDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("My questions"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write or paste your own questions, one per line (for example from a job "
                                        "posting). They are saved as a set you can choose on the home screen."),
                                self))
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Data analyst at ACME"))
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.text = QPlainTextEdit(self)
        form.addRow(self.tr("Set name:"), self.name)
        form.addRow(self.tr("Language:"), self.language)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        existing = ", ".join(s.name for s in list_sets(ctx.store))
        self.existing = QLabel(self.tr("Existing sets: ") + (existing or self.tr("none")), self)
        layout.addWidget(self.existing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name = self.name.text().strip()
        lines = [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]
        if not name or not lines:
            self.existing.setText(self.tr("Give the set a name and at least one question."))
            return
        lang = self.language.currentData()
        ids = [add_user_question(self.ctx.store, lang, line) for line in lines]
        save_set(self.ctx.store, name, ids)
        super().accept()
