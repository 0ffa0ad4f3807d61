"""Repetitions, pauses and pace on literal word lists."""

import pytest

from app.analysis.pace import compute_pace, find_pauses
from app.analysis.repetitions import find_repetitions, find_restarts
from app.analysis.transcript import from_text, from_timed_words


def test_repetitions_counted_and_sentence_bounded():
    reps = find_repetitions(from_text("Um, I like, I like, I like beans. Beans are fun. je je pense"))
    assert [(r["text"], r["count"]) for r in reps] == [("I like", 3), ("je", 2)]


def test_french_reflexive_double_is_not_a_repetition():
    assert find_repetitions(from_text("nous nous sommes vus")) == []


def test_restart_with_hyphen():
    assert [r["text"] for r in find_restarts(from_text("L'arri- la grand-mère"))] == ["L'arri-"]


def _words(spec):
    return from_timed_words([(f" w{i}", s, e, 0.9) for i, (s, e) in enumerate(spec)], "en")


def test_pauses_from_word_gaps_and_long_flag():
    tr = _words([(0, 0.4), (0.5, 0.9), (2.0, 2.3), (5.0, 5.4), (5.5, 6.0)])
    pauses = find_pauses(tr)
    assert [(p["start"], p["end"], p["long"]) for p in pauses] == [(0.9, 2.0, False), (2.3, 5.0, True)]


def test_pauses_from_audio_silences_are_clipped_to_speech():
    tr = _words([(1.0, 1.5), (1.6, 2.0), (31.0, 31.5)])
    pauses = find_pauses(tr, silences=[(0.0, 0.95), (2.05, 30.9), (31.6, 35.0)])
    assert len(pauses) == 1 and pauses[0]["long"] and pauses[0]["duration"] == pytest.approx(28.85)


def test_pace_wpm_and_series():
    tr = _words([(i * 0.5, i * 0.5 + 0.4) for i in range(60)])  # 60 words over 29.9 s
    pace = compute_pace(tr, [], set())
    assert pace["wpm"] == pytest.approx(60 * 60 / 29.9, rel=1e-3)
    assert pace["verdict"] == "in_band" and len(pace["over_time"]) == 2


def test_pace_excludes_hesitations_and_needs_times():
    tr = from_timed_words([(" um", 0, 0.3, 1), (" we", 0.4, 0.6, 1), (" did", 0.7, 0.9, 1), (" it", 1.0, 1.2, 1)], "en")
    assert compute_pace(tr, [], {"um"})["words"] == 3
    assert compute_pace(from_text("we did it well"), [], set()) is None
