"""Streaming vision for a live answer: face and pose on worker threads, fed with the capture's frames.

The caller's thread (the capture) only samples frames on the face grid and puts them in a bounded queue; when the
queue is full the ANALYSIS frame is dropped (the preview and the recorder never wait). Sustained drops degrade the
analysis (pose at half rate, then face at half rate) and every drop or degradation is recorded for `meta.live`.

The per-frame face work (`FaceStep`) and the assembly of the result (`vision_result`) are those of the offline
analysis in app.engine.vision.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.analysis.thresholds import section
from app.analysis.vision_report import VisionObservations
from app.core.errors import ModelIntegrityError, ModelMissingError
from app.engine.vision import FaceStep, VisionResult, vision_result
from app.ml.face_landmarker import FACE_MODEL_ID
from app.ml.model_store import ModelStore
from app.ml.pose_landmarker import PoseTracker

log = logging.getLogger(__name__)

QUEUE_FRAMES = 8  # 0.8 s of face frames at 10/s: enough to ride out a Whisper burst, small in memory (8 x 0.9 MB)
POSE_QUEUE_FRAMES = 10  # 2 s of pose frames; what is left at Stop is finished then (the "deferred" pose)
DEGRADE_DROPS = 3  # drops within DEGRADE_WINDOW_S that trigger the next degradation step
DEGRADE_WINDOW_S = 5.0
#: Niceness added to the vision workers (Linux, per thread). The speech worker is on the critical path at Stop
#: (what it has not transcribed is left for after Stop), while vision sheds load by dropping analysis frames.
VISION_NICE = 5


def _lower_priority() -> None:
    """Lower this thread's CPU priority (and that of the native threads it starts); best effort."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), VISION_NICE)
    except (AttributeError, OSError):  # not Linux, or not allowed: the analysis still runs
        pass


@dataclass
class VisionLiveStats:
    offered: int = 0  # frames on the face grid
    dropped: int = 0  # of those, dropped because the face worker was behind
    pose_dropped: int = 0
    degradations: list[dict[str, Any]] = field(default_factory=list)
    max_queue: int = 0


def _resize(rgb: np.ndarray, max_side: int) -> np.ndarray:
    h, w = rgb.shape[:2]
    if max(h, w) <= max_side:
        return rgb
    import cv2

    scale = max_side / max(h, w)
    tw, th = max(2, int(round(w * scale / 2)) * 2), max(2, int(round(h * scale / 2)) * 2)
    return cv2.resize(rgb, (tw, th), interpolation=cv2.INTER_LINEAR)


class LiveVision:
    """Face (every sampled frame) and pose (a subset) on two worker threads, with a bounded, dropping input."""

    def __init__(self, *, store: ModelStore | None = None, tracker_factory=None, pose_factory=None,
                 with_pose: bool = True, queue_frames: int = QUEUE_FRAMES) -> None:
        cfg = section("vision")
        self.face_fps = float(cfg.get("face_fps", 10.0))
        self.pose_fps = float(cfg.get("pose_fps", 5.0))
        self.max_side = int(cfg.get("max_side", 640))
        self.pose_model = str(cfg.get("pose_model", "pose_landmarker_lite"))
        self.store = store or ModelStore()
        self.obs = VisionObservations()
        self.stats = VisionLiveStats()
        self._step_s = 1.0 / self.face_fps
        self._pose_every = max(1, round(self.face_fps / self.pose_fps))
        self._next_t = 0.0
        self._last_t = -1.0
        self._drop_times: list[float] = []
        self._level = 0
        self._q: queue.Queue = queue.Queue(maxsize=queue_frames)
        self._pose_q: queue.Queue = queue.Queue(maxsize=POSE_QUEUE_FRAMES)
        self._cancel = threading.Event()
        self._error: BaseException | None = None
        self._step = FaceStep(self.obs, store=self.store, tracker_factory=tracker_factory)
        self._pose = None
        self.pose_s = 0.0
        if with_pose:
            try:
                self._pose = pose_factory() if pose_factory else PoseTracker(self.store.resolve(self.pose_model))
            except (ModelMissingError, ModelIntegrityError) as exc:
                log.warning("pose model unavailable: %s", exc.message)
                self.obs.missing.append(exc.message)
        self._i = 0
        self._face_thread = threading.Thread(target=self._run_face, name="live-face", daemon=True)
        self._pose_thread = threading.Thread(target=self._run_pose, name="live-pose", daemon=True)
        self._face_thread.start()
        self._pose_thread.start()

    # ---- caller side (capture thread): never blocks -------------------------------------------------------------
    def push(self, rgb: np.ndarray, t: float) -> None:
        """Offer one camera frame at recording time `t`; only frames on the analysis grid are kept."""
        if t <= self._last_t or t + 1e-6 < self._next_t:
            return
        self._last_t = t
        self._next_t = max(self._next_t + self._step_s, t + self._step_s * 0.5)  # the grid of video_decode
        self.stats.offered += 1
        try:
            self._q.put_nowait((t, rgb))
            self.stats.max_queue = max(self.stats.max_queue, self._q.qsize())
        except queue.Full:
            self.stats.dropped += 1
            self._on_drop(t)

    def _on_drop(self, t: float) -> None:
        self._drop_times = [x for x in self._drop_times if t - x < DEGRADE_WINDOW_S] + [t]
        if len(self._drop_times) < DEGRADE_DROPS or self._level >= 2:
            return
        self._level += 1
        self._drop_times.clear()
        if self._level == 1:
            self._pose_every *= 2
            what = {"t": round(t, 2), "action": "pose_rate_halved",
                    "pose_fps": round(self.face_fps / self._pose_every, 2)}
        else:
            self._step_s *= 2
            self._pose_every = max(1, self._pose_every // 2)  # keep pose at the same absolute rate
            what = {"t": round(t, 2), "action": "face_rate_halved", "face_fps": round(1 / self._step_s, 2)}
        log.info("live vision degraded: %s", what)
        self.stats.degradations.append(what)

    # ---- workers ------------------------------------------------------------------------------------------------
    def _run_face(self) -> None:
        _lower_priority()
        try:
            while (item := self._q.get()) is not None:
                if self._cancel.is_set():
                    continue
                t, rgb = item
                rgb = _resize(rgb, self.max_side)
                self._step.process(rgb, t)
                if self._pose is not None and self._i % self._pose_every == 0:
                    try:
                        self._pose_q.put_nowait((t, rgb))
                    except queue.Full:
                        self.stats.pose_dropped += 1
                self._i += 1
        except BaseException as exc:  # reported at finish
            log.exception("live face analysis failed")
            self._error = exc
            self._cancel.set()
        finally:
            self._pose_q.put(None)

    def _run_pose(self) -> None:
        _lower_priority()
        while (item := self._pose_q.get()) is not None:
            if self._cancel.is_set() or self._error is not None:
                continue
            t, rgb = item
            t0 = time.perf_counter()
            try:
                landmarks = self._pose.process(rgb, t)
            except Exception as exc:
                log.exception("live pose analysis failed")
                self._error = exc
                continue
            self.pose_s += time.perf_counter() - t0
            self.obs.pose_times.append(t)
            self.obs.poses.append(landmarks)

    def backlog(self) -> int:
        return self._q.qsize() + self._pose_q.qsize()

    def cancel(self) -> None:
        self._cancel.set()
        self._close()

    def _close(self) -> None:
        self._q.put(None)
        self._face_thread.join(10)
        self._pose_thread.join(10)
        self._step.close()
        if self._pose is not None:
            self._pose.close()
            self._pose = None

    # ---- finish -------------------------------------------------------------------------------------------------
    def finish(self, *, accessibility: bool = False, calibration=None,
               video: dict[str, Any] | None = None) -> VisionResult:
        """Drain the queues and build the vision sections (same builder as the offline path)."""
        t0 = time.perf_counter()
        self._close()
        if self._error is not None:
            raise self._error
        drain_s = time.perf_counter() - t0
        duration = (video or {}).get("duration_s") or 0.0
        return vision_result(self.obs, accessibility=accessibility, calibration=calibration, meta={
            "video": video or {},
            "rates": {"face_fps": self.face_fps, "pose_fps": self.pose_fps},
            "models": {"face": FACE_MODEL_ID, "pose": self.pose_model},
            "timings": {
                "total_s": round(drain_s, 3),
                "face_ms_per_frame": round(1000 * self._step.face_s / max(1, self._step.frames), 2),
                "pose_ms_per_frame": round(1000 * self.pose_s / max(1, len(self.obs.poses)), 2),
                "rtf": round(drain_s / duration, 3) if duration else None,
            },
            "frames": {"face": self._step.frames, "pose": len(self.obs.poses)},
        })

    def live_meta(self) -> dict[str, Any]:
        s = self.stats
        return {"frames_offered": s.offered, "frames_dropped": s.dropped, "pose_frames_dropped": s.pose_dropped,
                "max_queue": s.max_queue, "degradations": s.degradations,
                "face_fps_final": round(1 / self._step_s, 2),
                "pose_fps_final": round(1 / (self._step_s * self._pose_every), 2)}
