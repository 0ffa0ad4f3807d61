"""The review media player behind a small interface, so the review screen can be tested with a fake player.

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

    def load(self) -> None:
        """Open the media if that was deferred (the screen calls it after its first paint)."""

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
    """QMediaPlayer + QAudioOutput + QVideoWidget for one file.

    The multimedia backend and the video surface are created by `load()`, which the review screen calls right after
    its first paint: the report, the timeline and the transcript appear at once, and the video (whose first show costs
    200–600 ms on a cold start) follows. Any call that needs the media loads it first.
    """

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        self._path = Path(path)
        self._player = None
        self._pending_position = 0.0
        self._pending_rate = 1.0
        # The container is what the screen lays out; the QVideoWidget goes into it on load().
        self._container = QWidget()
        self._container.setAutoFillBackground(True)
        self._container.setStyleSheet("background: black;")
        self._layout = QVBoxLayout(self._container)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def load(self) -> None:
        """Create the player and the video surface, and open the file (idempotent)."""
        if self._player is not None:
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaMetaData, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self._meta_key = QMediaMetaData.Key.VideoFrameRate
        self._playing_state = QMediaPlayer.PlaybackState.PlayingState
        player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        player.setAudioOutput(self._audio)
        self._video = QVideoWidget(self._container)
        self._layout.addWidget(self._video)
        player.setVideoOutput(self._video)
        player.positionChanged.connect(lambda ms: self.positionChanged.emit(ms / 1000.0))
        player.durationChanged.connect(lambda ms: self.durationChanged.emit(ms / 1000.0))
        player.playbackStateChanged.connect(lambda st: self.playingChanged.emit(st == self._playing_state))
        player.errorOccurred.connect(lambda _err, text: self.errorOccurred.emit(text))
        self._player = player
        player.setSource(QUrl.fromLocalFile(str(self._path)))
        if self._pending_rate != 1.0:
            player.setPlaybackRate(self._pending_rate)
        if self._pending_position:
            player.setPosition(int(self._pending_position * 1000))

    def has_media(self) -> bool:
        return True

    def video_widget(self) -> QWidget | None:
        return self._container

    def play(self) -> None:
        self.load()
        self._player.play()

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def is_playing(self) -> bool:
        return self._player is not None and self._player.playbackState() == self._playing_state

    def seek(self, seconds: float) -> None:
        seconds = max(0.0, seconds)
        if self._player is None:
            # Not loaded yet: remember it, and tell the timeline and transcript at once.
            self._pending_position = seconds
            self.positionChanged.emit(seconds)
            return
        self._player.setPosition(int(seconds * 1000))

    def position(self) -> float:
        return self._pending_position if self._player is None else self._player.position() / 1000.0

    def duration(self) -> float:
        return 0.0 if self._player is None else self._player.duration() / 1000.0

    def set_rate(self, rate: float) -> None:
        self._pending_rate = rate
        if self._player is not None:
            self._player.setPlaybackRate(rate)

    def rate(self) -> float:
        return self._pending_rate if self._player is None else self._player.playbackRate()

    def frame_rate(self) -> float:
        if self._player is None:
            return 25.0
        value = self._player.metaData().value(self._meta_key)
        try:
            fps = float(value)
        except (TypeError, ValueError):
            fps = 0.0
        return fps if fps > 1 else 25.0

    def close(self) -> None:
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
