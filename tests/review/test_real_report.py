"""A report produced by the real speech analysis on the shipped demo answer (audio only) opens in every view."""

from __future__ import annotations

from app.analysis.compare import compare_reports
from app.analysis.metric_cards import build_cards
from app.analysis.timeline_marks import build_marks, lane_available
from app.ui.review.review_screen import ReviewScreen
from tests.review.fakes import fake_factory
from tests.review.reports import report


def test_real_speech_report_marks_and_cards():
    rep = report("demo_answer_en.speech")
    marks = build_marks(rep)
    assert [m.label for m in marks if m.lane == "fillers"] == [e["form"] for e in rep["fillers"]["events"]]
    assert [m.label for m in marks if m.lane == "star"] == [s["part"] for s in rep["star"]["spans"]]
    assert not lane_available(rep, "eye_contact")  # audio only: the lane says "not analysed", not "none"
    cards = {c.id: c for c in build_cards(rep, thresholds_text="")}
    assert cards["wpm"].value == rep["pace"]["wpm"] and cards["eye_contact"].value is None
    assert cards["pitch_variation"].value == rep["voice"]["pitch_sd_semitones"]
    assert compare_reports(rep, report("answer_short"), thresholds_text="")


def test_real_speech_report_in_the_review_screen(qtbot):
    rep = report("demo_answer_en.speech")
    w = ReviewScreen(rep, None, "Q", None, player_factory=fake_factory([]))
    qtbot.addWidget(w)
    w.show()
    assert w.star.evidence_label("S") is None and w.star.evidence_label("A").text().count("href=") == 2
    assert w.transcript.toPlainText() == rep["transcript"]["text"]
