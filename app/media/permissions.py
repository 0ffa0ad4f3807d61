"""Camera and microphone permission through Qt's permission API, asked before a real capture starts.

macOS (and sandboxed Windows/Linux builds) gate the devices behind a per-app permission: Qt's `QCameraPermission` and
`QMicrophonePermission` report Undetermined / Granted / Denied, and `requestPermission` shows the system prompt (on
macOS only with the NS*UsageDescription keys of packaging/rebond.spec's Info.plist, else the app is terminated). Qt
answers Granted at once where the platform has no such gate (desktop Linux), so this costs nothing there.

The Qt calls go through `api` (by default the running QCoreApplication), so tests fake every status.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCameraPermission, QCoreApplication, QMicrophonePermission, QObject, Qt, QUrl, Signal

CAMERA = "camera"
MICROPHONE = "microphone"


def _permission(kind: str):
    return QCameraPermission() if kind == CAMERA else QMicrophonePermission()


@dataclass(frozen=True)
class PermissionOutcome:
    """Which devices the user refused (empty when everything needed is granted)."""

    denied: tuple[str, ...] = ()

    @property
    def granted(self) -> bool:
        return not self.denied


def settings_url(kind: str, platform: str | None = None) -> QUrl | None:
    """The system settings page where the user can allow the device, or None where there is no such page."""
    platform = platform or sys.platform
    if platform == "darwin":
        anchor = "Privacy_Camera" if kind == CAMERA else "Privacy_Microphone"
        return QUrl(f"x-apple.systempreferences:com.apple.preference.security?{anchor}")
    if platform == "win32":
        return QUrl("ms-settings:privacy-webcam" if kind == CAMERA else "ms-settings:privacy-microphone")
    return None


class DevicePermissions(QObject):
    """Checks, then if needed requests, each device permission in turn; emits `resolved(PermissionOutcome)` once.

    `check()` answers synchronously when nothing has to be asked (the usual case after the first run).
    """

    resolved = Signal(object)

    def __init__(self, kinds: tuple[str, ...] = (CAMERA, MICROPHONE), *, api=None, parent: QObject | None = None):
        super().__init__(parent)
        self.kinds = kinds
        self._api = api
        self._pending: list[str] = []
        self._denied: list[str] = []

    @property
    def api(self):
        return self._api or QCoreApplication.instance()

    def status(self, kind: str) -> Qt.PermissionStatus:
        return self.api.checkPermission(_permission(kind))

    def check(self) -> PermissionOutcome | None:
        """The outcome if every permission is already decided, else None (then call `request()`)."""
        statuses = {kind: self.status(kind) for kind in self.kinds}
        if any(s == Qt.PermissionStatus.Undetermined for s in statuses.values()):
            return None
        return PermissionOutcome(tuple(k for k, s in statuses.items() if s != Qt.PermissionStatus.Granted))

    def request(self) -> None:
        """Ask the system for each undecided permission, one prompt at a time; `resolved` follows."""
        self._pending = list(self.kinds)
        self._denied = []
        self._next()

    def _next(self) -> None:
        while self._pending:
            kind = self._pending[0]
            status = self.status(kind)
            if status == Qt.PermissionStatus.Undetermined:
                self.api.requestPermission(_permission(kind), self, self._answered)
                return  # resumes in _answered
            self._pending.pop(0)
            if status != Qt.PermissionStatus.Granted:
                self._denied.append(kind)
        self.resolved.emit(PermissionOutcome(tuple(self._denied)))

    def _answered(self, permission) -> None:
        kind = self._pending.pop(0)
        if permission.status() != Qt.PermissionStatus.Granted:
            self._denied.append(kind)
        self._next()
