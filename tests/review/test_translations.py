"""The review screens in French through Qt's translator; no English left in the main labels."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from app.ui.review.review_screen import ReviewScreen
from app.ui.review.translations import install_review_translator
from tests.review.fakes import fake_factory
from tests.review.reports import report


@pytest.fixture
def french(qapp):
    translator = install_review_translator("fr")
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)


def test_review_screen_in_french(qtbot, french):
    w = ReviewScreen(report("answer_short"), None, "Parlez-moi d'un processus amélioré.", None,
                     player_factory=fake_factory([]))
    qtbot.addWidget(w)
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["Transcription", "STAR", "Mesures"]
    assert w.timeline._lane_titles["eye_contact"] == "Regard perdu"
    mark = next(m for m in w.marks if m.kind == "filler")
    assert w.timeline._describe(mark) == "Remplissage\u00a0: «\u00a0um\u00a0»"  # no line starts with ':' or '»'


def test_pdf_in_french(qtbot, french, tmp_path):
    from app.ui.review.pdf_export import export_answer_pdf

    out = export_answer_pdf(tmp_path / "fr.pdf", report("answer_short"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "Conseils principaux" in text and "Grille STAR" in text and "Mots de remplissage par minute" in text


def test_english_needs_no_translator(qapp):
    assert install_review_translator("en") is None
    assert install_review_translator("xx") is None


def test_numbers_follow_the_locale(qapp):
    from PySide6.QtCore import QLocale

    from app.ui.review.style import fmt_precise, fmt_value

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French))
        assert fmt_value(6.94) == "6,9" and fmt_value(128.4) == "128" and fmt_precise(3.04) == "3,04"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert fmt_value(6.94) == "6.9" and fmt_value(None) == "–"
    finally:
        QLocale.setDefault(previous)


def test_analysis_warnings_shown_in_french(qtbot, french):
    rep = report("answer_short")
    rep["warnings"] = [{"code": "asr_guard", "message": "3 repeated or invented passage(s) removed from the transcript."},
                       {"code": "no_audio", "message": "The file has no sound track: speech was not analysed."},
                       {"code": "future", "message": "Something new."}]
    w = ReviewScreen(rep, None, "Question", None, player_factory=fake_factory([]))
    qtbot.addWidget(w)
    from PySide6.QtWidgets import QLabel

    notes = w.findChild(QLabel, "reviewNotes").text()
    assert "3 passage(s) répété(s) ou inventé(s) retiré(s) de la transcription." in notes
    assert "Le fichier n’a pas de piste son" in notes
    assert "Something new." in notes  # an unknown warning is still shown, as the analysis wrote it
    assert "removed from the transcript" not in notes


def test_french_punctuation_never_starts_a_line(qtbot, french):
    from app.ui.review.labels import labelled
    from app.ui.review.translations import french_typography

    assert labelled("<b>Résultat</b>", "non") == "<b>Résultat</b>\u00a0: non"
    assert french_typography("« S'entraîner » ; vraiment ? oui !") == "«\u00a0S'entraîner\u00a0»\u00a0; vraiment\u00a0? oui\u00a0!"
    assert french_typography("style='color: red' a:b") == "style='color: red' a:b"  # no space before: untouched


def test_every_warning_the_analysis_writes_has_a_french_text(french):
    """`warning_text` recognises warnings by their English message: a message reworded in the engine without the
    matching entry would quietly stay English in the French interface. Every literal message is checked here."""
    import ast
    from pathlib import Path

    from app.ui.review.labels import warning_text

    engine = Path(__file__).resolve().parents[2] / "app" / "engine"
    messages = []
    for path in engine.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "report_warning"
                    and len(node.args) == 2 and isinstance(node.args[0], ast.Constant)):
                msg = node.args[1]
                messages.append((node.args[0].value, msg.value if isinstance(msg, ast.Constant) else "2 passages"))
    assert len(messages) >= 8
    untranslated = [(code, m) for code, m in messages if warning_text({"code": code, "message": m}) == m]
    assert not untranslated, untranslated


def test_the_interface_language_sets_how_numbers_are_written(qapp):
    from PySide6.QtCore import QLocale

    from app.analysis.timeline_marks import Mark
    from app.ui import i18n
    from app.ui.review.labels import describe_mark

    previous = QLocale()
    try:
        i18n.install(qapp, "fr")
        assert QLocale().decimalPoint() == ","
        text = describe_mark(Mark(kind="lookaway", lane="eye_contact", start=3.0, end=4.5, label="away"))
        assert "1,5\u00a0s" in text or "1,5 s" in text, text
        i18n.install(qapp, "en")
        assert QLocale().decimalPoint() == "."
        assert "1.5 s" in describe_mark(Mark(kind="lookaway", lane="eye_contact", start=3.0, end=4.5, label="away"))
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(previous)
