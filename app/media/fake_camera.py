"""A file-fed camera and microphone: decodes a video file and delivers its frames and sound like a device would.

Frames go through Qt's `QVideoFrameInput` into the capture session (so the preview and any Qt consumer see exactly
what a real camera would give) and, as numpy arrays, to the recorder and live-analysis consumers. Pacing is
wall-clock by default (frame k at k / fps seconds after start); `speed` > 1 or `speed=0` ("as fast as the consumer
keeps up") are for tests. The file loops when an answer outlasts it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameInput

from app.media.file_decoder import AUDIO_RATE, audio_chunks, probe, video_frames

TICK_MS = 5
FAST_STEP_S = 0.1  # media time advanced per tick when speed=0 and the consumer keeps up


class FakeCamera(QObject):
    """Emits `videoFrame(rgb, t)` and `audioChunk(samples, t)` with t in seconds of camera time."""

    videoFrame = Signal(object, float)
    audioChunk = Signal(object, float)

    def __init__(self, path: Path, *, speed: float = 1.0, loop: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        info = probe(self.path)
        self.width, self.height, self.fps = info["width"], info["height"], info["fps"]
        self.clip_duration = info["duration"]
        self.has_audio = info["has_audio"]
        self.speed = speed
        self.loop = loop
        self.name = f"Fake camera ({self.path.name})"
        self.frame_input = QVideoFrameInput(self)
        self.throttle: Callable[[], bool] | None = None  # returns True while the consumer is behind
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._running = False
        self.frames_sent = 0
        self._reset_streams()

    def _reset_streams(self) -> None:
        self._close_streams()
        self._video = video_frames(self.path, self.loop)
        self._audio = audio_chunks(self.path, self.loop)

    def _close_streams(self) -> None:
        # release the decoders (open files, decoder threads) now rather than whenever the generators are collected
        for gen in (getattr(self, "_video", None), getattr(self, "_audio", None)):
            if gen is not None:
                gen.close()
        self._video = self._audio = None

    # ---- control ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start delivering (camera time starts at 0)."""
        if self._video is None:
            self._reset_streams()
        self._t0 = time.monotonic()
        self._media_t = 0.0
        self._next_frame = 0
        self._audio_samples = 0
        self._running = True
        self._timer.start(0 if self.speed == 0 else TICK_MS)

    def stop(self) -> None:
        """Stop delivering and release the decoders (the next `start` reopens the file)."""
        self._running = False
        self._timer.stop()
        self._close_streams()

    def rewind(self) -> None:
        """Restart the clip from its beginning (camera time keeps running)."""
        self._reset_streams()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def camera_time(self) -> float:
        """Media time delivered so far, in seconds."""
        return self._next_frame / self.fps

    # ---- delivery -----------------------------------------------------------------------------------------------
    def _due(self) -> float:
        if self.speed == 0:
            if self.throttle and self.throttle():
                return self._media_t
            self._media_t += FAST_STEP_S
            return self._media_t
        return (time.monotonic() - self._t0) * self.speed

    def _tick(self) -> None:
        if not self._running:
            return
        due = self._due()
        while self._next_frame / self.fps <= due:
            rgb = next(self._video, None)
            if rgb is None:  # non-looping clip ended
                self.stop()
                return
            t = self._next_frame / self.fps
            self._next_frame += 1
            self.frames_sent += 1
            self._to_qt(rgb, t)
            self.videoFrame.emit(rgb, t)
        while self._audio_samples / AUDIO_RATE < due:
            chunk = next(self._audio, None)
            if chunk is None:
                break
            t = self._audio_samples / AUDIO_RATE
            self._audio_samples += len(chunk)
            self.audioChunk.emit(chunk, t)

    def _to_qt(self, rgb: np.ndarray, t: float) -> None:
        """Hand the frame to Qt's capture session (preview, Qt-side consumers)."""
        h, w = rgb.shape[:2]
        image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()  # own the pixels
        frame = QVideoFrame(image)
        frame.setStartTime(int(t * 1e6))
        frame.setEndTime(int((t + 1 / self.fps) * 1e6))
        self.frame_input.sendVideoFrame(frame)  # refused frames only affect the preview, never the recording
