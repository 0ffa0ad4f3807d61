"""The speech engine shared by the live and the offline analysis: one chunker, one transcription driver.

- `SpeechBuffer` holds the 16 kHz audio of an answer with its 10 ms energy frames and says where a chunk ends
  (`next_cut`) by the pause rule; `spans()` gives the cuts of a whole recording.
- `ChunkTranscriber` transcribes one span [start, end) of a buffer: energy gate, speech gate (Silero VAD, shipped
  inside faster-whisper), language decision, then `app.ml.asr.transcribe` with the disfluency strategy. It keeps the
  language decided by the first chunk with speech.
- `assemble` joins the pieces into one `SpeechResult` (loops across seams collapsed, prosody stitched).
- `transcribe_chunked` is the whole-file pass (`analyze_file`); `app.engine.live_speech.LiveSpeech` drives the same
  objects while the answer is recorded. A fix to the cut rule or to a chunk's decoding lands in both paths.

Chunking (on 10 ms energy frames, threshold adaptive like app.analysis.voice.speech_mask):
- a chunk is closed in the middle of the first pause >= `PAUSE_S` once it holds >= `MIN_CHUNK_S` of audio, or at
  the quietest 100 ms of its last seconds when it reaches `MAX_CHUNK_S` (Whisper's window is 30 s);
- catching up (a backlog, or the end of the recording) it is closed at the LAST pause before `CATCHUP_CHUNK_S`.
Chunks are cut inside silences, so a word belongs to exactly one chunk; word times are offset by the chunk start.
Pitch and intensity (parselmouth) are computed per chunk with `PROSODY_PAD_S` of context on both sides and stitched.
"""

from __future__ import annotations

import logging
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
PROSODY_PAD_S = 0.5  # pitch window is 3 / 75 Hz = 40 ms; half a second of context makes the seams invisible
MIN_VOICE_S = 0.1  # a piece with less loud audio than this holds no word (a click, a breath): not transcribed
# The speech gate: Silero VAD (faster_whisper.vad, default options: threshold 0.5, 250 ms minimum speech) within the
# voiced span of a piece. Measured per chunk on the shared data (bench: every piece of every clip):
# - speech (all EN/FR audio clips, the talking videos): 2.2-19.4 s of VAD speech, 0.74-1.00 of the voiced span;
# - not speech: lp_d9/d14/s18/s32, vid_lookaway_d3, vid_pose_s20, gh_dim_emotional 0.0; lp_d12 1.2 s (0.16);
#   generated tones and chords (tests/speech/test_speech_gate.py) 0.5-1.0 s at the onset of the sound (0.03-0.05),
#   noise 0.0. Silero marks up to ~1 s at the abrupt start of a loud sound as speech.
# A piece is given to Whisper when it has speech beyond those onset marks: at least MIN_VAD_SPEECH_S, and either
# MIN_SPEECH_SHARE of its voiced span or MIN_VAD_SPEECH_LONG_S in all (a short answer between two long noises).
# Elsewhere Whisper only invents text, and through temperature fallback loops (15 s pieces took ~30 s when busy).
MIN_VAD_SPEECH_S = 0.25  # = faster-whisper's own min_speech_duration_ms: one short word
MIN_SPEECH_SHARE = 0.3  # between 0.16 (most "speech" in a non-speech piece) and 0.74 (least in a speech piece)
MIN_VAD_SPEECH_LONG_S = 1.5  # above the onset marks measured on tones (<= 1.0 s), below a sentence
# Below this share of VAD speech within the voiced span of a piece, a failed decoding is not retried at higher
# temperatures (sampling again over non-speech is what loops); design choice: half the piece.
FALLBACK_MIN_SPEECH_SHARE = 0.5
# The disfluency prompt helps only in the first 30 s window of a whole-file pass (faster-whisper resets it after each
# window with condition_on_previous_text=False): chunks starting in the first 30 s get it, later ones not, so both
# paths decode alike. Measured on the 2-minute talk video: with the prompt on every chunk, some chunks fell into
# temperature fallback (20-60 s of decoding for 12 s of audio) and filler counts drifted. A chunk gets the prompt
# when most of it lies in that first window (29.5-41.3 s prompted: 63 s, 0 words; unprompted: 2 s).
PROMPT_UNTIL_S = 30.0


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
    skipped: str | None = None  # why Whisper did not run: "no_voice", "no_speech", "other_language"
    other_language: tuple[str, float] | None = None  # (code, probability) when the speech is not in EN/FR
    live: bool = False  # transcribed while the answer was being recorded (False: after Stop, or offline)
    speech_s: float = 0.0  # VAD speech heard in the piece


@dataclass
class SpeechResult:
    samples: np.ndarray
    words: list[asr.AsrWord]
    dropped: list[str]
    tracks: ProsodyTracks | None
    language: str
    language_probability: float
    prompt_used: bool
    meta: dict[str, Any] = field(default_factory=dict)
    dropped_spans: list[tuple[float, float]] = field(default_factory=list)
    speech_s: float = 0.0  # VAD speech heard in the pieces that had voice
    other_language: tuple[str, float] | None = None  # the answer is spoken in a language Rebond does not analyse


def new_resampler():
    import av

    return av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)  # as app.ml.audio_decode


def resample_chunk(resampler, samples: np.ndarray | None, sample_rate: int) -> np.ndarray:
    """Mono float32 at `sample_rate` -> int16 at 16 kHz through the same swresample path as the offline decoder
    (pass None to flush)."""
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


class SpeechBuffer:
    """The audio of one answer at 16 kHz (float32) and its 10 ms energies; grows with `append`. Single writer."""

    def __init__(self) -> None:
        self.n = 0  # samples so far
        self._buf = np.zeros(0, np.float32)
        self._dbuf = np.zeros(0, np.float64)
        self._nf = 0

    @classmethod
    def of(cls, samples: np.ndarray) -> SpeechBuffer:
        buf = cls()
        buf.append(np.asarray(samples, dtype=np.float32))
        return buf

    def append_pcm16(self, pcm: np.ndarray) -> None:
        if pcm.size:
            self.append(pcm.astype(np.float32) / 32768.0)

    def append(self, x: np.ndarray) -> None:
        if not x.size:
            return
        if self.n + x.size > self._buf.size:
            grown = np.zeros(max(self._buf.size * 2, self.n + x.size, SAMPLE_RATE * 30), np.float32)
            grown[: self.n] = self._buf[: self.n]
            self._buf = grown
        self._buf[self.n: self.n + x.size] = x
        self.n += x.size
        nf = self.n // FRAME
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
    def frames(self) -> int:
        return self._nf

    @property
    def db(self) -> np.ndarray:
        return self._dbuf[: self._nf]

    def samples(self, start: int = 0, end: int | None = None) -> np.ndarray:
        return self._buf[start: self.n if end is None else min(end, self.n)]

    def silent_runs(self, f0: int, f1: int) -> list[tuple[int, int]]:
        """Silent frame runs [a, b) within frames [f0, f1)."""
        db = self.db
        f0 = max(0, f0)
        silent = np.concatenate([[False], db[f0:f1] < _threshold(db), [False]])
        edges = np.flatnonzero(np.diff(silent.astype(np.int8)))
        return [(f0 + int(a), f0 + int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]

    def next_cut(self, cut: int, *, final: bool = False, catchup: bool = True) -> int | None:
        """Where the chunk opened at sample `cut` ends by the pause rule (or the quiet-point rule past MAX_CHUNK_S),
        or None yet.

        Catching up (more than CATCHUP_CHUNK_S of audio waits, or `final`: the recording has ended) the chunk ends
        at the LAST pause before CATCHUP_CHUNK_S instead of the first after MIN_CHUNK_S: each Whisper call encodes a
        full 30 s window whatever the chunk length (measured ~1 s of the 1.5-3.5 s a chunk costs here), so fewer,
        longer chunks clear a backlog sooner. At the end, audio that fits one window is a single last chunk."""
        frames = self._nf
        c0 = cut // FRAME
        min_f, max_f, pause_f = int(MIN_CHUNK_S * 100), int(MAX_CHUNK_S * 100), int(PAUSE_S * 100)
        long_f = int(CATCHUP_CHUNK_S * 100)
        if final and frames - c0 <= long_f:
            return None
        if final or (catchup and frames - c0 > long_f):
            runs = [(a, b) for a, b in self.silent_runs(c0 + min_f - pause_f, c0 + long_f) if b - a >= pause_f]
            if runs:
                return (runs[-1][0] + pause_f // 2) * FRAME
            db = np.convolve(self.db[c0 + min_f:c0 + long_f], np.ones(10) / 10, mode="valid")
            return (c0 + min_f + int(np.argmin(db)) + 5) * FRAME
        if frames - c0 >= min_f:
            for a, b in self.silent_runs(c0 + min_f - pause_f, min(frames, c0 + max_f)):
                if b - a >= pause_f:
                    return (a + pause_f // 2) * FRAME
        if frames - c0 >= max_f:
            db = np.convolve(self.db[c0 + min_f:c0 + max_f], np.ones(10) / 10, mode="valid")
            return (c0 + min_f + int(np.argmin(db)) + 5) * FRAME
        return None

    def spans(self, cut: int = 0) -> list[tuple[int, int]]:
        """Where a live worker that keeps up cuts this audio from `cut` on (first pause >= PAUSE_S after
        MIN_CHUNK_S, else the quietest point before MAX_CHUNK_S), then where the end of the recording cuts what is
        left: [start, end) sample spans covering the audio. They depend on the audio's energy only."""
        spans: list[tuple[int, int]] = []
        for final in (False, True):
            while (nxt := self.next_cut(cut, final=final, catchup=False)) is not None:
                spans.append((cut, nxt))
                cut = nxt
        if self.n > cut:
            spans.append((cut, self.n))
        return spans

    def voice_bounds(self, start: int, end: int) -> tuple[float, float] | None:
        """(first, last) time with voice inside [start, end), relative to `start`, as the offline pass bounds the
        whole file (so the silent tail after the last word is not decoded); None when under MIN_VOICE_S is loud."""
        db = self.db
        f0, f1 = start // FRAME, min(db.size, -(-end // FRAME))
        if f1 <= f0:
            return None
        loud = np.flatnonzero(db[f0:f1] >= _threshold(db))
        if loud.size < int(MIN_VOICE_S * 100):
            return None
        return float(loud[0]) / 100, float(loud[-1] + 1) / 100

    def tracks(self, start: int, end: int) -> ProsodyTracks | None:
        """Pitch and intensity of [start, end), computed with PROSODY_PAD_S of context on both sides."""
        pad = int(PROSODY_PAD_S * SAMPLE_RATE)
        a, b = max(0, start - pad), min(self.n, end + pad)
        tr = extract_tracks(self._buf[a:b])
        if tr is None:
            return None
        times = tr.times + a / SAMPLE_RATE
        keep = (times >= start / SAMPLE_RATE) & (times < end / SAMPLE_RATE)
        return ProsodyTracks(times[keep], tr.f0[keep], tr.db[keep])


def silero_speech_spans(samples: np.ndarray) -> list[tuple[float, float]]:
    """Speech spans (s) in 16 kHz `samples` by Silero VAD as shipped inside faster-whisper (default options)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE)
            for s in get_speech_timestamps(np.ascontiguousarray(samples, dtype=np.float32), VadOptions())]


class ChunkTranscriber:
    """Transcribes spans of a `SpeechBuffer` alike in both paths; decides the language on the first chunk with
    speech (or keeps the one given). Thread-safe once the language is decided."""

    def __init__(self, model, *, language: str = "auto") -> None:
        self.model = model
        self.language = language if language in asr.SUPPORTED else None
        self.language_probability = 1.0 if self.language else 0.0
        # the speech gate: a test double of Whisper brings its own (its "speech" is tone bursts, not a voice)
        self.speech_spans = getattr(model, "speech_spans", None) or silero_speech_spans
        self.busy_s = 0.0
        self._lock = threading.Lock()

    @property
    def decided(self) -> bool:
        return self.language is not None

    def transcribe(self, buf: SpeechBuffer, start: int, end: int, *, beam_size: int = 5) -> Piece:
        t0 = time.perf_counter()
        tracks = buf.tracks(start, end)
        behind = (buf.n - end) / SAMPLE_RATE
        bounds = buf.voice_bounds(start, end) if end - start >= SAMPLE_RATE // 10 else None
        if bounds is None:  # no voice in this piece: Whisper would only invent text there (and spend seconds on it)
            return Piece(start, end, [], [], tracks, time.perf_counter() - t0, behind_s=behind, skipped="no_voice")
        off = start / SAMPLE_RATE
        samples = buf.samples(start, end)
        lo, hi = int(bounds[0] * SAMPLE_RATE), int(bounds[1] * SAMPLE_RATE)
        heard = self.speech_spans(samples[lo:hi])
        speech_s = sum(e - s for s, e in heard)
        share = speech_s / max(1e-6, bounds[1] - bounds[0])
        if speech_s < MIN_VAD_SPEECH_S or (share < MIN_SPEECH_SHARE and speech_s < MIN_VAD_SPEECH_LONG_S):
            # music, a tone, noise: no Whisper (no loop, no invented words)
            spent = time.perf_counter() - t0
            return Piece(start, end, [], [], tracks, spent, behind_s=behind, skipped="no_speech")
        skip = []
        if tracks is not None and tracks.times.size:
            skip = [(s - off, e - off) for s, e in V.silences(tracks.times, tracks.db, min_len=3.0)]
        temperatures = asr.TEMPERATURES if share >= FALLBACK_MIN_SPEECH_SHARE else asr.TEMPERATURES[:1]
        # language "auto": the first chunk with speech decides, on the encoder pass of its own first window (asr
        # reuses that pass for decoding: a separate detection pass cost one more 30 s encoding, ~1.8 CPU-s here)
        res = asr.transcribe(self.model, samples, language=self.language or "auto", skip=skip, beam_size=beam_size,
                             use_prompt=(start + end) / 2 < PROMPT_UNTIL_S * SAMPLE_RATE, bounds=bounds,
                             temperatures=temperatures)
        spent = time.perf_counter() - t0
        with self._lock:
            self.busy_s += spent
            if res.other_language is None and self.language is None:
                self.language, self.language_probability = res.language, res.language_probability
        if res.other_language is not None:
            return Piece(start, end, [], [], tracks, spent, behind_s=behind, skipped="other_language",
                         other_language=res.other_language)
        words = [asr.AsrWord(w.text, w.start + off, w.end + off, w.prob) for w in res.words]
        return Piece(start, end, words, res.dropped, tracks, spent, res.prompt_used, behind, beam_size == 1,
                     [(s + off, e + off) for s, e in res.dropped_spans], speech_s=speech_s)


def assemble(buf: SpeechBuffer, pieces: list[Piece], tx: ChunkTranscriber,
             meta: dict[str, Any] | None = None) -> SpeechResult:
    """One result from the pieces covering the buffer (in order)."""
    all_words = [w for p in pieces for w in p.words]
    words, loops = asr.collapse_loops(all_words)  # a loop across a seam is still a loop
    dropped_spans = sorted([sp for p in pieces for sp in p.dropped_spans] + asr.removed_spans(all_words, words))
    parts = [p.tracks for p in pieces if p.tracks is not None and p.tracks.times.size]
    tracks = None if not parts else ProsodyTracks(np.concatenate([p.times for p in parts]),
                                                  np.concatenate([p.f0 for p in parts]),
                                                  np.concatenate([p.db for p in parts]))
    others = [p.other_language for p in pieces if p.other_language is not None]
    speech_s = sum(p.speech_s for p in pieces)
    info = {
        "chunks": [{"start": round(p.start / SAMPLE_RATE, 2), "end": round(p.end / SAMPLE_RATE, 2),
                    "words": len(p.words), "asr_s": round(p.asr_s, 3), "behind_s": round(p.behind_s, 1),
                    **({"greedy": True} if p.greedy else {}), **({"skipped": p.skipped} if p.skipped else {}),
                    **({"live": p.live} if meta is not None and "live_parts" in meta else {})} for p in pieces],
        "worker_busy_s": round(tx.busy_s, 3),
    }
    info.update({k: v for k, v in (meta or {}).items() if k != "live_parts"})
    return SpeechResult(
        buf.samples().copy(), words, [d for p in pieces for d in p.dropped] + loops, tracks,
        tx.language or "en", tx.language_probability, any(p.prompt_used for p in pieces), info, dropped_spans,
        speech_s=speech_s, other_language=max(others, key=lambda o: o[1]) if others and not words else None)


def transcribe_chunked(model, samples: np.ndarray, *, language: str = "auto", progress=None, cancel=None,
                       workers: int = 1) -> SpeechResult:
    """A whole 16 kHz recording cut by `SpeechBuffer.spans` (the cuts of a live worker that keeps up) and each
    chunk transcribed by `ChunkTranscriber`, as the live worker does: the offline and the streamed reports cut at
    the same pauses and decode each chunk alike.

    Chunks are independent (no text is carried from one to the next), so with `workers` > 1 (a model loaded with
    as many CTranslate2 workers) that many are decoded at once; with language "auto" chunks go one at a time until
    one with speech has decided the language of the others."""
    buf = SpeechBuffer.of(samples)
    tx = ChunkTranscriber(model, language=language)
    total = max(1, buf.n)
    done = [0]
    lock = threading.Lock()

    def one(span: tuple[int, int]) -> Piece:
        if cancel is not None:
            cancel.check()
        piece = tx.transcribe(buf, *span)
        with lock:
            done[0] += span[1] - span[0]
            if progress is not None:
                progress(done[0] / total, "transcribing")
        return piece

    if progress is not None:
        progress(0.0, "transcribing")
    pieces: list[Piece] = []
    rest = buf.spans()
    while rest and (workers <= 1 or not tx.decided):
        pieces.append(one(rest.pop(0)))
    if rest:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rebond-asr") as pool:
            futures = [pool.submit(one, span) for span in rest]
            try:
                pieces.extend(f.result() for f in futures)
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
    res = assemble(buf, pieces, tx)
    if progress is not None:
        progress(1.0, "transcribed")
    return res
