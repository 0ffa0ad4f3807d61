"""Posture and movement from pose landmarks, always relative to the person's own baseline in the same answer.

Measured per frame (lengths in shoulder widths so that distance to the camera cancels out): shoulder-line tilt,
the vertical gap between ears and shoulders (it shrinks when the shoulders rise towards the ears or the head sinks
forward), the shoulder width itself (it shrinks when the person leans away), wrist speed (fidgeting) and the
distance from the hands to the face. Gestures are not faults: only small, repetitive hand motion counts as
fidgeting, and only when it lasts.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.analysis.vision_events import runs_to_events

NOSE, L_EAR, R_EAR, L_SH, R_SH, L_WRIST, R_WRIST, L_INDEX, R_INDEX = 0, 7, 8, 11, 12, 15, 16, 19, 20


@dataclass(frozen=True)
class PostureParams:
    """Thresholds (shoulder widths, degrees, seconds); defaults come from `[vision]` in app/resources/thresholds.toml."""

    tilt_deg: float = 8.0
    slouch_drop: float = 0.25  # ear-shoulder gap down by this fraction of the baseline
    lean_away_drop: float = 0.12  # shoulder width down by this fraction
    posture_min_s: float = 2.0
    fidget_speed: float = 0.5  # wrist path per second, shoulder widths
    fidget_straightness: float = 0.35  # net displacement / path below this = back-and-forth motion
    fidget_min_s: float = 3.0
    hand_face_dist: float = 0.45  # hand within this many shoulder widths of the nose
    hand_face_min_s: float = 0.5
    min_visibility: float = 0.5


def _frame_metrics(lm: np.ndarray, p: PostureParams) -> dict | None:
    vis = lm[:, 3]
    if vis[L_SH] < p.min_visibility or vis[R_SH] < p.min_visibility:
        return None
    ls, rs = lm[L_SH, :2], lm[R_SH, :2]
    width = float(np.linalg.norm(ls - rs))
    if width < 1e-3:
        return None
    # image y grows downwards; tilt is the angle of the shoulder line from horizontal, + = subject's left side higher
    dx, dy = ls[0] - rs[0], ls[1] - rs[1]
    tilt = math.degrees(math.atan2(-dy, abs(dx)))
    ears = [lm[i, :2] for i in (L_EAR, R_EAR) if vis[i] >= p.min_visibility]
    gap = None
    if ears:
        ear_y = float(np.mean([e[1] for e in ears]))
        gap = ((ls[1] + rs[1]) / 2 - ear_y) / width
    hands = []
    for w, idx in ((L_WRIST, L_INDEX), (R_WRIST, R_INDEX)):
        if vis[w] >= p.min_visibility:
            hands.append(lm[idx, :2] if vis[idx] >= p.min_visibility else lm[w, :2])
        else:
            hands.append(None)
    face_d = None
    if vis[NOSE] >= p.min_visibility:
        ds = [float(np.linalg.norm(h - lm[NOSE, :2])) / width for h in hands if h is not None]
        face_d = min(ds) if ds else None
    return {"width": width, "tilt": tilt, "gap": gap, "hands": hands, "face_d": face_d}


def _fidget_flags(times: list[float], metrics: list[dict | None], p: PostureParams) -> list[bool]:
    """Per sample: is there sustained back-and-forth hand motion in the surrounding 1.5 s window?"""
    n = len(times)
    flags = [False] * n
    for i in range(n):
        lo = bisect.bisect_left(times, times[i] - 0.75)
        hi = bisect.bisect_right(times, times[i] + 0.75)
        for side in (0, 1):
            pts, ts = [], []
            for j in range(lo, hi):
                if metrics[j] is not None and metrics[j]["hands"][side] is not None:
                    pts.append(metrics[j]["hands"][side] / metrics[j]["width"])
                    ts.append(times[j])
            if len(pts) < 4:
                continue
            arr = np.array(pts)
            path = float(np.sum(np.linalg.norm(np.diff(arr, axis=0), axis=1)))
            span = ts[-1] - ts[0]
            net = float(np.linalg.norm(arr[-1] - arr[0]))
            if span > 0 and path / span >= p.fidget_speed and net <= p.fidget_straightness * path:
                flags[i] = True
    return flags


def posture_section(times: Sequence[float], landmarks: Sequence[np.ndarray | None], params: PostureParams | None = None
                    ) -> dict:
    """`{events[{kind,start,end}], visible, baseline, pose_frames, motion_energy}` with kinds `shoulder_tilt`,
    `slouch`, `lean_away`, `fidgeting`, `hand_to_face`; `visible` is False when the shoulders were never seen."""
    p = params or PostureParams()
    times = list(times)
    metrics = [None if lm is None else _frame_metrics(lm, p) for lm in landmarks]
    seen = [m for m in metrics if m is not None]
    if len(seen) < 3:
        # shoulders not in the picture (a close-up) or no person: nothing to measure, and the section says so
        return {"events": [], "visible": False, "baseline": None, "pose_frames": len(seen), "motion_energy": None}
    tilt0 = float(np.median([m["tilt"] for m in seen]))
    gaps = [m["gap"] for m in seen if m["gap"] is not None]
    gap0 = float(np.median(gaps)) if gaps else None
    width0 = float(np.median([m["width"] for m in seen]))

    def flags(fn):
        return [bool(m is not None and fn(m)) for m in metrics]

    kinds = {
        "shoulder_tilt": (flags(lambda m: abs(m["tilt"] - tilt0) > p.tilt_deg), p.posture_min_s),
        "slouch": (
            flags(lambda m: gap0 is not None and gap0 > 0 and m["gap"] is not None
                  and m["gap"] < gap0 * (1 - p.slouch_drop)),
            p.posture_min_s,
        ),
        "lean_away": (flags(lambda m: m["width"] < width0 * (1 - p.lean_away_drop)), p.posture_min_s),
        "fidgeting": (_fidget_flags(times, metrics, p), p.fidget_min_s),
        "hand_to_face": (flags(lambda m: m["face_d"] is not None and m["face_d"] < p.hand_face_dist),
                         p.hand_face_min_s),
    }
    events = [
        {"kind": kind, "start": s, "end": e}
        for kind, (fl, min_s) in kinds.items()
        for s, e in runs_to_events(times, fl, min_s=min_s, max_gap_s=0.5)
    ]
    events.sort(key=lambda ev: ev["start"])
    # mean wrist speed in shoulder widths per second: a plain movement measure, not a judgement
    speeds = []
    for a, b, ta, tb in zip(metrics, metrics[1:], times, times[1:], strict=False):
        if a is None or b is None or tb <= ta:
            continue
        for side in (0, 1):
            if a["hands"][side] is not None and b["hands"][side] is not None:
                speeds.append(float(np.linalg.norm(b["hands"][side] / b["width"] - a["hands"][side] / a["width"]))
                              / (tb - ta))
    return {
        "events": events,
        "visible": True,
        "baseline": {"shoulder_tilt_deg": round(tilt0, 1), "ear_shoulder_gap": None if gap0 is None else round(gap0, 3),
                     "shoulder_width_px": round(width0, 1)},
        "pose_frames": len(seen),
        "motion_energy": round(float(np.mean(speeds)), 3) if speeds else None,
    }
