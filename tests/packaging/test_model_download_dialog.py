"""First-run model download dialog, offscreen, with a fake fetcher (no network)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from app.core.errors import FetchError
from app.ml.model_manifest import parse_manifest
from app.ml.model_store import ModelStore, sha256_of
from app.services.model_fetch import missing_models
from app.services.tasks import TaskManager
from app.ui.model_download_dialog import ModelDownloadDialog, offer_model_download

MANIFEST = """
[[model]]
id = "tiny-a"
default = true
  [[model.files]]
  name = "a.bin"
  size = 3
  sha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
  [[model.sources]]
  type = "url"
  base = "https://example.invalid/"

[[model]]
id = "tiny-b"
default = true
  [[model.files]]
  name = "b.bin"
  size = 5_000_000
  sha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
  [[model.sources]]
  type = "url"
  base = "https://example.invalid/"

[[model]]
id = "optional"
default = false
  [[model.files]]
  name = "c.bin"
  size = 1
  sha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
  [[model.sources]]
  type = "url"
  base = "https://example.invalid/"
"""


def _store(tmp_path) -> ModelStore:
    return ModelStore(tmp_path / "models", parse_manifest(MANIFEST))


class FakeFetcher:
    """Writes the right bytes for tiny-a (so the real verification passes) and reports progress like the store."""

    def __init__(self, store: ModelStore, *, fail: Exception | None = None, gate: threading.Event | None = None):
        self.store, self.fail, self.gate, self.calls = store, fail, gate, []

    def __call__(self, model_id, *, progress, cancel):
        self.calls.append(model_id)
        progress(0.5, f"{model_id}: downloading")
        if self.gate is not None:
            self.gate.wait(5)
        cancel.check()
        if self.fail is not None:
            raise self.fail
        progress(1.0, f"{model_id}: ready")
        return self.store.path(model_id)


def test_missing_models_counts_default_models_only(tmp_path):
    store = _store(tmp_path)
    missing = missing_models(store)
    assert missing.ids == ("tiny-a", "tiny-b")
    assert missing.megabytes == 5
    folder = store.folder(store.spec("tiny-a"))
    folder.mkdir(parents=True)
    (folder / "a.bin").write_bytes(b"abc")  # sha256("abc") is the pinned hash
    assert sha256_of(folder / "a.bin") == store.spec("tiny-a").files[0].sha256
    assert missing_models(store).ids == ("tiny-b",)
    (folder / "a.bin").write_bytes(b"abd")  # same size, other bytes, newer mtime: fails verification again
    assert "tiny-a" in missing_models(store).ids


def test_no_dialog_when_everything_verifies(qtbot, tmp_path):
    store = ModelStore(tmp_path / "models", {})
    parent = QWidget()
    qtbot.addWidget(parent)
    assert offer_model_download(parent, TaskManager(parent), store=store) is None


def test_offer_download_progress_then_done(qtbot, tmp_path):
    store = _store(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskManager(parent)
    fetcher = FakeFetcher(store)
    dialog = offer_model_download(parent, tasks, fetcher=fetcher, store=store)
    assert isinstance(dialog, ModelDownloadDialog) and dialog.isVisible()
    assert dialog.headline.text() == "Rebond needs to download 5 MB once; no recordings ever leave your computer."
    assert dialog.download_button.isVisible() and not dialog.cancel_button.isVisible()
    seen = []
    dialog.service.progress.connect(lambda f, m: seen.append(round(f, 2)))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.download_button.click()
    assert fetcher.calls == ["tiny-a", "tiny-b"]
    assert seen == [0.25, 0.5, 0.75, 1.0]  # overall progress across the two models
    assert dialog.state == "done"
    tasks.wait(2000)


def test_offline_says_so_plainly_and_try_again_works(qtbot, tmp_path):
    store = _store(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskManager(parent)
    fetcher = FakeFetcher(store, fail=FetchError("https://example.invalid/a.bin unreachable ([Errno -2] Name or "
                                                 "service not known)"))
    dialog = offer_model_download(parent, tasks, fetcher=fetcher, store=store)
    with qtbot.waitSignal(dialog.service.failed, timeout=5000):
        dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=2000)
    assert dialog.headline.text().startswith("You seem to be offline.")
    assert "needs to download 5 MB once; no recordings ever leave your computer" in dialog.headline.text()
    assert dialog.download_button.text() == "Try again" and dialog.download_button.isVisible()
    fetcher.fail = None
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.download_button.click()
    tasks.wait(2000)


def test_other_failure_shows_the_reason(qtbot, tmp_path):
    store = _store(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskManager(parent)
    fetcher = FakeFetcher(store, fail=FetchError("a.bin has sha256 0000…, expected ba78… (file discarded)"))
    dialog = offer_model_download(parent, tasks, fetcher=fetcher, store=store)
    with qtbot.waitSignal(dialog.service.failed, timeout=5000):
        dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=2000)
    assert dialog.headline.text() == "The download did not complete."
    assert "sha256" in dialog.detail.text()
    tasks.wait(2000)


def test_cancel_stops_the_worker_and_offers_again(qtbot, tmp_path):
    store = _store(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskManager(parent)
    gate = threading.Event()
    fetcher = FakeFetcher(store, gate=gate)
    dialog = offer_model_download(parent, tasks, fetcher=fetcher, store=store)
    dialog.download_button.click()
    assert dialog.cancel_button.isVisible() and dialog.bar.isVisible()
    dialog.reject()  # closing the window while downloading cancels instead of hiding a running download
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.service.cancelled, timeout=5000):
        gate.set()
    qtbot.waitUntil(lambda: dialog.state == "offer", timeout=2000)
    assert fetcher.calls == ["tiny-a"]  # the second model was never started
    assert dialog.download_button.isVisible()
    dialog.reject()
    assert not dialog.isVisible()
    tasks.wait(2000)


def test_french_texts(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from app.ui import i18n

    i18n.install(QApplication.instance(), "fr")
    try:
        store = _store(tmp_path)
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = offer_model_download(parent, TaskManager(parent), fetcher=FakeFetcher(store), store=store)
        assert "Rebond doit télécharger 5" in dialog.headline.text()
        assert "aucun enregistrement ne quitte votre ordinateur" in dialog.headline.text()
        assert dialog.download_button.text() == "Télécharger"
        dialog.reject()
    finally:
        i18n.install(QApplication.instance(), "en")
