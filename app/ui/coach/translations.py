"""French for the Coach section (and its entries in the navigation and settings), through Qt's translation system.

Source: `app/ui/coach/i18n/rebond_coach_fr.ts`. Refresh it with
`pyside6-lupdate -no-obsolete app/ui/coach/*.py app/ui/nav.py app/ui/settings_dialog.py -ts
app/ui/coach/i18n/rebond_coach_fr.ts`, translate the new entries (only the Coach ones of Nav and SettingsDialog: the
others are translated by the review .qm and the practice table), then
`pyside6-lrelease app/ui/coach/i18n/rebond_coach_fr.ts -qm app/ui/coach/i18n/rebond_coach_fr.qm`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def install_coach_translator(language: str) -> QTranslator | None:
    """Install the Coach translator for `language` ("fr"); None for English or a missing file."""
    if language != "fr":
        return None
    from app.ui.review.translations import TypographyTranslator

    inner = QTranslator(QCoreApplication.instance())
    if not inner.load(str(I18N_DIR / f"rebond_coach_{language}.qm")):
        return None
    translator = TypographyTranslator(inner, QCoreApplication.instance())
    QCoreApplication.installTranslator(translator)
    return translator
