"""Head turns and nods, framing events, posture events relative to baseline, expression ratio."""

from __future__ import annotations

import numpy as np

from app.analysis.expression import expression_section
from app.analysis.framing import framing_section
from app.analysis.head_pose import head_pose_section
from app.analysis.posture import L_EAR, L_INDEX, L_SH, L_WRIST, NOSE, R_EAR, R_INDEX, R_SH, R_WRIST, posture_section
from app.analysis.vision_events import runs_to_events


def test_runs_to_events_bridges_small_gaps_and_drops_short_runs():
    times = [i / 10 for i in range(50)]
    flags = [10 <= i < 20 or 21 <= i < 30 or 40 <= i < 43 for i in range(50)]
    assert runs_to_events(times, flags, min_s=1.0, max_gap_s=0.2) == [(1.0, 3.0)]
    assert runs_to_events(times, flags, min_s=1.0) == [(1.0, 2.0)]


def test_head_turn_and_nod():
    times = [i / 10 for i in range(100)]
    yaw = [30.0 if 30 <= i < 45 else 0.0 for i in range(100)]
    pitch = [8.0 if i in (70, 71) else 0.0 for i in range(100)]
    sec = head_pose_section(times, [(y, p, 0.0) for y, p in zip(yaw, pitch, strict=True)])
    assert [(t["direction"], t["start"]) for t in sec["turns"]] == [("right", 3.0)]
    assert len(sec["nods"]) == 1 and abs(sec["nods"][0]["t"] - 7.0) < 0.15
    assert len(sec["samples"]) == 100 and set(sec["samples"][0]) == {"t", "yaw", "pitch", "roll"}


def test_head_pose_without_face():
    assert head_pose_section([0.0, 0.1], [None, None])["samples"] == []


def test_framing_events():
    times = [i / 10 for i in range(60)]
    good = (0.35, 0.25, 0.65, 0.65)
    small = (0.45, 0.45, 0.55, 0.55)
    boxes = [good] * 20 + [small] * 20 + [None] * 20
    sec = framing_section(times, boxes)
    kinds = [(e["kind"], e["start"]) for e in sec["events"]]
    assert ("face_too_small", 2.0) in kinds and ("out_of_frame", 4.0) in kinds
    assert not any(k == "off_centre" for k, _ in kinds)
    off = framing_section(times, [(0.75, 0.3, 0.95, 0.7)] * 60)
    assert [e["kind"] for e in off["events"]] == ["off_centre"]


def pose(tilt_px=0.0, hand_at=None, width=200.0):
    lm = np.zeros((33, 4), dtype=np.float32)
    lm[:, 3] = 1.0
    lm[NOSE, :2] = (320, 150)
    lm[L_EAR, :2] = (360, 150)
    lm[R_EAR, :2] = (280, 150)
    lm[L_SH, :2] = (320 + width / 2, 280 - tilt_px / 2)
    lm[R_SH, :2] = (320 - width / 2, 280 + tilt_px / 2)
    for w, i, x in ((L_WRIST, L_INDEX, 400), (R_WRIST, R_INDEX, 240)):
        lm[w, :2] = (x, 460)
        lm[i, :2] = (x, 470)
    if hand_at is not None:
        lm[R_WRIST, :2] = hand_at
        lm[R_INDEX, :2] = hand_at
    return lm


def test_posture_events_relative_to_baseline():
    times = [i / 5 for i in range(60)]  # 12 s at 5 fps
    lms = [pose() for _ in range(30)] + [pose(tilt_px=60) for _ in range(15)] + [pose() for _ in range(15)]
    sec = posture_section(times, lms)
    assert [e["kind"] for e in sec["events"]] == ["shoulder_tilt"]
    assert sec["events"][0]["start"] == 6.0


def test_a_constant_posture_is_its_own_baseline():
    # a person who always sits tilted has no tilt events: posture is judged against the person's own baseline
    times = [i / 5 for i in range(30)]
    assert posture_section(times, [pose(tilt_px=60)] * 30)["events"] == []


def test_hand_to_face_and_lean_away():
    times = [i / 5 for i in range(50)]
    lms = [pose() for _ in range(20)] + [pose(hand_at=(330, 170)) for _ in range(5)] + [pose() for _ in range(10)]
    lms += [pose(width=150) for _ in range(15)]
    kinds = [e["kind"] for e in posture_section(times, lms)["events"]]
    assert "hand_to_face" in kinds and "lean_away" in kinds


def test_fidgeting_needs_sustained_back_and_forth_motion():
    times = [i / 5 for i in range(40)]
    wiggle = [pose(hand_at=(240 + (30 if i % 2 else -30), 460)) for i in range(40)]
    assert "fidgeting" in [e["kind"] for e in posture_section(times, wiggle)["events"]]
    # one sweeping gesture is not fidgeting
    sweep = [pose(hand_at=(100 + 10 * i, 460)) for i in range(40)]
    assert "fidgeting" not in [e["kind"] for e in posture_section(times, sweep)["events"]]


def test_posture_without_person():
    assert posture_section([0.0, 0.2], [None, None])["events"] == []


def test_expression_smile_ratio_is_indicative():
    shapes = [{"mouthSmileLeft": 0.8, "mouthSmileRight": 0.6}, {"mouthSmileLeft": 0.0, "mouthSmileRight": 0.1}, None]
    sec = expression_section(shapes)
    assert sec == {"smile_ratio": 0.5, "indicative": True, "frames": 2}
    assert expression_section([None])["smile_ratio"] is None
