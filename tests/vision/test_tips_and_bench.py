"""Tip templates cover every code the vision analysis emits; bench scoring helpers."""

from __future__ import annotations

import re
import tomllib

from app.analysis.vision_report import _eye_tips, _framing_tips, _posture_tips
from app.core.paths import resource
from bench.vision import label_episodes, score_clip


def templates():
    with open(resource("tips", "vision.toml"), "rb") as fh:
        return tomllib.load(fh)


def emitted_tips():
    cfg = {}
    ec = {"ratio": 0.3, "confidence": 0.9, "lookaways": [{"start": 1.0, "end": 2.5}, {"start": 4.0, "end": 5.0}]}
    fr = {"events": [{"kind": k, "start": 0.0, "end": 10.0}
                     for k in ("face_too_small", "face_too_large", "off_centre", "out_of_frame")]}
    po = {"events": [{"kind": k, "start": 0.0, "end": 3.0}
                     for k in ("fidgeting", "hand_to_face", "slouch", "shoulder_tilt", "lean_away")]}
    uncertain = {"ratio": 0.0, "confidence": 0.4, "uncertain": True, "lookaways": ec["lookaways"],
                 "neutral": {"quality": {"gaze_readable": 0.35}}}
    return _eye_tips(ec, cfg) + _eye_tips(uncertain, cfg) + _framing_tips(fr, 10.0, cfg) + _posture_tips(po)


def test_every_emitted_tip_has_fr_and_en_templates_with_its_params():
    tpl = templates()
    tips = emitted_tips()
    assert len(tips) == 12
    for tip in tips:
        assert tip.code in tpl, tip.code
        for lang in ("en", "fr"):
            text = tpl[tip.code][lang]
            assert set(re.findall(r"{(\w+)}", text)) <= set(tip.params), (tip.code, lang)
            text.format(**tip.params)
        assert 0 <= tip.severity <= 1 and (tip.evidence or tip.code == "vision_eye_contact_uncertain")


def test_no_eye_tip_when_eye_contact_is_good():
    ec = {"ratio": 0.9, "confidence": 0.9, "lookaways": []}
    assert _eye_tips(ec, {}) == []


def test_score_clip_uses_nearest_sample_within_tolerance():
    samples = [{"t": i / 10, "state": "camera" if i < 10 else "away"} for i in range(20)]
    frames = [{"t": 0.5, "label": "camera"}, {"t": 1.5, "label": "away"}, {"t": 0.9, "label": "away"},
              {"t": 1.0, "label": "unsure"}, {"t": 5.0, "label": "camera"}]
    sc = score_clip(samples, frames)
    assert sc["camera"] == [1, 1] and sc["away"] == [1, 2]  # the 5.0 s label has no sample within 0.25 s
    assert sc["errors"] == ["0.90s away->camera"]


def test_label_episodes_need_one_second():
    lab = ["camera", "away", "away", "away", "camera", "away", "camera", "away", "unsure", "away", "away"]
    frames = [{"t": i / 2, "label": x} for i, x in enumerate(lab)]
    assert label_episodes(frames) == [(0.5, 2.0), (3.5, 5.5)]


def test_every_warning_code_has_en_and_fr_text():
    from app.analysis.vision_warnings import warning
    from app.analysis.warnings import warning_text

    codes = ["no_video", "no_frames", "no_person", "no_face", "several_faces", "video_dark", "video_blurred",
             "calibration_unusable", "pose_model_missing"]
    for code in codes:
        w = warning(code, reason="x")
        assert w["code"] == code and len(w["message"]) > 20, code
        for lang in ("en", "fr"):
            text = warning_text(w, lang)
            assert len(text) > 20 and "{" not in text, (code, lang)
        assert warning_text(w, "fr") != w["message"] == warning_text(w, "en")


def test_score_clip_counts_blink_labels_on_unknown_and_on_away():
    samples = [{"t": i / 10, "state": "unknown" if i == 3 else "away" if i == 6 else "camera"} for i in range(10)]
    frames = [{"t": 0.3, "label": "unsure", "note": "eyes closed (blink)"},
              {"t": 0.6, "label": "unsure", "note": "blink"}, {"t": 0.5, "label": "camera"}]
    sc = score_clip(samples, frames)
    assert sc["blink_unknown"] == [1, 2] and sc["blink_away"] == [1, 2] and sc["camera"] == [1, 1]


def test_uncertain_eye_contact_gives_no_ratio_tip_and_no_number_on_the_card():
    from app.analysis.metric_cards import metric_value

    ec = {"ratio": 0.0, "confidence": 0.55, "uncertain": True, "lookaways": [{"start": 1.0, "end": 2.5}] * 3}
    assert [t.code for t in _eye_tips(ec, {})] == ["vision_eye_contact_uncertain"]  # no ratio or look-away advice
    value, detail = metric_value({"eye_contact": ec}, "eye_contact")
    assert value is None and detail["uncertain"] is True
    sure = dict(ec, confidence=0.9, uncertain=False, lookaways=[])
    assert metric_value({"eye_contact": sure}, "eye_contact")[0] == 0.0
    assert [t.code for t in _eye_tips(sure, {})] == ["vision_eye_contact_low"]
