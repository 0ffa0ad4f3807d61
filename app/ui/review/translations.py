"""French (and future) translations of the review screens, through Qt's own translation system.

The `.ts` source lives in `app/ui/review/i18n/`. Refresh it with
`pyside6-lupdate -no-obsolete app/ui/review/*.py app/ui/review/pages/*.py app/ui/widgets/*.py app/ui/nav.py
app/ui/shortcuts_dialog.py -ts app/ui/review/i18n/rebond_review_fr.ts`, translate the new entries, then compile with
`pyside6-lrelease app/ui/review/i18n/rebond_review_fr.ts -qm app/ui/review/i18n/rebond_review_fr.qm`.
The practice screens (`app/ui/screens`, the main window) use the table of `app/ui/i18n.py`; both are installed
together by `app.ui.i18n.install`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def install_review_translator(language: str | None = None) -> QTranslator | None:
    """Install the review translator for `language` ("fr", "en"; default: the system locale). English needs none.

    Returns the installed translator (keep a reference; pass it to `QCoreApplication.removeTranslator` to undo).
    """
    lang = (language or QLocale.system().name()).split("_")[0].lower()
    if lang == "en":
        return None
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(str(I18N_DIR / f"rebond_review_{lang}.qm")):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
