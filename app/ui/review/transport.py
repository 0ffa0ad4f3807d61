"""Transport bar under the video: play/pause, ±5 s, frame step, position slider, time, speed 0.5–2x."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from app.media.player import RATES, PlayerBase
from app.ui.review.style import fmt_time

SKIP_S = 5.0


class TransportBar(QWidget):
    """Drives a `PlayerBase`; the review screen adds the keyboard shortcuts."""

    def __init__(self, player: PlayerBase, duration: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._duration = duration
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        style = self.style()

        def button(icon: QStyle.StandardPixmap, tip: str, slot) -> QToolButton:
            b = QToolButton(self)
            b.setIcon(style.standardIcon(icon))
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(slot)
            lay.addWidget(b)
            return b

        self.play_button = button(QStyle.StandardPixmap.SP_MediaPlay, self.tr("Play / pause (Space)"), player.toggle)
        button(QStyle.StandardPixmap.SP_MediaSeekBackward, self.tr("Back 5 s (Left)"), lambda: self.skip(-SKIP_S))
        button(QStyle.StandardPixmap.SP_MediaSkipBackward, self.tr("Previous frame (,)"),
               lambda: player.step_frames(-1))
        button(QStyle.StandardPixmap.SP_MediaSkipForward, self.tr("Next frame (.)"), lambda: player.step_frames(1))
        button(QStyle.StandardPixmap.SP_MediaSeekForward, self.tr("Forward 5 s (Right)"), lambda: self.skip(SKIP_S))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, int(duration * 1000))
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.sliderMoved.connect(lambda ms: player.seek(ms / 1000.0))
        lay.addWidget(self.slider, 1)
        self.time_label = QLabel(self)
        lay.addWidget(self.time_label)
        self.speed = QComboBox(self)
        for rate in RATES:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(RATES.index(1.0))
        self.speed.setToolTip(self.tr("Playback speed ([ and ])"))
        self.speed.currentIndexChanged.connect(lambda i: player.set_rate(RATES[i]))
        lay.addWidget(self.speed)
        player.positionChanged.connect(self.on_position)
        player.durationChanged.connect(self.on_duration)
        player.playingChanged.connect(self.on_playing)
        self.on_position(player.position())
        enabled = player.has_media()
        for child in self.findChildren(QToolButton) + [self.speed]:
            child.setEnabled(enabled)

    def skip(self, seconds: float) -> None:
        self._player.seek(min(max(0.0, self._player.position() + seconds), self._duration or 1e9))

    def change_speed(self, step: int) -> None:
        self.speed.setCurrentIndex(max(0, min(len(RATES) - 1, self.speed.currentIndex() + step)))

    def on_duration(self, seconds: float) -> None:
        if seconds > 0:
            self._duration = seconds
            self.slider.setRange(0, int(seconds * 1000))
            self.on_position(self._player.position())

    def on_position(self, seconds: float) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(int(seconds * 1000))
        self.time_label.setText(f"{fmt_time(seconds)} / {fmt_time(self._duration)}")

    def on_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
