"""One translation system for the whole interface: Qt Linguist.

Every user-visible string of `app/ui` goes through `self.tr(...)` or `QCoreApplication.translate(context, ...)`;
`pyside6-lupdate` collects them into `app/ui/locale/rebond_fr.ts`, translated there and compiled to `rebond_fr.qm`
(see `app/ui/locale/README.md` for the two commands). Qt's own French (`qtbase_fr.qm`, shipped in PySide6's
translations folder) translates the standard dialogs and buttons (Cancel, Save, the file dialog).

English is the source language, so an English interface needs no translator. On first run the interface language
follows the system locale (`Settings.ui_language()`); changing it in Settings offers a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("en", "fr")

_installed: list[QTranslator] = []


def _load(path: Path, parent) -> QTranslator | None:
    translator = QTranslator(parent)
    return translator if translator.load(str(path)) else None


def install(app: QCoreApplication, language: str) -> None:
    """Use `language` ("en" or "fr") for the interface; idempotent, and undoes a previous call.

    Numbers follow the interface language too (the default QLocale): "1,5 s" in French, "1.5 s" in English,
    whatever the system locale."""
    from app.ui.review.translations import TypographyTranslator

    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = language if language in LANGUAGES else "en"
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France) if lang == "fr"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang == "en":
        return
    ours = _load(LOCALE_DIR / f"rebond_{lang}.qm", app)
    if ours is not None:
        # French typography (non-breaking space before : ; ? !) applied to every text we answer with
        _installed.append(TypographyTranslator(ours, app))
    qt_own = _load(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm", app)
    if qt_own is not None:
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)


def current_language() -> str:
    """The interface language in use: "fr" or "en"."""
    return "fr" if _installed else "en"


def status_text(text: str) -> str:
    """Translate a status label (see `STATUS_TEXT` in `screens/session_table.py`)."""
    return QCoreApplication.translate("status", text)
