"""The practice screen: question, preview, countdown / answer timer, one calm voice indicator, the four actions,
and analysis progress per answer on the side."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services import practice as states
from app.services.feedback import answer_feedback
from app.services.sessions import CANCELLED, DONE, FAILED, INTERRUPTED
from app.ui import style
from app.ui.i18n import current_language, status_text
from app.ui.messages import message_text
from app.ui.review.style import is_dark, scheme_changed
from app.ui.screens.session_table import STATUS_TEXT
from app.ui.widgets.answer_feedback import AnswerFeedbackPanel, step_text

PREVIEW_FPS = 12  # the preview is for framing only: 12 fps keeps the GUI thread light
VOICE_ON = 0.05  # smoothed level above which the indicator shows "voice heard" (plain RMS of [-1, 1] audio x 8)


def fmt_s(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 60}:{s % 60:02d}"


class PracticeScreen(QWidget):
    finishRequested = Signal()
    openRequested = Signal(str, int)  # session id, answer index: "Open review" of an analysed answer

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ctl: states.PracticeController | None = None
        self._last_preview = 0.0
        root = QHBoxLayout(self)
        main = QVBoxLayout()
        root.setContentsMargins(style.SPACE_L, style.SPACE_M, style.SPACE_L, style.SPACE_M)
        root.setSpacing(style.SPACE_M)
        root.addLayout(main, 5)
        self.progress_label = QLabel(self)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        f = self.question.font()
        f.setPointSize(f.pointSize() + 6)
        self.question.setFont(f)
        self.preview = QLabel(self.tr("Camera preview"), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(400, 300)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background:#202124;color:#bbb;border-radius:6px")
        status_row = QHBoxLayout()
        self.phase = QLabel(self)
        f2 = self.phase.font()
        f2.setPointSize(f2.pointSize() + 4)
        f2.setBold(True)
        self.phase.setFont(f2)
        self.phase.setWordWrap(True)  # long French sentences wrap instead of widening the window
        self.indicator = QLabel("●", self)  # the single live indicator: voice heard or not, nothing else
        self.indicator.setToolTip(self.tr("Lights softly while your voice is heard"))
        self._set_indicator(False)
        status_row.addWidget(self.phase, 1)
        status_row.addWidget(self.indicator)
        buttons = QHBoxLayout()
        self.stop_b = QPushButton(self.tr("Stop (Space)"), self)
        # the key of each secondary action is in its tooltip (and in Help > Keyboard shortcuts): the row fits 1280 px
        # in French too
        self.rerecord_b = QPushButton(self.tr("Re-record"), self)
        self.skip_b = QPushButton(self.tr("Skip"), self)
        self.next_b = QPushButton(self.tr("Next"), self)
        self.finish_b = QPushButton(self.tr("End session"), self)
        for b, key in ((self.rerecord_b, "R"), (self.skip_b, "S"), (self.next_b, "N")):
            b.setToolTip(self.tr("Key: %1").replace("%1", key))
        style.primary(self.stop_b)  # the one action that matters while recording
        for b, name in ((self.stop_b, "circle-stop"), (self.rerecord_b, "rotate-ccw"), (self.skip_b, "skip-forward"),
                        (self.next_b, "arrow-right"), (self.finish_b, "flag-triangle-right")):
            style.with_icon(b, name)
        for b in (self.stop_b, self.rerecord_b, self.skip_b, self.next_b, self.finish_b):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the shortcuts, not to a focused button
            buttons.addWidget(b)
        for w in (self.progress_label, self.question):
            main.addWidget(w)
        main.addWidget(self.preview, 1)
        main.addLayout(status_row)
        main.addLayout(buttons)
        side = QVBoxLayout()
        side.setSpacing(style.SPACE_S)
        self.feedback = AnswerFeedbackPanel(self)
        self.feedback.setMinimumWidth(260)
        self.feedback.setMaximumWidth(360)
        self.feedback.openReview.connect(self.openRequested)
        side.addWidget(self.feedback, 3)
        self.jobs_title = QLabel(self.tr("This session"), self)
        style.set_font(self.jobs_title, "heading")
        side.addWidget(self.jobs_title)
        self.jobs = QListWidget(self)
        self.jobs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.jobs.setMaximumHeight(150)
        self.jobs.setMaximumWidth(360)
        self.jobs.setWordWrap(True)  # long French step names wrap instead of scrolling sideways
        self.jobs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.jobs_title.hide()  # shown with the first answer
        self.jobs.hide()
        self.jobs.itemActivated.connect(self._open_item)
        side.addWidget(self.jobs)
        root.addLayout(side, 2)
        # keys are handled by this screen (it keeps the focus: the buttons take none), so they work whatever the
        # window manager does with activation
        self._keys = {Qt.Key.Key_Space: self._stop, Qt.Key.Key_R: self._rerecord, Qt.Key.Key_S: self._skip,
                      Qt.Key.Key_N: self._next, Qt.Key.Key_Return: self._next, Qt.Key.Key_Enter: self._next}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stop_b.clicked.connect(self._stop)
        self.rerecord_b.clicked.connect(self._rerecord)
        self.skip_b.clicked.connect(self._skip)
        self.next_b.clicked.connect(self._next)
        self.finish_b.clicked.connect(self._finish)
        ctx.queue.progress.connect(self._on_progress)
        ctx.queue.statusChanged.connect(self._on_status)
        self._items: dict[int, QListWidgetItem] = {}
        # what the side panel knows about each answer of the session: ("progress", fraction, step),
        # ("done", AnswerFeedback) or ("failed", text); `_focus` is the answer it is about (the last one stopped)
        self._panel: dict[int, tuple] = {}
        self._focus: int | None = None

    # ---- wiring -------------------------------------------------------------------------------------------------
    def attach(self, ctl: states.PracticeController) -> None:
        self.ctl = ctl
        self.jobs.clear()
        self.jobs.hide()
        self.jobs_title.hide()
        self._items.clear()
        self._panel.clear()
        self._focus = None
        ctl.stateChanged.connect(self._on_state)
        ctl.countdown.connect(self._on_countdown)
        ctl.elapsed.connect(self._on_elapsed)
        ctl.questionChanged.connect(self._on_question)
        ctl.answerRecorded.connect(self._on_recorded)
        ctl.message.connect(lambda m: self.window().statusBar().showMessage(m, 6000))
        cap = ctl.capture
        cap.videoFrame.connect(self._on_frame)
        cap.level.connect(lambda lv: self._set_indicator(lv > VOICE_ON and self.ctl.state == states.RECORDING))

    def keyPressEvent(self, event) -> None:
        slot = self._keys.get(Qt.Key(event.key())) if not event.modifiers() else None
        if slot is None:
            super().keyPressEvent(event)
            return
        slot()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()

    def detach(self) -> None:
        if self.ctl is None:
            return
        cap = self.ctl.capture
        for sig, slot in ((cap.videoFrame, self._on_frame),):
            try:
                sig.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.ctl = None

    # ---- actions (buttons and keys) ----------------------------------------------------------------------------
    def _stop(self) -> None:
        if self.ctl:
            self.ctl.stop()

    def _rerecord(self) -> None:
        if self.ctl:
            self.ctl.rerecord()

    def _skip(self) -> None:
        if self.ctl:
            self.ctl.skip()

    def _next(self) -> None:
        if self.ctl:
            self.ctl.next()

    def _finish(self) -> None:
        if self.ctl:
            self.ctl.finish()

    # ---- view updates ------------------------------------------------------------------------------------------
    def _set_indicator(self, on: bool) -> None:
        self._indicator_on = on
        # Off: a grey that keeps about 3:1 against either background (the light one is unchanged).
        off = "#8a8f98" if is_dark(self) else "#5f6368"
        self.indicator.setStyleSheet(f"font-size:22px;color:{'#6aa889' if on else off}")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if scheme_changed(event) and hasattr(self, "_indicator_on"):
            self._set_indicator(self._indicator_on)

    def _on_frame(self, rgb, _t: float) -> None:
        now = time.monotonic()
        if now - self._last_preview < 1 / PREVIEW_FPS or not self.isVisible():
            return
        self._last_preview = now
        h, w = rgb.shape[:2]
        img = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
        pix = QPixmap.fromImage(img).scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pix)

    def _on_question(self, index: int, q) -> None:
        total = len(self.ctl.questions) if self.ctl else 0
        label = self.tr("Question %1 of %2").replace("%1", str(index + 1)).replace("%2", str(total))
        if self.ctl and self.ctl.synthetic:
            label += "   —   " + self.tr("SYNTHETIC DEMO: animated portrait and synthetic voice, not a real person")
        self.progress_label.setText(label)
        self.question.setText(q.text if q else "")
        self.feedback.show_guide(q.note if q else "")
        if self.ctl:
            self.feedback.set_time_left(self.ctl.limit_s)
        self._refresh_panel()

    def _on_state(self, state: str) -> None:
        rec = state == states.RECORDING
        self.stop_b.setEnabled(state in (states.RECORDING, states.PREPARING))
        self.stop_b.setText(self.tr("Stop (Space)") if rec else self.tr("Record now (Space)"))
        self.rerecord_b.setEnabled(state in (states.RECORDING, states.ANSWERED))
        self.skip_b.setEnabled(state in (states.PREPARING, states.RECORDING))
        self.next_b.setEnabled(state in (states.ANSWERED, states.PREPARING))
        if state == states.CALIBRATING:
            self.question.setText(self.tr("Look at the camera lens for 3 seconds."))
            self.feedback.show_guide("")
        elif state == states.ANSWERED:
            self.phase.setText(self.tr("Answer saved. Press N for the next question or R to record it again."))
            self._set_indicator(False)
            if self.ctl and self.ctl.answer_id is not None:
                self._focus = self.ctl.answer_id
                self._panel[self._focus] = ("progress", None, "starting analysis")  # a re-recording starts anew
        elif rec:
            self.phase.setText(self.tr("Recording 0:00"))
            if self.ctl:
                self.feedback.set_time_left(self.ctl.limit_s)
        self._refresh_panel()

    def _on_countdown(self, left: int) -> None:
        if self.ctl and self.ctl.state == states.CALIBRATING:
            self.phase.setText(self.tr("Calibration: %1 s").replace("%1", str(left)))
        else:
            self.phase.setText(self.tr("Recording starts in %1 s — take a breath").replace("%1", str(left)))

    def _on_elapsed(self, t: float, limit: float) -> None:
        self.phase.setText(self.tr("Recording %1 / %2").replace("%1", fmt_s(t)).replace("%2", fmt_s(limit)))
        self.feedback.set_time_left(limit - t)

    def _on_recorded(self, answer_id: int) -> None:
        a = self.ctx.store.get_answer(answer_id)
        item = self._items.get(answer_id)
        if item is None:
            item = QListWidgetItem(self.jobs)
            self._items[answer_id] = item
            self.jobs_title.show()
            self.jobs.show()
        item.setText(self.tr("Answer %1: %2").replace("%1", str(a.index))
                     .replace("%2", status_text(STATUS_TEXT.get(a.status, a.status))))

    def _on_progress(self, answer_id: int, fraction, message: str) -> None:
        item = self._items.get(answer_id)
        if item is not None:
            a = self.ctx.store.get_answer(answer_id)
            pct = "" if fraction is None else f" {int(fraction * 100)} %"
            item.setText(self.tr("Answer %1: %2").replace("%1", str(a.index)).replace("%2", step_text(message) + pct))
        if answer_id in self._items or answer_id == self._focus:
            if self._panel.get(answer_id, ("",))[0] != "done":
                self._panel[answer_id] = ("progress", fraction, message)
            self._refresh_panel()

    def _on_status(self, answer_id: int, status: str, error: str) -> None:
        item = self._items.get(answer_id)
        if item is not None:
            a = self.ctx.store.get_answer(answer_id)
            item.setText(self.tr("Answer %1: %2").replace("%1", str(a.index))
                         .replace("%2", status_text(STATUS_TEXT.get(status, status))))
            item.setToolTip(message_text(error) if error else "")
        if answer_id not in self._items and answer_id != self._focus:
            return
        if status == DONE:
            fb = answer_feedback(self.ctx.store, answer_id, accessibility=bool(self.ctl and self.ctl.accessibility),
                                 lang=current_language())
            if fb is not None:
                self._panel[answer_id] = ("done", fb)
        elif status in (FAILED, INTERRUPTED, CANCELLED):
            self._panel[answer_id] = ("failed", message_text(error) if error else status_text(STATUS_TEXT.get(status, status)))
        self._refresh_panel()

    def _refresh_panel(self) -> None:
        """The side panel shows the guide while a question is prepared or recorded with nothing to report yet, and
        the last stopped answer's analysis (progress, then tips and figures) otherwise."""
        state = self.ctl.state if self.ctl else states.IDLE
        info = self._panel.get(self._focus) if self._focus is not None else None
        if state in (states.RECORDING, states.CALIBRATING) or info is None:
            self.feedback.pages.setCurrentWidget(self.feedback.guide)
            return
        index = self._index_of(self._focus)
        if info[0] == "done":
            self.feedback.show_feedback(info[1])
        elif info[0] == "failed":
            self.feedback.show_failed(index, info[1])
        else:
            self.feedback.show_progress(index, info[1], info[2])

    def _index_of(self, answer_id: int) -> int:
        try:
            return self.ctx.store.get_answer(answer_id).index
        except Exception:
            return 0

    def _open_item(self, item: QListWidgetItem) -> None:
        answer_id = next((aid for aid, it in self._items.items() if it is item), None)
        info = self._panel.get(answer_id) if answer_id is not None else None
        if info and info[0] == "done":
            self.openRequested.emit(info[1].session_id, info[1].index)
