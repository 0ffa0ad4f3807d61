"""First run without a terminal: offer to download the analysis models that are missing or damaged.

Shown by `offer_model_download(window, tasks)` when the main window opens. The download runs through
`app.services.model_fetch.ModelFetchService` (off the GUI thread, sha256 of every file checked by the model store),
with a progress bar and Cancel; offline, it says so plainly and offers Try again. The window stays usable meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.services.model_fetch import MissingModels, ModelFetchService, missing_models
from app.services.tasks import TaskManager


class ModelDownloadDialog(QDialog):
    """States: offer -> downloading -> (closed when done) | failed (Try again) | cancelled (offer again)."""

    def __init__(self, missing: MissingModels, service: ModelFetchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.missing = missing
        self.service = service
        self.state = "offer"
        self.setWindowTitle(self.tr("Download the analysis models"))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox()
        self.download_button = self.buttons.addButton(self.tr("Download"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel download"), QDialogButtonBox.ButtonRole.ActionRole)
        self.download_button.clicked.connect(self.start)
        self.later_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.detail, self.bar, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
        service.progress.connect(self._on_progress)
        service.finished.connect(self._on_finished)
        service.failed.connect(self._on_failed)
        service.cancelled.connect(self._on_cancelled)
        self._show_offer()

    # ---- the sentence the user sees first, and again when offline
    def _need_text(self) -> str:
        return self.tr("Rebond needs to download %1 MB once; no recordings ever leave your computer.").replace(
            "%1", str(self.missing.megabytes))

    def _show_offer(self) -> None:
        self.state = "offer"
        self.headline.setText(self._need_text())
        self.detail.setText(self.tr("These are the speech recognition and face and posture tracking models. Each "
                                    "file is checked against its published checksum before it is used."))
        self._buttons(download=self.tr("Download"))

    def _buttons(self, *, download: str | None = None, cancel: bool = False) -> None:
        self.download_button.setVisible(download is not None)
        if download is not None:
            self.download_button.setText(download)
            self.download_button.setDefault(True)
        self.later_button.setVisible(not cancel)
        self.cancel_button.setVisible(cancel)
        self.bar.setVisible(cancel)

    # ---- actions
    def start(self) -> None:
        self.state = "downloading"
        self.headline.setText(self.tr("Downloading the analysis models…"))
        self.detail.setText("")
        self.bar.setValue(0)
        self._buttons(cancel=True)
        self.service.start(self.missing.ids)

    def cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.detail.setText(self.tr("Cancelling…"))
        self.service.cancel()

    def reject(self) -> None:
        if self.service.running:  # closing the window while downloading means cancel, not "keep going unseen"
            self.cancel()
            return
        super().reject()

    # ---- service signals (GUI thread)
    def _on_progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(round(max(0.0, min(1.0, fraction)) * 1000)))
        self.detail.setText(message)

    def _on_finished(self) -> None:
        self.state = "done"
        self.accept()

    def _on_failed(self, message: str, offline: bool) -> None:
        self.state = "failed"
        self.cancel_button.setEnabled(True)
        if offline:
            self.headline.setText(self.tr("You seem to be offline.") + " " + self._need_text())
            self.detail.setText(self.tr("Connect to the internet, then choose Try again."))
        else:
            self.headline.setText(self.tr("The download did not complete."))
            self.detail.setText(message)
        self._buttons(download=self.tr("Try again"))

    def _on_cancelled(self) -> None:
        self.cancel_button.setEnabled(True)
        self._show_offer()


def offer_model_download(parent: QWidget, tasks: TaskManager, *, fetcher=None, store=None) -> ModelDownloadDialog | None:
    """Open the download dialog (window-modal, non-blocking) if a default model is missing or damaged."""
    missing = missing_models(store)
    if not missing.ids:
        return None
    service = ModelFetchService(tasks, fetcher=fetcher, store=store, parent=parent)
    dialog = ModelDownloadDialog(missing, service, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
