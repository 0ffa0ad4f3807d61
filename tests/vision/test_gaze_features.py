"""Gaze features from synthetic landmark arrays and head angles from rotation matrices."""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.analysis import gaze as g


def face(iris_shift=0.0, lid_gap=12.0):
    """478 landmarks: two 30 px wide eyes, irises shifted by `iris_shift` eye widths towards image right."""
    lms = np.zeros((478, 3), dtype=np.float32)
    for outer, inner, upper, lower, iris, x0, x1 in (
        (g.R_OUTER, g.R_INNER, g.R_UPPER, g.R_LOWER, g.R_IRIS, 100, 130),
        (g.L_OUTER, g.L_INNER, g.L_UPPER, g.L_LOWER, g.L_IRIS, 200, 170),
    ):
        lms[outer, :2] = (x0, 100)
        lms[inner, :2] = (x1, 100)
        cx = (x0 + x1) / 2
        lms[upper, :2] = (cx, 100 - lid_gap / 2)
        lms[lower, :2] = (cx, 100 + lid_gap / 2)
        lms[iris, :2] = (cx + iris_shift * 30, 100)
    return lms


def rot_y(deg):
    a = math.radians(deg)
    m = np.eye(4)
    m[:3, :3] = [[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]]
    return m


def test_iris_offset_sign_and_scale():
    f = g.gaze_features(face(0.1), None, None)
    assert f.iris_x == pytest.approx(0.1, abs=1e-4)
    assert f.iris_x_asym == pytest.approx(0.0, abs=1e-4)
    assert g.gaze_features(face(-0.2), None, None).iris_x == pytest.approx(-0.2, abs=1e-4)


def test_openness_and_eye_width():
    f = g.gaze_features(face(lid_gap=6), None, None)
    assert f.openness == pytest.approx(0.2, abs=1e-4)
    assert f.eye_width_px == pytest.approx(30.0)


def test_blendshape_directions():
    f = g.gaze_features(face(), {"eyeLookOutLeft": 0.8, "eyeLookInRight": 0.8, "eyeLookDownLeft": 0.5,
                                 "eyeLookDownRight": 0.5, "eyeBlinkLeft": 0.1, "eyeBlinkRight": 0.3}, None)
    assert f.look_x == pytest.approx(0.8)  # towards the subject's left = image right
    assert f.look_y == pytest.approx(0.5)
    assert f.blink == pytest.approx(0.2)


def test_head_angles_yaw_pitch_roll():
    yaw, pitch, roll = g.head_angles(rot_y(20))
    assert yaw == pytest.approx(20, abs=1e-6) and pitch == pytest.approx(0, abs=1e-6)
    a = math.radians(10)
    m = np.eye(4)  # rotation about x: the forward axis gets a negative y component = looking down
    m[:3, :3] = [[1, 0, 0], [0, math.cos(a), -math.sin(a)], [0, math.sin(a), math.cos(a)]]
    assert g.head_angles(m)[1] == pytest.approx(10, abs=1e-6)
    m = np.eye(4)
    m[:3, :3] = [[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]]
    assert g.head_angles(m)[2] == pytest.approx(10, abs=1e-6)
