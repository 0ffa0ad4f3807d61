"""Filler rate over the real speaking span of the answer, even when the loop guards left only a short transcript.

Self-contained: synthetic tracks and literal timed words (no model, no shared data)."""

import numpy as np
import pytest

from app.analysis.report_build import build_speech_sections, rate_minutes
from app.analysis.transcript import from_timed_words
from app.analysis.voice import voice_stats


def test_rate_minutes_takes_the_widest_of_heard_and_transcribed_speech():
    assert rate_minutes((30.0, 35.0), (0.5, 60.5)) == pytest.approx(1.0)
    assert rate_minutes((1.0, 31.0), (2.0, 20.0)) == pytest.approx(0.5)  # words past the voiced span still count
    assert rate_minutes((0.0, 6.0), None) == pytest.approx(0.1)
    assert rate_minutes(None, (10.0, 40.0)) == pytest.approx(0.5)
    assert rate_minutes(None, None) is None
    assert rate_minutes((5.0, 5.0), None) is None


def test_voice_stats_reports_the_voiced_span():
    t = np.arange(0, 60, 0.01)
    f0 = np.where((t >= 2.0) & (t < 58.0), 120.0 + 10 * np.sin(t), 0.0)
    db = np.where(f0 > 0, 70.0, 30.0)
    span = voice_stats(t, f0, db)["voiced_span"]
    assert span[0] == pytest.approx(2.0, abs=0.02) and span[1] == pytest.approx(58.0, abs=0.02)


def test_audio_hesitations_are_divided_by_the_whole_answer_not_the_kept_words():
    # 60 s of talking; the guards kept only 5 s of words (a loop dropped the rest); 6 hesitations heard in the audio
    words = [(w, 50.0 + i, 50.0 + i + 0.8, 0.9) for i, w in enumerate(["we", "shipped", "the", "new", "release"])]
    tr = from_timed_words(words, "en")
    heard = [(5.0 * k + 1.0, 5.0 * k + 1.5) for k in range(6)]
    voice = {"voiced_span": [0.0, 60.0], "monotone": False}
    sections, _tips = build_speech_sections(tr, "en", silences=[], voice=voice, heard_hesitations=heard)
    assert sections["fillers"]["count"] == 6
    assert sections["fillers"]["per_minute"] == pytest.approx(6.0)
    # without the heard span, the old denominator (the transcript span, 4.8 s) would give 75 per minute
    sections, _tips = build_speech_sections(tr, "en", silences=[], voice=None, heard_hesitations=heard)
    assert sections["fillers"]["per_minute"] == pytest.approx(6 / (4.8 / 60), rel=0.01)


def test_removed_spans_merge_consecutive_removed_words():
    from app.ml.asr import AsrWord, collapse_loops, removed_spans

    words = [AsrWord(" go", 1.0 + 0.5 * i, 1.4 + 0.5 * i, 0.9) for i in range(6)] + [AsrWord(" home", 4.2, 4.6, 0.9)]
    kept, dropped = collapse_loops(words)
    assert [w.text for w in kept] == [" go", " go", " go", " home"] and dropped
    assert removed_spans(words, kept) == [(2.5, 3.9)]
    assert removed_spans(kept, kept) == []


def test_no_hesitation_is_heard_where_the_guards_removed_the_words():
    words = [(w, 50.0 + i, 50.0 + i + 0.8, 0.9) for i, w in enumerate(["we", "shipped", "the", "new", "release"])]
    tr = from_timed_words(words, "en")
    heard = [(5.0 * k + 1.0, 5.0 * k + 1.5) for k in range(6)]  # at 1, 6, 11, ..., 26 s
    voice = {"voiced_span": [0.0, 60.0], "monotone": False}
    sections, _tips = build_speech_sections(tr, "en", silences=[], voice=voice, heard_hesitations=heard,
                                            dropped_spans=[(0.0, 20.0)])  # a loop was cut there
    assert [e["start"] for e in sections["fillers"]["events"]] == [21.0, 26.0]
    assert sections["fillers"]["per_minute"] == pytest.approx(2.0)
