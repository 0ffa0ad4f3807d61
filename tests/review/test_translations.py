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
    assert w.timeline._describe(mark) == "Remplissage : « um »"


def test_pdf_in_french(qtbot, french, tmp_path):
    from app.ui.review.pdf_export import export_answer_pdf

    out = export_answer_pdf(tmp_path / "fr.pdf", report("answer_short"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "Conseils principaux" in text and "Grille STAR" in text and "Mots de remplissage par minute" in text


def test_english_needs_no_translator(qapp):
    assert install_review_translator("en") is None
    assert install_review_translator("xx") is None
