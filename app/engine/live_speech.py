"""Streaming speech for a live answer: audio resampled like the offline decoder, cut at pauses, transcribed chunk by
chunk with the disfluency strategy of app.ml.asr, so that at Stop only the tail remains.

Chunking (on 10 ms energy frames, threshold adaptive like app.analysis.voice.speech_mask):
- a chunk is closed in the middle of the first pause >= `PAUSE_S` once it holds >= `MIN_CHUNK_S` of audio, or at
  the quietest 100 ms of its last seconds when it reaches `MAX_CHUNK_S` (Whisper's window is 30 s);
- while the worker is idle and the open chunk ends in a pause >= `SPECULATE_PAUSE_S` (the end of a sentence, often
  the end of the answer), that part is transcribed ahead; at Stop it becomes a chunk when it still matches, so only
  the speech after it is left to transcribe.
Chunks are cut inside silences, so a word belongs to exactly one chunk; word times are offset by the chunk start.
Pitch and intensity (parselmouth) are computed per chunk with `PROSODY_PAD_S` of context on both sides and stitched.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.analysis import voice as V
from app.ml import asr
from app.ml.audio_decode import SAMPLE_RATE
from app.ml.prosody import ProsodyTracks, extract_tracks

log = logging.getLogger(__name__)

FRAME = SAMPLE_RATE // 100  # 10 ms energy frames
MIN_CHUNK_S = 8.0  # source: issue 7 brief (8-15 s of speech before a cut keeps Whisper's context)
MAX_CHUNK_S = 20.0  # below Whisper's 30 s window, with room for the search of a quiet cut
CATCHUP_CHUNK_S = 28.0  # longest chunk when catching up (one Whisper window, 2 s of margin)
PAUSE_S = 0.5  # a pause this long is between words (pauses inside words are < 0.25 s)
SPECULATE_PAUSE_S = 0.8
SPECULATE_MIN_S = 4.0  # measured: 1-3 s pieces made Whisper drop or invent words (lp_d20: 5 words of 18)
BEHIND_S = 15.0  # audio waiting beyond the open chunk that makes the next chunks use greedy decoding (degraded)
PROSODY_PAD_S = 0.5
MIN_VOICE_S = 0.1  # a piece with less loud audio than this holds no word (a click, a breath): not transcribed
# The offline pass (asr.transcribe on the whole file, condition_on_previous_text=False) gives Whisper the disfluency
# prompt in its first 30 s window only: faster-whisper resets the prompt after each window in that mode. Chunks
# starting in the first 30 s get the prompt, later ones not, so both paths decode alike. Measured on the 2-minute
# talk video: with the prompt on every chunk, some chunks fell into temperature fallback (20-60 s of decoding for
# 12 s of audio, all text then dropped by the guards) and filler counts drifted from the offline report. A chunk
# gets the prompt when most of it lies in that first window (29.5-41.3 s prompted: 63 s, 0 words; unprompted: 2 s).
PROMPT_UNTIL_S = 30.0  # pitch window is 3 / 75 Hz = 40 ms; half a second of context makes the seams invisible


@dataclass
class Piece:
    """A transcribed part of the answer [start, end) in samples at 16 kHz."""

    start: int
    end: int
    words: list[asr.AsrWord]
    dropped: list[str]
    tracks: ProsodyTracks | None
    asr_s: float
    prompt_used: bool = False
    behind_s: float = 0.0  # audio received after this piece when it was transcribed (how far behind the worker was)
    greedy: bool = False
    dropped_spans: list[tuple[float, float]] = field(default_factory=list)  # answer time of what the guards removed


@dataclass
class SpeechLiveResult:
    samples: np.ndarray
    words: list[asr.AsrWord]
    dropped: list[str]
    tracks: ProsodyTracks | None
    language: str
    language_probability: float
    prompt_used: bool
    meta: dict[str, Any] = field(default_factory=dict)
    dropped_spans: list[tuple[float, float]] = field(default_factory=list)


def _resampler():
    import av

    return av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)  # as app.ml.audio_decode


def resample_chunk(resampler, samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """Mono float32 at `sample_rate` -> int16 at 16 kHz through the same swresample path as the offline decoder
    (pass an empty array to flush)."""
    import av

    if samples is None:
        outs = resampler.resample(None)
    else:
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples, dtype=np.float32)[None, :], format="flt",
                                           layout="mono")
        frame.sample_rate = int(sample_rate)
        outs = resampler.resample(frame)
    return np.concatenate([o.to_ndarray().reshape(-1) for o in outs]) if outs else np.zeros(0, np.int16)


def _threshold(db: np.ndarray) -> float:
    """Silence threshold of app.analysis.voice.speech_mask, on our energy scale."""
    return V.speech_mask(db)[1]


class LiveSpeech:
    """Feed `push(samples, sample_rate)` from any thread; `finish()` returns the whole transcript and tracks."""

    def __init__(self, model, *, language: str = "auto", degrade: bool = True, thread: bool = True) -> None:
        self.model = model
        self.degrade = degrade
        self.degradations: list[dict[str, Any]] = []
        self.requested = language
        self.language = language if language in asr.SUPPORTED else None
        self.language_probability = 1.0 if self.language else 0.0
        self._in: queue.Queue = queue.Queue()
        self._pcm: list[np.ndarray] = []
        self._n = 0  # samples at 16 kHz so far
        self._dbuf = np.zeros(0, np.float64)  # energy (dB) of each complete 10 ms frame
        self._nf = 0
        self._buf = np.zeros(0, np.float32)  # contiguous copy of the audio (grown in blocks)
        self._cut = 0  # start of the open chunk (samples)
        self.pieces: list[Piece] = []
        self._spec: Piece | None = None
        self._resampler = _resampler()
        self._cancel = threading.Event()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self.busy_s = 0.0
        self._thread = threading.Thread(target=self._run, name="live-speech", daemon=True)
        if thread:
            self._thread.start()

    # ---- caller side --------------------------------------------------------------------------------------------
    def push(self, samples: np.ndarray, sample_rate: int) -> None:
        """Queue a block of mono float32 audio (never blocks)."""
        self._in.put((samples, sample_rate))

    def cancel(self) -> None:
        self._cancel.set()
        self._in.put(None)
        if self._thread.is_alive():
            self._thread.join(30)

    # ---- worker -------------------------------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                try:
                    item = self._in.get(timeout=0.1)
                except queue.Empty:
                    item = ()
                if item is None or self._cancel.is_set():
                    break
                if item:
                    self._append(resample_chunk(self._resampler, *item))
                    while not self._in.empty():  # take everything queued before deciding on a cut
                        nxt = self._in.get_nowait()
                        if nxt is None:
                            self._stop.set()
                            break
                        self._append(resample_chunk(self._resampler, *nxt))
                if self._stop.is_set():
                    break
                self._maybe_cut()
        except BaseException as exc:
            log.exception("live speech failed")
            self._error = exc

    def _append(self, pcm: np.ndarray) -> None:
        if not pcm.size:
            return
        self._append_float(pcm.astype(np.float32) / 32768.0)

    def _append_float(self, x: np.ndarray) -> None:
        if self._n + x.size > self._buf.size:
            grown = np.zeros(max(self._buf.size * 2, self._n + x.size, SAMPLE_RATE * 30), np.float32)
            grown[: self._n] = self._buf[: self._n]
            self._buf = grown
        self._buf[self._n: self._n + x.size] = x
        self._n += x.size
        nf = self._n // FRAME
        if nf > self._nf:
            frames = self._buf[self._nf * FRAME: nf * FRAME].reshape(-1, FRAME)
            db = 10.0 * np.log10(np.mean(frames.astype(np.float64) ** 2, axis=1) + 1e-10)
            if nf > self._dbuf.size:
                grown = np.zeros(max(2 * self._dbuf.size, nf, 3000))
                grown[: self._nf] = self._dbuf[: self._nf]
                self._dbuf = grown
            self._dbuf[self._nf: nf] = db
            self._nf = nf

    @property
    def _db(self) -> np.ndarray:
        return self._dbuf[: self._nf]

    def _silent_runs(self, f0: int, f1: int) -> list[tuple[int, int]]:
        """Silent frame runs [a, b) within frames [f0, f1)."""
        db = self._db
        f0 = max(0, f0)
        silent = np.concatenate([[False], db[f0:f1] < _threshold(db), [False]])
        edges = np.flatnonzero(np.diff(silent.astype(np.int8)))
        return [(f0 + int(a), f0 + int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]

    def _next_cut(self, final: bool = False, catchup: bool = True) -> int | None:
        """Where the open chunk ends by the pause rule (or the quiet-point rule past MAX_CHUNK_S), or None yet.

        Catching up (more than CATCHUP_CHUNK_S of audio waits, or `final`: the recording has ended) the chunk ends
        at the LAST pause before CATCHUP_CHUNK_S instead of the first after MIN_CHUNK_S: each Whisper call encodes a
        full 30 s window whatever the chunk length (measured ~1 s of the 1.5-3.5 s a chunk costs here), so fewer,
        longer chunks clear a backlog sooner. At the end, audio that fits one window is a single last chunk."""
        frames = self._nf
        c0 = self._cut // FRAME
        min_f, max_f, pause_f = int(MIN_CHUNK_S * 100), int(MAX_CHUNK_S * 100), int(PAUSE_S * 100)
        long_f = int(CATCHUP_CHUNK_S * 100)
        if final and frames - c0 <= long_f:
            return None
        if final or (catchup and frames - c0 > long_f):
            runs = [(a, b) for a, b in self._silent_runs(c0 + min_f - pause_f, c0 + long_f) if b - a >= pause_f]
            if runs:
                return (runs[-1][0] + pause_f // 2) * FRAME
            db = np.convolve(self._db[c0 + min_f:c0 + long_f], np.ones(10) / 10, mode="valid")
            return (c0 + min_f + int(np.argmin(db)) + 5) * FRAME
        if frames - c0 >= min_f:
            for a, b in self._silent_runs(c0 + min_f - pause_f, min(frames, c0 + max_f)):
                if b - a >= pause_f:
                    return (a + pause_f // 2) * FRAME
        if frames - c0 >= max_f:
            db = np.convolve(self._db[c0 + min_f:c0 + max_f], np.ones(10) / 10, mode="valid")
            return (c0 + min_f + int(np.argmin(db)) + 5) * FRAME
        return None

    def _maybe_cut(self) -> None:
        frames = self._nf
        c0 = self._cut // FRAME
        if frames - c0 < int(SPECULATE_MIN_S * 100):
            return
        cut = self._next_cut()
        if cut is not None:
            self._commit(cut)
            return
        # speculative: the open chunk ends in a long pause and the worker has nothing else to do
        spec_f, pause_f = int(SPECULATE_PAUSE_S * 100), int(PAUSE_S * 100)
        runs = self._silent_runs(c0, frames)
        if runs and runs[-1][1] == frames and runs[-1][1] - runs[-1][0] >= spec_f and runs[-1][0] > c0:
            end = (runs[-1][0] + pause_f // 2) * FRAME
            if self._spec is None or self._spec.end != end:
                self._spec = self._transcribe(self._cut, end)

    def _commit(self, end: int) -> None:
        spec = self._spec
        self._spec = None
        piece = spec if spec is not None and spec.start == self._cut and spec.end == end else \
            self._transcribe(self._cut, end)
        self.pieces.append(piece)
        self._cut = end

    def _tracks(self, start: int, end: int) -> ProsodyTracks | None:
        pad = int(PROSODY_PAD_S * SAMPLE_RATE)
        a, b = max(0, start - pad), min(self._n, end + pad)
        tr = extract_tracks(self._buf[a:b])
        if tr is None:
            return None
        times = tr.times + a / SAMPLE_RATE
        keep = (times >= start / SAMPLE_RATE) & (times < end / SAMPLE_RATE)
        return ProsodyTracks(times[keep], tr.f0[keep], tr.db[keep])

    def _transcribe(self, start: int, end: int) -> Piece:
        t0 = time.perf_counter()
        samples = self._buf[start:end]
        tracks = self._tracks(start, end)
        skip = []
        if tracks is not None and tracks.times.size:
            off = start / SAMPLE_RATE
            skip = [(s - off, e - off) for s, e in V.silences(tracks.times, tracks.db, min_len=3.0)]
        behind = (self._n - end) / SAMPLE_RATE
        bounds = self._voice_bounds(start, end)
        if bounds is None:  # no voice in this piece: Whisper would only invent text there (and spend seconds on it)
            spent = time.perf_counter() - t0
            return Piece(start, end, [], [], tracks, spent, False, behind, False)
        greedy = self.degrade and behind > BEHIND_S and not self._stop.is_set()
        if greedy and (not self.degradations or self.degradations[-1]["action"] != "greedy_decoding"):
            self.degradations.append({"t": round(start / SAMPLE_RATE, 2), "action": "greedy_decoding",
                                      "behind_s": round(behind, 1)})
        elif not greedy and self.degradations and self.degradations[-1]["action"] == "greedy_decoding":
            self.degradations.append({"t": round(start / SAMPLE_RATE, 2), "action": "beam_search_again"})
        # greedy decoding is 2-3x cheaper but drops more fillers (FINDINGS): only while the worker is far behind
        # language "auto": the first voiced chunk decides, on the encoder pass of its own first window (asr reuses
        # that pass for decoding: a separate detection pass cost one more 30 s encoding, ~1.8 CPU-s here)
        res = asr.transcribe(self.model, samples, language=self.language or "auto", skip=skip,
                             beam_size=1 if greedy else 5,
                             use_prompt=(start + end) / 2 < PROMPT_UNTIL_S * SAMPLE_RATE, bounds=bounds)
        if self.language is None:
            self.language, self.language_probability = res.language, res.language_probability
        off = start / SAMPLE_RATE
        words = [asr.AsrWord(w.text, w.start + off, w.end + off, w.prob) for w in res.words]
        spent = time.perf_counter() - t0
        self.busy_s += spent
        return Piece(start, end, words, res.dropped, tracks, spent, res.prompt_used, behind, greedy,
                     [(s + off, e + off) for s, e in res.dropped_spans])

    def _voice_bounds(self, start: int, end: int) -> tuple[float, float] | None:
        """(first, last) time with voice inside [start, end), relative to `start`, as the offline pass bounds the
        whole file (so the silent tail after the last word is not decoded); None when under MIN_VOICE_S is loud."""
        db = self._db
        f0, f1 = start // FRAME, min(db.size, -(-end // FRAME))
        if f1 <= f0:
            return None
        loud = np.flatnonzero(db[f0:f1] >= _threshold(db))
        if loud.size < int(MIN_VOICE_S * 100):
            return None
        return float(loud[0]) / 100, float(loud[-1] + 1) / 100

    # ---- finish -------------------------------------------------------------------------------------------------
    def finish(self) -> SpeechLiveResult:
        """Transcribe what is left after the last cut and return everything (call once, after the last push)."""
        t0 = time.perf_counter()
        self._stop.set()
        self._in.put(None)
        if self._thread.is_alive():
            self._thread.join()
        if self._error is not None:
            raise self._error
        # the worker is stopped: drain what it did not read, flush the resampler
        while not self._in.empty():
            item = self._in.get_nowait()
            if item:
                self._append(resample_chunk(self._resampler, *item))
        self._append(resample_chunk(self._resampler, None, 0))
        wait_s = time.perf_counter() - t0
        tail_start = self._cut
        spec = self._spec
        if spec is not None and spec.start == self._cut and spec.end <= self._n:
            silent_rest = self._voice_bounds(spec.end, self._n) is None
            # the speculated piece ends at a pause, so it is a valid cut; but a short voiced rest would be a piece
            # of a few words without context, where Whisper drops, splits or invents words (measured on the
            # recorded vid_talk_aoc: "In fidelity" after a 6.6 s piece came out as 3 words). Then the whole open
            # chunk is transcribed at once instead.
            if silent_rest or self._n - spec.end >= SPECULATE_MIN_S * SAMPLE_RATE:
                self.pieces.append(spec)
                self._cut = spec.end
                if silent_rest:
                    tr = self._tracks(spec.end, self._n)
                    if self._n > spec.end:
                        self.pieces.append(Piece(spec.end, self._n, [], [], tr, 0.0))
                    self._cut = self._n
        while (cut := self._next_cut(final=True)) is not None:  # audio the worker had not reached
            self._commit(cut)
        if self._n - self._cut >= SAMPLE_RATE // 10:
            self.pieces.append(self._transcribe(self._cut, self._n))
        elif self._n > self._cut:
            tr = self._tracks(self._cut, self._n)
            self.pieces.append(Piece(self._cut, self._n, [], [], tr, 0.0))
        self._cut = self._n
        tail_s = time.perf_counter() - t0 - wait_s
        all_words = [w for p in self.pieces for w in p.words]
        words, loops = asr.collapse_loops(all_words)  # a loop across a seam is still a loop
        dropped_spans = sorted([sp for p in self.pieces for sp in p.dropped_spans]
                               + asr.removed_spans(all_words, words))
        tracks = self._stitch()
        meta = {
            "chunks": [{"start": round(p.start / SAMPLE_RATE, 2), "end": round(p.end / SAMPLE_RATE, 2),
                        "words": len(p.words), "asr_s": round(p.asr_s, 3), "behind_s": round(p.behind_s, 1),
                        **({"greedy": True} if p.greedy else {})} for p in self.pieces],
            "degradations": self.degradations,
            "tail_audio_s": round((self._n - tail_start) / SAMPLE_RATE, 2),
            "speculative_used": spec is not None and spec in self.pieces,
            "finish_wait_s": round(wait_s, 3),
            "finish_tail_s": round(tail_s, 3),
            "worker_busy_s": round(self.busy_s, 3),
        }
        return SpeechLiveResult(
            self._buf[: self._n].copy(), words, [d for p in self.pieces for d in p.dropped] + loops, tracks,
            self.language or "en", self.language_probability, any(p.prompt_used for p in self.pieces), meta,
            dropped_spans)

    def _stitch(self) -> ProsodyTracks | None:
        parts = [p.tracks for p in self.pieces if p.tracks is not None and p.tracks.times.size]
        if not parts:
            return None
        return ProsodyTracks(np.concatenate([p.times for p in parts]), np.concatenate([p.f0 for p in parts]),
                             np.concatenate([p.db for p in parts]))


def chunk_spans(speech: LiveSpeech) -> list[tuple[int, int]]:
    """Where a live worker that keeps up cuts the audio held by `speech` (first pause >= PAUSE_S after MIN_CHUNK_S,
    else the quietest point before MAX_CHUNK_S), then where `finish` cuts what is left, as at Stop: [start, end)
    sample spans covering the whole audio. The cuts depend on the audio's energy only, not on any transcription."""
    spans: list[tuple[int, int]] = []
    start = speech._cut
    for final in (False, True):
        while (cut := speech._next_cut(final=final, catchup=False)) is not None:
            spans.append((speech._cut, cut))
            speech._cut = cut
    if speech._n > speech._cut:
        spans.append((speech._cut, speech._n))
    speech._cut = start
    return spans


def transcribe_chunked(model, samples: np.ndarray, *, language: str = "auto", progress=None, cancel=None,
                       workers: int = 1) -> SpeechLiveResult:
    """The live chunking applied to a whole 16 kHz recording (no speculation, never degraded): the chunks of
    `chunk_spans`, each transcribed with the settings the live worker uses. `analyze_file` transcribes this way, so
    the offline and the streamed reports cut at the same pauses and decode each chunk alike.

    Chunks are independent (no text is carried from one to the next), so with `workers` > 1 (a model loaded with
    as many CTranslate2 workers) that many are decoded at once; with language "auto" the first chunk is decoded
    first, since it decides the language of the others."""
    speech = LiveSpeech(model, language=language, degrade=False, thread=False)
    speech._append_float(np.asarray(samples, dtype=np.float32))
    speech._resampler = _resampler()  # nothing was pushed through it: the flush at finish returns nothing
    total = max(1, speech._n)
    spans = chunk_spans(speech)
    done = [0]
    lock = threading.Lock()

    def one(span: tuple[int, int]) -> Piece:
        if cancel is not None:
            cancel.check()
        start, end = span
        piece = speech._transcribe(start, end) if end - start >= SAMPLE_RATE // 10 else \
            Piece(start, end, [], [], speech._tracks(start, end), 0.0)
        with lock:
            done[0] += end - start
            if progress is not None:
                progress(done[0] / total, "transcribing")
        return piece

    if progress is not None:
        progress(0.0, "transcribing")
    pieces: list[Piece] = []
    rest = list(spans)
    while rest and (workers <= 1 or speech.language is None):
        pieces.append(one(rest.pop(0)))  # with "auto", the first chunk with voice decides the language
    if workers <= 1:
        pieces.extend(one(span) for span in rest)
    elif rest:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rebond-asr") as pool:
            futures = [pool.submit(one, span) for span in rest]
            try:
                pieces.extend(f.result() for f in futures)
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
    speech.pieces = pieces
    speech._cut = speech._n
    res = speech.finish()
    if progress is not None:
        progress(1.0, "transcribed")
    return res
