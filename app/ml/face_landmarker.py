"""MediaPipe FaceLandmarker (Tasks API, VIDEO mode) as a plain per-frame adapter returning numpy arrays."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.ml.model_store import ModelStore

log = logging.getLogger(__name__)

FACE_MODEL_ID = "face_landmarker"


@dataclass
class FaceObservation:
    """The largest face of one frame. Landmarks are normalised image coordinates (x right, y down, z depth)
    scaled back to pixels on x/y by the frame size so that geometry is isotropic."""

    n_faces: int
    landmarks_px: np.ndarray | None = None  # (478, 3): x, y in pixels, z in the same pixel scale
    blendshapes: dict[str, float] | None = None
    matrix: np.ndarray | None = None  # 4x4 facial transformation matrix (canonical face -> camera)
    area_frac: float = 0.0  # face bounding box area / frame area
    bbox: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1 normalised


def _landmarker(path: Path, *, video: bool, max_faces: int):
    from mediapipe.tasks.python import BaseOptions, vision

    options = vision.FaceLandmarkerOptions(
        base_options=BaseOptions(model_asset_path=str(path)),
        running_mode=vision.RunningMode.VIDEO if video else vision.RunningMode.IMAGE,
        num_faces=max_faces,
        output_face_blendshapes=video,
        output_facial_transformation_matrixes=video,
    )
    return vision.FaceLandmarker.create_from_options(options)


class FaceCounter:
    """Counts faces in single images (IMAGE mode, up to `max_faces`). Used a few times per video: the VIDEO-mode
    tracker with one face is much cheaper (it skips the detector while tracking), but it cannot see extra faces."""

    def __init__(self, model_path: Path, max_faces: int = 3) -> None:
        import mediapipe as mp

        self._mp = mp
        self._landmarker = _landmarker(model_path, video=False, max_faces=max_faces)

    def count(self, rgb: np.ndarray) -> int:
        image = self._mp.Image(image_format=self._mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))
        return len(self._landmarker.detect(image).face_landmarks or [])

    def close(self) -> None:
        self._landmarker.close()


class FaceTracker:
    """Owns one FaceLandmarker in VIDEO mode; feed it frames with strictly increasing timestamps. With
    `max_faces > 1` the largest face is returned (at the cost of running the detector on every frame)."""

    def __init__(self, model_path: Path | None = None, *, max_faces: int = 1) -> None:
        import mediapipe as mp

        self._mp = mp
        self.max_faces = max_faces
        self._landmarker = _landmarker(model_path or ModelStore().resolve(FACE_MODEL_ID), video=True,
                                       max_faces=max_faces)
        self._last_ms = -1

    def close(self) -> None:
        self._landmarker.close()

    def __enter__(self) -> FaceTracker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def process(self, rgb: np.ndarray, t_s: float) -> FaceObservation:
        """Landmarks of the largest face in `rgb` (uint8 HxWx3) at time `t_s` seconds."""
        ms = max(int(round(t_s * 1000)), self._last_ms + 1)
        self._last_ms = ms
        image = self._mp.Image(image_format=self._mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))
        result = self._landmarker.detect_for_video(image, ms)
        faces = result.face_landmarks or []
        if not faces:
            return FaceObservation(n_faces=0)
        h, w = rgb.shape[:2]
        best, best_area, best_box = 0, -1.0, None
        for i, lms in enumerate(faces):
            xs = [p.x for p in lms]
            ys = [p.y for p in lms]
            box = (min(xs), min(ys), max(xs), max(ys))
            area = max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])
            if area > best_area:
                best, best_area, best_box = i, area, box
        lms = faces[best]
        arr = np.array([(p.x * w, p.y * h, p.z * w) for p in lms], dtype=np.float32)
        shapes = None
        if result.face_blendshapes and len(result.face_blendshapes) > best:
            shapes = {c.category_name: float(c.score) for c in result.face_blendshapes[best]}
        matrix = None
        if result.facial_transformation_matrixes and len(result.facial_transformation_matrixes) > best:
            matrix = np.asarray(result.facial_transformation_matrixes[best], dtype=np.float32).reshape(4, 4)
        return FaceObservation(len(faces), arr, shapes, matrix, float(best_area), best_box)
