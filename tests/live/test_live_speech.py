"""Streaming speech: chunk cuts at pauses neither lose nor duplicate words, and word times are absolute."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from app.engine import live_speech as LS
from tests.live.fakes import BurstWhisper, burst_signal


def _stream(speech: LS.LiveSpeech, signal: np.ndarray, block_s: float = 0.5, pace_s: float = 0.01) -> None:
    block = int(48000 * block_s)
    for i in range(0, len(signal), block):
        speech.push(signal[i:i + block], 48000)
        time.sleep(pace_s)  # lets the worker cut as it goes, as in a recording


def test_chunks_neither_lose_nor_duplicate_words():
    signal, truth = burst_signal(40)  # ~36 s: several chunks at MIN_CHUNK_S
    model = BurstWhisper()
    speech = LS.LiveSpeech(model, language="auto")
    _stream(speech, signal)
    res = speech.finish()
    assert len(res.meta["chunks"]) >= 3, res.meta
    assert [w.text.strip() for w in res.words] == [f"w{k}" for _s, _e, k in truth]
    for w, (s, e, _k) in zip(res.words, truth, strict=True):
        assert abs(w.start - s) <= 0.03 and abs(w.end - e) <= 0.03
    # every cut lies in a silence: no burst straddles two chunks
    for c in res.meta["chunks"][:-1]:
        assert not any(s < c["end"] < e for s, e, _k in truth)
    assert res.language == "en"


def test_audio_is_resampled_like_the_offline_decoder():
    rng = np.random.default_rng(1)
    x = (0.1 * rng.standard_normal(48000)).astype(np.float32)
    r = LS.new_resampler()
    out = np.concatenate([LS.resample_chunk(r, x[i:i + 960], 48000) for i in range(0, len(x), 960)]
                         + [LS.resample_chunk(r, None, 0)])
    assert out.dtype == np.int16
    assert abs(len(out) - 16000) <= 32
    whole = LS.resample_chunk(LS.new_resampler(), x, 48000)
    whole = np.concatenate([whole, LS.resample_chunk(LS.new_resampler(), None, 0)])
    n = min(len(out), len(whole)) - 64
    assert np.max(np.abs(out[:n].astype(int) - whole[:n].astype(int))) <= 2  # block size does not matter


def test_short_tail_and_silence():
    speech = LS.LiveSpeech(BurstWhisper(), language="en")
    speech.push(np.zeros(48000 * 2, np.float32), 48000)
    res = speech.finish()
    assert res.words == []
    assert abs(len(res.samples) / 16000 - 2.0) < 0.05


def test_a_worker_far_behind_degrades_to_greedy_and_says_so():
    signal, truth = burst_signal(60)  # ~54 s arriving at once: the worker is far behind from the start
    model = BurstWhisper()
    speech = LS.LiveSpeech(model, language="en")
    speech.push(signal, 48000)
    deadline = time.monotonic() + 20
    while len(speech.pieces) < 2 and time.monotonic() < deadline:  # chunks committed while far behind
        time.sleep(0.02)
    res = speech.finish()
    assert 1 in model.beams and res.meta["degradations"][0]["action"] == "greedy_decoding"
    assert any(c.get("greedy") for c in res.meta["chunks"])
    assert len(res.words) == len(truth)  # degraded, never lossy
    calm = BurstWhisper()
    speech = LS.LiveSpeech(calm, language="en", degrade=False)
    speech.push(signal, 48000)
    speech.finish()
    assert set(calm.beams) == {5}


def test_whole_recording_chunked_like_the_stream():
    signal, truth = burst_signal(40)
    x16 = signal[::3].copy()  # 48 kHz -> 16 kHz (the tones are far below 8 kHz)
    res = LS.transcribe_chunked(BurstWhisper(), x16, language="en")
    assert [w.text.strip() for w in res.words] == [f"w{k}" for _s, _e, k in truth]
    assert len(res.meta["chunks"]) >= 2  # ~36 s: more than one Whisper window
    for c in res.meta["chunks"]:
        assert c["end"] - c["start"] <= LS.CATCHUP_CHUNK_S  # the whole file is a backlog: longest chunks
    for c in res.meta["chunks"][:-1]:
        assert c["end"] - c["start"] >= LS.MIN_CHUNK_S - LS.PAUSE_S
        assert not any(s < c["end"] < e for s, e, _k in truth)


class ConcurrentBurstWhisper(BurstWhisper):
    """BurstWhisper that takes a while per call and records how many calls overlap, and when each ran."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self.running = self.most_at_once = 0
        self.spans: list[tuple[float, float]] = []

    def transcribe(self, samples, **kw):
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        t0 = time.perf_counter()
        time.sleep(0.15)
        try:
            segs, info = super().transcribe(samples, **kw)
            return iter(list(segs)), info
        finally:
            with self._lock:
                self.running -= 1
                self.spans.append((t0, time.perf_counter()))


def test_offline_chunks_decoded_two_at_a_time_give_the_same_transcript():
    """`transcribe_chunked(workers=2)` (what analyze_file does with a 2-worker model) decodes chunks at once and
    returns exactly what the one-at-a-time pass returns; with language "auto" the first chunk, which decides the
    language, is decoded before any other starts."""
    signal, truth = burst_signal(60)
    x16 = signal[::3].copy()
    one = LS.transcribe_chunked(BurstWhisper(), x16, language="en")
    model = ConcurrentBurstWhisper()
    progress: list[float] = []
    two = LS.transcribe_chunked(model, x16, language="auto", workers=2, progress=lambda f, _m: progress.append(f))
    assert [(w.text, w.start, w.end) for w in two.words] == [(w.text, w.start, w.end) for w in one.words]
    assert [w.text.strip() for w in two.words] == [f"w{k}" for _s, _e, k in truth]
    assert [(c["start"], c["end"]) for c in two.meta["chunks"]] == [(c["start"], c["end"]) for c in one.meta["chunks"]]
    assert len(two.meta["chunks"]) >= 3 and model.most_at_once == 2
    first_end = min(e for _s, e in model.spans)
    assert sum(s < first_end for s, _e in model.spans) == 1  # nothing else ran while the first chunk was decoded
    assert two.language == "en" and progress == sorted(progress) and progress[-1] == 1.0


def test_offline_parallel_chunks_wait_for_the_first_chunk_with_voice_to_decide_the_language():
    """A silent first chunk (a long hesitation before speaking) decides nothing: the chunks stay one at a time until
    a chunk with voice has set the language, so no two chunks detect it on their own."""
    signal, truth = burst_signal(40, lead_s=10.0)
    x16 = signal[::3].copy()
    model = ConcurrentBurstWhisper()
    res = LS.transcribe_chunked(model, x16, language="auto", workers=2)
    assert res.meta["chunks"][0]["words"] == 0 and res.meta["chunks"][0]["end"] < 10.0  # the silent chunk
    assert [w.text.strip() for w in res.words] == [f"w{k}" for _s, _e, k in truth]
    first_end = min(e for _s, e in model.spans)
    assert sum(s < first_end for s, _e in model.spans) == 1 and model.most_at_once == 2


class EarlyFirstWord(BurstWhisper):
    """Like faster-whisper at the start of a clip: the first word starts at 0 s."""

    def transcribe(self, samples, **kw):
        segs, info = super().transcribe(samples, **kw)
        segs = list(segs)
        if segs and segs[0].words:
            segs[0].words[0].start = 0.0
        return iter(segs), info


def test_word_starts_snap_to_the_sound_in_both_paths():
    """Whisper starts a chunk's first word at the chunk start (in the pause); the shared report step moves every
    word start that lies in silence to the voice onset, so the live and offline reports place words alike."""
    from app.engine.analyze import snap_word_starts

    signal, truth = burst_signal(40)
    speech = LS.LiveSpeech(EarlyFirstWord(), language="en")
    _stream(speech, signal)
    res = speech.finish()
    assert len(res.meta["chunks"]) >= 2
    early = [w for w in res.words if w.start < 0.2]
    assert early, "the fake Whisper starts a first word in silence"
    words = snap_word_starts(res.words, res.tracks)
    assert [w.text for w in words] == [w.text for w in res.words]
    for w, (s, e, _k) in zip(words, truth, strict=True):
        assert abs(w.start - s) <= 0.05 and w.end == pytest.approx(e, abs=0.05)
    assert snap_word_starts(res.words, None) == res.words

def test_a_pause_inside_a_word_span_moves_its_start_to_the_onset():
    from app.engine.analyze import snap_word_starts
    from app.ml.asr import AsrWord
    from app.ml.prosody import ProsodyTracks

    times = np.arange(0, 2.0, 0.01)
    db = np.full(times.size, 20.0)
    db[(times >= 0.2) & (times < 0.75)] = 65.0  # "future" with its fricative tail
    db[(times >= 0.95) & (times < 1.3)] = 65.0  # "for", after 0.2 s of silence
    db[(times >= 1.34) & (times < 1.6)] = 65.0  # "it": a 40 ms stop closure inside is not a pause
    tracks = ProsodyTracks(times, np.zeros(times.size), db)
    words = [AsrWord("future", 0.2, 0.6, 0.9), AsrWord("for", 0.6, 1.3, 0.9), AsrWord("it", 1.3, 1.6, 0.9)]
    got = snap_word_starts(words, tracks)
    assert [round(w.start, 2) for w in got] == [0.2, 0.95, 1.3]
    assert [w.end for w in got] == [0.6, 1.3, 1.6]


def _answer_then(rest_words: int, seed: int = 1):
    """6 'words' (~6 s, one chunk-to-be), a 1.2 s pause, then `rest_words` more words."""
    head, truth = burst_signal(6, gap_s=0.65, seed=seed)
    pause = np.zeros(int(1.2 * 48000), np.float32)
    parts, t0 = [head, pause], (len(head) + len(pause)) / 48000
    if rest_words:
        tail, tail_truth = burst_signal(rest_words, gap_s=0.65, lead_s=0.0, seed=seed + 1)
        parts.append(tail)
        truth = truth + [(s + t0, e + t0, k) for s, e, k in tail_truth]
    return np.concatenate(parts), truth


@pytest.mark.parametrize("rest_words", [0, 2])
def test_speculated_piece_is_kept_only_without_a_short_voiced_rest(rest_words):
    signal, truth = _answer_then(0)
    model = BurstWhisper()
    speech = LS.LiveSpeech(model, language="en")
    _stream(speech, signal)
    deadline = time.monotonic() + 10
    while speech._spec is None and time.monotonic() < deadline:  # the idle worker speculates on the pause
        time.sleep(0.02)
    assert speech._spec is not None
    if rest_words:
        full, truth = _answer_then(rest_words)
        _stream(speech, full[len(signal):])
    res = speech.finish()
    assert [w.text.strip() for w in res.words] == [f"w{k}" for _s, _e, k in truth]
    assert res.meta["speculative_used"] is (rest_words == 0)  # 2 words (< SPECULATE_MIN_S) after it: redone whole
    assert res.meta["chunks"][-1]["end"] == pytest.approx(len(signal if not rest_words else full) / 48000, abs=0.02)


class LoopsOnSecondChunk(BurstWhisper):
    """Its second call returns a segment the guards reject (compression ratio of a decoding loop)."""

    def transcribe(self, samples, **kw):
        segs, info = super().transcribe(samples, **kw)
        segs = list(segs)
        if len(self.calls) == 2:
            for s in segs:
                s.compression_ratio = 3.0
        return iter(segs), info


def test_what_the_guards_drop_is_located_in_answer_time():
    signal, truth = burst_signal(40)
    x16 = signal[::3].copy()
    res = LS.transcribe_chunked(LoopsOnSecondChunk(), x16, language="en")
    second = res.meta["chunks"][1]
    lost = [(s, e) for s, e, _k in truth if second["start"] <= s < second["end"]]
    assert lost and len(res.words) == len(truth) - len(lost)
    assert len(res.dropped_spans) == 1
    a, b = res.dropped_spans[0]
    assert abs(a - lost[0][0]) <= 0.03 and abs(b - lost[-1][1]) <= 0.03  # absolute times, not chunk-relative


class SlowBurstWhisper(BurstWhisper):
    """Takes `delay_s` per chunk: a worker on a busy machine that cannot keep up with the recording."""

    def __init__(self, delay_s: float) -> None:
        super().__init__()
        self.delay_s = delay_s

    def transcribe(self, samples, **kw):
        time.sleep(self.delay_s)
        return super().transcribe(samples, **kw)


def test_a_worker_that_falls_behind_keeps_its_work_and_finishes_the_rest_after_stop():
    """Nothing is started over: what was transcribed during the recording is kept, the rest is transcribed once
    after Stop, and each chunk says which it was."""
    signal, truth = burst_signal(40)
    model = SlowBurstWhisper(0.6)
    speech = LS.LiveSpeech(model, language="en", degrade=False)
    _stream(speech, signal, block_s=0.5, pace_s=0.02)  # faster than the worker
    deadline = time.monotonic() + 10
    while not speech.pieces and time.monotonic() < deadline:
        time.sleep(0.02)
    res = speech.finish()
    chunks = res.meta["chunks"]
    assert any(c["live"] for c in chunks) and not chunks[-1]["live"]
    assert [c["live"] for c in chunks] == sorted((c["live"] for c in chunks), reverse=True)  # live, then after
    assert len(model.calls) == sum(1 for c in chunks if not c.get("skipped"))  # every chunk decoded once
    assert [w.text.strip() for w in res.words] == [f"w{k}" for _s, _e, k in truth]
    assert res.meta["live_audio_s"] == pytest.approx(max(c["end"] for c in chunks if c["live"]), abs=0.01)
