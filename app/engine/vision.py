"""Vision part of the analysis: eye contact, head pose, framing, posture and expression of one recorded answer.

`analyze_vision(path, *, calibration=None, accessibility=False, progress, cancel)` decodes the video with PyAV at the
rates of `[vision]` in app/resources/thresholds.toml, runs MediaPipe FaceLandmarker (every sampled frame) and
PoseLandmarker (a subset), and turns the observations into report sections, tip candidates and warnings.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.analysis.eye_contact import Calibration
from app.analysis.gaze import gaze_features, head_angles
from app.analysis.thresholds import section
from app.analysis.vision_quality import frame_quality
from app.analysis.vision_report import (
    FaceFrame,
    VisionObservations,
    build_vision_sections,
    calibration_from,
    gaze_params,
)
from app.analysis.vision_warnings import warning
from app.core.errors import InputError, ModelIntegrityError, ModelMissingError
from app.core.progress import CancelToken, ProgressFn, no_progress, scaled
from app.core.tips import TipCandidate
from app.ml.face_landmarker import FACE_MODEL_ID, FaceCounter, FaceTracker
from app.ml.model_store import ModelStore
from app.ml.pose_landmarker import PoseTracker
from app.ml.video_decode import VideoInfo, iter_frames, prefetched, probe

log = logging.getLogger(__name__)


@dataclass
class VisionResult:
    """Report sections keyed by name (`eye_contact`, `head_pose`, `framing`, `posture`, `expression`,
    `vision_meta`), tip candidates for the shared prioritised list, and warnings `{code, message}`."""

    sections: dict[str, Any] = field(default_factory=dict)
    tips: list[TipCandidate] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    observations: VisionObservations | None = None  # raw per-frame observations, only when asked for (benchmark)


@dataclass
class _Timings:
    decode_s: float = 0.0
    face_s: float = 0.0
    pose_s: float = 0.0
    face_frames: int = 0
    pose_frames: int = 0
    pose_misses: int = 0


def _timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def _collect(fut, obs: VisionObservations, timings: _Timings) -> None:
    landmarks, spent = fut.result()
    obs.poses.append(landmarks)
    timings.pose_s += spent
    timings.pose_frames += 1
    body = landmarks is not None and min(landmarks[11, 3], landmarks[12, 3]) >= 0.5  # both shoulders seen
    timings.pose_misses = 0 if body else timings.pose_misses + 1


# after this many pose frames in a row without shoulders (a close-up, nobody there), pose is only retried once a
# second: without a body in view the pose detector runs on every frame, which is its most expensive case
POSE_BACKOFF_AFTER = 10


def _observe(
    path: Path, info: VideoInfo, *, with_pose: bool, progress: ProgressFn, cancel: CancelToken | None,
    timings: _Timings, store: ModelStore,
) -> VisionObservations:
    """Decode and run the models over one video."""
    cfg = section("vision")
    face_fps = float(cfg.get("face_fps", 10.0))
    pose_every = max(1, round(face_fps / float(cfg.get("pose_fps", 5.0))))
    max_side = int(cfg.get("max_side", 640))
    obs = VisionObservations()
    face_path = store.resolve(FACE_MODEL_ID)
    face = FaceTracker(face_path)
    counter = FaceCounter(face_path)
    next_count = 0.0
    pose = None
    if with_pose:
        try:
            pose = PoseTracker(store.resolve(str(cfg.get("pose_model", "pose_landmarker_lite"))))
        except (ModelMissingError, ModelIntegrityError) as exc:
            # posture is secondary: without its model the rest of the vision analysis still runs, and says so
            log.warning("pose model unavailable: %s", exc.message)
            obs.missing.append(exc.message)
    next_quality = 0.0
    frames = None
    # pose runs on its own thread (MediaPipe releases the GIL), in order, so both cores work on an idle machine
    pose_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rebond-pose")
    pending: list = []
    try:
        frames = prefetched(iter_frames(path, face_fps, max_side=max_side, cancel=cancel))
        i = 0
        while True:
            t0 = time.perf_counter()
            try:
                t, rgb = next(frames)
            except StopIteration:
                break
            if cancel:
                cancel.check()
            t1 = time.perf_counter()
            fo = face.process(rgb, t)
            t2 = time.perf_counter()
            timings.decode_s += t1 - t0
            timings.face_s += t2 - t1
            timings.face_frames += 1
            h, w = rgb.shape[:2]
            if fo.landmarks_px is not None:
                obs.faces.append(FaceFrame(
                    t, fo.n_faces, gaze_features(fo.landmarks_px, fo.blendshapes, fo.matrix),
                    head_angles(fo.matrix) if fo.matrix is not None else None, fo.bbox, fo.blendshapes, w / h))
            else:
                obs.faces.append(FaceFrame(t, 0, aspect=w / h))
            backoff = timings.pose_misses >= POSE_BACKOFF_AFTER
            if pose is not None and i % (max(1, round(face_fps)) if backoff else pose_every) == 0:
                obs.pose_times.append(t)
                pending.append(pose_pool.submit(_timed, pose.process, rgb, t))
                if len(pending) > 6:  # bounded: the face loop must not run far ahead of the pose thread
                    _collect(pending.pop(0), obs, timings)
            if t >= next_count:
                # a one-face tracker cannot see a second person: count faces now and then, and switch to a
                # largest-face tracker when there are several
                n = counter.count(rgb)
                obs.face_counts.append(n)
                if n > 1 and face.max_faces == 1:
                    face.close()
                    face = FaceTracker(face_path, max_faces=3)
                next_count = t + 2.0
            if t >= next_quality:  # picture quality once a second is plenty
                obs.quality.append(frame_quality(rgb))
                next_quality = t + 1.0
            if info.duration_s > 0:
                progress(min(1.0, t / info.duration_s), "Analysing the video")
            i += 1
        for fut in pending:
            _collect(fut, obs, timings)
        pending.clear()
    finally:
        for fut in pending:
            fut.cancel()
        pose_pool.shutdown(wait=True)
        if frames is not None:
            frames.close()
        face.close()
        counter.close()
        if pose is not None:
            pose.close()
    return obs


def _calibrate(path: Path, store: ModelStore, cancel: CancelToken | None) -> tuple[Calibration | None, list[dict]]:
    try:
        info = probe(path)
    except InputError as exc:
        return None, [warning("calibration_unusable", reason=exc.message.rstrip("."))]
    if not info.has_video:
        return None, [warning("calibration_unusable", reason="no video track")]
    obs = _observe(path, info, with_pose=False, progress=no_progress, cancel=cancel, timings=_Timings(), store=store)
    cal = calibration_from(obs.faces, gaze_params())
    if cal is None:
        return None, [warning("calibration_unusable", reason="no face found")]
    return cal, []


def analyze_vision(
    path: Path,
    *,
    calibration: Path | None = None,
    accessibility: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    keep_observations: bool = False,
) -> VisionResult | None:
    """Analyse the video of one answer. Audio-only files give a result with a warning and no sections.

    With `accessibility=True` eye contact and expression are neither measured nor turned into tips.
    `keep_observations=True` also returns the per-frame observations (the benchmark re-scores them).
    Raises `InputError` for unreadable files, `ModelMissingError`/`ModelIntegrityError` for missing models,
    `Cancelled` when `cancel` fires.
    """
    path = Path(path)
    started = time.perf_counter()
    cpu_started = time.process_time()
    info = probe(path)
    if not info.has_video:
        return VisionResult(
            sections={"vision_meta": {"has_video": False}},
            warnings=[warning("no_video")],
        )
    store = ModelStore()
    cfg = section("vision")
    warnings: list[dict] = []
    cal = None
    if calibration is not None and not accessibility:
        progress(0.0, "Reading the calibration clip")
        cal, warnings = _calibrate(Path(calibration), store, cancel)
    timings = _Timings()
    obs = _observe(path, info, with_pose=True, progress=scaled(progress, 0.05, 0.95), cancel=cancel,
                   timings=timings, store=store)
    sections, tips, more = build_vision_sections(obs, accessibility=accessibility, calibration=cal)
    warnings += more
    for message in obs.missing:
        warnings.append(warning("pose_model_missing", reason=message))
    if not obs.faces:
        warnings.append(warning("no_frames"))
    if obs.pose_times and not any(p is not None for p in obs.poses) and not any(f.features for f in obs.faces):
        warnings.append(warning("no_person"))
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # all threads: the machine-independent part of the cost
    analysed = (obs.faces[-1].t - obs.faces[0].t) if len(obs.faces) > 1 else 0.0
    faces_seen = [f.n_faces for f in obs.faces]
    sections["vision_meta"] = {
        "has_video": True,
        "video": {"width": info.width, "height": info.height, "rotation": info.rotation,
                  "duration_s": round(info.duration_s, 2), "fps": round(info.fps, 2), "codec": info.codec},
        "rates": {"face_fps": float(cfg.get("face_fps", 10.0)), "pose_fps": float(cfg.get("pose_fps", 5.0))},
        "models": {"face": FACE_MODEL_ID, "pose": str(cfg.get("pose_model", "pose_landmarker_lite"))},
        "timings": {
            "total_s": round(elapsed, 3),
            "decode_s": round(timings.decode_s, 3),
            "face_ms_per_frame": round(1000 * timings.face_s / max(1, timings.face_frames), 2),
            "pose_ms_per_frame": round(1000 * timings.pose_s / max(1, timings.pose_frames), 2),
            "rtf": round(elapsed / info.duration_s, 3) if info.duration_s else None,
            "cpu_s": round(cpu, 3),
            "cpu_per_video_s": round(cpu / info.duration_s, 3) if info.duration_s else None,
        },
        "frames": {"face": timings.face_frames, "pose": timings.pose_frames},
        "faces_seen": {"max": max(faces_seen + obs.face_counts, default=0),
                       "share_with_face": round(sum(n > 0 for n in faces_seen) / len(faces_seen), 3)
                       if faces_seen else 0.0},
        "person_seen": any(f.features is not None for f in obs.faces) or any(p is not None for p in obs.poses),
        "accessibility": accessibility,
        "calibrated": cal is not None,
        "analysed_s": round(analysed, 2),
    }
    progress(1.0, "Video analysed")
    return VisionResult(sections=sections, tips=tips, warnings=warnings,
                        observations=obs if keep_observations else None)
