"""The capture pipeline shared by real devices and the fake camera.

    source (FakeCamera | DeviceCamera) --QVideoFrameInput / QCamera--> QMediaCaptureSession --> preview sink
        \\--videoFrame / audioChunk (numpy) --> Capture --> MkvWriter (while recording)
                                                   \\--> live consumers (connect to `Capture.videoFrame/audioChunk`)

`stop_recording()` returns at once; the file is finished on a worker thread and `recordingSaved` fires when done.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QMediaCaptureSession, QVideoSink

from app.media.mkv_writer import AUDIO_RATE, MkvWriter, WriterStats

log = logging.getLogger(__name__)

MAX_BACKLOG = 12  # fast mode: the fake camera waits while more items than this wait for the encoder
LEVEL_SMOOTHING = 0.8  # exponential smoothing of the voice level so the indicator stays calm


@dataclass
class RecordingResult:
    """A finished (or failed) recording."""

    path: Path
    duration_s: float
    stats: WriterStats
    tag: object = None


class Capture(QObject):
    """Owns the capture session, the preview sink and the current recorder."""

    videoFrame = Signal(object, float)  # rgb ndarray, camera time (s) — for live analysis consumers
    audioChunk = Signal(object, float)  # mono float32 48 kHz, camera time (s)
    level = Signal(float)  # smoothed voice level 0..1 for the single live indicator
    recordingSaved = Signal(object)  # RecordingResult, emitted on the GUI thread
    limitReached = Signal()  # the current recording reached its `max_s`: nothing more is written
    _saved = Signal(object)

    def __init__(self, source, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)
        if hasattr(source, "frame_input"):
            self.session.setVideoFrameInput(source.frame_input)
        else:
            self.session.setCamera(source.camera)
            self.sink.videoFrameChanged.connect(source.on_sink_frame)
        self.session.setVideoSink(self.sink)
        source.videoFrame.connect(self._on_video)
        source.audioChunk.connect(self._on_audio)
        source.throttle = self._behind
        self._writer: MkvWriter | None = None
        self._rec_t0_video: float | None = None
        self._last_t = 0.0
        self._level = 0.0
        self._tag = None
        self._closing: list[threading.Thread] = []
        self._saved.connect(self.recordingSaved.emit)  # hop from the closing thread to the GUI thread

    # ---- camera -------------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the camera (preview)."""
        self.source.start()

    def stop(self) -> None:
        """Stop the camera; a running recording is finished first."""
        if self._writer:
            self.stop_recording()
        self.source.stop()

    @property
    def recording(self) -> bool:
        return self._writer is not None

    def recording_time(self) -> float:
        """Seconds of media recorded so far in the current recording."""
        if self._writer is None or self._rec_t0_video is None:
            return 0.0
        return self._writer.stats.video_frames_in / self._writer.fps

    # ---- recording ----------------------------------------------------------------------------------------------
    def start_recording(self, path: Path, *, tag: object = None, rewind: bool = True,
                        max_s: float | None = None) -> None:
        """Record from the next frame on into `path` (Matroska). `tag` comes back in the RecordingResult; media
        past `max_s` seconds is not written (the hard limit is exact even with a fast fake camera)."""
        if self._writer is not None:
            raise RuntimeError("already recording")
        if rewind:
            self.source.rewind()
        self._tag = tag
        self._max_s: float | None = max_s
        self._limit_hit = False
        self._rec_t0_video = None
        self._writer = MkvWriter(path, self.source.width, self.source.height, self.source.fps)

    def stop_recording(self) -> None:
        """Stop recording; the file is finalised off the GUI thread, then `recordingSaved` is emitted."""
        writer, self._writer = self._writer, None
        if writer is None:
            return
        duration = self.recording_time_of(writer)
        tag = self._tag

        def finish() -> None:
            stats = writer.close()
            self._saved.emit(RecordingResult(writer.path, duration, stats, tag))

        thread = threading.Thread(target=finish, name="recording-close", daemon=True)
        self._closing = [t for t in self._closing if t.is_alive()] + [thread]
        thread.start()

    def write_error(self) -> str | None:
        """Why the current recording's writer stopped (e.g. "No space left on device"), None while it works. The
        writer keeps what it wrote; the caller stops the recording so that the file is finished and kept."""
        writer = self._writer
        return writer.stats.error if writer is not None else None

    def recording_time_of(self, writer: MkvWriter) -> float:
        return writer.stats.video_frames_in / writer.fps if writer.fps else 0.0

    def wait_closed(self, timeout: float = 30.0) -> None:
        """Block until every finishing recording is closed (used at exit and in headless mode)."""
        for t in self._closing:
            t.join(timeout)

    def _behind(self) -> bool:
        return self._writer is not None and self._writer.backlog() > MAX_BACKLOG

    def _on_video(self, rgb: np.ndarray, t: float) -> None:
        self._last_t = t
        if self._writer is not None:
            if self._rec_t0_video is None:
                self._rec_t0_video = t
            rel = t - self._rec_t0_video
            if self._max_s is not None and rel >= self._max_s - 1e-6:
                if not self._limit_hit:
                    self._limit_hit = True
                    self.limitReached.emit()
            else:
                self._writer.add_video(rgb, rel)
        self.videoFrame.emit(rgb, t)

    def _on_audio(self, samples: np.ndarray, t: float) -> None:
        writer, t0 = self._writer, self._rec_t0_video
        if writer is not None and t0 is not None:  # audio starts with the first video frame, on the same clock
            rel = t - t0
            chunk = samples
            if rel < 0:
                chunk = chunk[min(len(chunk), int(round(-rel * AUDIO_RATE))):]
                rel = 0.0
            if self._max_s is not None:
                chunk = chunk[: max(0, int(round((self._max_s - rel) * AUDIO_RATE)))]
            if len(chunk):
                writer.add_audio(chunk, rel)
        if len(samples):
            rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
            self._level = LEVEL_SMOOTHING * self._level + (1 - LEVEL_SMOOTHING) * min(1.0, rms * 8)
            self.level.emit(self._level)
        self.audioChunk.emit(samples, t)


def fake_camera_from_env() -> Path | None:
    """`REBOND_FAKE_CAMERA` as a path, or None."""
    value = os.environ.get("REBOND_FAKE_CAMERA", "").strip()
    return Path(value).expanduser() if value else None
