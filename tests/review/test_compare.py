"""Comparing two attempts at one question, pure and in the view."""

from __future__ import annotations

from app.analysis.compare import compare_reports, improvements, star_changes
from app.ui.review.compare_view import CompareView
from tests.review.reports import report

THRESHOLDS = "[speech]\nwpm_band = [120, 160]  # source: test band\n"


def _rows(a, b, **kw):
    return {r.metric: r for r in compare_reports(a, b, thresholds_text=THRESHOLDS, **kw)}


def test_deltas_and_verdicts_follow_each_metric_direction():
    a, b = report("answer_short"), report("answer_short_retry")
    rows = _rows(a, b)
    fillers = rows["fillers_per_min"]
    assert fillers.a == a["fillers"]["per_minute"] and fillers.b == b["fillers"]["per_minute"]
    assert fillers.delta == round(fillers.b - fillers.a, 2) and fillers.b < fillers.a
    assert fillers.verdict == "improved"
    assert rows["eye_contact"].verdict == "improved" and rows["eye_contact"].delta == 13.0
    assert rows["negatives"].a == 1 and rows["negatives"].b == 0 and rows["negatives"].verdict == "improved"
    assert rows["star_completeness"].verdict == "same"
    assert rows["posture_events"].verdict == "improved"
    # pitch variation has no band in this thresholds text: a change, but no verdict invented
    assert rows["pitch_variation"].verdict is None
    # WPM is judged by distance to the band
    wpm = rows["wpm"]
    da = max(0, 120 - wpm.a, wpm.a - 160)
    db = max(0, 120 - wpm.b, wpm.b - 160)
    assert wpm.verdict == ("same" if round(da) == round(db) else "improved" if db < da else "worse")


def test_reverse_comparison_flips_verdicts_and_identical_is_same():
    a, b = report("answer_short"), report("answer_short_retry")
    assert _rows(b, a)["fillers_per_min"].verdict == "worse"
    assert all(r.verdict in ("same", None) for r in compare_reports(a, a, thresholds_text=THRESHOLDS))
    assert improvements(compare_reports(a, a, thresholds_text=THRESHOLDS)) == []


def test_missing_sections_give_no_verdict_and_star_changes():
    a, b = report("answer_text"), report("answer_short")
    rows = _rows(a, b)
    assert rows["wpm"].a is None and rows["wpm"].verdict is None
    b["star"]["present"]["R"] = False
    assert star_changes(a, b)["R"] == (True, False)
    assert _rows(a, b, accessibility=True).get("eye_contact") is None


def test_compare_view_shows_both_attempts(qtbot):
    a, b = report("answer_short"), report("answer_short_retry")
    view = CompareView(a, b, "Monday", "Thursday", question="Tell me about a process you improved.")
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    table = view.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1:3] == ["Monday", "Thursday"]
    metric_col = [table.item(r, 0).text() for r in range(table.rowCount())]
    r = metric_col.index("Fillers per minute")
    assert table.item(r, 1).text().startswith(f"{a['fillers']['per_minute']:.1f}")
    assert "improved" in table.item(r, 3).text()
    assert "Fillers per minute" in view.summary_label.text()
    (_, tr_a), (_, tr_b) = view.sides
    assert tr_a.toPlainText() == a["transcript"]["text"] and tr_b.toPlainText() == b["transcript"]["text"]
