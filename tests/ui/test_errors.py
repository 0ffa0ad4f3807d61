"""The GUI's exception hook: an exception in a slot (or a worker thread) is logged and shows one friendly,
translated dialog; `error_text` is the one way an error becomes text."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core.errors import RebondError


def _dialogs():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "unexpectedErrorDialog" and w.isVisible()]


@pytest.fixture
def hook(qtbot):
    from app.ui import excepthook

    parent = QWidget()
    qtbot.addWidget(parent)
    reporter = excepthook.install(parent)
    yield reporter
    for box in _dialogs():
        box.close()
    excepthook.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shows_one_dialog(qtbot, hook, caplog):
    def broken_slot() -> None:
        raise ValueError("boom in a slot")

    with caplog.at_level(logging.ERROR, logger="rebond.crash"):
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(0, broken_slot)  # a second one while the first dialog is open: no second dialog
        qtbot.waitUntil(lambda: bool(_dialogs()), timeout=3000)
        qtbot.wait(100)
    [box] = _dialogs()
    assert "boom" not in box.text() and "Traceback" not in box.text()  # friendly, no developer text
    assert "Something unexpected went wrong" in box.text()
    assert hook.shown == 1
    records = [r for r in caplog.records if r.name == "rebond.crash"]
    assert len(records) == 2 and records[0].exc_info[0] is ValueError


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_reaches_the_dialog_on_the_gui_thread(qtbot, hook, caplog):
    def work() -> None:
        raise RuntimeError("worker failed")

    with caplog.at_level(logging.ERROR, logger="rebond.crash"):
        t = threading.Thread(target=work, name="test-worker")
        t.start()
        t.join()
        qtbot.waitUntil(lambda: bool(_dialogs()), timeout=3000)
    assert any("test-worker" in r.getMessage() for r in caplog.records)


def test_error_text_in_french(qapp):
    from app.ui import i18n
    from app.ui.messages import error_text, message_text

    i18n.install(qapp, "fr")
    try:
        assert error_text(RebondError("The microphone could not be opened (permission denied or in use).")).startswith("Le micro")
        assert error_text(KeyError("x")).startswith("Un problème inattendu")
        # the no-camera sentence never mentions a command-line option
        no_devices = message_text("No camera and no microphone were found. You can still import a recording made "
                                  "elsewhere (File > Import a recording) or practise with a video file as a fake "
                                  "camera (--fake-camera).")
        assert "--fake-camera" not in no_devices and no_devices.startswith("Aucune caméra")
    finally:
        i18n.install(qapp, "en")
    assert "--fake-camera" not in message_text(
        "No camera and no microphone were found. You can still import a recording made elsewhere "
        "(File > Import a recording) or practise with a video file as a fake camera (--fake-camera).")
