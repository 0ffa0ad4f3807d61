"""Head pose series, head turns and nods from per-frame yaw/pitch/roll."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np

from app.analysis.vision_events import runs_to_events


def head_pose_section(
    times: Sequence[float],
    angles: Sequence[tuple[float, float, float] | None],
    *,
    turn_deg: float = 20.0,
    turn_min_s: float = 0.5,
    nod_deg: float = 6.0,
    nod_max_s: float = 1.2,
) -> dict:
    """`{samples[{t,yaw,pitch,roll}], turns[{start,end,direction,peak_deg}], nods[{t,amplitude_deg}], median}`.

    Turns are measured from the person's own median yaw (the camera need not be straight in front of them); a nod is a
    down-then-up pitch excursion of at least `nod_deg` completed within `nod_max_s`.
    """
    samples = [
        {"t": round(t, 2), "yaw": round(a[0], 1), "pitch": round(a[1], 1), "roll": round(a[2], 1)}
        for t, a in zip(times, angles, strict=True)
        if a is not None
    ]
    if not samples:
        return {"samples": [], "turns": [], "nods": [], "median": None}
    ts = [s["t"] for s in samples]
    yaw = np.array([s["yaw"] for s in samples])
    pitch = np.array([s["pitch"] for s in samples])
    yaw0, pitch0 = float(np.median(yaw)), float(np.median(pitch))
    turns = []
    for side, flags in (("right", yaw - yaw0 > turn_deg), ("left", yaw - yaw0 < -turn_deg)):
        for start, end in runs_to_events(ts, list(flags), min_s=turn_min_s, max_gap_s=0.2):
            seg = [abs(s["yaw"] - yaw0) for s in samples if start <= s["t"] < end]
            turns.append({"start": start, "end": end, "direction": side, "peak_deg": round(max(seg, default=0.0), 1)})
    turns.sort(key=lambda e: e["start"])
    return {
        "samples": samples,
        "turns": turns,
        "nods": detect_nods(ts, list(_median3(pitch)), nod_deg=nod_deg, nod_max_s=nod_max_s),
        "median": {"yaw": round(yaw0, 1), "pitch": round(pitch0, 1)},
    }


def _median3(x: np.ndarray) -> np.ndarray:
    """3-sample running median: single-frame landmark jitter must not look like a nod."""
    if len(x) < 3:
        return x
    padded = np.concatenate([x[:1], x, x[-1:]])
    return np.median(np.stack([padded[:-2], padded[1:-1], padded[2:]]), axis=0)


def detect_nods(times: Sequence[float], pitch: Sequence[float], *, nod_deg: float, nod_max_s: float) -> list[dict]:
    """Down-then-up pitch excursions (pitch + = down): a local maximum at least `nod_deg` above the minima on both
    sides within `nod_max_s / 2`."""
    nods = []
    n = len(times)
    half = nod_max_s / 2
    last_t = -1e9
    for i in range(1, n - 1):
        if not (pitch[i] >= pitch[i - 1] and pitch[i] > pitch[i + 1]):
            continue
        lo = bisect.bisect_left(times, times[i] - half)
        hi = bisect.bisect_right(times, times[i] + half)
        left, right = pitch[lo:i], pitch[i + 1:hi]
        if len(left) == 0 or len(right) == 0:
            continue
        amp = pitch[i] - max(min(left), min(right))
        if amp >= nod_deg and times[i] - last_t > half:
            nods.append({"t": round(times[i], 2), "amplitude_deg": round(float(amp), 1)})
            last_t = times[i]
    return nods
