"""`rebond bench vision --degraded`: the labelled clips again, through the pictures the app meets at home, and the
reliability of the eye-contact confidence over all of them.

Each labelled clip is decoded at the analysis rate and its frames are degraded before the face model sees them:
`tight256` (a fixed square crop around the face, resized to 256 px, as interview footage is often cut), `small`
(the whole frame at a third of its size: a small face), `dim` (30% brightness with sensor noise) and `fps5` (every
other frame: a 5 fps camera). The face work is the product's own (`app.engine.vision.FaceStep`), so the
observations are what the analysis would see. The labels keep their meaning: the same frame is looked at.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

VARIANTS = ("tight256", "small", "dim", "fps5")


def _frames(path: Path) -> list[tuple[float, np.ndarray]]:
    from app.analysis.thresholds import section
    from app.ml.video_decode import iter_frames

    cfg = section("vision")
    return list(iter_frames(path, float(cfg.get("face_fps", 10.0)), max_side=int(cfg.get("max_side", 640))))


def _observe(frames: list[tuple[float, np.ndarray]]):
    from app.analysis.vision_report import VisionObservations
    from app.engine.vision import FaceStep

    obs = VisionObservations()
    step = FaceStep(obs)
    try:
        for t, rgb in frames:
            step.process(rgb, t)
    finally:
        step.close()
    return obs


def degrade(name: str, frames: list[tuple[float, np.ndarray]], boxes: list) -> list[tuple[float, np.ndarray]]:
    """The frames of one variant; `boxes` are the face boxes (normalised x0, y0, x1, y1) seen in the original."""
    import cv2

    h, w = frames[0][1].shape[:2]
    if name == "tight256":
        if not boxes:
            return []
        x0, y0 = min(b[0] for b in boxes) * w, min(b[1] for b in boxes) * h
        x1, y1 = max(b[2] for b in boxes) * w, max(b[3] for b in boxes) * h
        cx, cy, side = (x0 + x1) / 2, (y0 + y1) / 2, 1.1 * max(x1 - x0, y1 - y0)
        a0, b0 = int(max(0, cx - side / 2)), int(max(0, cy - side / 2))
        a1, b1 = int(min(w, cx + side / 2)), int(min(h, cy + side / 2))
        return [(t, cv2.resize(np.ascontiguousarray(r[b0:b1, a0:a1]), (256, 256), interpolation=cv2.INTER_AREA))
                for t, r in frames]
    if name == "small":
        size = (max(2, w // 3), max(2, h // 3))
        return [(t, cv2.resize(r, size, interpolation=cv2.INTER_AREA)) for t, r in frames]
    if name == "dim":
        rng = np.random.default_rng(0)
        return [(t, np.clip(r.astype(np.float32) * 0.3 + rng.normal(0, 4, r.shape), 0, 255).astype(np.uint8))
                for t, r in frames]
    if name == "fps5":
        return frames[::2]
    raise ValueError(name)


def degraded_observations(path: Path, original) -> dict:
    """Variant name -> VisionObservations of one clip (`original`: its observations at full quality)."""
    frames = _frames(path)
    boxes = [f.bbox for f in original.faces if f.bbox is not None]
    out = {}
    for name in VARIANTS:
        frs = degrade(name, frames, boxes)
        if frs:
            out[name] = _observe(frs)
    return out


def reliability_lines(points: list[dict]) -> list[str]:
    """`points`: one per answer, {confidence, accuracy, ratio_error}. A table of accuracy per confidence band."""
    bands = ((0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
    lines = [f"reliability of the eye-contact confidence over {len(points)} answers (clips and degraded copies):",
             f"  {'confidence':10s} {'answers':>7s} {'frame accuracy':>14s} {'|ratio - labelled share|':>24s} "
             f"{'worst':>6s}"]
    for lo, hi in bands:
        inside = [p for p in points if lo <= p["confidence"] < hi]
        if not inside:
            continue
        errs = [p["ratio_error"] for p in inside if p["ratio_error"] is not None]
        lines.append(f"  {lo:.1f}-{min(hi, 1.0):.1f}    {len(inside):7d} "
                     f"{np.mean([p['accuracy'] for p in inside]):14.3f} "
                     f"{(np.mean(errs) if errs else float('nan')):24.3f} {(max(errs) if errs else float('nan')):6.2f}")
    if len(points) > 2:
        conf = np.argsort(np.argsort([p["confidence"] for p in points]))
        acc = np.argsort(np.argsort([p["accuracy"] for p in points]))
        lines.append(f"  rank correlation of confidence with frame accuracy: {np.corrcoef(conf, acc)[0, 1]:.2f}")
    return lines
