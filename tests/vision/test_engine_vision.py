"""analyze_vision end to end on tiny generated videos (real MediaPipe models via the model_store fixture)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from app.core.errors import Cancelled, InputError
from app.core.paths import resource
from app.core.progress import CancelToken
from app.engine.vision import VisionResult, analyze_vision
from tests.conftest import TEST_DATA
from tests.vision.videos import astronaut_clip, blank_clip

pytestmark = pytest.mark.models


def fragment_validator():
    """The vision fragment wrapped as a standalone schema (the base schema belongs to the speech side)."""
    frag = json.loads(resource("schema", "report.vision.schema.json").read_text(encoding="utf-8"))
    schema = {"type": "object", "properties": frag["properties"], "$defs": frag["$defs"]}
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def face_clip(tmp_path_factory, model_store):
    path = astronaut_clip(tmp_path_factory.mktemp("v") / "astronaut.mp4")
    return path, analyze_vision(path)


def test_face_video_gives_all_sections(face_clip):
    _, result = face_clip
    assert isinstance(result, VisionResult)
    s = result.sections
    for key in ("eye_contact", "head_pose", "framing", "posture", "expression", "vision_meta"):
        assert key in s
    ec = s["eye_contact"]
    times = [x["t"] for x in ec["samples"]]
    assert len(times) / (times[-1] - times[0] + 0.1) >= 5  # at least 5 samples per second
    assert {x["state"] for x in ec["samples"]} <= {"camera", "away", "unknown"}
    assert s["vision_meta"]["faces_seen"]["share_with_face"] > 0.9
    assert s["vision_meta"]["person_seen"] is True
    assert len(s["head_pose"]["samples"]) >= 15
    assert not any(w["code"] in ("no_face", "no_person") for w in result.warnings)
    fragment_validator().validate(s)


def test_demo_portrait_looks_at_the_camera(face_clip):
    # the NASA portrait faces the camera with eyes on the lens
    ec = face_clip[1].sections["eye_contact"]
    assert ec["ratio"] is not None and ec["ratio"] >= 0.8
    assert ec["lookaways"] == []


def test_accessibility_turns_off_eye_contact_and_expression(face_clip, model_store):
    path, _ = face_clip
    result = analyze_vision(path, accessibility=True)
    assert "eye_contact" not in result.sections and "expression" not in result.sections
    assert "head_pose" in result.sections
    assert not any(t.code in ("vision_eye_contact_low", "vision_lookaways") for t in result.tips)
    assert result.sections["vision_meta"]["accessibility"] is True
    fragment_validator().validate(result.sections)


def test_calibration_clip_is_used(face_clip, model_store):
    path, _ = face_clip
    result = analyze_vision(path, calibration=path)
    assert result.sections["vision_meta"]["calibrated"] is True
    assert result.sections["eye_contact"]["neutral"]["calibrated"] is True
    assert result.sections["eye_contact"]["ratio"] >= 0.8


def test_calibration_without_face_falls_back_with_a_warning(face_clip, tmp_path, model_store):
    path, _ = face_clip
    result = analyze_vision(path, calibration=blank_clip(tmp_path / "blank.mp4", seconds=1))
    assert result.sections["vision_meta"]["calibrated"] is False
    assert "calibration_unusable" in [w["code"] for w in result.warnings]


def test_video_without_person_says_so(tmp_path, model_store):
    result = analyze_vision(blank_clip(tmp_path / "blank.mp4"))
    codes = [w["code"] for w in result.warnings]
    assert "no_face" in codes and "no_person" in codes
    assert result.sections["vision_meta"]["person_seen"] is False
    assert "eye_contact" not in result.sections
    fragment_validator().validate(result.sections)


def test_dark_video_is_reported(tmp_path, model_store):
    result = analyze_vision(blank_clip(tmp_path / "dark.mp4", level=5))
    assert "video_dark" in [w["code"] for w in result.warnings]


def test_audio_only_file_gives_a_warning_not_none():
    result = analyze_vision(TEST_DATA / "hello_en.ogg")
    assert isinstance(result, VisionResult)
    assert [w["code"] for w in result.warnings] == ["no_video"]
    assert result.sections == {"vision_meta": {"has_video": False}}


def test_unreadable_file_raises_input_error(tmp_path):
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(InputError):
        analyze_vision(bad)


def test_cancel_stops_the_analysis(face_clip, model_store):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        analyze_vision(face_clip[0], cancel=token)


def test_several_faces_follow_the_largest_and_say_so(tmp_path, model_store):
    import numpy as np

    from tests.vision.videos import astronaut_head, write_video

    canvas = np.full((360, 660, 3), 90, dtype=np.uint8)
    canvas[10:350, 5:345] = astronaut_head(340)  # the large face, left
    canvas[30:280, 400:650] = astronaut_head(250)  # a smaller face, right
    result = analyze_vision(write_video(tmp_path / "two.mp4", [canvas] * 30, fps=15))
    assert "several_faces" in [w["code"] for w in result.warnings]
    assert result.sections["vision_meta"]["faces_seen"]["max"] >= 2
    cx = result.sections["framing"]["centre_median"][0]
    assert cx < 0.5  # the analysis follows the large face on the left


def test_missing_pose_model_skips_posture_with_a_warning(face_clip, monkeypatch, model_store):
    from app.core.errors import ModelMissingError
    from app.ml.model_store import ModelStore

    real = ModelStore.resolve

    def resolve(self, model_id):
        if model_id.startswith("pose"):
            raise ModelMissingError(f"The model '{model_id}' is not installed.")
        return real(self, model_id)

    monkeypatch.setattr(ModelStore, "resolve", resolve)
    result = analyze_vision(face_clip[0])
    assert "posture" not in result.sections and "eye_contact" in result.sections
    assert "pose_model_missing" in [w["code"] for w in result.warnings]


def test_pose_backs_off_while_nobody_is_in_view(tmp_path, model_store):
    result = analyze_vision(blank_clip(tmp_path / "empty.mp4", seconds=6))
    frames = result.sections["vision_meta"]["frames"]
    assert frames["face"] >= 55
    assert frames["pose"] < 0.7 * frames["face"] / 2  # well under the 5/s used when a body is visible


def test_live_vision_and_offline_share_one_face_step(face_clip):
    """The same decoded frames through LiveVision (the live path) give the offline eye-contact section: both run
    app.engine.vision.FaceStep and vision_result."""
    from app.analysis.thresholds import section
    from app.engine.live_vision import LiveVision
    from app.ml.video_decode import iter_frames

    path, offline = face_clip
    cfg = section("vision")
    live = LiveVision(with_pose=False, queue_frames=10_000)  # no drops: every frame is analysed
    for t, rgb in iter_frames(path, float(cfg["face_fps"]), max_side=int(cfg["max_side"])):
        live.push(rgb, t)
    result = live.finish(video={"duration_s": offline.sections["vision_meta"]["video"]["duration_s"]})
    a, b = result.sections["eye_contact"], offline.sections["eye_contact"]
    assert a["samples"] == b["samples"] and a["ratio"] == b["ratio"] and a["confidence"] == b["confidence"]
    assert result.sections["vision_meta"]["calibrated"] is False
