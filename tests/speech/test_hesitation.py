"""Hesitations heard in the audio (app/analysis/hesitation.py): candidate runs, the shipped model, the engine hook.

Synthetic signals: a source-filter vowel (harmonics of f0 shaped by three formants). "Words" are syllables whose
formants and pitch move every 80 ms; a filled pause is one vowel held with a level pitch."""

from __future__ import annotations

import numpy as np
import pytest

from app.analysis import hesitation as H
from app.ml.prosody import extract_tracks

SR = 16000


def _voice(f0: np.ndarray, formants: np.ndarray) -> np.ndarray:
    """Per-sample f0 (Hz) and formants (n x 3, Hz) -> harmonic signal with formant-shaped amplitudes."""
    phase = 2 * np.pi * np.cumsum(f0) / SR
    out = np.zeros(len(f0))
    for k in range(1, 30):
        fk = k * f0
        amp = sum(1.0 / (1.0 + ((fk - formants[:, m]) / (60 + 20 * m)) ** 2) * (0.7 ** m) for m in range(3))
        out += np.where(fk < SR / 2 - 200, amp, 0.0) * np.sin(k * phase) / k ** 0.5
    return out


def _syllables(seconds: float, rng) -> np.ndarray:
    n = int(seconds * SR)
    seg = int(0.08 * SR)
    f0 = np.repeat(rng.uniform(100, 160, n // seg + 1), seg)[:n]
    f0 = np.convolve(f0, np.ones(400) / 400, mode="same")
    fm = np.repeat(np.column_stack([rng.uniform(300, 800, n // seg + 1), rng.uniform(900, 2300, n // seg + 1),
                                    rng.uniform(2400, 3200, n // seg + 1)]), seg, axis=0)[:n]
    return _voice(f0, fm)


def _held_vowel(seconds: float) -> np.ndarray:
    n = int(seconds * SR)
    f0 = np.linspace(118, 112, n)  # level, slightly falling: a filled pause
    return _voice(f0, np.tile([500.0, 1450.0, 2500.0], (n, 1)))


def _speech_with_pause(rng):
    """1.2 s of syllables, 0.1 s silence, a 0.45 s held vowel, 0.1 s silence, 1.2 s of syllables."""
    gap = np.zeros(int(0.1 * SR))
    x = np.concatenate([_syllables(1.2, rng), gap, _held_vowel(0.45), gap, _syllables(1.2, rng)])
    return (0.3 * x / np.abs(x).max() + 1e-4 * rng.standard_normal(len(x))).astype(np.float32)


def test_a_held_vowel_is_a_steady_run_and_moving_syllables_are_not():
    x = _speech_with_pause(np.random.default_rng(1))
    tr = extract_tracks(x)
    fr = H.frames_from(x, tr.times, tr.f0, tr.db)
    runs = [(float(tr.times[i]), float(tr.times[j - 1])) for i, j in H.steady_runs(fr)]
    inside = [r for r in runs if r[0] >= 1.25 and r[1] <= 1.8]
    assert inside and max(b - a for a, b in inside) >= 0.3
    assert not [r for r in runs if r[1] < 1.25 or r[0] > 1.8]  # the syllables move every 80 ms


def test_the_held_vowel_between_two_words_is_heard_and_nothing_else():
    x = _speech_with_pause(np.random.default_rng(2))
    tr = extract_tracks(x)
    words = [("Alors,", 0.0, 1.2, 0.9), ("voilà", 1.85, 3.05, 0.9)]
    found = H.detect(x, tr.times, tr.f0, tr.db, words)
    assert len(found) == 1 and 1.25 <= found[0].start < found[0].end <= 1.85


@pytest.mark.parametrize("kind", ["tone", "noise", "notes", "breath"])
def test_nothing_is_heard_in_non_speech(kind):
    rng = np.random.default_rng(3)
    t = np.arange(6 * SR) / SR
    if kind == "tone":  # beeps: voiced, level pitch, steady spectrum
        x = np.sin(2 * np.pi * 440 * t) * ((t % 1.0) < 0.4)
    elif kind == "noise":
        x = rng.standard_normal(len(t))
    elif kind == "notes":  # sustained harmonic notes, 0.5 s each
        f0 = np.repeat(110 * 2 ** (rng.integers(0, 24, 12) / 12), SR // 2)[:len(t)]
        x = sum(np.sin(2 * np.pi * np.cumsum(k * f0) / SR) / k for k in range(1, 8))
    else:  # breathing: band-passed noise with in/out envelopes
        x = np.convolve(rng.standard_normal(len(t)), np.hanning(16), mode="same") * np.abs(np.sin(np.pi * t / 2.0))
    x = (0.3 * x / np.abs(x).max()).astype(np.float32)
    tr = extract_tracks(x)
    assert H.detect(x, tr.times, tr.f0, tr.db, []) == []


def test_runs_close_together_are_one_hesitation():
    assert H.merge_runs([(1.0, 1.2), (1.3, 1.5), (2.0, 2.2)]) == [(1.0, 1.5), (2.0, 2.2)]


def test_the_shipped_model_matches_the_features():
    m = H.model()
    assert set(m["features"]) <= set(H.ALL_FEATURES)
    assert len(m["weights"]) == len(m["mean"]) == len(m["scale"]) == len(m["features"])
    assert 0.0 < m["threshold"] < 1.0
    # a steadier spectrum (lower change_mean) can only raise the probability: the weight's sign is physical
    assert m["weights"][m["features"].index("change_mean")] < 0


def test_a_heard_hesitation_is_anchored_on_the_word_it_stretches_or_follows():
    from app.analysis.fillers import heard_event
    from app.analysis.transcript import from_timed_words

    tr = from_timed_words([("Alors,", 0.0, 0.3, 0.9), ("c'est", 0.5, 0.7, 0.9), ("que...", 0.7, 1.4, 0.6),
                           ("voilà", 2.0, 2.3, 0.9)], "fr")
    inside = heard_event(tr, 1.0, 1.35, "euh")  # swallowed into the stretched "que..."
    assert tr.text[inside.char_start:inside.char_end] == "que..."
    gap = heard_event(tr, 1.5, 1.9, "euh")  # between two words: the word before it
    assert tr.text[gap.char_start:gap.char_end] == "que..."
    first = heard_event(tr, -0.5, -0.1, "euh")  # before the first word
    assert tr.text[first.char_start:first.char_end] == "Alors,"
    assert inside.source == "audio" and inside.kind == "hesitation" and inside.to_dict()["start"] == 1.0


def test_no_samples_no_heard_hesitation():
    assert H.heard_hesitations(None, None, []) == []


@pytest.mark.models
@pytest.mark.shared_data
@pytest.mark.slow
def test_a_swallowed_euh_in_conversational_french_is_heard_and_read_speech_has_none(model_store, shared_data):
    from app.engine.analyze import analyze_file

    # fr_cid_IM_0767: "alors euh elle pour la photo": the human transcript's "euh" starts at 0.40 s (forced
    # alignment); Whisper writes "Alors, elle," without it
    report = analyze_file(shared_data / "audio" / "fr_cid_IM_0767.wav", lang="fr")
    heard = [e for e in report["fillers"]["events"] if e["source"] == "audio"]
    assert any(e["start"] - 0.4 <= 0.4 <= e["end"] + 0.4 for e in heard)
    # shown in the transcript on the word it was heard in or beside ("Alors," or "elle,")
    text = report["transcript"]["text"]
    assert all(e["kind"] == "hesitation" and text[e["char_start"]:e["char_end"]].strip(" ,").lower() in
               {"alors", "elle"} for e in heard if e["start"] < 1.0)
    read = analyze_file(shared_data / "audio" / "fr_read_story.wav", lang="fr")
    assert [e for e in read["fillers"]["events"] if e["kind"] == "hesitation"] == []
