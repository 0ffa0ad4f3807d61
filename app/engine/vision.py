"""Vision part of the analysis: eye contact, head pose, framing, posture and expression of one recorded answer.

`analyze_vision(path, *, calibration=None, accessibility=False, progress, cancel)` decodes the video with PyAV at the
rates of `[vision]` in app/resources/thresholds.toml, runs MediaPipe FaceLandmarker (every sampled frame) and
PoseLandmarker (a subset), and turns the observations into report sections, tip candidates and warnings.

The live analysis (app.engine.live_vision) uses the same pieces, so that a fix lands in both paths: `FaceStep` (the
per-frame face work), `calibrate` (the "look at the lens" clip) and `vision_result` (sections, warnings, meta).
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

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
class Timings:
    """Where the time of one offline analysis went."""

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


def _collect(fut, obs: VisionObservations, timings: Timings) -> None:
    landmarks, spent = fut.result()
    obs.poses.append(landmarks)
    timings.pose_s += spent
    timings.pose_frames += 1
    body = landmarks is not None and min(landmarks[11, 3], landmarks[12, 3]) >= 0.5  # both shoulders seen
    timings.pose_misses = 0 if body else timings.pose_misses + 1


# after this many pose frames in a row without shoulders (a close-up, nobody there), pose is only retried once a
# second: without a body in view the pose detector runs on every frame, which is its most expensive case
POSE_BACKOFF_AFTER = 10


class FaceStep:
    """The per-frame face work of the vision analysis, shared by the offline path (`observe`) and the live one
    (app.engine.live_vision): face tracker, gaze features, head angles, the periodic full-frame face count and the
    picture quality. Appends to `obs.faces`, `obs.face_counts` and `obs.quality`.

    `tracker_factory(max_faces=...)` replaces the MediaPipe tracker (tests); without a real model there is no face
    counter either."""

    def __init__(self, obs: VisionObservations, *, store: ModelStore | None = None, tracker_factory=None) -> None:
        self.obs = obs
        if tracker_factory is None:
            face_path = (store or ModelStore()).resolve(FACE_MODEL_ID)
            self._factory = lambda max_faces=1: FaceTracker(face_path, max_faces=max_faces)
            self.counter: FaceCounter | None = FaceCounter(face_path)
        else:
            self._factory, self.counter = tracker_factory, None
        self.face = self._factory()
        self.next_count = 0.0
        self.next_quality = 0.0
        self.face_s = 0.0  # time spent in the face model
        self.frames = 0

    def process(self, rgb: np.ndarray, t: float) -> None:
        """Analyse one frame (uint8 RGB) at time `t` seconds (strictly increasing)."""
        t0 = time.perf_counter()
        fo = self.face.process(rgb, t)
        self.face_s += time.perf_counter() - t0
        self.frames += 1
        h, w = rgb.shape[:2]
        if fo.landmarks_px is not None:
            self.obs.faces.append(FaceFrame(
                t, fo.n_faces, gaze_features(fo.landmarks_px, fo.blendshapes, fo.matrix),
                head_angles(fo.matrix) if fo.matrix is not None else None, fo.bbox, fo.blendshapes, w / h))
        else:
            self.obs.faces.append(FaceFrame(t, 0, aspect=w / h))
        if self.counter is not None and t >= self.next_count:
            # a one-face tracker cannot see a second person: count faces now and then, and switch to a
            # largest-face tracker when there are several
            n = self.counter.count(rgb)
            self.obs.face_counts.append(n)
            if n > 1 and self.face.max_faces == 1:
                self.face.close()
                self.face = self._factory(max_faces=3)
            self.next_count = t + 2.0
        if t >= self.next_quality:  # picture quality once a second is plenty
            self.obs.quality.append(frame_quality(rgb))
            self.next_quality = t + 1.0

    def close(self) -> None:
        self.face.close()
        if self.counter is not None:
            self.counter.close()


def observe(
    path: Path, info: VideoInfo, *, with_pose: bool, progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None, timings: Timings | None = None, store: ModelStore | None = None,
) -> VisionObservations:
    """Decode one video at the rates of `[vision]` and run the models over it (face on every sampled frame through
    `FaceStep`, pose on a subset on its own thread)."""
    cfg = section("vision")
    timings = timings if timings is not None else Timings()
    store = store or ModelStore()
    face_fps = float(cfg.get("face_fps", 10.0))
    pose_every = max(1, round(face_fps / float(cfg.get("pose_fps", 5.0))))
    max_side = int(cfg.get("max_side", 640))
    obs = VisionObservations()
    step = FaceStep(obs, store=store)
    pose = None
    if with_pose:
        try:
            pose = PoseTracker(store.resolve(str(cfg.get("pose_model", "pose_landmarker_lite"))))
        except (ModelMissingError, ModelIntegrityError) as exc:
            # posture is secondary: without its model the rest of the vision analysis still runs, and says so
            log.warning("pose model unavailable: %s", exc.message)
            obs.missing.append(exc.message)
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
            timings.decode_s += time.perf_counter() - t0
            step.process(rgb, t)
            backoff = timings.pose_misses >= POSE_BACKOFF_AFTER
            if pose is not None and i % (max(1, round(face_fps)) if backoff else pose_every) == 0:
                obs.pose_times.append(t)
                pending.append(pose_pool.submit(_timed, pose.process, rgb, t))
                if len(pending) > 6:  # bounded: the face loop must not run far ahead of the pose thread
                    _collect(pending.pop(0), obs, timings)
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
        timings.face_s += step.face_s
        timings.face_frames += step.frames
        step.close()
        if pose is not None:
            pose.close()
    return obs


def calibrate(path: Path, *, store: ModelStore | None = None,
              cancel: CancelToken | None = None) -> tuple[Calibration | None, list[dict]]:
    """The user's eye-contact neutral from a "look at the lens" clip, for the offline and the live analysis alike:
    (calibration, []) or (None, [warning]) when the clip is unusable."""
    try:
        info = probe(path)
    except InputError as exc:
        return None, [warning("calibration_unusable", reason=exc.message.rstrip("."))]
    if not info.has_video:
        return None, [warning("calibration_unusable", reason="no video track")]
    obs = observe(path, info, with_pose=False, cancel=cancel, store=store)
    cal = calibration_from(obs.faces, gaze_params())
    if cal is None:
        return None, [warning("calibration_unusable", reason="no face found")]
    return cal, []


def vision_result(obs: VisionObservations, *, accessibility: bool, calibration: Calibration | None,
                  meta: dict[str, Any]) -> VisionResult:
    """Sections, tips and warnings of one answer from its observations, for the offline and the live analysis
    alike; `meta` (video, rates, timings, frames) is completed into the `vision_meta` section."""
    sections, tips, warnings = build_vision_sections(obs, accessibility=accessibility, calibration=calibration)
    for message in obs.missing:
        warnings.append(warning("pose_model_missing", reason=message))
    if not obs.faces:
        warnings.append(warning("no_frames"))
    if obs.pose_times and not any(p is not None for p in obs.poses) and not any(f.features for f in obs.faces):
        warnings.append(warning("no_person"))
    faces_seen = [f.n_faces for f in obs.faces]
    sections["vision_meta"] = {"has_video": True} | meta | {
        "faces_seen": {"max": max(faces_seen + obs.face_counts, default=0),
                       "share_with_face": round(sum(n > 0 for n in faces_seen) / len(faces_seen), 3)
                       if faces_seen else 0.0},
        "person_seen": any(f.features is not None for f in obs.faces) or any(p is not None for p in obs.poses),
        "accessibility": accessibility,
        "calibrated": calibration is not None,
        "analysed_s": round(obs.faces[-1].t - obs.faces[0].t, 2) if len(obs.faces) > 1 else 0.0,
    }
    return VisionResult(sections=sections, tips=tips, warnings=warnings)


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
        cal, warnings = calibrate(Path(calibration), store=store, cancel=cancel)
    timings = Timings()
    obs = observe(path, info, with_pose=True, progress=scaled(progress, 0.05, 0.95), cancel=cancel,
                  timings=timings, store=store)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # all threads: the machine-independent part of the cost
    result = vision_result(obs, accessibility=accessibility, calibration=cal, meta={
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
    })
    result.warnings[:0] = warnings
    progress(1.0, "Video analysed")
    if keep_observations:
        result.observations = obs
    return result
