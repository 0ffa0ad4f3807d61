"""The pre-flight check with the fake camera: the picture arrives with its light verdict, the voice level moves,
and "Say something" transcribes 3 s of the capture back; without a device it says what to do."""

from __future__ import annotations

import numpy as np
import pytest

from app.services.device_check import dark_luma, light_check


def test_light_check_uses_the_analysis_threshold():
    assert dark_luma() == 45.0  # thresholds.toml [vision] dark_luma, with its source there
    assert light_check(np.full((10, 10, 3), 20, np.uint8)).dark
    assert not light_check(np.full((10, 10, 3), 120, np.uint8)).dark


@pytest.fixture
def dialog(qtbot, tmp_path):
    from app.services.demo import demo_clip
    from app.ui.context import AppContext
    from app.ui.device_check import DeviceCheckDialog

    ctx = AppContext(fake_camera=demo_clip(), fake_speed=1.0)
    dlg = DeviceCheckDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.close()
    ctx.shutdown()


@pytest.mark.slow
def test_picture_level_and_say_something_with_the_fake_camera(qtbot, dialog, model_store):
    qtbot.waitUntil(lambda: "Picture received" in dialog.camera_state.text(), timeout=15000)
    assert dialog.preview._image is not None
    assert dialog.light_state.text() in ("Bright enough.",) or "Too dark" in dialog.light_state.text()
    qtbot.waitUntil(lambda: dialog.level.value() > 0, timeout=15000)
    dialog.say_something()
    qtbot.waitUntil(lambda: dialog.say_button.isEnabled(), timeout=60000)
    assert dialog.say_result.text().startswith("Understood"), dialog.say_result.text()


def test_without_a_device_it_says_what_to_do(qtbot):
    from app.ui.context import AppContext
    from app.ui.device_check import DeviceCheckDialog

    ctx = AppContext()
    ctx.capture = lambda: None
    ctx.camera_problem = ("No camera and no microphone were found. You can still import a recording made elsewhere "
                          "(File > Import a recording) or practise with a video file as a fake camera (--fake-camera).")
    dlg = DeviceCheckDialog(ctx)
    qtbot.addWidget(dlg)
    assert "Plug them in" in dlg.camera_state.text() and not dlg.say_button.isEnabled()
