"""Acceptance checks on the shared real clips (skipped when ../shared/data or the models are absent)."""

from __future__ import annotations

import json

import pytest

from app.engine.vision import analyze_vision
from bench.vision import score_clip

pytestmark = [pytest.mark.shared_data, pytest.mark.models, pytest.mark.slow]


def run(shared_data, name):
    path = shared_data / "video" / name
    if not path.exists():
        pytest.skip(f"{name} not in the shared data")
    return analyze_vision(path).sections


def labels(shared_data, name):
    return json.loads((shared_data / "labels" / "gaze_dev.json").read_text())["clips"][name]["frames"]


def test_turned_head_with_eyes_on_lens_keeps_camera(shared_data, model_store):
    name = "vid_pose_upperbody_s20.mp4"
    ec = run(shared_data, name)["eye_contact"]
    sc = score_clip(ec["samples"], labels(shared_data, name))
    assert sc["camera"][1] > 10
    assert sc["camera"][0] / sc["camera"][1] >= 0.7
    assert ec["lookaways"] == []


def test_eye_contact_clip_has_no_lookaway(shared_data, model_store):
    ec = run(shared_data, "vid_talk_aoc.mp4")["eye_contact"]
    assert ec["lookaways"] == [] and ec["ratio"] >= 0.9


def test_person_talking_to_someone_off_camera_is_mostly_away(shared_data, model_store):
    ec = run(shared_data, "lp_s32.mp4")["eye_contact"]
    assert ec["ratio"] < 0.5 and ec["lookaways"]


def test_frequent_blinker_keeping_eye_contact_has_no_lookaway(shared_data, model_store):
    # lp_d9: a person with glasses who blinks about every second while looking at the lens
    ec = run(shared_data, "lp_d9.mp4")["eye_contact"]
    assert ec["lookaways"] == [] and ec["ratio"] >= 0.9
    assert any(s["state"] == "unknown" for s in ec["samples"])  # the blinks are there, and are not `away`
