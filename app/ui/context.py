"""What every screen shares: the store, the settings, the analysis queue, the task manager and the camera."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject

from app.core.errors import RebondError
from app.services.analysis_queue import AnalysisQueue
from app.services.sessions import Store
from app.services.settings import Key, Settings
from app.services.tasks import TaskManager

log = logging.getLogger(__name__)


class AppContext(QObject):
    """Created once by the main window. `capture()` opens the camera on first use (fake or real)."""

    def __init__(self, *, store: Store | None = None, settings: Settings | None = None,
                 fake_camera: Path | None = None, fake_speed: float = 1.0, analyzer: str | None = None,
                 live_factory=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store or Store()
        self.settings = settings or Settings()
        self.fake_camera = fake_camera
        self.fake_speed = fake_speed
        # builds the live analysis of each answer (tests inject a fast one); None: the setting and the engine's own
        self.live_factory = live_factory
        self.queue = AnalysisQueue(self.store, **({"analyzer": analyzer} if analyzer else {}), parent=self)
        self.tasks = TaskManager(self)
        self._capture = None  # Capture, created on first use (keeps PyAV/QtMultimedia off the start-up path)
        self.camera_problem: str | None = None

    def capture(self):
        """The capture pipeline, or None with `camera_problem` set to a friendly sentence."""
        if self._capture is not None:
            return self._capture
        from app.media.capture import Capture

        try:
            if self.fake_camera:
                from app.media.fake_camera import FakeCamera

                source = FakeCamera(self.fake_camera, speed=self.fake_speed, parent=self)
            else:
                from app.media.devices import DeviceCamera

                source = DeviceCamera(self.settings.get(Key.CAMERA) or None,
                                      self.settings.get(Key.MICROPHONE) or None, parent=self)
            self._capture = Capture(source, parent=self)
            self.camera_problem = None
        except RebondError as err:
            self.camera_problem = err.user_text()
        return self._capture

    def camera_label(self) -> str:
        from PySide6.QtCore import QCoreApplication

        if self.fake_camera:
            return QCoreApplication.translate("AppContext", "Practising with a video file: %1").replace(
                "%1", self.fake_camera.name)
        return QCoreApplication.translate("AppContext", "Camera and microphone from your settings")

    def shutdown(self) -> None:
        """Stop the camera, finish recordings, kill analysis children (their answers are recovered next start)."""
        if self._capture is not None:
            self._capture.stop()
            self._capture.wait_closed()
        self.queue.shutdown()
        self.tasks.wait(5000)
