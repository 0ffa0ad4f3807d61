"""Filled pauses ("euh", "um", "er", "hmm") heard in the audio, including those the recogniser left out.

A filled pause is one vowel held with a level pitch: voiced, the spectrum steady (no articulation moving from one
sound to the next), the pitch flat or slowly falling, 0.15-1 s long (Shriberg 1994; Candea 2000 for French "euh").
Whisper base mostly drops the French ones and, instead, stretches the neighbouring word over them ("c'est..."
timed over "c'est euh"), or leaves a gap between two words. So the detector:

1. computes per 10 ms frame (on the prosody tracks' grid) MFCCs and their local change, with the pitch and
   intensity already measured for the voice section;
2. cuts the voiced frames clearly above the background into *steady runs* (spectral change low for the clip);
3. describes each run by its sound alone: duration, pitch flatness and slope, spectral steadiness, loudness against
   the speech level, how central its vowel is for this speaker (MFCCs standardised over the clip), pause around it.
   Where it sits against Whisper's words (in a gap, at the tail of a stretched word, Whisper's confidence, "...")
   is computed too (ALL_FEATURES) but measured no better: the shipped model does not use it;
4. scores the run with a logistic model trained with leave-one-clip-out cross-validation on real conversational
   speech and on read, formal and non-speech negatives (bench/_hesitation_train.py; weights and how they were made in
   app/resources/models/hesitation.json). Runs scoring above the model's threshold are hesitations.

Also measured and left out: asking Whisper again about each suspected region (the snippet decoded alone with the
filler prompt) wrote no "euh" that the first pass had dropped in the CID clips, looped on 5 of 23 snippets,
echoed the prompt on 2 more, and cost about 6 CPU-s per snippet.

Pure numpy: no model file beyond the handful of weights, no I/O besides reading those weights once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from app.analysis.thresholds import section
from app.core.paths import resource

SR = 16000
WIN = 400  # 25 ms analysis window
N_MELS = 24
N_MFCC = 13
DELTA_HALF = 3  # spectral change measured between frames 30 ms apart on each side


@dataclass(frozen=True)
class HeardHesitation:
    start: float
    end: float
    score: float


# ------------------------------------------------------------------------------------------------ frame features
@lru_cache(maxsize=2)
def _mel_dct(sr: int = SR, n_fft: int = 512) -> tuple[np.ndarray, np.ndarray]:
    def mel(f):
        return 2595.0 * np.log10(1.0 + f / 700.0)

    def hz(m):
        return 700.0 * (10 ** (m / 2595.0) - 1.0)

    pts = hz(np.linspace(mel(80.0), mel(4000.0), N_MELS + 2))
    freqs = np.fft.rfftfreq(n_fft, 1.0 / sr)
    fb = np.zeros((N_MELS, freqs.size))
    for i in range(N_MELS):
        lo, c, hi = pts[i], pts[i + 1], pts[i + 2]
        fb[i] = np.clip(np.minimum((freqs - lo) / (c - lo), (hi - freqs) / (hi - c)), 0.0, None)
    k = np.arange(N_MELS)
    dct = np.cos(np.pi / N_MELS * (k[None, :] + 0.5) * np.arange(N_MFCC)[:, None])
    return fb, dct


def mfcc_at(samples: np.ndarray, times: np.ndarray, sr: int = SR) -> np.ndarray:
    """MFCCs (frames x 13) of 25 ms Hann windows centred on `times`."""
    fb, dct = _mel_dct(sr)
    x = np.asarray(samples, dtype=np.float32)
    centres = np.round(times * sr).astype(np.int64)
    pad = np.concatenate([np.zeros(WIN, np.float32), x, np.zeros(WIN, np.float32)])
    idx = centres[:, None] + np.arange(-WIN // 2, WIN // 2)[None, :] + WIN
    idx = np.clip(idx, 0, pad.size - 1)
    frames = pad[idx] * np.hanning(WIN).astype(np.float32)
    power = np.abs(np.fft.rfft(frames, 512, axis=1)) ** 2
    logmel = np.log(power @ fb.T + 1e-10)
    return logmel @ dct.T


def spectral_change(mfcc: np.ndarray) -> np.ndarray:
    """Per-frame distance between the MFCCs (without c0, the loudness) DELTA_HALF frames before and after."""
    c = mfcc[:, 1:]
    n = c.shape[0]
    out = np.full(n, np.inf)
    if n > 2 * DELTA_HALF:
        out[DELTA_HALF:n - DELTA_HALF] = np.linalg.norm(c[2 * DELTA_HALF:] - c[:-2 * DELTA_HALF], axis=1)
    return out


# ------------------------------------------------------------------------------------------------ steady runs
# Candidate generation is deliberately loose (the learned model decides); the values and their sources are in
# app/resources/thresholds.toml [speech] hesitation_*.
_CFG = section("speech")
STEADY_REL = float(_CFG.get("hesitation_steady_rel", 0.8))  # steady: spectral change under this share of the median
MIN_RUN_S = float(_CFG.get("hesitation_min_run_s", 0.08))  # shorter steady stretches are parts of ordinary vowels
MAX_GAP_FRAMES = 3  # a steady run may hold 30 ms of pitch-tracker jitter
VOICED_DB_SHARE = 0.25  # share of the background-to-speech range a voiced frame must exceed
PAUSE_DB = 0.5  # share of the speech-level range below which a frame counts as pause (see _quiet)


@dataclass(frozen=True)
class Frames:
    """Frame-wise inputs on the 10 ms prosody grid."""

    times: np.ndarray
    f0: np.ndarray
    db: np.ndarray
    change: np.ndarray  # spectral change relative to the clip's median over voiced frames
    cep: np.ndarray  # MFCC 1-5 standardised over the clip's voiced frames (0 = the speaker's average vowel)
    voiced: np.ndarray
    loud_level: float  # 95th percentile of the intensity (speech level)
    floor_level: float  # 10th percentile (background)


def frames_from(samples: np.ndarray, times: np.ndarray, f0: np.ndarray, db: np.ndarray) -> Frames | None:
    if times.size < 2 * DELTA_HALF + 2:
        return None
    if times.size < 2:
        return None
    floor, top = float(np.percentile(db, 10)), float(np.percentile(db, 95))
    # voiced and clearly above the background: hesitations are often softer than words, so the speech mask of
    # the pauses (app.analysis.voice.speech_mask) is too strict here
    voiced = (f0 > 0) & (db > floor + VOICED_DB_SHARE * (top - floor))
    mfcc = mfcc_at(samples, times)
    change = spectral_change(mfcc)
    ok = voiced & np.isfinite(change)
    ref = mfcc[voiced, 1:6] if voiced.sum() >= 10 else mfcc[:, 1:6]
    cep = (mfcc[:, 1:6] - ref.mean(0)) / (ref.std(0) + 1e-6)
    med = float(np.median(change[ok])) if ok.sum() >= 10 else float("inf")
    rel = change / med if np.isfinite(med) and med > 0 else np.full_like(change, np.inf)
    return Frames(times, f0, db, rel, cep, voiced, top, floor)


def steady_runs(fr: Frames) -> list[tuple[int, int]]:
    """Frame index ranges [i, j) of voiced frames whose spectrum barely moves, at least MIN_RUN_S long."""
    step = float(fr.times[1] - fr.times[0])
    steady = fr.voiced & (fr.change < STEADY_REL)
    idx = np.flatnonzero(steady)
    runs: list[tuple[int, int]] = []
    if not idx.size:
        return runs
    a = prev = int(idx[0])
    for k in idx[1:]:
        k = int(k)
        if k - prev > MAX_GAP_FRAMES + 1:
            runs.append((a, prev + 1))
            a = k
        prev = k
    runs.append((a, prev + 1))
    return [(i, j) for i, j in runs if (j - i) * step >= MIN_RUN_S]


# ------------------------------------------------------------------------------------------------ run features
ALL_FEATURES = ("log_dur", "pitch_sd_st", "pitch_slope_st_s", "change_mean", "level_rel", "covered", "tail_pos",
            "word_stretch", "word_prob", "quiet_after", "quiet_before", "ellipsis", "last_word", "cep_dist", "c1", "c2")


def _quiet(fr: Frames, i: int, j: int) -> float:
    """Share of frames [i, j) that are pause: unvoiced and in the lower half between background and speech level."""
    if j <= i:
        return 0.0
    thr = fr.floor_level + PAUSE_DB * (fr.loud_level - fr.floor_level)
    seg = (~fr.voiced[i:j]) & (fr.db[i:j] < thr)
    return float(seg.mean())


def run_features(fr: Frames, i: int, j: int, words: list[tuple[str, float, float, float]]) -> np.ndarray:
    """The ALL_FEATURES of the steady run [i, j) given the transcript words (text, start, end, probability)."""
    step = float(fr.times[1] - fr.times[0])
    s, e = float(fr.times[i]), float(fr.times[j - 1]) + step
    dur = e - s
    f0 = fr.f0[i:j]
    v = f0 > 0
    st = 12.0 * np.log2(f0[v] / np.median(f0[v])) if v.sum() >= 3 else np.zeros(3)
    tt = fr.times[i:j][v] if v.sum() >= 3 else np.arange(3) * step
    slope = float(np.polyfit(tt - tt[0], st, 1)[0]) if st.size >= 3 else 0.0
    ch = fr.change[i:j]
    ch = ch[np.isfinite(ch)]
    level = float(np.mean(fr.db[i:j]) - fr.loud_level)
    cep = fr.cep[i:j]
    covered = sum(max(0.0, min(e, we) - max(s, ws)) for _t, ws, we, _p in words) / dur
    mid = 0.5 * (s + e)
    host = [w for w in words if w[1] <= mid < w[2]]
    tail_pos = stretch = 0.0
    prob = 1.0
    ellipsis = 0.0
    last = 0.0
    if host:
        text, ws, we, prob = host[0]
        tail_pos = (s - ws) / max(we - ws, 1e-3)
        n_chars = max(1, sum(c.isalpha() for c in text))
        stretch = float(np.log((we - ws) / (0.06 * n_chars + 0.05)))  # ~60 ms per letter + 50 ms, a typical rate
        ellipsis = float(text.rstrip().endswith(("...", "…")))
        last = float(host[0] is words[-1])
    else:
        before = [w for w in words if w[2] <= mid]
        if before:
            ellipsis = float(before[-1][0].rstrip().endswith(("...", "…", ",")))
        last = float(not [w for w in words if w[1] >= mid])
    n_ctx = max(1, int(round(0.15 / step)))
    quiet_after = _quiet(fr, j, min(len(fr.times), j + n_ctx))
    quiet_before = _quiet(fr, max(0, i - n_ctx), i)
    return np.array([np.log(dur), float(np.std(st)), abs(slope), float(np.mean(ch)) if ch.size else 1.0, level,
                     min(1.0, covered), tail_pos, stretch, prob, quiet_after, quiet_before, ellipsis, last,
                     float(np.linalg.norm(cep.mean(0))), float(cep[:, 0].mean()), float(cep[:, 1].mean())])


def candidates(samples: np.ndarray, times: np.ndarray, f0: np.ndarray, db: np.ndarray,
               words: list[tuple[str, float, float, float]]) -> tuple[list[tuple[float, float]], np.ndarray]:
    """Steady runs as (start, end) seconds and their feature rows (runs x ALL_FEATURES)."""
    fr = frames_from(samples, times, f0, db)
    if fr is None:
        return [], np.zeros((0, len(ALL_FEATURES)))
    step = float(times[1] - times[0])
    spans, rows = [], []
    for i, j in steady_runs(fr):
        spans.append((round(float(times[i]), 3), round(float(times[j - 1]) + step, 3)))
        rows.append(run_features(fr, i, j, words))
    return spans, (np.array(rows) if rows else np.zeros((0, len(ALL_FEATURES))))


MERGE_GAP_S = float(_CFG.get("hesitation_merge_gap_s", 0.15))  # two runs this close are one hesitation ("euh" split by a pitch-tracker dropout)


def merge_runs(runs: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for s, e in sorted(runs):
        if out and s - out[-1][1] <= MERGE_GAP_S:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# ------------------------------------------------------------------------------------------------ the model
@lru_cache(maxsize=1)
def model() -> dict:
    """The logistic model (see app/resources/models/hesitation.json for how it was made). Its `features` name the
    columns of ALL_FEATURES it uses."""
    with open(resource("models", "hesitation.json"), encoding="utf-8") as fh:
        m = json.load(fh)
    unknown = set(m["features"]) - set(ALL_FEATURES)
    if unknown:
        raise ValueError(f"hesitation.json uses unknown features {sorted(unknown)}: re-run bench/_hesitation_train.py")
    m["columns"] = [ALL_FEATURES.index(f) for f in m["features"]]
    return m


def run_probabilities(X: np.ndarray, m: dict | None = None) -> np.ndarray:
    """Probability that each run (rows of ALL_FEATURES) is a filled pause."""
    m = m or model()
    if not len(X):
        return np.zeros(0)
    Xm = X[:, m["columns"]]
    z = ((Xm - np.asarray(m["mean"])) / np.asarray(m["scale"])) @ np.asarray(m["weights"]) + m["bias"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def detect(samples: np.ndarray, times: np.ndarray, f0: np.ndarray, db: np.ndarray,
           words: list[tuple[str, float, float, float]]) -> list[HeardHesitation]:
    """Hesitations heard in a recording: `samples` 16 kHz mono, `times/f0/db` its prosody tracks (app.ml.prosody,
    same time base), `words` the recogniser's (text, start, end, probability). Runs the transcript already writes
    as a hesitation are found too; the caller keeps those from the transcript (app.analysis.report_build)."""
    spans, X = candidates(samples, times, f0, db, words)
    if not spans:
        return []
    m = model()
    p = run_probabilities(X, m)
    keep = [(sp, float(q)) for sp, q in zip(spans, p, strict=True) if q >= m["threshold"]]
    out = []
    for s, e in merge_runs([sp for sp, _q in keep]):
        out.append(HeardHesitation(s, e, max(q for (a, b), q in keep if a >= s and b <= e)))
    return out


def heard_hesitations(samples: np.ndarray | None, tracks, words) -> list[tuple[float, float]]:
    """(start, end) of the hesitations heard in a finished recording, for `build_speech_sections`: the engine's one
    call, shared by the live and the offline analysis. `tracks` has `times/f0/db`; `words` are ASR words with
    `text, start, end, prob`. Empty without samples."""
    if samples is None or tracks is None or not len(samples) or tracks.times.size < 2:
        return []
    ws = [(w.text, float(w.start), float(w.end), float(w.prob)) for w in words]
    return [(h.start, h.end) for h in detect(np.asarray(samples, np.float32), tracks.times, tracks.f0, tracks.db, ws)]
