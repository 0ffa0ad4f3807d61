"""Review tests: fail on top-level widgets left behind (the napari/Buzz habit)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_leaked_widgets(request):
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = {id(w) for w in app.topLevelWidgets()} if app else set()
    yield
    app = QApplication.instance()
    if app is None:
        return
    # deleteLater() is processed by the event loop: give it a turn before counting.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    # Qt's own tooltip label is created on demand and kept by Qt: not ours.
    leaked = [w for w in app.topLevelWidgets() if id(w) not in before and not w.inherits("QTipLabel")]
    assert not leaked, f"leaked top-level widgets: {[type(w).__name__ for w in leaked]}"
