"""Check camera and microphone before practising: a preview with a framing guide, a voice level meter, a light check
against the analysis' own dark threshold, and a 3-second "say something" test transcribed back. Each problem comes
with what to do about it. Works with the fake camera too; with no device it says what to do."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import device_check
from app.ui import style
from app.ui.messages import error_text, message_text

PREVIEW_FPS = 10  # enough to frame oneself; keeps the GUI thread light


class FramingPreview(QLabel):
    """The camera picture with a guide: an oval where the face should be and a line for the shoulders (the
    analysis looks for the face in the upper middle and for both shoulders)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(400, 300)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background:#202124;color:#bbb;border-radius:6px")
        self._image: QImage | None = None

    def set_frame(self, rgb: np.ndarray) -> None:
        h, w = rgb.shape[:2]
        self._image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._image is None:
            super().paintEvent(event)
            return
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#202124"))
        pix = QPixmap.fromImage(self._image).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation)
        x, y = (self.width() - pix.width()) / 2, (self.height() - pix.height()) / 2
        p.drawPixmap(int(x), int(y), pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(255, 255, 255, 200), 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        w, h = pix.width(), pix.height()
        # face: half the picture's height, as wide as a face is (3:4), centred, from a tenth below the top;
        # shoulders on a line near the bottom (both must be in frame for the posture analysis)
        eh = h * 0.5
        ew = eh * 0.75
        p.drawEllipse(QRectF(x + (w - ew) / 2, y + h * 0.1, ew, eh))
        p.drawLine(int(x + w * 0.15), int(y + h * 0.85), int(x + w * 0.85), int(y + h * 0.85))
        p.end()


class DeviceCheckDialog(QDialog):
    """Non-blocking checks while the dialog is open; "Say something" records 3 s and shows what was understood."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Check camera and microphone"))
        self._last = 0.0
        self._say: list[np.ndarray] | None = None
        self._say_left = 0.0
        lay = QVBoxLayout(self)
        lay.setSpacing(style.SPACE_M)
        intro = QLabel(self.tr("Sit as you will in the interview: your face inside the oval, your shoulders on the "
                               "line. Speak to see the level move."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.preview = FramingPreview(self)
        lay.addWidget(self.preview, 1)
        grid = QGridLayout()
        self.camera_state = QLabel(self)
        self.light_state = QLabel(self)
        self.mic_state = QLabel(self)
        self.level = QProgressBar(self)
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.say_button = style.with_icon(QPushButton(self.tr("Say something (3 s)"), self), "mic")
        self.say_result = QLabel(self)
        self.say_result.setWordWrap(True)
        for w in (self.camera_state, self.light_state, self.mic_state, self.say_result):
            w.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("Camera"), self), 0, 0)
        grid.addWidget(self.camera_state, 0, 1)
        grid.addWidget(QLabel(self.tr("Light"), self), 1, 0)
        grid.addWidget(self.light_state, 1, 1)
        grid.addWidget(QLabel(self.tr("Microphone"), self), 2, 0)
        grid.addWidget(self.level, 2, 1)
        grid.addWidget(self.mic_state, 3, 1)
        grid.addWidget(self.say_button, 4, 0)
        grid.addWidget(self.say_result, 4, 1)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 620)
        self.say_button.clicked.connect(self.say_something)
        self._heard = False
        self._capture = ctx.capture()
        if self._capture is None:
            text = message_text(ctx.camera_problem or "")
            self.camera_state.setText(text or self.tr("No camera available."))
            self.preview.setText(self.tr("No picture"))
            self.say_button.setEnabled(False)
            return
        self.camera_state.setText(self.tr("Waiting for the picture…"))
        self.mic_state.setText(self.tr("Say a few words."))
        self._capture.videoFrame.connect(self._on_frame)
        self._capture.level.connect(self._on_level)
        self._capture.audioChunk.connect(self._on_audio)
        self._started_here = False
        if not self._capture.source.running:
            try:
                self._capture.start()
                self._started_here = True
            except Exception as err:  # noqa: BLE001 - shown to the user in plain words
                self.camera_state.setText(error_text(err))

    # ---- live checks ---------------------------------------------------------------------------------------------
    def _on_frame(self, rgb, _t: float) -> None:
        now = time.monotonic()
        if now - self._last < 1 / PREVIEW_FPS:
            return
        self._last = now
        self.preview.set_frame(rgb)
        self.camera_state.setText(self.tr("Picture received (%1 × %2).").replace("%1", str(rgb.shape[1]))
                                  .replace("%2", str(rgb.shape[0])))
        light = device_check.light_check(rgb)
        c = style.colors(self)
        if light.dark:
            self.light_state.setText(self.tr("Too dark: face a window or a lamp, with no strong light behind you."))
            self.light_state.setStyleSheet(f"color:{c.work_on}")
        else:
            self.light_state.setText(self.tr("Bright enough."))
            self.light_state.setStyleSheet(f"color:{c.good}")

    def _on_level(self, level: float) -> None:
        self.level.setValue(int(min(1.0, level * 4) * 100))  # the voice sits around 0.05-0.25: show it wide
        if level > device_check.VOICE_LEVEL and not self._heard:
            self._heard = True
            self.mic_state.setText(self.tr("Your voice is heard."))
            self.mic_state.setStyleSheet(f"color:{style.colors(self).good}")

    def _on_audio(self, samples, _t: float) -> None:
        if self._say is None:
            return
        self._say.append(np.asarray(samples, dtype=np.float32).copy())
        self._say_left -= len(samples) / device_check.CAPTURE_RATE
        if self._say_left <= 0:
            audio = np.concatenate(self._say) if self._say else np.zeros(0, np.float32)
            self._say = None
            self._transcribe(audio)

    # ---- say something -------------------------------------------------------------------------------------------
    def say_something(self) -> None:
        """Listen for 3 seconds, then show what the speech recognition understood."""
        self._say, self._say_left = [], device_check.SAY_SECONDS
        self.say_button.setEnabled(False)
        self.say_result.setText(self.tr("Listening for 3 seconds…"))

    def _transcribe(self, audio: np.ndarray) -> None:
        self.say_result.setText(self.tr("Understanding…"))

        def done(text: str) -> None:
            self.say_button.setEnabled(True)
            if text:
                self.say_result.setText(self.tr("Understood: “%1”").replace("%1", text))
            else:
                self.say_result.setText(self.tr("No words understood: speak closer to the microphone, or check "
                                                "that it is the one chosen in Settings."))

        def failed(err: Exception) -> None:
            self.say_button.setEnabled(True)
            self.say_result.setText(error_text(err))

        self.ctx.tasks.run(lambda: device_check.transcribe_sample(audio), on_done=done, on_error=failed)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API (close, Escape, Close button)
        cap = self._capture
        if cap is not None:
            for sig, slot in ((cap.videoFrame, self._on_frame), (cap.level, self._on_level),
                              (cap.audioChunk, self._on_audio)):
                try:
                    sig.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
            if self._started_here and not cap.recording:
                QTimer.singleShot(0, cap.source.stop)
        super().done(result)
