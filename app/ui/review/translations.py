"""French typography for the interface's translations, and the translator of the review screens for callers that
only want those (the whole interface is installed by `app.ui.i18n.install`; the catalogue is `app/ui/locale`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "locale"
_NBSP = "\u00a0"
_BEFORE = re.compile(r" (?=[:;?!»])")
_AFTER = re.compile(r"(?<=«) ")


def french_typography(text: str) -> str:
    """Non-breaking spaces where French puts a space before : ; ? ! » and after «, so that a wrapped line never
    starts with the punctuation (as it did in the empty state of Compare)."""
    return _AFTER.sub(_NBSP, _BEFORE.sub(_NBSP, text))


class TypographyTranslator(QTranslator):
    """Answers with a loaded `.qm` translator's text, French typography applied."""

    def __init__(self, inner: QTranslator, parent=None) -> None:
        super().__init__(parent)
        self.inner = inner

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 (Qt signature)
        text = self.inner.translate(context, source_text, disambiguation, n)
        # None (a null QString) lets Qt ask the next translator; "" would stop the search.
        return french_typography(text) if text else None

    def isEmpty(self) -> bool:
        return self.inner.isEmpty()


def install_review_translator(language: str | None = None) -> QTranslator | None:
    """Install the review translator for `language` ("fr", "en"; default: the system locale). English needs none.

    Returns the installed translator (keep a reference; pass it to `QCoreApplication.removeTranslator` to undo).
    """
    lang = (language or QLocale.system().name()).split("_")[0].lower()
    if lang == "en":
        return None
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(str(I18N_DIR / f"rebond_{lang}.qm")):
        return None
    if lang == "fr":
        translator = TypographyTranslator(translator, QCoreApplication.instance())
    QCoreApplication.installTranslator(translator)
    return translator
