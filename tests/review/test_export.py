"""PDF and CSV export of one answer: the PDF is readable and says what the report says."""

from __future__ import annotations

import csv
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from app.core.errors import InputError
from app.ui.review.csv_export import COLUMNS, rows_from_reports, write_metrics_csv
from app.ui.review.pdf_export import export_answer_pdf
from tests.review.reports import report


def _pdf_text(path) -> str:
    reader = PdfReader(str(path))
    # NFKC folds the "ﬁ" ligature the PDF font uses back into "fi"
    return " ".join(" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in reader.pages)


def test_pdf_has_question_tips_metrics_star_and_transcript(qtbot, tmp_path):
    rep = report("answer_short")
    out = export_answer_pdf(tmp_path / "answer.pdf", rep, question="Tell me about a time you improved a process.",
                            question_note="Name a measured result.", when=date(2026, 11, 25))
    text = _pdf_text(out)
    assert "Tell me about a time you improved a process." in text
    assert "2026-11-25" in text
    for tip in rep["tips"]:
        assert " ".join(tip["text"].split()) in text
    assert "Fillers per minute" in text and f"{rep['fillers']['per_minute']:.1f}" in text
    assert "STAR checklist" in text and "Result quantified: yes" in text
    assert "As a result the build time dropped by 40 percent." in text
    assert "Filler: “basically”" in text
    assert len(PdfReader(str(out)).pages) >= 1


def test_pdf_of_a_written_answer_has_no_timeline(qtbot, tmp_path):
    text = _pdf_text(export_answer_pdf(tmp_path / "w.pdf", report("answer_text")))
    assert "Interview answer review" in text and "Timeline" not in text
    assert "Unfortunately my manager was not helpful." in text


def test_pdf_in_accessibility_mode_has_no_eye_contact(qtbot, tmp_path):
    text = _pdf_text(export_answer_pdf(tmp_path / "a.pdf", report("answer_2min"), accessibility=True))
    assert "Eye contact" not in text and "Looked away" not in text
    assert "Fillers per minute" in text


def test_pdf_to_an_unwritable_place_is_a_clear_error(qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="Cannot write the PDF"):
        export_answer_pdf(blocker / "sub" / "a.pdf", report("answer_short"))


def test_csv_has_one_row_per_answer_with_the_metrics(tmp_path):
    items = [(report("answer_short"), {"session_id": "s1", "answer": 1, "date": "2026-11-20", "question": "Q1"}),
             (report("answer_text"), {"session_id": "s1", "answer": 2, "date": "2026-11-20", "question": "Q, été"})]
    path = tmp_path / "m.csv"
    assert write_metrics_csv(path, rows_from_reports(items)) == 2
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [h for _, h in COLUMNS]
    assert float(rows[0]["fillers_per_min"]) == items[0][0]["fillers"]["per_minute"]
    assert float(rows[0]["eye_contact_pct"]) == 78.0
    assert rows[1]["question"] == "Q, été" and rows[1]["words_per_min"] == "" and rows[1]["eye_contact_pct"] == ""
    assert float(rows[1]["star_completeness_pct"]) == 100.0


def test_session_pdf_puts_each_answer_on_its_own_pages(qtbot, tmp_path):
    from app.ui.review.pdf_export import export_session_pdf

    answers = [{"report": report("answer_short"), "question": "First question?"},
               {"report": report("answer_short_retry"), "question": "Second question?"}]
    out = export_session_pdf(tmp_path / "s.pdf", answers, title="Session")
    pages = [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in PdfReader(str(out)).pages]
    first = next(i for i, t in enumerate(pages) if "First question?" in t)
    second = next(i for i, t in enumerate(pages) if "Second question?" in t)
    assert second > first and pages[second].startswith("Second question?")
    assert "in one month." in " ".join(pages[second:])


def test_pdf_with_the_recording_has_captioned_key_frames(qtbot, tmp_path):
    from app.analysis.timeline_marks import build_marks, key_moments
    from tests.review.fakes import tiny_video

    rep = report("answer_2min")
    video = tiny_video(tmp_path / "a.mp4", rep["duration_s"], fps=5)
    text = _pdf_text(export_answer_pdf(tmp_path / "k.pdf", rep, media_path=video))
    moments = key_moments(build_marks(rep))
    assert "Key frames" in text and len(moments) == 4
    assert "1:28 — Slouching" in text and "0:22 — Looked away from the camera for 1.8 s" in text
    reader = PdfReader(str(tmp_path / "k.pdf"))
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 1 + len(moments)  # the timeline picture and one still per moment


def test_key_frames_of_a_missing_or_broken_file_are_skipped(qtbot, tmp_path):
    from app.ui.review.key_frames import frames_at

    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video")
    assert frames_at(broken, [1.0, 2.0]) == [None, None]
    text = _pdf_text(export_answer_pdf(tmp_path / "b.pdf", report("answer_short"), media_path=broken))
    assert "Key frames" not in text and "Top tips" in text
