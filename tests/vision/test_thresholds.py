"""The [vision] table of app/resources/thresholds.toml drives the analysis and has no dead keys."""

from __future__ import annotations

from dataclasses import fields

from app.analysis.eye_contact import GazeParams
from app.analysis.posture import PostureParams
from app.analysis.thresholds import section
from app.analysis.vision_report import gaze_params, posture_params
from app.core.paths import resource

OTHER_KEYS = {
    "face_fps", "pose_fps", "max_side", "pose_model", "turn_deg", "turn_min_s", "nod_deg", "nod_max_s", "face_small",
    "face_large", "off_centre", "framing_min_s", "smile_threshold", "dark_luma", "blur_laplacian",
    "tip_eye_contact_ratio", "tip_lookaway_count", "tip_framing_share", "eye_contact_uncertain_below",
}


def test_every_vision_threshold_is_used_and_sourced():
    cfg = section("vision")
    known = {f.name for f in fields(GazeParams)} | {f.name for f in fields(PostureParams)} | OTHER_KEYS
    assert set(cfg) <= known, set(cfg) - known
    text = resource("thresholds.toml").read_text(encoding="utf-8")
    table = text.split("[vision]", 1)[1]
    for key in cfg:
        line = next(ln for ln in table.splitlines() if ln.startswith(f"{key} "))
        block = table[: table.index(line) + len(line)]
        assert "source:" in line or "source:" in block.splitlines()[-2], key


def test_params_come_from_the_file():
    cfg = section("vision")
    assert gaze_params().enter_away_deg == cfg["enter_away_deg"]
    assert posture_params().tilt_deg == cfg["tilt_deg"]
    assert cfg["face_fps"] >= 10 and cfg["pose_fps"] >= 5  # issue 4: minimum analysis rates
