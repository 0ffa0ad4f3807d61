"""Help > About: version, privacy in one sentence, and the licence of this copy with the third-party notices."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app import __version__

NOTICES = "THIRD_PARTY_NOTICES.md"


def is_bundle() -> bool:
    """True in the distributed one-folder app (PyInstaller), False in a pip install or a checkout."""
    return bool(getattr(sys, "frozen", False))


def notices_text() -> str:
    """THIRD_PARTY_NOTICES.md from wherever this copy carries it ("" if it cannot be found)."""
    candidates = []
    if is_bundle():
        candidates.append(Path(getattr(sys, "_MEIPASS", "")) / NOTICES)
    try:
        dist = importlib.metadata.distribution("rebond")
        for name in (f"licenses/{NOTICES}", NOTICES):
            text = dist.read_text(name)
            if text:
                return text
    except importlib.metadata.PackageNotFoundError:
        pass
    candidates.append(Path(__file__).resolve().parents[2] / NOTICES)  # a source checkout
    for path in candidates:
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            continue
    return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, bundle: bool | None = None) -> None:
        super().__init__(parent)
        bundle = is_bundle() if bundle is None else bundle
        self.setWindowTitle(self.tr("About Rebond"))
        title = QLabel(f"<h2>Rebond {__version__}</h2>")
        self.summary = QLabel(self.tr("Practise job interviews with video self-review. Everything stays on your "
                                      "computer: no account, no cloud, no telemetry."))
        if bundle:
            licence = self.tr("This copy of Rebond is distributed under the GNU General Public License, version 3 or "
                              "later (GPL-3.0-or-later), because it includes GPL components (PyAV's libx264 and "
                              "libx265, Praat through praat-parselmouth). Rebond's own source code is under the MIT "
                              "licence. The notices below list every component and its licence.")
        else:
            licence = self.tr("Rebond's source code is under the MIT licence. The libraries installed with it keep "
                              "their own licences (praat-parselmouth is GPL-3.0-or-later); the notices below list "
                              "them. The installable app, which bundles them, is distributed under GPL-3.0-or-later.")
        self.licence = QLabel(licence)
        for label in (self.summary, self.licence):
            label.setWordWrap(True)
        self.notices = QTextBrowser()
        self.notices.setOpenExternalLinks(True)
        text = notices_text()
        if text:
            self.notices.setMarkdown(text)
        else:
            self.notices.setPlainText(self.tr("The third-party notices file is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, self.summary, self.licence, self.notices, buttons):
            layout.addWidget(widget)
        self.resize(640, 560)
