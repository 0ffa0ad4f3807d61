"""`rebond bench vision [--data DIR]`: eye-contact accuracy against human labels, look-away episode agreement and
speed (RTF, ms per frame per model) of the vision analysis on real clips.

Scoring follows issue 4: only frames labelled `camera` or `away` count; each label is compared with the nearest
analysed sample within 0.25 s; a sample that is `unknown` counts as wrong. Balanced accuracy = mean of the recall of
`camera` and the recall of `away`.

Label timing. The labels of gaze_dev.json describe, for the label at time k/2, the frame that `ffmpeg -vf fps=2`
outputs for slot k: that filter puts each input frame into the output slot nearest to its timestamp and keeps the
LAST frame of each slot, i.e. the last frame before k/2 + 0.25 s (k/2 + 0.233 s at 30 fps, + 0.22/0.24 s at 25 fps).
Evidence (measured, see the report of issue 4): (1) extracting with `ffmpeg -vf fps=2` and matching the pictures to
the decoded frames gives exactly those frames; (2) on frames labelled "blink/eyes closed", the lid gap measured by
MediaPipe (per frame, VIDEO and IMAGE mode alike, no smoothing) has a median of 0.93 of the open-eye gap at the
stated label time and 0.17 at the ffmpeg frame; (3) our decode times equal the container pts (start_time 0, no edit
list) and VIDEO-mode landmarks do not lag IMAGE-mode ones (cross-correlation peak at 0 frames). The bench therefore
prints both the literal scoring required by the issue (label time as is) and the frame-aligned scoring (each label
compared with the sample nearest to the frame ffmpeg picked, computed from this video's own frame timestamps; no
constant is tuned). It also prints, for each convention, how many "blink" labels fall on `unknown` samples: the
independent check of which convention the labels follow.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench.data import shared_data_dir

BLINK_WORDS = ("blink", "closed", "wink")


def default_data_dir() -> Path:
    return shared_data_dir()


def register(sub) -> None:
    parser = sub.add_parser("vision", help="eye-contact accuracy and speed of the vision analysis")
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder with video/ and labels/ (../shared/data)")
    parser.add_argument("--runs", type=int, default=3, help="runs per clip for the speed median (default 3)")
    parser.add_argument("--clips", nargs="*", help="only these clip names")
    parser.add_argument("--no-loco", action="store_true", help="skip the leave-one-clip-out check of the thresholds")
    parser.add_argument("--label-timing", action="store_true",
                        help="also check which frame the labels describe (every frame of the labelled clips)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.set_defaults(func=run)


def ffmpeg_fps_frame(label_t: float, frame_times: list[float], fps: float = 2.0) -> float:
    """Time of the frame that `ffmpeg -vf fps=<fps>` outputs for the slot of `label_t`: frames go to the nearest
    output slot (halves round up) and the last frame of a slot is kept; an empty slot repeats the previous frame."""
    if not frame_times:
        return label_t
    k = round(label_t * fps)
    best = frame_times[0]
    for x in frame_times:
        if math.floor(x * fps + 0.5 + 1e-9) > k:
            break
        best = x
    return best


def score_clip(samples: list[dict], frames: list[dict], offset: float = 0.0, *,
               frame_at: Callable[[float], float] | None = None) -> dict:
    """Counts of correct camera/away labels for one clip: each label is compared with the nearest sample within
    0.25 s of its time (`frame_at(t)` when given, else t + offset). Also counts blink labels that fall on `unknown`."""
    out = {"camera": [0, 0], "away": [0, 0], "blink_unknown": [0, 0], "blink_away": [0, 0], "errors": []}
    if not samples:
        return out
    ts = [s["t"] for s in samples]
    for f in frames:
        target = frame_at(f["t"]) if frame_at else f["t"] + offset
        i = min(range(len(ts)), key=lambda k: abs(ts[k] - target))
        if abs(ts[i] - target) > 0.25:
            continue
        state = samples[i]["state"]
        if f["label"] == "unsure" and any(w in f.get("note", "") for w in BLINK_WORDS):
            out["blink_unknown"][1] += 1
            out["blink_unknown"][0] += state == "unknown"
            out["blink_away"][1] += 1
            out["blink_away"][0] += state == "away"  # the issue: closed eyes are never `away`
        if f["label"] not in ("camera", "away"):
            continue
        out[f["label"]][1] += 1
        if state == f["label"]:
            out[f["label"]][0] += 1
        else:
            out["errors"].append(f"{f['t']:.1f}s {f['label']}->{state}")
    return out


def label_episodes(frames: list[dict], min_s: float = 1.0) -> list[tuple[float, float]]:
    """Runs of consecutive `away` labels (unsure labels bridge) lasting at least `min_s` (2 fps: span + 0.5 s)."""
    eps, start, last = [], None, None
    for f in frames:
        if f["label"] == "away":
            start = f["t"] if start is None else start
            last = f["t"]
        elif f["label"] == "camera" and start is not None:
            eps.append((start, last + 0.5))
            start = None
    if start is not None:
        eps.append((start, last + 0.5))
    return [(a, b) for a, b in eps if b - a >= min_s]


def _overlaps(a: tuple[float, float], b: dict) -> bool:
    return a[0] < b["end"] and b["start"] < a[1]


def balanced(cam: list[int], away: list[int]) -> float | None:
    """Mean of the recalls of `camera` and `away` (over the classes that have labels)."""
    parts = [c / n for c, n in (cam, away) if n]
    return sum(parts) / len(parts) if parts else None


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def run(args) -> int:
    from app.core.errors import InputError
    from app.engine.vision import analyze_vision
    from app.ml.video_decode import frame_times
    from bench._vision_loco import loco_report

    video_dir = args.data / "video"
    if not video_dir.is_dir():
        raise InputError(f"No video folder in {args.data}.", hint="Pass --data pointing at the shared data folder.")
    labels_path = args.data / "labels" / "gaze_dev.json"
    labels = json.loads(labels_path.read_text())["clips"] if labels_path.exists() else {}
    clips = sorted(p for p in video_dir.glob("*.mp4") if not args.clips or p.name in args.clips)
    keys = (("lit", "literal label times (issue 4 scoring)"), ("ali", "frame-aligned (ffmpeg fps=2 frame)"))
    tot = {k: {"camera": [0, 0], "away": [0, 0], "blink_unknown": [0, 0], "blink_away": [0, 0]} for k, _ in keys}
    results, observed = [], {}
    speed = {"elapsed": 0.0, "duration": 0.0, "cpu": 0.0}
    print(f"{'clip':28s} {'dur':>5s} {'rtf':>5s} {'face ms':>7s} {'pose ms':>7s} {'dec s':>5s} {'ratio':>5s} "
          f"{'LA':>3s} {'lit cam':>7s} {'lit away':>8s} {'lit BA':>6s} {'ali cam':>7s} {'ali away':>8s} {'ali BA':>6s}")
    for clip in clips:
        elapsed, result = [], None
        for k in range(max(1, args.runs)):
            t0 = time.perf_counter()
            result = analyze_vision(clip, keep_observations=k == max(1, args.runs) - 1)
            elapsed.append(time.perf_counter() - t0)
        meta = result.sections["vision_meta"]
        dur = meta["video"]["duration_s"] or 1.0
        med = statistics.median(elapsed)
        speed["elapsed"] += med
        speed["duration"] += dur
        speed["cpu"] += meta["timings"]["cpu_s"]
        ec = result.sections.get("eye_contact", {"samples": [], "lookaways": [], "ratio": None})
        row = {"clip": clip.name, "duration_s": dur, "rtf_median": round(med / dur, 3), "timings": meta["timings"],
               "ratio": ec["ratio"], "lookaways": ec["lookaways"], "warnings": result.warnings}
        cells = [""] * 6
        if clip.name in labels:
            frames = labels[clip.name]["frames"]
            fps_lab = float(labels[clip.name].get("fps_sampled", 2))
            ftimes = frame_times(clip)
            observed[clip.name] = (result.observations, frames, ftimes, fps_lab)
            for j, (key, _) in enumerate(keys):
                at = None if key == "lit" else (lambda t, ft=ftimes, f=fps_lab: ffmpeg_fps_frame(t, ft, f))
                sc = score_clip(ec["samples"], frames, frame_at=at)
                row[key] = sc
                for lab in ("camera", "away", "blink_unknown", "blink_away"):
                    tot[key][lab][0] += sc[lab][0]
                    tot[key][lab][1] += sc[lab][1]
                cells[3 * j] = f"{sc['camera'][0]}/{sc['camera'][1]}"
                cells[3 * j + 1] = f"{sc['away'][0]}/{sc['away'][1]}" if sc["away"][1] else "-"
                cells[3 * j + 2] = _fmt(balanced(sc["camera"], sc["away"]) if sc["away"][1] else None)
            eps = label_episodes(frames)
            row["label_episodes"] = eps
            row["episodes_matched"] = sum(any(_overlaps(e, p) for p in ec["lookaways"]) for e in eps)
            row["episodes_spurious"] = sum(not any(_overlaps(e, p) for e in eps) for p in ec["lookaways"])
        results.append(row)
        ratio = "-" if ec["ratio"] is None else f"{ec['ratio']:.2f}"
        print(f"{clip.name:28s} {dur:5.1f} {med / dur:5.3f} {meta['timings']['face_ms_per_frame']:7.1f} "
              f"{meta['timings']['pose_ms_per_frame']:7.1f} {meta['timings']['decode_s']:5.2f} {ratio:>5s} "
              f"{len(ec['lookaways']):3d} {cells[0]:>7s} {cells[1]:>8s} {cells[2]:>6s} {cells[3]:>7s} "
              f"{cells[4]:>8s} {cells[5]:>6s}", flush=True)
    print()
    for key, name in keys:
        t = tot[key]
        if t["camera"][1] or t["away"][1]:
            print(f"{name:40s} camera {t['camera'][0]}/{t['camera'][1]}  away {t['away'][0]}/{t['away'][1]}  "
                  f"balanced accuracy {_fmt(balanced(t['camera'], t['away']))}   (blink/closed labels on `unknown`: "
                  f"{t['blink_unknown'][0]}/{t['blink_unknown'][1]}, on `away`: {t['blink_away'][0]})")
    for row in results:
        for key in ("lit", "ali"):
            if row.get(key, {}).get("errors"):
                print(f"  {key} errors {row['clip']}: {', '.join(row[key]['errors'])}")
    n_lab = sum(len(r["label_episodes"]) for r in results if "label_episodes" in r)
    n_match = sum(r["episodes_matched"] for r in results if "label_episodes" in r)
    n_spur = sum(r["episodes_spurious"] for r in results if "label_episodes" in r)
    print(f"look-away episodes (labelled runs >= 1 s): labelled {n_lab}, found {n_match}, spurious {n_spur}")
    for row in results:
        if "label_episodes" not in row and row["lookaways"]:
            print(f"  unlabelled {row['clip']}: {len(row['lookaways'])} look-away(s) "
                  + ", ".join(f"{e['start']:.1f}-{e['end']:.1f}s" for e in row["lookaways"]))
    loco = None
    if observed and not args.no_loco:
        loco = loco_report(observed)
        for line in loco["lines"]:
            print(line)
    if observed and args.label_timing:
        from bench._vision_timing import ffmpeg_pick_report, label_timing_report

        timing_clips = {c: (video_dir / c, v[1], v[3]) for c, v in observed.items()}
        for line in ffmpeg_pick_report(timing_clips) + label_timing_report(timing_clips):
            print(line)
    if speed["duration"]:
        print(f"\noverall RTF (sum of per-clip medians of {args.runs} runs / total duration): "
              f"{speed['elapsed'] / speed['duration']:.3f}")
        print(f"CPU seconds per video second (all threads, last run): {speed['cpu'] / speed['duration']:.3f}")
        rtfs = sorted(r["rtf_median"] for r in results)
        print(f"per-clip RTF: median {statistics.median(rtfs):.3f}, max {rtfs[-1]:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"clips": results, "totals": tot, "speed": speed,
                                         "loco": None if loco is None else loco["folds"]}, indent=1))
    return 0
