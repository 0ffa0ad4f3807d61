"""Assemble the vision report sections, tip candidates and warnings from per-frame observations (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from app.analysis.expression import expression_section
from app.analysis.eye_contact import Calibration, GazeParams, classify_eye_contact
from app.analysis.framing import framing_section
from app.analysis.gaze import GazeFeatures
from app.analysis.head_pose import head_pose_section
from app.analysis.posture import PostureParams, posture_section
from app.analysis.thresholds import section
from app.analysis.vision_warnings import warning
from app.core.tips import TipCandidate


@dataclass
class FaceFrame:
    """What the face model saw in one analysed frame (engine -> analysis)."""

    t: float
    n_faces: int
    features: GazeFeatures | None = None
    angles: tuple[float, float, float] | None = None
    bbox: tuple[float, float, float, float] | None = None
    blendshapes: dict[str, float] | None = None
    aspect: float = 1.0  # frame width / height


@dataclass
class VisionObservations:
    """Everything the models saw in one video: face frames, pose frames (a subset), picture quality samples and
    the periodic full-frame face counts."""

    faces: list[FaceFrame] = field(default_factory=list)
    pose_times: list[float] = field(default_factory=list)
    poses: list[Any] = field(default_factory=list)  # (33, 4) arrays or None
    quality: list[tuple[float, float]] = field(default_factory=list)
    face_counts: list[int] = field(default_factory=list)  # faces found by the periodic full-frame check
    missing: list[str] = field(default_factory=list)  # models that could not be used


def _params(cls, cfg: dict):
    names = {f.name for f in fields(cls)}
    return cls(**{k: float(v) for k, v in cfg.items() if k in names})


def gaze_params() -> GazeParams:
    """GazeParams from `[vision]` of app/resources/thresholds.toml."""
    return _params(GazeParams, section("vision"))


def posture_params() -> PostureParams:
    """PostureParams from `[vision]` of app/resources/thresholds.toml."""
    return _params(PostureParams, section("vision"))


def calibration_from(faces: list[FaceFrame], params: GazeParams) -> Calibration | None:
    """The user's neutral from a 'look at the lens' clip: medians of frames with open eyes, or None if unusable."""
    from app.analysis.eye_contact import horizontal_angle

    feats = [f for f in faces if f.features is not None]
    if len(feats) < 5:
        return None
    opens = np.array([f.features.openness for f in feats])
    open_ref = float(np.percentile(opens, 85))
    good = [f for f in feats if f.features.openness > 0.75 * open_ref] or feats
    h = [horizontal_angle(f.features, params) for f in good]
    return Calibration(
        offset_h_deg=float(np.median(h)),
        look_y0=float(np.median([f.features.look_y for f in good])),
        pitch0=float(np.median([f.features.pitch for f in good])),
        open_ref=open_ref,
        measured=True,
    )


def build_vision_sections(
    obs: VisionObservations, *, accessibility: bool = False, calibration: Calibration | None = None,
) -> tuple[dict, list[TipCandidate], list[dict]]:
    """(sections, tips, warnings) for the report from the observations of one answer."""
    cfg = section("vision")
    gp = gaze_params()
    sections: dict[str, Any] = {}
    tips: list[TipCandidate] = []
    warnings: list[dict] = []
    times = [f.t for f in obs.faces]
    face_frames = [f for f in obs.faces if f.features is not None]
    duration = (times[-1] - times[0]) if len(times) > 1 else 0.0
    if not face_frames:
        warnings.append(warning("no_face"))
    if any(n > 1 for n in obs.face_counts) or sum(f.n_faces > 1 for f in obs.faces) >= 3:
        warnings.append(warning("several_faces"))
    from app.analysis.vision_quality import quality_warnings

    warnings += quality_warnings(obs.quality, dark=float(cfg.get("dark_luma", 45)),
                                 blur=float(cfg.get("blur_laplacian", 15)))
    if face_frames:
        sections["head_pose"] = head_pose_section(
            times, [f.angles for f in obs.faces], turn_deg=float(cfg.get("turn_deg", 20)),
            turn_min_s=float(cfg.get("turn_min_s", 0.5)), nod_deg=float(cfg.get("nod_deg", 6)),
            nod_max_s=float(cfg.get("nod_max_s", 1.2)))
        sections["framing"] = framing_section(
            times, [f.bbox for f in obs.faces], small_height=float(cfg.get("face_small", 0.15)),
            large_height=float(cfg.get("face_large", 0.65)), off_centre=float(cfg.get("off_centre", 0.22)),
            min_s=float(cfg.get("framing_min_s", 1.0)))
        if not accessibility:
            ec = classify_eye_contact(
                times, [f.features for f in obs.faces], params=gp, calibration=calibration)
            sections["eye_contact"] = {
                "ratio": ec.ratio,
                "confidence": ec.confidence,
                "uncertain": ec.ratio is None or ec.confidence < float(cfg.get("eye_contact_uncertain_below", 0.7)),
                "samples": [{"t": round(s.t, 2), "state": s.state} for s in ec.samples],
                "lookaways": ec.lookaways,
                "glances": ec.glances,
                "windows": ec.windows,
                "neutral": ec.neutral,
            }
            sections["expression"] = expression_section(
                [f.blendshapes for f in obs.faces], smile_threshold=float(cfg.get("smile_threshold", 0.4)))
            tips += _eye_tips(sections["eye_contact"], cfg)
        tips += _framing_tips(sections["framing"], duration, cfg)
    if obs.pose_times:
        sections["posture"] = posture_section(obs.pose_times, obs.poses, posture_params())
        tips += _posture_tips(sections["posture"])
    return sections, tips, warnings


def _eye_tips(ec: dict, cfg: dict) -> list[TipCandidate]:
    tips = []
    ratio = ec.get("ratio")
    evidence = tuple({"start": e["start"], "end": e["end"]} for e in ec["lookaways"])
    # no advice from a share the review itself calls uncertain
    if ratio is not None and ratio < float(cfg.get("tip_eye_contact_ratio", 0.6)) and not ec.get("uncertain"):
        tips.append(TipCandidate("vision_eye_contact_low", {"pct": round(100 * ratio)},
                                 severity=round(0.5 + 0.4 * (1 - ratio), 2), evidence=evidence))
    if ec.get("uncertain"):
        # a reading the review calls uncertain gives no advice about the gaze, only about making it readable
        readable = ((ec.get("neutral") or {}).get("quality") or {}).get("gaze_readable")
        return [TipCandidate("vision_eye_contact_uncertain", {"pct": round(100 * (readable or 0.0))},
                             severity=0.3, evidence=())]
    if len(ec["lookaways"]) >= int(cfg.get("tip_lookaway_count", 2)):
        longest = max(e["end"] - e["start"] for e in ec["lookaways"])
        tips.append(TipCandidate("vision_lookaways", {"count": len(ec["lookaways"]), "longest_s": round(longest, 1)},
                                 severity=0.55, evidence=evidence))
    return tips


def _framing_tips(fr: dict, duration: float, cfg: dict) -> list[TipCandidate]:
    tips = []
    if duration <= 0:
        return tips
    share_min = float(cfg.get("tip_framing_share", 0.3))
    for kind in ("face_too_small", "face_too_large", "off_centre", "out_of_frame"):
        evs = [e for e in fr["events"] if e["kind"] == kind]
        total = sum(e["end"] - e["start"] for e in evs)
        if evs and total / duration >= share_min:
            tips.append(TipCandidate(f"vision_{kind}", {"pct": round(100 * min(1.0, total / duration))},
                                     severity=0.45, evidence=tuple({"start": e["start"], "end": e["end"]} for e in evs)))
    return tips


def _posture_tips(po: dict) -> list[TipCandidate]:
    tips = []
    for kind, sev in (("fidgeting", 0.45), ("hand_to_face", 0.4), ("slouch", 0.4), ("shoulder_tilt", 0.3),
                      ("lean_away", 0.3)):
        evs = [e for e in po["events"] if e["kind"] == kind]
        if evs:
            tips.append(TipCandidate(f"vision_{kind}", {"count": len(evs),
                                                        "seconds": round(sum(e["end"] - e["start"] for e in evs), 1)},
                                     severity=sev, evidence=tuple({"start": e["start"], "end": e["end"]} for e in evs)))
    return tips
