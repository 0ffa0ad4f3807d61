"""Head pose and volume shown in the review, posture honest when the shoulders were never seen, and sessions named
by their first question and date."""

from __future__ import annotations

from types import SimpleNamespace

from app.analysis.metric_cards import build_cards
from app.ui.review.extra_cards import extra_cards, posture_visibility
from app.ui.review.review_screen import ReviewScreen
from tests.review.fakes import fake_factory
from tests.review.reports import report


def test_head_turns_and_volume_become_cards_with_the_flat_loudness_band():
    rep = report("answer_2min")
    cards = {c.id: c for c in extra_cards(rep)}
    assert cards["head_turns"].value == len(rep["head_pose"]["turns"])
    loud = cards["loudness_variation"]
    assert loud.value == rep["voice"]["loudness_sd_db"] and loud.band.low == 3.0 and loud.band.source
    assert extra_cards({}) == []  # nothing measured: no card


def test_posture_not_visible_is_not_nothing_found(qtbot):
    rep = report("answer_2min")
    rep["posture"] = {"events": [], "visible": False}
    cards = {c.id: c for c in posture_visibility(build_cards(rep), rep)}
    assert cards["posture_events"].value is None and cards["posture_events"].detail["not_visible"]
    w = ReviewScreen(rep, None, "Q", None, player_factory=fake_factory([]))
    qtbot.addWidget(w)
    assert w.timeline._lane_status["posture"].startswith("not visible — sit back")
    assert "Not visible" in w.cards.card("posture_events").findChild(type(w.legend), "value").text()
    assert w.cards.card("head_turns") is not None and w.cards.card("loudness_variation") is not None


def test_sessions_are_named_by_their_first_question_and_date():
    from app.services.sessions import session_label, session_title

    answers = [SimpleNamespace(question="Tell me about a time you had to deliver bad news to a client and how you "
                                        "handled the conversation afterwards.")]
    s = SimpleNamespace(title="", answers=answers, synthetic=False, started_at="2026-12-04T09:30:00+00:00")
    title = session_title(s)
    assert title.startswith("Tell me about a time") and title.endswith("…") and len(title) <= 61
    first, second = session_label(s).split("\n")
    assert first == title and "2026" in second and "1 answer" in second
    assert "20261204" not in session_label(s)  # no bare timestamp id
