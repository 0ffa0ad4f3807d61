"""Per-frame gaze features from FaceLandmarker output: iris position within each eye, gaze blendshapes, eye
openness and head rotation. Pure functions over numpy arrays (no MediaPipe types), so they are testable with
synthetic landmarks.

Sign conventions (image space, as the viewer sees the video): x positive = towards image right, y positive =
towards image bottom. Head yaw positive = face turned towards image right; pitch positive = face tilted down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# MediaPipe Face Mesh indices. "R" is the subject's right eye (image left), "L" the subject's left eye.
R_OUTER, R_INNER, R_UPPER, R_LOWER, R_IRIS = 33, 133, 159, 145, 468
L_OUTER, L_INNER, L_UPPER, L_LOWER, L_IRIS = 263, 362, 386, 374, 473
R_IRIS_RING = (469, 470, 471, 472)
L_IRIS_RING = (474, 475, 476, 477)


@dataclass(frozen=True)
class GazeFeatures:
    """One frame's measurements. Iris offsets are in eye-widths; angles in degrees."""

    iris_x: float  # mean horizontal iris offset from the eye centre (+ = image right)
    iris_y: float  # mean vertical iris offset from the mid-line of the lids (+ = down)
    iris_x_asym: float  # |right - left| disagreement between the eyes (tracking noise indicator)
    openness: float  # lid gap / eye width, mean of both eyes
    look_x: float  # blendshape gaze, + = image right, in [-1, 1]
    look_y: float  # blendshape gaze, + = down, in [-1, 1]
    blink: float  # mean eyeBlink blendshape
    yaw: float
    pitch: float
    roll: float
    eye_width_px: float  # mean eye width in pixels: small eyes mean unreliable iris positions


def _eye(lms: np.ndarray, outer: int, inner: int, upper: int, lower: int, iris: int) -> tuple[float, float, float, float]:
    """(h, v, openness, width) of one eye. h is the iris offset along the corner axis, positive towards image right;
    v is the offset from the lids' mid-point perpendicular to it, positive downwards."""
    o, i = lms[outer, :2].astype(np.float64), lms[inner, :2].astype(np.float64)
    axis = i - o if i[0] >= o[0] else o - i  # always pointing to image right
    width = float(np.linalg.norm(axis))
    if width < 1e-6:
        return 0.0, 0.0, 0.0, 0.0
    axis /= width
    down = np.array([-axis[1], axis[0]])  # axis rotated +90 deg in image coords (y down) points down
    centre = (o + i) / 2
    lid_mid = (lms[upper, :2] + lms[lower, :2]) / 2
    ir = lms[iris, :2]
    h = float(np.dot(ir - centre, axis)) / width
    v = float(np.dot(ir - lid_mid, down)) / width
    open_ = float(np.linalg.norm(lms[upper, :2] - lms[lower, :2])) / width
    return h, v, open_, width


def head_angles(matrix: np.ndarray) -> tuple[float, float, float]:
    """(yaw, pitch, roll) in degrees from MediaPipe's 4x4 facial transformation matrix (yaw + = face turned towards
    image right, pitch + = face tilted down, roll + = counter-clockwise on screen)."""
    r = np.asarray(matrix, dtype=np.float64)[:3, :3]
    yaw = math.degrees(math.atan2(r[0, 2], r[2, 2]))
    pitch = math.degrees(math.asin(max(-1.0, min(1.0, -r[1, 2]))))
    roll = math.degrees(math.atan2(r[1, 0], r[1, 1]))
    # The matrix maps the canonical face (looking along +z, y up) into camera space (x right, y up, z towards the
    # viewer): its third column is the face's forward direction, so r[0,2] > 0 means the nose points image-right.
    return yaw, pitch, roll


def gaze_features(lms: np.ndarray, blend: dict[str, float] | None, matrix: np.ndarray | None) -> GazeFeatures:
    """All gaze measurements of one face. `lms` is (478, 3) in pixels (x, y), as produced by the face adapter."""
    hr, vr, opr, wr = _eye(lms, R_OUTER, R_INNER, R_UPPER, R_LOWER, R_IRIS)
    hl, vl, opl, wl = _eye(lms, L_OUTER, L_INNER, L_UPPER, L_LOWER, L_IRIS)
    b = blend or {}
    # eyeLookOutLeft / eyeLookInRight move the eyes towards the subject's left = image right
    right = (b.get("eyeLookOutLeft", 0.0) + b.get("eyeLookInRight", 0.0)) / 2
    left = (b.get("eyeLookInLeft", 0.0) + b.get("eyeLookOutRight", 0.0)) / 2
    down = (b.get("eyeLookDownLeft", 0.0) + b.get("eyeLookDownRight", 0.0)) / 2
    up = (b.get("eyeLookUpLeft", 0.0) + b.get("eyeLookUpRight", 0.0)) / 2
    blink = (b.get("eyeBlinkLeft", 0.0) + b.get("eyeBlinkRight", 0.0)) / 2
    yaw, pitch, roll = head_angles(matrix) if matrix is not None else (0.0, 0.0, 0.0)
    return GazeFeatures(
        iris_x=(hr + hl) / 2,
        iris_y=(vr + vl) / 2,
        iris_x_asym=abs(hr - hl),
        openness=(opr + opl) / 2,
        look_x=right - left,
        look_y=down - up,
        blink=blink,
        yaw=yaw,
        pitch=pitch,
        roll=roll,
        eye_width_px=(wr + wl) / 2,
    )
