"""Before a real camera starts: ask for camera + microphone permission, and when refused say how to allow them.

`ensure_device_permissions(parent, retry)` is the one call the practice flow makes. It returns True when the devices
may be used now. Otherwise it returns False and carries on asynchronously: after the system prompt it calls `retry()`
if the user allowed the devices, or opens `PermissionDeniedDialog`, whose "Try again" also ends in `retry()`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.media.permissions import CAMERA, MICROPHONE, DevicePermissions, PermissionOutcome, settings_url


class PermissionDeniedDialog(QDialog):
    """What was refused, where to allow it on this system, and buttons to open that page or try again."""

    def __init__(self, denied: tuple[str, ...], parent: QWidget | None = None, *, platform: str | None = None,
                 open_url: Callable = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.denied = denied
        self.platform = platform or sys.platform
        self._open_url = open_url
        self.setWindowTitle(self.tr("Camera and microphone"))
        self.what = QLabel(self._what())
        self.how = QLabel(self._how())
        for label in (self.what, self.how):
            label.setWordWrap(True)
        self.what.setStyleSheet("font-weight: bold")
        buttons = QDialogButtonBox()
        self.settings_button = None
        if settings_url(denied[0], self.platform) is not None:
            # ActionRole: opening the settings page keeps this dialog open for "Try again".
            self.settings_button = buttons.addButton(self.tr("Open system settings"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
            self.settings_button.clicked.connect(self.open_settings)
        self.retry_button = buttons.addButton(self.tr("Try again"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.retry_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.how)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _what(self) -> str:
        if set(self.denied) >= {CAMERA, MICROPHONE}:
            return self.tr("Rebond is not allowed to use the camera and the microphone, so it cannot record your "
                           "answer.")
        if CAMERA in self.denied:
            return self.tr("Rebond is not allowed to use the camera, so it cannot record your answer.")
        return self.tr("Rebond is not allowed to use the microphone, so it cannot record your answer.")

    def _how(self) -> str:
        if self.platform == "darwin":
            how = self.tr("Open System Settings, then Privacy & Security, and turn on Rebond under Camera and under "
                          "Microphone. Then choose Try again.")
        elif self.platform == "win32":
            how = self.tr("Open Settings, then Privacy & security, Camera and Microphone, and let desktop apps use "
                          "them. Then choose Try again.")
        else:
            how = self.tr("Check that the camera is connected and not used by another app, and that your system's "
                          "privacy settings allow Rebond to use it. Then choose Try again.")
        return how + " " + self.tr("Recordings never leave your computer.")

    def open_settings(self) -> None:
        for kind in self.denied:
            url = settings_url(kind, self.platform)
            if url is not None:
                self._open_url(url)
                return


def ensure_device_permissions(parent: QWidget, retry: Callable[[], object], *, api=None,
                              kinds: tuple[str, ...] = (CAMERA, MICROPHONE)) -> bool:
    """True if the camera and microphone may be used now; otherwise ask or explain, and call `retry` once allowed."""
    perms = DevicePermissions(kinds, api=api, parent=parent)
    outcome = perms.check()
    if outcome is not None and outcome.granted:
        perms.deleteLater()
        return True

    def show_denied(result: PermissionOutcome) -> None:
        perms.deleteLater()
        if result.granted:
            retry()
            return
        dialog = PermissionDeniedDialog(result.denied, parent)
        dialog.accepted.connect(retry)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    if outcome is not None:
        show_denied(outcome)
    else:
        perms.resolved.connect(show_denied)
        perms.request()
    return False
