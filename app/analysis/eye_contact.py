"""Eye contact from per-frame gaze features: a `camera | away | unknown` state per analysed frame, look-away
episodes, glances and the eye-contact ratio.

The model is geometric, not learned. Horizontally, the gaze direction relative to the lens is the head yaw plus the
eye's rotation in the head, asin(gain x iris offset between the eye corners); vertically it is the head pitch plus the
eyeLookDown/Up blendshapes (the lids hide the iris too much for a vertical iris reading). A person whose head is
turned but whose eyes compensate towards the lens therefore stays `camera`. Hysteresis (enter/exit thresholds) keeps
noise at the edge of the cone from flickering; it is applied in both time directions (zero phase), so it neither
delays nor advances transitions. Closed eyes are `unknown` (a blink is never a look-away); half-lowered
lids keep an ongoing `camera` only with a clearly centred iris; lids lowered for longer than a slow blink together
with a downward gaze are read as looking down, except where the lids are shut (eyes kept closed while laughing or
crying look at nothing). Correcting for the direction of the lens seen from an off-centre face was tried and did not
help on the labelled clips (MediaPipe's head pose already carries the perspective). The iris position between the
lids was measured as a down-gaze cue and is not used: the upper lid follows the eye down, so the iris stays near the
lids' mid-line (area under the ROC curve 0.73 for labelled look-downs against camera frames, against 0.92 for the
eyeLookDown blendshapes and 0.94 for the lid drop, which the model uses).

Confidence. Each readable state has a certainty, Phi(margin / noise): the margin is the distance of its reading from
the threshold that decided it; horizontally the noise is the uncertainty of the neutral (`neutral_sd_deg`, smaller
after a calibration) combined with the angle one pixel of iris error makes at this eye width, vertically the
measured spread `v_noise_deg`. Frame errors are not independent (a wrong neutral moves them all), so the answer's
confidence = share of frames with a face x readable share x landmark stability x mean certainty x (1 - the swing
of the ratio when the horizontal neutral moves by its uncertainty either way). It falls when the gaze rests near the
edge of the cone (someone answering a person just beside the lens), the eyes are small or nothing was calibrated;
`rebond bench vision --degraded` prints how well it predicts the accuracy (the reliability table).

Per-person neutral offsets come from a calibration clip when there is one. Without it, the horizontal neutral is the
anatomical one (iris centred between the corners), because normalising on the answer itself would declare a person
who looks away the whole time to be looking at the camera. Only the vertical neutrals (blendshape bias, head pitch:
the camera may sit above or below the eyes) and the open-eye reference, which vary a lot between people and set-ups,
are estimated from the answer, as medians/percentiles of frames that are already horizontally on target.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from app.analysis.gaze import GazeFeatures

CAMERA, AWAY, UNKNOWN = "camera", "away", "unknown"


@dataclass(frozen=True)
class GazeParams:
    """Thresholds (degrees, ratios, seconds); defaults come from `[vision]` in app/resources/thresholds.toml."""

    eye_gain: float = 2.5  # eyeball radius / eye width: iris offset (eye widths) -> sin(eye rotation)
    enter_away_deg: float = 16.0
    exit_away_deg: float = 10.7
    eye_v_gain: float = 27.0  # degrees of vertical eye rotation per unit of (eyeLookDown - eyeLookUp)
    up_deg: float = 12.0  # vertical gaze (head pitch + eyes) this far above the neutral = looking up
    down_deg: float = 8.0  # ... this far below, with open eyes = looking down
    closed_rel: float = 0.45  # openness / open-eye reference below this = eyes closed
    lowered_rel: float = 0.6  # below this (and above closed) = lids lowered
    blink_edge_s: float = 0.3  # a down reading this close to closed eyes is the lid closing or reopening
    lowered_min_s: float = 0.8  # lowered lids with a downward gaze for this long = looking down
    down_blend_delta: float = 0.25
    episode_min_s: float = 1.0  # away for at least this long = a look-away episode; shorter = a glance
    bridge_unknown_s: float = 0.6  # unknown gaps up to this long inside an episode do not split it
    min_eye_px: float = 8.0  # eyes narrower than this (pixels) are too small to read the iris
    shut_rel: float = 0.06  # a long lowered stretch with a median lid gap below this is shut eyes, not a look down
    neutral_sd_deg: float = 3.5  # spread of the uncalibrated neutral between people/set-ups (degrees)
    v_noise_deg: float = 2.3  # spread of the vertical angle (head pitch + eyeLook blendshapes) around its neutral
    lid_gap_sd: float = 0.05  # noise of the lid gap relative to the open-eye gap
    iris_px_error: float = 1.0  # typical error of an iris landmark, pixels


@dataclass
class Calibration:
    """A user's own neutral, measured while looking at the lens (or defaults when absent)."""

    offset_h_deg: float = 0.0  # subtracted from the horizontal gaze angle
    look_y0: float | None = None  # neutral vertical blendshape value
    pitch0: float | None = None  # neutral head pitch (the camera may sit above or below the eyes)
    open_ref: float | None = None  # openness of the open eyes
    measured: bool = False


@dataclass
class FrameGaze:
    """Intermediate per-frame quantities, kept for the report's confidence and for the benchmark."""

    t: float
    state: str
    h_deg: float | None = None
    v_deg: float | None = None
    open_rel: float | None = None
    reason: str = ""
    certainty: float | None = None  # probability that the state is right, from its margin and the reading noise


@dataclass
class EyeContactResult:
    """Per-frame samples, the ratio of `camera` among readable frames, a 0..1 confidence, look-away episodes
    (>= episode_min_s), shorter glances, the neutral used, and the ratio per time window."""

    samples: list[FrameGaze]
    ratio: float | None
    confidence: float
    lookaways: list[dict] = field(default_factory=list)
    glances: list[dict] = field(default_factory=list)
    neutral: dict = field(default_factory=dict)
    windows: list[dict] = field(default_factory=list)  # ratio over time


def _asin_deg(x: float) -> float:
    return math.degrees(math.asin(max(-1.0, min(1.0, x))))


def horizontal_angle(f: GazeFeatures, p: GazeParams) -> float:
    """Horizontal gaze direction relative to the lens, degrees (+ = image right): head yaw plus the eye's rotation
    in the head, asin(gain x iris offset in eye widths) for an eyeball radius of `1/gain` eye widths."""
    return f.yaw + _asin_deg(p.eye_gain * f.iris_x)


def estimate_neutral(
    feats: Sequence[GazeFeatures | None], p: GazeParams, calibration: Calibration | None = None
) -> Calibration:
    """Neutral offsets for this answer. With a measured calibration only missing pieces are filled in."""
    cal = Calibration() if calibration is None else Calibration(**calibration.__dict__)
    valid = [f for f in feats if f is not None]
    if not valid:
        return cal
    opens = np.array([f.openness for f in valid])
    if cal.open_ref is None:
        # a high percentile: people who look down a lot (lowered lids) must not lower their own reference
        cal.open_ref = float(np.percentile(opens, 85)) or 1e-6
    on_target = [
        f for f in valid
        if abs(horizontal_angle(f, p) - cal.offset_h_deg) < p.exit_away_deg and f.openness > 0.75 * cal.open_ref
    ]
    pool = on_target if len(on_target) >= 5 else valid
    if cal.look_y0 is None:
        cal.look_y0 = float(np.median([f.look_y for f in pool]))
    if cal.pitch0 is None:
        cal.pitch0 = float(np.median([f.pitch for f in pool]))
    return cal


def _raw_states(
    times: Sequence[float], feats: Sequence[GazeFeatures | None], p: GazeParams, cal: Calibration
) -> list[FrameGaze]:
    """Per-frame states with a zero-phase (non-causal) hysteresis: a frame beyond `exit_away_deg` is `away` when it
    is connected, through frames that are also beyond it (unknown frames do not break the chain), to a frame beyond
    `enter_away_deg`. Unlike a forward-only hysteresis this treats the start and the end of a glance alike, so
    transitions are neither delayed nor advanced (the whole answer is available offline)."""
    out: list[FrameGaze] = []
    level: list[str] = []  # "strong" (clearly away), "weak" (in the hysteresis band), "cam", "low_cam", "unk"
    for t, f in zip(times, feats, strict=True):
        if f is None:
            out.append(FrameGaze(t, UNKNOWN, reason="no_face"))
            level.append("unk")
            continue
        if f.eye_width_px < p.min_eye_px:
            out.append(FrameGaze(t, UNKNOWN, reason="eyes_too_small"))
            level.append("unk")
            continue
        h = horizontal_angle(f, p) - cal.offset_h_deg
        open_rel = f.openness / (cal.open_ref or 1e-6)
        dy = f.look_y - (cal.look_y0 or 0.0)
        v = (f.pitch - (cal.pitch0 or 0.0)) + p.eye_v_gain * dy
        fg = FrameGaze(t, UNKNOWN, h_deg=h, v_deg=v, open_rel=open_rel)
        lv = "unk"
        if open_rel < p.closed_rel:
            fg.reason = "closed"
        elif open_rel < p.lowered_rel:
            # lids lowered: the iris is partly hidden and the blendshapes read "down" (as during a blink), so only
            # clear readings count: far to the side = away, well inside the cone with a centred iris = camera when
            # a neighbouring readable frame is camera
            if abs(h) > p.enter_away_deg * 1.5:
                fg.reason, lv = "side", "strong"
            elif abs(h) < p.exit_away_deg / 2:
                fg.reason, lv = "lowered", "low_cam"
            else:
                fg.reason = "lowered"
        elif abs(h) > p.enter_away_deg:
            fg.reason, lv = "side", "strong"
        elif v < -p.up_deg:
            fg.reason, lv = "up", "strong"
        elif v > p.down_deg:
            fg.reason, lv = "down", "strong"
        elif abs(h) > p.exit_away_deg:
            fg.reason, lv = "side", "weak"
        else:
            lv = "cam"
        out.append(fg)
        level.append(lv)
    n = len(out)
    # the lids close and reopen around a blink, and half-open lids read as a downward gaze: a "down" reading this
    # close to closed eyes belongs to the blink
    closed_t = [x.t for x in out if x.reason == "closed"]
    for k in range(n):
        if out[k].reason == "down" and closed_t:
            j = bisect.bisect_left(closed_t, out[k].t)
            near = min(abs(closed_t[m] - out[k].t) for m in (j - 1, j) if 0 <= m < len(closed_t))
            if near <= p.blink_edge_s:
                out[k].reason, level[k] = "closed", "unk"
    chains: list[list[int]] = []  # strong/weak frames linked through unknown frames, one gaze direction per chain
    for k in range(n):
        if level[k] not in ("strong", "weak"):
            if level[k] != "unk" and chains and chains[-1]:
                chains.append([])
            continue
        prev = chains[-1][-1] if chains and chains[-1] else None
        # a sideways reading on the other side of the lens is a new movement (e.g. the overshoot after a glance)
        flip = (prev is not None and out[prev].reason == "side" and out[k].reason == "side"
                and (out[prev].h_deg or 0.0) * (out[k].h_deg or 0.0) < 0)
        if prev is None or flip:
            chains.append([])
        chains[-1].append(k)
    for members in chains:
        away = any(level[k] == "strong" for k in members)
        for k in members:
            out[k].state = AWAY if away else CAMERA
            if not away:
                out[k].reason = ""
    for k in range(n):
        if level[k] == "cam":
            out[k].state = CAMERA
    known = [k for k in range(n) if level[k] in ("strong", "weak", "cam")]
    for k in range(n):
        if level[k] == "low_cam":
            j = bisect.bisect_left(known, k)  # nearest readable frames before and after
            neighbours = [out[known[m]].state for m in (j - 1, j) if 0 <= m < len(known)]
            if CAMERA in neighbours:
                out[k].state, out[k].reason = CAMERA, ""
    return out


def _states(times: Sequence[float], feats: Sequence[GazeFeatures | None], p: GazeParams, cal: Calibration,
            step: float) -> list[FrameGaze]:
    samples = _raw_states(times, feats, p, cal)
    _resolve_lowered(samples, feats, p, cal, step)
    return samples


def _ratio(samples: Sequence[FrameGaze]) -> float | None:
    known = [s for s in samples if s.state != UNKNOWN]
    return sum(s.state == CAMERA for s in known) / len(known) if known else None


def _neutral_swing(times: Sequence[float], feats: Sequence[GazeFeatures | None], p: GazeParams, cal: Calibration,
                   step: float, ratio: float | None) -> float:
    """Largest change of the ratio when the horizontal neutral moves by its uncertainty (`neutral_sd_deg`, a third
    of it after a calibration) either way."""
    if ratio is None:
        return 0.0
    sd = p.neutral_sd_deg / (3.0 if cal.measured else 1.0)
    swings = []
    for sign in (-1.0, 1.0):
        shifted = Calibration(**(cal.__dict__ | {"offset_h_deg": cal.offset_h_deg + sign * sd}))
        other = _ratio(_states(times, feats, p, shifted, step))
        swings.append(0.0 if other is None else abs(other - ratio))
    return max(swings)


def _runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, on in enumerate(list(flags) + [False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _resolve_lowered(samples: list[FrameGaze], feats: Sequence[GazeFeatures | None], p: GazeParams,
                     cal: Calibration, step: float) -> None:
    """Closed/lowered stretches: short ones stay `unknown` (blinks); long ones with a downward gaze are `away`,
    except where the lids are shut (lid gap below `shut_rel` of the open-eye gap, median over +-0.3 s): eyes kept
    closed, as when laughing or crying, look at nothing."""
    flags = [s.reason in ("closed", "lowered") for s in samples]
    for a, b in _runs(flags):
        dur = samples[b - 1].t - samples[a].t + step  # each sample stands for one frame interval (low frame rates)
        if dur < p.lowered_min_s:
            continue
        downs = [feats[i].look_y - (cal.look_y0 or 0.0) for i in range(a, b) if feats[i] is not None]
        if not downs or float(np.median(downs)) <= p.down_blend_delta:
            continue
        for k in range(a, b):
            near = [s.open_rel for s in samples[a:b] if abs(s.t - samples[k].t) <= 0.3 and s.open_rel is not None]
            if near and float(np.median(near)) < p.shut_rel:
                samples[k].reason = "closed"
            else:
                samples[k].state, samples[k].reason = AWAY, "down"


def _episodes(samples: list[FrameGaze], p: GazeParams, step: float) -> tuple[list[dict], list[dict]]:
    """Away runs, bridging short unknown gaps; >= episode_min_s are look-aways, the rest glances."""
    episodes, glances = [], []
    i, n = 0, len(samples)
    while i < n:
        if samples[i].state != AWAY:
            i += 1
            continue
        j = i + 1
        end = i
        while j < n:
            if samples[j].state == AWAY:
                end = j
                j += 1
            elif samples[j].state == UNKNOWN and samples[j].t - samples[end].t <= p.bridge_unknown_s:
                j += 1
            else:
                break
        start_t, end_t = samples[i].t, samples[end].t + step
        ev = {"start": round(start_t, 2), "end": round(end_t, 2)}
        reasons = [s.reason for s in samples[i:end + 1] if s.state == AWAY]
        ev["direction"] = max(set(reasons), key=reasons.count) if reasons else "side"
        (episodes if end_t - start_t >= p.episode_min_s else glances).append(ev)
        i = end + 1
    return episodes, glances


def classify_eye_contact(
    times: Sequence[float],
    feats: Sequence[GazeFeatures | None],
    *,
    params: GazeParams | None = None,
    calibration: Calibration | None = None,
) -> EyeContactResult:
    """States, episodes and ratio for a sequence of frames (`None` = no face in that frame)."""
    p = params or GazeParams()
    cal = estimate_neutral(feats, p, calibration)
    step = float(np.median(np.diff(times))) if len(times) > 1 else 0.1
    samples = _states(times, feats, p, cal, step)
    episodes, glances = _episodes(samples, p, step)
    known = [s for s in samples if s.state != UNKNOWN]
    ratio = _ratio(samples)
    face_frac = sum(f is not None for f in feats) / len(feats) if feats else 0.0
    known_frac = len(known) / len(samples) if samples else 0.0
    jitter = landmark_jitter(samples)
    # landmark stability: frame-to-frame noise of the gaze angle while the state does not change; 2 deg is the
    # noise of a sharp, well-lit face, 12 deg makes single frames meaningless
    stability = 1.0 if jitter is None else max(0.2, min(1.0, 1 - (jitter - 2.0) / 10.0))
    _certainties(samples, feats, p, cal)
    # how sure the readable states are: the mean probability that each is right (near the edge of the cone, with
    # small eyes or without calibration, states are coin flips and the ratio is as uncertain as they are)
    certain = float(np.mean([s.certainty for s in known if s.certainty is not None])) if known else 0.0
    # the frames' errors are not independent: a neutral that is off by its own uncertainty moves every frame at
    # once. The ratio read with the horizontal neutral shifted by one standard deviation either way says how much
    # the answer's figure hangs on it (a person looking just beside the lens, at the edge of the cone, swings it)
    swing = _neutral_swing(times, feats, p, cal, step, ratio)
    confidence = round(face_frac * (0.5 + 0.5 * known_frac) * stability * certain * (1.0 - swing), 3)
    neutral = {
        "calibrated": cal.measured,
        "offset_h_deg": round(cal.offset_h_deg, 2),
        "look_y0": None if cal.look_y0 is None else round(cal.look_y0, 3),
        "pitch0": None if cal.pitch0 is None else round(cal.pitch0, 1),
        "open_ref": None if cal.open_ref is None else round(cal.open_ref, 3),
    }
    neutral["quality"] = {"face_visible": round(face_frac, 3), "gaze_readable": round(known_frac, 3),
                          "jitter_deg": None if jitter is None else round(jitter, 2)}
    return EyeContactResult(samples, None if ratio is None else round(ratio, 3), confidence, episodes, glances, neutral,
                            windows=ratio_windows(samples))


def _phi(z: float) -> float:
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def _certainties(samples: list[FrameGaze], feats: Sequence[GazeFeatures | None], p: GazeParams,
                 cal: Calibration) -> None:
    """Probability that each readable state is right: Phi(margin / noise), the margin being the distance of the
    reading from the threshold that decided the state. Horizontally the noise combines the uncertainty of the
    neutral (`neutral_sd_deg`, a third of it after a calibration) with the angle an iris landmark error of
    `iris_px_error` pixels makes at this eye width; vertically it is `v_noise_deg` (the vertical neutral is
    measured on the answer itself). A look down under lowered lids is as certain as its lid gap is far from shut
    (the blendshapes read "down" for closed eyes too)."""
    sd_neutral = p.neutral_sd_deg / (3.0 if cal.measured else 1.0)
    for s, f in zip(samples, feats, strict=True):
        if s.state == UNKNOWN or s.h_deg is None or s.v_deg is None or f is None:
            continue
        sd_h = math.hypot(sd_neutral, _asin_deg(p.eye_gain * p.iris_px_error / max(f.eye_width_px, 1.0)))
        h, v = abs(s.h_deg), s.v_deg
        if s.state == CAMERA:
            z = min((p.enter_away_deg - h) / sd_h, (p.up_deg + v) / p.v_noise_deg, (p.down_deg - v) / p.v_noise_deg)
        elif s.reason == "side":
            z = (h - p.exit_away_deg) / sd_h
        elif s.reason == "up":
            z = (-v - p.up_deg) / p.v_noise_deg
        elif s.open_rel is not None and s.open_rel < p.lowered_rel:
            z = (s.open_rel - p.shut_rel) / p.lid_gap_sd
        else:
            z = (v - p.down_deg) / p.v_noise_deg
        s.certainty = round(_phi(z), 3)


def landmark_jitter(samples: Sequence[FrameGaze]) -> float | None:
    """Median absolute frame-to-frame change of the horizontal gaze angle between consecutive samples in the same
    readable state (degrees), or None with too few pairs."""
    diffs = [
        abs(b.h_deg - a.h_deg)
        for a, b in zip(samples, samples[1:], strict=False)
        if a.h_deg is not None and b.h_deg is not None and a.state == b.state and a.state != UNKNOWN
    ]
    return float(np.median(diffs)) if len(diffs) >= 5 else None


def ratio_windows(samples: Sequence[FrameGaze], window_s: float = 5.0) -> list[dict]:
    """Eye-contact ratio per `window_s` window over the readable samples (None where nothing was readable)."""
    if not samples:
        return []
    out = []
    start = samples[0].t
    end_t = samples[-1].t
    while start <= end_t:
        inside = [s for s in samples if start <= s.t < start + window_s and s.state != UNKNOWN]
        ratio = sum(s.state == CAMERA for s in inside) / len(inside) if inside else None
        out.append({"start": round(start, 2), "end": round(min(start + window_s, end_t), 2),
                    "ratio": None if ratio is None else round(ratio, 3)})
        start += window_s
    return out
