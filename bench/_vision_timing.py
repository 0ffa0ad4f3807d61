"""`rebond bench vision --label-timing`: which video frame does a gaze_dev.json label describe?

Independent of the eye-contact classifier: every frame of each labelled clip goes through FaceLandmarker, and for the
labels that say the eyes are closed (blink) the lid gap relative to the clip's open-eye gap (85th percentile) is read
at the frame nearest to the label time, at the frame `ffmpeg -vf fps=2` outputs for that slot, and at a few constant
shifts for comparison. Closed eyes read about 0.1-0.3, open eyes about 1.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import numpy as np

SHIFTS = (-0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4)


def _openness_per_frame(path: Path) -> tuple[list[float], list[float | None]]:
    import av

    from app.analysis.gaze import gaze_features
    from app.ml.face_landmarker import FACE_MODEL_ID, FaceTracker
    from app.ml.model_store import ModelStore
    from app.ml.video_decode import _target_size

    times, opens = [], []
    with FaceTracker(ModelStore().resolve(FACE_MODEL_ID)) as tracker, av.open(str(path)) as container:
        start = None
        for frame in container.decode(video=0):  # every frame, B-frames included
            if frame.time is None:
                continue
            start = frame.time if start is None else start
            tw, th = _target_size(frame.width, frame.height, 640)
            rgb = frame.to_ndarray(format="rgb24", width=tw, height=th)
            fo = tracker.process(rgb, frame.time - start)
            times.append(frame.time - start)
            opens.append(None if fo.landmarks_px is None
                         else gaze_features(fo.landmarks_px, fo.blendshapes, fo.matrix).openness)
    return times, opens


def label_timing_report(clips: dict[str, tuple[Path, list[dict], float]]) -> list[str]:
    """`clips`: name -> (video path, label frames, label fps). Returns printable lines."""
    from bench.vision import BLINK_WORDS, ffmpeg_fps_frame

    at: dict[str, list[float]] = {"ffmpeg frame": []} | {f"{s:+.1f} s": [] for s in SHIFTS}
    n_blinks = 0
    for _name, (path, frames, fps) in clips.items():
        times, opens = _openness_per_frame(path)
        ref = float(np.percentile([o for o in opens if o is not None], 85)) if any(opens) else 1.0
        ts = np.array(times)

        def rel(t: float, ts=ts, opens=opens, ref=ref) -> float | None:
            o = opens[int(np.argmin(np.abs(ts - t)))]
            return None if o is None else o / ref
        for f in frames:
            if f["label"] != "unsure" or not any(w in f.get("note", "") for w in BLINK_WORDS):
                continue
            n_blinks += 1
            for key, t in [("ffmpeg frame", ffmpeg_fps_frame(f["t"], times, fps))] + [
                    (f"{s:+.1f} s", f["t"] + s) for s in SHIFTS]:
                r = rel(t)
                if r is not None:
                    at[key].append(r)
    lines = [f"label timing: lid gap / open-eye gap on the {n_blinks} frames labelled blink/closed (median; share < 0.45)"]
    for key, vals in at.items():
        if vals:
            lines.append(f"  at {key:13s} {statistics.median(vals):.2f}  {sum(v < 0.45 for v in vals)}/{len(vals)}")
    return lines


def ffmpeg_pick_report(clips: dict[str, tuple[Path, list[dict], float]]) -> list[str]:
    """Which decoded frame does `ffmpeg -vf fps=N` output for each slot? Pictures matched by mean absolute grey
    difference; needs the `ffmpeg` program (skipped without it). Returns printable lines."""
    import shutil
    import subprocess

    import av

    from bench.vision import ffmpeg_fps_frame

    if not shutil.which("ffmpeg"):
        return ["ffmpeg frame check: skipped (no ffmpeg program on PATH)"]
    lines = ["ffmpeg frame check: decoded frame matching each `ffmpeg -vf fps=2` output, minus the slot time"]
    for name, (path, _frames, fps) in clips.items():
        with av.open(str(path)) as container:
            src = [(f.time, f.to_ndarray(format="gray").astype(np.int16)) for f in container.decode(video=0)]
        h, w = src[0][1].shape
        raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-vf", f"fps={fps:g}", "-f", "rawvideo",
                              "-pix_fmt", "gray", "-"], capture_output=True, check=False).stdout
        n = len(raw) // (h * w)
        outs = np.frombuffer(raw[: n * h * w], np.uint8).reshape(n, h, w).astype(np.int16)
        times = [t for t, _ in src]
        offsets, agree = [], 0
        for k, img in enumerate(outs):
            j = int(np.argmin([np.abs(img - s).mean() for _, s in src]))
            offsets.append(times[j] - k / fps)
            agree += abs(times[j] - ffmpeg_fps_frame(k / fps, times, fps)) < 1e-6
        lines.append(f"  {name:28s} {n} slots: offset median {statistics.median(offsets):+.3f} s "
                     f"(min {min(offsets):+.3f}, max {max(offsets):+.3f}); same frame as the bench's rule: {agree}/{n}")
    return lines
