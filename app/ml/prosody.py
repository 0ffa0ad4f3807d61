"""Pitch and intensity tracks with praat-parselmouth (Praat's autocorrelation pitch, the reference tool of phonetics
research; well kept, wheels for every platform, no model file). The numbers are turned into report values by
app/analysis/voice.py."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TIME_STEP = 0.01
PITCH_FLOOR = 75.0
PITCH_CEILING = 500.0


@dataclass
class ProsodyTracks:
    """Frame-wise tracks on a common 10 ms grid: `f0` in Hz (0 = unvoiced), `db` intensity in dB."""

    times: np.ndarray
    f0: np.ndarray
    db: np.ndarray


def extract_tracks(samples: np.ndarray, sample_rate: int = 16000) -> ProsodyTracks | None:
    """Pitch and intensity of a mono signal, or None when it is too short (< 0.1 s) to analyse."""
    if len(samples) < sample_rate // 10:
        return None
    import parselmouth

    snd = parselmouth.Sound(samples.astype(np.float64), sampling_frequency=sample_rate)
    pitch = snd.to_pitch(time_step=TIME_STEP, pitch_floor=PITCH_FLOOR, pitch_ceiling=PITCH_CEILING)
    f0 = np.asarray(pitch.selected_array["frequency"], dtype=np.float64)
    p_times = np.asarray(pitch.xs())
    intensity = snd.to_intensity(minimum_pitch=PITCH_FLOOR, time_step=TIME_STEP, subtract_mean=False)
    i_times = np.asarray(intensity.xs())
    db = np.asarray(intensity.values[0], dtype=np.float64)
    db = np.where(np.isfinite(db), db, -100.0)
    # put both on the pitch grid (they differ by a few frames at the edges)
    db_on_p = np.interp(p_times, i_times, db, left=db[0] if db.size else -100.0, right=db[-1] if db.size else -100.0)
    return ProsodyTracks(p_times, f0, db_on_p)
