"""Voice statistics and silences on synthetic tracks; ASR guards on literal word lists."""

import numpy as np

from app.analysis.voice import silences, voice_stats
from app.ml.asr import AsrWord, _echoes_prompt, collapse_loops


def _tracks(f0_fn, seconds=6.0, silent=()):
    t = np.arange(0, seconds, 0.01)
    f0 = np.array([f0_fn(x) for x in t])
    db = np.full_like(t, 70.0) + 3 * np.sin(t * 7)
    for s, e in silent:
        idx = (t >= s) & (t < e)
        f0[idx] = 0.0
        db[idx] = 30.0
    return t, f0, db


def test_monotone_vs_lively_pitch():
    flat = voice_stats(*_tracks(lambda x: 120.0, silent=[(2, 3)]))
    lively = voice_stats(*_tracks(lambda x: 120.0 * 2 ** (4 * np.sin(x * 2) / 12), silent=[(2, 3)]))
    assert flat["monotone"] and flat["pitch_sd_semitones"] < 0.1
    assert not lively["monotone"] and lively["pitch_sd_semitones"] > 2.0


def test_voice_is_none_on_silence():
    t = np.arange(0, 5, 0.01)
    assert voice_stats(t, np.zeros_like(t), np.full_like(t, 20.0)) is None


def test_silences_follow_the_level():
    t, f0, db = _tracks(lambda x: 150.0, seconds=10, silent=[(3.0, 6.5)])
    found = silences(t, db)
    assert len(found) == 1 and abs(found[0][0] - 3.0) < 0.05 and abs(found[0][1] - 6.5) < 0.05
    quiet = silences(t, db - 40.0)  # same recording 40 dB quieter: same silence
    assert [(round(a, 1), round(b, 1)) for a, b in quiet] == [(round(a, 1), round(b, 1)) for a, b in found]


def _w(texts):
    return [AsrWord(" " + x, i * 0.3, i * 0.3 + 0.25, 0.9) for i, x in enumerate(texts)]


def test_collapse_loops_keeps_natural_repetitions():
    words, dropped = collapse_loops(_w("I like I like I like beans".split()))
    assert len(words) == 7 and dropped == []


def test_collapse_loops_cuts_a_decoding_loop():
    words, dropped = collapse_loops(_w(["bonjour"] + "c'est ça".split() * 8))
    assert [w.text.strip() for w in words] == ["bonjour"] + "c'est ça".split() * 3
    assert dropped and "×8" in dropped[0]


def test_prompt_echo_detected():
    prompt = "Euh, bon, alors... je pense que, hum, c'était, euh, bien."
    assert _echoes_prompt("je pense que, hum, c'était, euh, bien.", prompt)
    assert not _echoes_prompt("je pense que la cuisine était prête à midi.", prompt)


def test_speech_clips_skip_long_silences_but_not_after_a_subsecond_blip():
    from app.ml.asr import speech_clips

    # speech 0.5-10 s, silence 10-40 s, speech 40-45 s: the silence is not decoded
    clips = speech_clips(50.0, [(10.0, 40.0)], bounds=(0.5, 45.0))
    assert clips == [0.2, 10.2, 39.8, 45.5]
    # a 0.25 s click at 2.4 s then 4 s of silence before the speech: one clip, not a separate 30 s window for the
    # click (which cost two encoder passes and a temperature fallback on the phone call)
    clips = speech_clips(30.0, [(2.64, 6.75)], bounds=(2.39, 29.98))
    assert clips == [2.09, 30.0]


class _FakeModel:
    """Records the decoding options; yields no segment."""

    def __init__(self):
        self.kwargs = None

    def transcribe(self, samples, **kwargs):
        self.kwargs = kwargs
        return iter(()), None


def test_prompt_policy_per_language():
    from app.ml import asr

    samples = np.zeros(16000 * 5, np.float32)
    en, fr = _FakeModel(), _FakeModel()
    asr.transcribe(en, samples, language="en")
    asr.transcribe(fr, samples, language="fr")
    # English: the prompt goes in front of every 30 s window (faster-whisper's `hotwords`), French: first window only
    assert en.kwargs["hotwords"] == asr.PROMPTS["en"] and en.kwargs["initial_prompt"] is None
    assert fr.kwargs["initial_prompt"] == asr.PROMPTS["fr"] and fr.kwargs["hotwords"] is None
    off = _FakeModel()
    asr.transcribe(off, samples, language="en", use_prompt=False)
    assert off.kwargs["hotwords"] is None and off.kwargs["initial_prompt"] is None


def test_language_detection_encoding_is_used_once_and_only_by_its_thread():
    import threading

    from app.ml.asr import _EncodeOnce

    class Model:
        def encode(self, features):
            return ("encoded", features)

    model = Model()
    model.encode = _EncodeOnce(model, "cached")
    other = []
    t = threading.Thread(target=lambda: other.append(model.encode("x")))
    t.start()
    t.join()
    assert other == [("encoded", "x")]  # another thread never gets this transcription's window
    assert model.encode("first") == "cached"
    assert model.encode("second") == ("encoded", "second")
