"""Voice from pitch/intensity tracks: silences (for pauses), pitch variation in semitones (monotone detection),
and loudness variation (hesitations heard in the audio: app/analysis/hesitation.py).

Works on numpy arrays only (tracks come from app/ml/prosody.py), so it is unit-tested on synthetic tracks.
"""

from __future__ import annotations

import numpy as np

from app.analysis.thresholds import section

_MIN_VOICED_FRAMES = 30  # 0.3 s of voiced speech before a pitch statistic means anything


def speech_mask(db: np.ndarray) -> tuple[np.ndarray, float]:
    """Frames louder than an adaptive threshold between the noise floor (10th percentile) and the speech level
    (95th percentile), so it follows the recording level and steady background noise."""
    if db.size == 0:
        return np.zeros(0, bool), 0.0
    floor = float(np.percentile(db, 10))
    loud = float(np.percentile(db, 95))
    if loud - floor < 10.0:  # no contrast: silence, or noise only, or continuous speech
        thr = loud - 10.0
    else:
        thr = floor + max(6.0, 0.35 * (loud - floor))
    return db > thr, thr


def silences(times: np.ndarray, db: np.ndarray, min_len: float = 0.25) -> list[tuple[float, float]]:
    """Silent intervals (seconds) of at least `min_len`, from the intensity track."""
    if times.size == 0:
        return []
    mask, _ = speech_mask(db)
    step = float(times[1] - times[0]) if times.size > 1 else 0.01
    out = []
    start = None
    for t, voiced in zip(times, mask, strict=True):
        if not voiced and start is None:
            start = t
        elif voiced and start is not None:
            if t - start >= min_len:
                out.append((float(start - step / 2), float(t - step / 2)))
            start = None
    if start is not None and times[-1] - start >= min_len:
        out.append((float(start), float(times[-1])))
    return out


def _semitones(f0: np.ndarray) -> np.ndarray:
    voiced = f0[f0 > 0]
    if voiced.size == 0:
        return voiced
    return 12.0 * np.log2(voiced / np.median(voiced))


def voice_stats(times: np.ndarray, f0: np.ndarray, db: np.ndarray) -> dict | None:
    """The `voice` section: median pitch, pitch variation (SD and 10–90% range in semitones), loudness variation over
    speech frames (SD in dB), and the monotone/flat flags. None when there is too little voiced speech."""
    cfg = section("speech")
    mask, _ = speech_mask(db)
    voiced = (f0 > 0) & mask
    if int(voiced.sum()) < _MIN_VOICED_FRAMES:
        return None
    st = _semitones(f0[voiced])
    # drop octave jumps (pitch-tracker errors), which would inflate the variation
    st = st[np.abs(st) < 12.0]
    loud = db[mask]
    pitch_sd = float(np.std(st))
    loud_sd = float(np.std(loud))
    step = float(times[1] - times[0]) if times.size > 1 else 0.01
    idx = np.flatnonzero(voiced)
    return {
        # first and last voiced frame: the speaking span of the answer as heard, whatever the transcript kept
        "voiced_span": [round(float(times[idx[0]]), 3), round(float(times[idx[-1]] + step), 3)],
        "pitch_median_hz": round(float(np.median(f0[voiced])), 1),
        "pitch_sd_semitones": round(pitch_sd, 2),
        "pitch_range_semitones": round(float(np.percentile(st, 90) - np.percentile(st, 10)), 2),
        "loudness_sd_db": round(loud_sd, 2),
        "voiced_s": round(float(voiced.sum()) * float(times[1] - times[0]), 2) if times.size > 1 else 0.0,
        "monotone": pitch_sd < cfg["monotone_semitones"],
        "flat_loudness": loud_sd < cfg["flat_loudness_db"],
        "thresholds": {"monotone_semitones": cfg["monotone_semitones"], "flat_loudness_db": cfg["flat_loudness_db"]},
    }
