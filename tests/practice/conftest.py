import pytest

from tests.practice.clips import make_test_clip

FAKE_OK = "tests.practice.fake_analyzer:analyze_ok"


@pytest.fixture(scope="session")
def test_clip(tmp_path_factory):
    return make_test_clip(tmp_path_factory.mktemp("clips") / "clip.mkv", seconds=2.0)


@pytest.fixture
def no_leaked_windows(qapp):
    """Fails the test if it leaves top-level widgets behind (after deferred deletes ran)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    before = set(map(id, qapp.topLevelWidgets()))
    yield
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if id(w) not in before]
    assert not leaked, f"leaked top-level widgets: {leaked}"


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """Create pytest-qt's QApplication first, so headless code in the same process reuses it."""
    return qapp
