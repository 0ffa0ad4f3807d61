"""The practice screen's side panel: while an answer is recorded, what a strong answer contains and the time left;
once it is stopped, the analysis step with a progress bar; once analysed, its top tips, four key figures against
their bands, and "Open review" — all without leaving the session."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.feedback import AnswerFeedback, Figure
from app.ui import style
from app.ui.review.style import fmt_value


def step_text(message: str) -> str:
    """The analysis step in the interface language. The analysis reports its steps in English words; the known ones
    are translated here, anything else reads as a generic "analysing"."""
    steps = {
        "starting analysis": QCoreApplication.translate("Steps", "Starting the analysis"),
        "reading the file": QCoreApplication.translate("Steps", "Reading the recording"),
        "loading the speech model": QCoreApplication.translate("Steps", "Loading the speech model"),
        "decoding audio": QCoreApplication.translate("Steps", "Reading the sound"),
        "audio decoded": QCoreApplication.translate("Steps", "Reading the sound"),
        "transcribing": QCoreApplication.translate("Steps", "Writing down your words"),
        "transcribed": QCoreApplication.translate("Steps", "Writing down your words"),
        "speech analysed": QCoreApplication.translate("Steps", "Looking at fillers, pace and structure"),
        "analysing text": QCoreApplication.translate("Steps", "Looking at fillers, pace and structure"),
        "analysing the video": QCoreApplication.translate("Steps", "Looking at eye contact and posture"),
        "reading the calibration clip": QCoreApplication.translate("Steps", "Reading the calibration"),
        "video analysed": QCoreApplication.translate("Steps", "Looking at eye contact and posture"),
        "finishing the live analysis": QCoreApplication.translate("Steps", "Finishing the analysis of the end"),
        "done": QCoreApplication.translate("Steps", "Done"),
    }
    return steps.get(message.strip().lower(), QCoreApplication.translate("Steps", "Analysing"))


def figure_title(fig_id: str) -> str:
    return {
        "eye_contact": QCoreApplication.translate("Feedback", "Eye contact"),
        "fillers_per_min": QCoreApplication.translate("Feedback", "Fillers per minute"),
        "wpm": QCoreApplication.translate("Feedback", "Pace (words/min)"),
        "star": QCoreApplication.translate("Feedback", "STAR parts found"),
    }.get(fig_id, fig_id)


def figure_value(fig: Figure) -> str:
    if fig.value is None:
        return "–"
    if fig.id == "eye_contact":
        return f"{fmt_value(fig.value)} %"
    if fig.id == "star":
        return f"{int(fig.value)}/4"
    return fmt_value(fig.value)


def status_word(status: str | None) -> str:
    return {"in": QCoreApplication.translate("Feedback", "in the target range"),
            "high": QCoreApplication.translate("Feedback", "above the target range"),
            "low": QCoreApplication.translate("Feedback", "below the target range")}.get(status or "", "")


class AnswerFeedbackPanel(QWidget):
    """Three pages: `guide` (recording), `progress` (analysing), `result` (analysed). `openReview(session, index)`."""

    openReview = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        lay.addWidget(self.pages)
        self._current: AnswerFeedback | None = None

        # --- while recording
        self.guide = style.card(self, "guideCard")
        g = QVBoxLayout(self.guide)
        g.setContentsMargins(style.SPACE_L, style.SPACE_L, style.SPACE_L, style.SPACE_L)
        g.setSpacing(style.SPACE_S)
        self.time_caption = QLabel(self.tr("Time left"), self.guide)
        self.time_caption.setProperty("muted", True)
        self.time_left = QLabel("–", self.guide)
        self.time_left.setObjectName("timeLeft")
        style.set_font(self.time_left, "display")
        self.guide_title = QLabel(self.tr("A strong answer contains"), self.guide)
        style.set_font(self.guide_title, "heading")
        self.guide_text = QLabel(self.guide)
        self.guide_text.setWordWrap(True)
        self.guide_text.setTextFormat(Qt.TextFormat.PlainText)
        for w in (self.time_caption, self.time_left, self.guide_title, self.guide_text):
            g.addWidget(w)
        g.addStretch(1)
        self.pages.addWidget(self.guide)

        # --- analysing
        self.progress_page = style.card(self, "progressCard")
        p = QVBoxLayout(self.progress_page)
        p.setContentsMargins(style.SPACE_L, style.SPACE_L, style.SPACE_L, style.SPACE_L)
        p.setSpacing(style.SPACE_S)
        self.progress_title = QLabel(self.progress_page)
        self.progress_title.setWordWrap(True)
        style.set_font(self.progress_title, "heading")
        self.step = QLabel(self.progress_page)
        self.step.setObjectName("analysisStep")
        self.step.setWordWrap(True)
        self.bar = QProgressBar(self.progress_page)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 100)
        self.hint = QLabel(self.tr("You can go on with the next question: the analysis continues in the background."),
                           self.progress_page)
        self.hint.setWordWrap(True)
        self.hint.setProperty("muted", True)
        for w in (self.progress_title, self.step, self.bar, self.hint):
            p.addWidget(w)
        p.addStretch(1)
        self.pages.addWidget(self.progress_page)

        # --- analysed
        self.result = style.card(self, "resultCard")
        r = QVBoxLayout(self.result)
        r.setContentsMargins(style.SPACE_L, style.SPACE_L, style.SPACE_L, style.SPACE_L)
        r.setSpacing(style.SPACE_S)
        self.result_title = QLabel(self.result)
        self.result_title.setWordWrap(True)
        style.set_font(self.result_title, "heading")
        r.addWidget(self.result_title)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(style.SPACE_M)
        self.figures.setVerticalSpacing(style.SPACE_S)
        r.addLayout(self.figures)
        self.tips_title = QLabel(self.tr("Top tips"), self.result)
        style.set_font(self.tips_title, "heading")
        r.addWidget(self.tips_title)
        self.tips = QLabel(self.result)
        self.tips.setObjectName("practiceTips")
        self.tips.setWordWrap(True)
        self.tips.setTextFormat(Qt.TextFormat.RichText)
        r.addWidget(self.tips)
        r.addStretch(1)
        self.open_button = style.primary(QPushButton(self.tr("Open review"), self.result))
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        style.with_icon(self.open_button, "arrow-right")
        self.open_button.clicked.connect(self._open)
        r.addWidget(self.open_button)
        self.pages.addWidget(self.result)

    # ---- pages ---------------------------------------------------------------------------------------------------
    def show_guide(self, note: str) -> None:
        self.guide_text.setText(note or self.tr("Say where and when it happened, what you had to do, what you did "
                                                "yourself, and the result — with a number if you can."))
        self.pages.setCurrentWidget(self.guide)

    def set_time_left(self, seconds: float) -> None:
        s = max(0, int(seconds + 0.999))
        self.time_left.setText(f"{s // 60}:{s % 60:02d}")

    def show_progress(self, index: int, fraction: float | None, message: str) -> None:
        self.progress_title.setText(self.tr("Analysing answer %1").replace("%1", str(index)))
        self.step.setText(step_text(message) + "…")
        if fraction is None:
            self.bar.setRange(0, 0)  # busy: the step has no measurable share
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(int(round(max(0.0, min(1.0, fraction)) * 100)))
        self.pages.setCurrentWidget(self.progress_page)

    def show_failed(self, index: int, text: str) -> None:
        self.progress_title.setText(self.tr("Answer %1 could not be analysed").replace("%1", str(index)))
        self.step.setText(text)
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.pages.setCurrentWidget(self.progress_page)

    def show_feedback(self, fb: AnswerFeedback) -> None:
        self._current = fb
        self.result_title.setText(self.tr("Answer %1 — what stood out").replace("%1", str(fb.index)))
        while self.figures.count():
            item = self.figures.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        for i, fig in enumerate(fb.figures):
            cell = QWidget(self.result)
            cell.setObjectName(f"figure_{fig.id}")
            v = QVBoxLayout(cell)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            title = QLabel(figure_title(fig.id), cell)
            title.setWordWrap(True)
            title.setProperty("muted", True)
            style.set_font(title, "caption")
            value = QLabel(figure_value(fig), cell)
            value.setObjectName("value")
            style.set_font(value, "title")
            value.setStyleSheet(f"color:{style.status_color(fig.status, self)}")
            word = status_word(fig.status)
            cell.setToolTip(word)
            v.addWidget(title)
            v.addWidget(value)
            if word:
                status = QLabel(word, cell)
                style.set_font(status, "caption", bold=False)
                status.setStyleSheet(f"color:{style.status_color(fig.status, self)}")
                v.addWidget(status)
            self.figures.addWidget(cell, i // 2, i % 2)
        if fb.tips:
            self.tips.setText("".join(f"<p style='margin:0 0 6px 0'>• {html.escape(t)}</p>" for t in fb.tips))
        else:
            self.tips.setText(html.escape(self.tr("Nothing stood out in this answer.")))
        self.pages.setCurrentWidget(self.result)

    @property
    def current(self) -> AnswerFeedback | None:
        return self._current

    def _open(self) -> None:
        if self._current is not None:
            self.openReview.emit(self._current.session_id, self._current.index)
