"""The media player behind a small interface, so the review screen can be tested with a fake player.

`PlayerBase` is what the screen talks to; `QtMediaPlayer` wraps QMediaPlayer + QVideoWidget; `NullPlayer` is used
when an answer has no recording (written answers, deleted media): it only keeps a position so the timeline and the
transcript still work. QtMultimedia is imported lazily, inside `QtMediaPlayer`, so that nothing else pays for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QWidget

RATES: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PlayerBase(QObject):
    """Position in seconds; signals carry seconds."""

    positionChanged = Signal(float)
    durationChanged = Signal(float)
    playingChanged = Signal(bool)
    errorOccurred = Signal(str)

    def has_media(self) -> bool:
        return False

    def video_widget(self) -> QWidget | None:
        """The widget showing the picture, or None (audio or no media)."""
        return None

    def play(self) -> None: ...

    def pause(self) -> None: ...

    def is_playing(self) -> bool:
        return False

    def toggle(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def seek(self, seconds: float) -> None:
        raise NotImplementedError

    def position(self) -> float:
        raise NotImplementedError

    def duration(self) -> float:
        return 0.0

    def set_rate(self, rate: float) -> None: ...

    def rate(self) -> float:
        return 1.0

    def frame_rate(self) -> float:
        return 25.0

    def step_frames(self, count: int) -> None:
        """Pause and move by `count` frames (negative: backwards)."""
        self.pause()
        self.seek(max(0.0, self.position() + count / max(1.0, self.frame_rate())))

    def close(self) -> None:
        """Release the media (called when the screen goes away)."""


class NullPlayer(PlayerBase):
    """No recording: seeking only moves the position (the playhead and the current word follow)."""

    def __init__(self, duration: float = 0.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._position = 0.0
        self._duration = duration

    def seek(self, seconds: float) -> None:
        self._position = max(0.0, float(seconds))
        self.positionChanged.emit(self._position)

    def position(self) -> float:
        return self._position

    def duration(self) -> float:
        return self._duration


class QtMediaPlayer(PlayerBase):
    """QMediaPlayer + QAudioOutput + QVideoWidget for one file."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaMetaData, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self._meta_key = QMediaMetaData.Key.VideoFrameRate
        self._player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        self._player.setAudioOutput(self._audio)
        self._video = QVideoWidget()
        self._player.setVideoOutput(self._video)
        self._playing_state = QMediaPlayer.PlaybackState.PlayingState
        self._player.positionChanged.connect(lambda ms: self.positionChanged.emit(ms / 1000.0))
        self._player.durationChanged.connect(lambda ms: self.durationChanged.emit(ms / 1000.0))
        self._player.playbackStateChanged.connect(lambda st: self.playingChanged.emit(st == self._playing_state))
        self._player.errorOccurred.connect(lambda _err, text: self.errorOccurred.emit(text))
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def has_media(self) -> bool:
        return True

    def video_widget(self) -> QWidget | None:
        return self._video

    def play(self) -> None:
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def is_playing(self) -> bool:
        return self._player.playbackState() == self._playing_state

    def seek(self, seconds: float) -> None:
        self._player.setPosition(int(max(0.0, seconds) * 1000))

    def position(self) -> float:
        return self._player.position() / 1000.0

    def duration(self) -> float:
        return self._player.duration() / 1000.0

    def set_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(rate)

    def rate(self) -> float:
        return self._player.playbackRate()

    def frame_rate(self) -> float:
        value = self._player.metaData().value(self._meta_key)
        try:
            fps = float(value)
        except (TypeError, ValueError):
            fps = 0.0
        return fps if fps > 1 else 25.0

    def close(self) -> None:
        self._player.stop()
        self._player.setSource(QUrl())
