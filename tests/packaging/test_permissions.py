"""Camera/microphone permission flow with every status faked (Qt answers Granted at once on desktop Linux)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.media.permissions import CAMERA, MICROPHONE, DevicePermissions, settings_url
from app.ui.permission_dialog import PermissionDeniedDialog, ensure_device_permissions

G, D, U = Qt.PermissionStatus.Granted, Qt.PermissionStatus.Denied, Qt.PermissionStatus.Undetermined


class FakeStatus:
    def __init__(self, status):
        self._status = status

    def status(self):
        return self._status


class FakeApi:
    """checkPermission/requestPermission like QCoreApplication; the 'system prompt' answers with `answers`."""

    def __init__(self, camera, microphone, answers=None):
        self.statuses = {CAMERA: camera, MICROPHONE: microphone}
        self.answers = answers or {}
        self.requested: list[str] = []

    @staticmethod
    def _kind(permission) -> str:
        return CAMERA if type(permission).__name__ == "QCameraPermission" else MICROPHONE

    def checkPermission(self, permission):
        return self.statuses[self._kind(permission)]

    def requestPermission(self, permission, context, functor):
        kind = self._kind(permission)
        self.requested.append(kind)
        self.statuses[kind] = self.answers.get(kind, G)
        functor(FakeStatus(self.statuses[kind]))


def test_granted_needs_no_prompt_and_no_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    calls = []
    api = FakeApi(G, G)
    assert ensure_device_permissions(parent, lambda: calls.append(1), api=api) is True
    assert api.requested == [] and calls == []
    assert parent.findChildren(PermissionDeniedDialog) == []


def test_undetermined_asks_each_device_then_retries_when_allowed(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    calls = []
    api = FakeApi(U, U, answers={CAMERA: G, MICROPHONE: G})
    assert ensure_device_permissions(parent, lambda: calls.append("retry"), api=api) is False
    assert api.requested == [CAMERA, MICROPHONE]
    assert calls == ["retry"]
    assert parent.findChildren(PermissionDeniedDialog) == []


def test_refused_at_the_prompt_shows_the_way_forward(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    calls = []
    api = FakeApi(G, U, answers={MICROPHONE: D})
    assert ensure_device_permissions(parent, lambda: calls.append("retry"), api=api) is False
    dialogs = parent.findChildren(PermissionDeniedDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    assert dialog.denied == (MICROPHONE,)
    assert "microphone" in dialog.what.text() and "camera" not in dialog.what.text()
    assert calls == []
    # The user allows it in the system settings, then chooses Try again: the practice is started again.
    dialog.retry_button.click()
    assert calls == ["retry"]


def test_denied_before_no_prompt_and_cancel_does_nothing(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    calls = []
    api = FakeApi(D, D)
    assert ensure_device_permissions(parent, lambda: calls.append("retry"), api=api) is False
    assert api.requested == []  # the system will not prompt again: explain instead
    dialog = parent.findChildren(PermissionDeniedDialog)[0]
    assert "camera and the microphone" in dialog.what.text()
    dialog.cancel_button.click()
    assert calls == [] and not dialog.isVisible()


def test_settings_button_per_platform(qtbot):
    opened = []
    mac = PermissionDeniedDialog((CAMERA,), platform="darwin", open_url=opened.append)
    qtbot.addWidget(mac)
    assert mac.settings_button is not None
    assert "System Settings" in mac.how.text() and "never leave your computer" in mac.how.text()
    mac.settings_button.click()
    assert opened and opened[0].toString().startswith("x-apple.systempreferences:")
    assert mac.result() == 0  # still open for "Try again"
    win = PermissionDeniedDialog((MICROPHONE,), platform="win32", open_url=opened.append)
    qtbot.addWidget(win)
    win.settings_button.click()
    assert opened[-1].toString() == "ms-settings:privacy-microphone"
    linux = PermissionDeniedDialog((CAMERA,), platform="linux")
    qtbot.addWidget(linux)
    assert linux.settings_button is None  # no settings page to open: the text says what to check
    assert settings_url(CAMERA, "linux") is None


def test_check_reports_undecided_as_none(qtbot):
    perms = DevicePermissions(api=FakeApi(G, U))
    assert perms.check() is None
    assert DevicePermissions(api=FakeApi(G, D)).check().denied == (MICROPHONE,)


def test_the_real_qt_api_answers_on_this_platform(qtbot):
    """Without a fake: Qt's own answer (Granted on desktop Linux, where there is no permission gate)."""
    outcome = DevicePermissions().check()
    if sys.platform.startswith("linux"):
        assert outcome is not None and outcome.granted
    else:
        assert outcome is None or isinstance(outcome.denied, tuple)
