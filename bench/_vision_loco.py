"""Leave-one-clip-out check of the eye-contact thresholds for `rebond bench vision`.

For each labelled clip, the thresholds are picked on the OTHER labelled clips (grid search, frame-aligned balanced
accuracy), then the held-out clip is scored with them. If the held-out figures stay close to the figures with the
shipped thresholds, the shipped values are not fitted to one clip.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from app.analysis.eye_contact import classify_eye_contact
from app.analysis.vision_report import gaze_params

# the thresholds that decide camera vs away; everything else stays as shipped
GRID = {
    "enter_away_deg": (8.0, 10.0, 12.0, 14.0, 16.0),
    "eye_gain": (2.0, 2.5, 3.0),
    "up_deg": (8.0, 12.0, 16.0),
    "down_deg": (14.0, 18.0, 22.0),
}


def _score(samples, frames, frame_at) -> tuple[list[int], list[int]]:
    from bench.vision import score_clip

    sc = score_clip(samples, frames, frame_at=frame_at)
    return sc["camera"], sc["away"]


def _states(obs, params) -> list[dict]:
    times = [f.t for f in obs.faces]
    ec = classify_eye_contact(times, [f.features for f in obs.faces], params=params)
    return [{"t": s.t, "state": s.state} for s in ec.samples]


def loco_report(observed: dict) -> dict:
    """`observed`: clip -> (VisionObservations, label frames, frame times, label fps). Returns printable lines and
    the per-fold choices."""
    from bench.vision import balanced, ffmpeg_fps_frame

    base = gaze_params()
    combos = []
    for values in itertools.product(*GRID.values()):
        kw = dict(zip(GRID, values, strict=True))
        kw["exit_away_deg"] = kw["enter_away_deg"] * base.exit_away_deg / base.enter_away_deg
        combos.append(replace(base, **kw))
    # per clip, per combo: (aligned camera, aligned away, literal camera, literal away)
    table: dict[str, list] = {}
    for clip, (obs, frames, ftimes, fps) in observed.items():
        if obs is None:
            continue
        def at(t, ft=ftimes, f=fps):
            return ffmpeg_fps_frame(t, ft, f)
        rows = []
        for p in combos:
            st = _states(obs, p)
            rows.append(_score(st, frames, at) + _score(st, frames, None))
        table[clip] = rows
    folds, pooled = [], {"ali": ([0, 0], [0, 0]), "lit": ([0, 0], [0, 0])}
    for held in table:
        def train_ba(i, held=held):
            cam, away = [0, 0], [0, 0]
            for clip, rows in table.items():
                if clip != held:
                    c, a = rows[i][0], rows[i][1]
                    cam = [cam[0] + c[0], cam[1] + c[1]]
                    away = [away[0] + a[0], away[1] + a[1]]
            return balanced(cam, away) or 0.0
        # ties go to the combo closest to the shipped thresholds, so nothing moves without a reason
        scores = [round(train_ba(i), 4) for i in range(len(combos))]
        top = max(scores)
        best = max(range(len(combos)), key=lambda i: (scores[i], -sum(
            abs(getattr(combos[i], k) - getattr(base, k)) / getattr(base, k) for k in GRID)))
        r = table[held][best]
        for key, (c, a) in (("ali", (r[0], r[1])), ("lit", (r[2], r[3]))):
            pc, pa = pooled[key]
            pc[0] += c[0]
            pc[1] += c[1]
            pa[0] += a[0]
            pa[1] += a[1]
        folds.append({"held_out": held, "chosen": {k: getattr(combos[best], k) for k in GRID},
                      "train_ba": top, "tied": sum(x == top for x in scores), "combos": len(combos),
                      "held_out_aligned": {"camera": r[0], "away": r[1]}, "held_out_literal": {"camera": r[2],
                                                                                              "away": r[3]}})
    lines = ["leave-one-clip-out (thresholds " + ", ".join(GRID) + " picked on the other labelled clips):"]
    for f in folds:
        ch = ", ".join(f"{k}={v:g}" for k, v in f["chosen"].items())
        a = f["held_out_aligned"]
        lines.append(f"  {f['held_out']:28s} chosen {ch} (train BA {f['train_ba']:.3f}, {f['tied']}/{f['combos']} "
                     f"combinations tie); held-out aligned camera {a['camera'][0]}/{a['camera'][1]} "
                     f"away {a['away'][0]}/{a['away'][1]}")
    for key, name in (("ali", "frame-aligned"), ("lit", "literal")):
        c, a = pooled[key]
        lines.append(f"  pooled held-out {name}: camera {c[0]}/{c[1]} away {a[0]}/{a[1]} balanced accuracy "
                     f"{balanced(c, a):.3f}" if (c[1] and a[1]) else f"  pooled held-out {name}: -")
    return {"lines": lines, "folds": folds}
