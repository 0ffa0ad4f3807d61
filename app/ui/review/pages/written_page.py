"""Written answers: choose a question (or type your own), write a STAR answer with live text analysis, save it in
the database with the question. The latest saved answer of a question opens with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.services import questions as question_bank
from app.services import written
from app.services.settings import Key
from app.ui.i18n import current_language
from app.ui.review.pages.page_style import page_title


def _warm_up() -> None:
    written.warm_up()


def _analyze(text: str, lang: str, question: str | None) -> dict:
    return written.analyze_written(text, lang, question)


class WrittenPage(QWidget):
    """A question picker above a `WrittenAnswerBuilder` (rebuilt when the question changes)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ctx.tasks.run(_warm_up)
        self.builder = None
        self._saved_id: int | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 12)
        root.addWidget(page_title(self.tr("Written answers"), self))
        intro = QLabel(self.tr("Prepare an answer in writing before saying it out loud. The STAR parts, a quantified "
                               "result, negative phrasing and hedges are checked as you type."), self)
        intro.setWordWrap(True)
        root.addWidget(intro)
        row = QHBoxLayout()
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        lang = self.ctx.settings.get(Key.ANALYSIS_LANGUAGE)
        if lang not in ("fr", "en"):  # "auto": practise in the interface's language
            lang = current_language()
        self.language.setCurrentIndex(1 if lang == "fr" else 0)
        self.question = QComboBox(self)
        self.question.setEditable(True)  # the user may type a question of their own
        self.question.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question.setMinimumContentsLength(40)
        self.question.lineEdit().setPlaceholderText(self.tr("Choose a question or type your own"))
        label = QLabel(self.tr("&Question:"), self)
        label.setBuddy(self.question)
        row.addWidget(label)
        row.addWidget(self.question, 1)
        row.addWidget(self.language)
        self.delete_b = QPushButton(self.tr("&Delete saved answer…"), self)
        self.delete_b.setToolTip(self.tr("Delete the saved answer shown here (an older version, if any, is shown next)."))
        self.delete_b.clicked.connect(self.delete_saved)
        row.addWidget(self.delete_b)
        root.addLayout(row)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        root.addLayout(self.body, 1)
        self._fill_questions()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.question.activated.connect(lambda _i: self._open_question())
        self.question.lineEdit().editingFinished.connect(self._open_question)
        self._open_question()

    def _fill_questions(self, *_args) -> None:
        lang = self.language.currentData()
        self.question.blockSignals(True)
        self.question.clear()
        saved = [w.question for w in written.list_written(self.ctx.store)]
        seen: set[str] = set()
        for text, note in [(q, "") for q in saved] + [(q.text, q.note) for q in question_bank.bank(lang)]:
            if text and text not in seen:
                seen.add(text)
                self.question.addItem(text, note)
                self.question.setItemData(self.question.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.question.blockSignals(False)
        self.question.setCurrentIndex(0)
        self._open_question()

    def _language_changed(self, *_args) -> None:
        self._fill_questions()
        if self.builder is not None:
            self.builder.lang.setCurrentIndex(max(0, self.builder.lang.findData(self.language.currentData())))

    def select_question(self, text: str) -> None:
        """Open `text` (a question of the list, or a new one)."""
        index = self.question.findText(text)
        if index >= 0:
            self.question.setCurrentIndex(index)
        else:
            self.question.setEditText(text)
        self._open_question()

    def refresh(self) -> None:
        """Nothing to reload: the builder keeps what is being typed."""

    def _note(self, text: str) -> str | None:
        lang = self.language.currentData()
        return next((q.note for q in question_bank.bank(lang) if q.text == text), None)

    def _open_question(self) -> None:
        from app.ui.review.written_builder import WrittenAnswerBuilder

        text = self.question.currentText().strip()
        if self.builder is not None and self.builder.question == (text or None):
            return
        latest = next(iter(written.list_written(self.ctx.store, text)), None) if text else None
        self._saved_id = latest.id if latest else None
        lang = self.language.currentData()
        builder = WrittenAnswerBuilder(text or None, analyze=lambda t, lg: _analyze(t, lg, text or None),
                                       save=self._save, lang=latest.language if latest else lang,
                                       text=latest.text if latest else "", question_note=self._note(text),
                                       parent=self)
        builder.layout().setContentsMargins(0, 6, 0, 0)
        # One language choice on the page (questions and analysis), not a second one under the editor.
        builder.lang.setCurrentIndex(max(0, builder.lang.findData(latest.language if latest else lang)))
        builder.lang.hide()
        # The page already shows the question in its picker: the builder's own title would repeat it.
        builder.title.hide()
        if self.builder is not None:
            self.body.removeWidget(self.builder)
            self.builder.hide()
            self.builder.deleteLater()
        self.builder = builder
        self.body.addWidget(builder, 1)
        self.delete_b.setEnabled(self._saved_id is not None)
        if latest is not None:
            builder.analyze_now()

    def _save(self, question: str | None, text: str, report) -> None:
        bank_id = next((q.id for q in question_bank.bank(self.language.currentData()) if q.text == question), None)
        row = written.save_written(self.ctx.store, written.WrittenRow(question or "", text,
                                                                      self.builder.lang.currentData(), bank_id,
                                                                      dict(report) if report else None,
                                                                      self._saved_id))
        self._saved_id = row.id
        self.delete_b.setEnabled(True)

    def _confirm(self, title: str, text: str) -> bool:
        """Ask before deleting (replaced in tests)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_saved(self) -> None:
        """Delete the saved answer on show, after confirmation; the editor then shows the previous version, if any."""
        if self._saved_id is None:
            return
        if not self._confirm(self.tr("Delete saved answer"),
                             self.tr("Delete the saved answer to this question? This cannot be undone.")):
            return
        written.delete_written(self.ctx.store, self._saved_id)
        self._saved_id = None
        if self.builder is not None:  # open the question again: the next saved version, or an empty editor
            self.body.removeWidget(self.builder)
            self.builder.hide()
            self.builder.deleteLater()
            self.builder = None
        self._open_question()
