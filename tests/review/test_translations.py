"""The review screens in French through Qt's translator; no English left in the main labels."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.ui.review.review_screen import ReviewScreen
from app.ui.review.translations import install_review_translator
from tests.review.fakes import fake_factory
from tests.review.reports import report


@pytest.fixture
def french(qapp):
    from PySide6.QtCore import QLocale

    from app.ui import i18n

    previous = QLocale()
    i18n.install(qapp, "fr")  # both translators, and current_language() == "fr"
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(previous)


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
    assert "entendus deux fois ou inventés ont été retirés de la transcription." in notes
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
    """Every warning code written anywhere in the analysis (`report_warning("code", ...)` in app/engine,
    `warning("code", ...)` of the vision analysis) has an English and a French text, and the interface shows the
    French one, parameters filled."""
    import ast
    from pathlib import Path

    from app.analysis.tips import templates
    from app.analysis.warnings import make_warning
    from app.ui.review.labels import warning_text

    root = Path(__file__).resolve().parents[2] / "app"
    codes = set()
    for path in list((root / "engine").glob("*.py")) + list((root / "analysis").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("report_warning", "warning")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                codes.add(node.args[0].value)
    assert len(codes) >= 17, sorted(codes)
    for code in sorted(codes):
        tpl = templates().get(f"warning_{code}") or templates().get(f"vision_warning_{code}")
        assert tpl and tpl.get("en") and tpl.get("fr") and tpl["fr"] != tpl["en"], code
        params = {"count": 2, "reason": "x", "readable_s": 3.9, "declared_s": 8.0, "language": "zh"}
        entry = make_warning(code, **{k: v for k, v in params.items() if "{" + k + "}" in tpl["en"]})
        shown = warning_text(entry)
        assert shown != entry["message"], (code, shown)
    with pytest.raises(KeyError):
        make_warning("not_a_code")
    with pytest.raises(KeyError):
        make_warning("asr_guard")  # its count is required


def test_warnings_of_older_reports_are_still_translated(french):
    from app.ui.review.labels import warning_text

    old = [{"code": "asr_guard", "message": "4 repeated or invented passage(s) removed from the transcript."},
           {"code": "no_speech", "message": "No words were recognised in the recording."},
           {"code": "no_face", "message": "No face was found in the video, so ..."}]
    shown = [warning_text(w) for w in old]
    # the transcript guard is told in plain words by the interface (not the analysis' wording)
    assert shown[0].startswith("Quelques mots que la reconnaissance vocale")
    assert shown[1].startswith("Aucun mot n’a été reconnu")
    assert shown[2].startswith("Aucun visage n'a été trouvé")


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
