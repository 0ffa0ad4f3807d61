"""MediaPipe PoseLandmarker (Tasks API, VIDEO mode) as a plain per-frame adapter returning numpy arrays."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.ml.model_store import ModelStore

POSE_MODEL_ID = "pose_landmarker_lite"


class PoseTracker:
    """Owns one PoseLandmarker in VIDEO mode (one person); timestamps must increase strictly."""

    def __init__(self, model_path: Path | None = None, model_id: str = POSE_MODEL_ID) -> None:
        import mediapipe as mp
        from mediapipe.tasks.python import BaseOptions, vision

        self._mp = mp
        path = model_path or ModelStore().resolve(model_id)
        options = vision.PoseLandmarkerOptions(
            base_options=BaseOptions(model_asset_path=str(path)),
            running_mode=vision.RunningMode.VIDEO,
            num_poses=1,
            min_pose_detection_confidence=0.5,
            min_pose_presence_confidence=0.5,
            min_tracking_confidence=0.5,
        )
        self._landmarker = vision.PoseLandmarker.create_from_options(options)
        self._last_ms = -1

    def close(self) -> None:
        self._landmarker.close()

    def __enter__(self) -> PoseTracker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def process(self, rgb: np.ndarray, t_s: float) -> np.ndarray | None:
        """(33, 4) array of x, y (pixels), z (pixel scale) and visibility, or None when no person is found."""
        ms = max(int(round(t_s * 1000)), self._last_ms + 1)
        self._last_ms = ms
        image = self._mp.Image(image_format=self._mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))
        result = self._landmarker.detect_for_video(image, ms)
        if not result.pose_landmarks:
            return None
        h, w = rgb.shape[:2]
        arr = np.array(
            [(p.x * w, p.y * h, p.z * w, p.visibility if p.visibility is not None else 1.0)
             for p in result.pose_landmarks[0]],
            dtype=np.float32,
        )
        # the model extrapolates body parts outside the picture (hands below a close-up): those are guesses, so
        # they are marked invisible rather than measured
        outside = (arr[:, 0] < 0) | (arr[:, 0] > w) | (arr[:, 1] < 0) | (arr[:, 1] > h)
        arr[outside, 3] = 0.0
        return arr
