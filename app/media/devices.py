"""Real camera and microphone through Qt Multimedia, with friendly messages when they are missing."""

from __future__ import annotations

import logging
import time

import numpy as np
from PySide6.QtCore import QIODevice, QObject, Signal
from PySide6.QtMultimedia import (
    QAudioFormat,
    QAudioSource,
    QCamera,
    QMediaDevices,
    QVideoFrame,
)

from app.core.errors import RebondError

log = logging.getLogger(__name__)
AUDIO_RATE = 48_000


class NoDeviceError(RebondError):
    """No camera or microphone can be used."""


def list_cameras() -> list[tuple[str, str]]:
    """(id, description) of every camera Qt sees."""
    return [(bytes(d.id().data()).decode(errors="replace"), d.description()) for d in QMediaDevices.videoInputs()]


def list_microphones() -> list[tuple[str, str]]:
    """(id, description) of every microphone Qt sees."""
    return [(bytes(d.id().data()).decode(errors="replace"), d.description()) for d in QMediaDevices.audioInputs()]


def device_problem() -> str | None:
    """A friendly sentence when recording from devices is impossible, else None."""
    cams, mics = QMediaDevices.videoInputs(), QMediaDevices.audioInputs()
    if not cams and not mics:
        return ("No camera and no microphone were found. You can still import a recording made elsewhere "
                "(File > Import a recording) or practise with a video file as a fake camera (--fake-camera).")
    if not cams:
        return "No camera was found. Check that it is plugged in and not used by another application."
    if not mics:
        return "No microphone was found. Check that it is plugged in and allowed in your system settings."
    return None


class DeviceCamera(QObject):
    """A QCamera plus a QAudioSource delivering the same signals as `FakeCamera`."""

    videoFrame = Signal(object, float)
    audioChunk = Signal(object, float)

    def __init__(self, camera_id: str | None = None, mic_id: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        problem = device_problem()
        if problem:
            raise NoDeviceError(problem)
        cams = QMediaDevices.videoInputs()
        cam = next((d for d in cams if bytes(d.id().data()).decode(errors="replace") == camera_id), None)
        self.camera = QCamera(cam or QMediaDevices.defaultVideoInput(), self)
        self.camera.errorOccurred.connect(lambda _e, msg: log.warning("camera error: %s", msg))
        mics = QMediaDevices.audioInputs()
        mic = next((d for d in mics if bytes(d.id().data()).decode(errors="replace") == mic_id), None)
        fmt = QAudioFormat()
        fmt.setSampleRate(AUDIO_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Float)
        self.audio = QAudioSource(mic or QMediaDevices.defaultAudioInput(), fmt, self)
        self._io: QIODevice | None = None
        fmt_v = self.camera.cameraFormat()
        self.width = fmt_v.resolution().width() or 640
        self.height = fmt_v.resolution().height() or 480
        self.fps = fmt_v.maxFrameRate() or 30.0
        self.name = (cam or QMediaDevices.defaultVideoInput()).description()
        self.throttle = None
        self._t0 = 0.0
        self._samples = 0

    def start(self) -> None:
        """Open the devices."""
        self._t0 = time.monotonic()
        self._samples = 0
        self.camera.start()
        self._io = self.audio.start()
        if self._io is None:
            raise NoDeviceError("The microphone could not be opened (permission denied or in use).")
        self._io.readyRead.connect(self._read_audio)

    def stop(self) -> None:
        """Release the devices."""
        self.camera.stop()
        self.audio.stop()

    def rewind(self) -> None:
        """Nothing to rewind on a live device."""

    def on_sink_frame(self, frame: QVideoFrame) -> None:
        """Called with each frame of the capture session's sink: convert and emit it."""
        if not frame.isValid():
            return
        image = frame.toImage().convertToFormat(frame.toImage().Format.Format_RGB888)
        w, h = image.width(), image.height()
        rgb = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(h, image.bytesPerLine())[:, : 3 * w]
        self.videoFrame.emit(rgb.reshape(h, w, 3).copy(), time.monotonic() - self._t0)

    def _read_audio(self) -> None:
        data = bytes(self._io.readAll().data()) if self._io else b""
        if not data:
            return
        samples = np.frombuffer(data, dtype=np.float32).copy()
        t = self._samples / AUDIO_RATE
        self._samples += len(samples)
        self.audioChunk.emit(samples, t)
