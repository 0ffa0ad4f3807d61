"""`rebond bench vision [--data DIR]`: eye-contact accuracy against human labels, look-away episode agreement and
speed (RTF, ms per frame per model) of the vision analysis on real clips.

Labels: `labels/gaze_dev.json` (people talking to a camera, acted glances) and `labels/gaze_dev_hard.json` (natural
footage: notes below the camera, an interviewer beside it, tight crops, dim light, blinks). Each label's `t` is the
presentation time of the frame that was looked at. Scoring: only frames labelled `camera` or `away` count; each label
is compared with the nearest analysed sample within 0.25 s of `t`; a sample that is `unknown` counts as wrong.
Balanced accuracy = mean of the recall of `camera` and the recall of `away`.

The first score of each labelled set, taken before anything was tuned on it, is kept in
`bench/vision_first_contact.json` and printed beside the current one.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from bench.data import REPO_ROOT, shared_data_dir

BLINK_WORDS = ("blink", "closed", "wink")
LABEL_FILES = ("gaze_dev.json", "gaze_dev_hard.json")
FIRST_CONTACT = REPO_ROOT / "bench" / "vision_first_contact.json"


def default_data_dir() -> Path:
    return shared_data_dir()


def register(sub) -> None:
    parser = sub.add_parser("vision", help="eye-contact accuracy and speed of the vision analysis")
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder with video/ and labels/ (../shared/data)")
    parser.add_argument("--runs", type=int, default=3, help="runs per clip for the speed median (default 3)")
    parser.add_argument("--clips", nargs="*", help="only these clip names")
    parser.add_argument("--no-loco", action="store_true", help="skip the leave-one-clip-out check of the thresholds")
    parser.add_argument("--degraded", action="store_true",
                        help="also score the labelled clips cropped tight, small, dim and at 5 fps, and print the "
                             "reliability of the confidence over all of them")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.set_defaults(func=run)


def score_clip(samples: list[dict], frames: list[dict]) -> dict:
    """Counts of correct camera/away labels for one clip: each label is compared with the nearest sample within
    0.25 s of its time. Also counts blink labels that fall on `unknown` and on `away`."""
    out = {"camera": [0, 0], "away": [0, 0], "blink_unknown": [0, 0], "blink_away": [0, 0], "errors": []}
    if not samples:
        return out
    ts = [s["t"] for s in samples]
    for f in frames:
        i = min(range(len(ts)), key=lambda k: abs(ts[k] - f["t"]))
        if abs(ts[i] - f["t"]) > 0.25:
            continue
        state = samples[i]["state"]
        if f["label"] == "unsure" and any(w in f.get("note", "") for w in BLINK_WORDS):
            out["blink_unknown"][1] += 1
            out["blink_unknown"][0] += state == "unknown"
            out["blink_away"][1] += 1
            out["blink_away"][0] += state == "away"  # closed eyes are never `away`
        if f["label"] not in ("camera", "away"):
            continue
        out[f["label"]][1] += 1
        if state == f["label"]:
            out[f["label"]][0] += 1
        else:
            out["errors"].append(f"{f['t']:.2f}s {f['label']}->{state}")
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


def _frac(c: list[int]) -> str:
    return f"{c[0]}/{c[1]}" if c[1] else "-"


def load_labels(data: Path) -> dict[str, dict[str, dict]]:
    """Label file name -> clip name -> clip entry, for the label files present."""
    out = {}
    for name in LABEL_FILES:
        path = data / "labels" / name
        if path.exists():
            out[name] = json.loads(path.read_text())["clips"]
    return out


def load_first_contact() -> dict:
    return json.loads(FIRST_CONTACT.read_text()) if FIRST_CONTACT.exists() else {}


def _label_tables(results: list[dict], labels: dict, first: dict) -> list[str]:
    """Per label file, per clip: camera and away recall and balanced accuracy, now and at first contact."""
    lines = []
    by_clip = {r["clip"]: r for r in results}
    for file, clips in labels.items():
        fc = first.get("label_files", {}).get(file, {})
        lines.append(f"\n{file}: camera/away recall per clip (labels at their frame time)"
                     + (f"; first contact {fc.get('_when', '')}" if fc else ""))
        lines.append(f"  {'clip':28s} {'ratio':>5s} {'conf':>5s} {'cam share':>9s} {'camera':>7s} {'away':>6s} "
                     f"{'BA':>6s} {'blink->away':>11s} | {'first: camera':>13s} {'away':>6s} {'BA':>6s}")
        tot = {"camera": [0, 0], "away": [0, 0], "blink_away": [0, 0]}
        ftot = {"camera": [0, 0], "away": [0, 0]}
        for clip in clips:
            row = by_clip.get(clip)
            if row is None or "score" not in row:
                continue
            sc = row["score"]
            for k in tot:
                tot[k] = [tot[k][0] + sc[k][0], tot[k][1] + sc[k][1]]
            f = fc.get(clip)
            fcells = ["", "", ""]
            if f:
                for k in ftot:
                    ftot[k] = [ftot[k][0] + f[k][0], ftot[k][1] + f[k][1]]
                fcells = [_frac(f["camera"]), _frac(f["away"]), _fmt(balanced(f["camera"], f["away"]))]
            share = row["camera_share"]
            lines.append(
                f"  {clip:28s} {_fmt(row['ratio'])[:5]:>5s} {_fmt(row['confidence'])[:5]:>5s} "
                f"{'-' if share is None else f'{share:.2f}':>9s} {_frac(sc['camera']):>7s} {_frac(sc['away']):>6s} "
                f"{_fmt(balanced(sc['camera'], sc['away'])):>6s} {sc['blink_away'][0]:>11d} | "
                f"{fcells[0]:>13s} {fcells[1]:>6s} {fcells[2]:>6s}")
        first_ba = _fmt(balanced(ftot["camera"], ftot["away"])) if ftot["camera"][1] else ""
        lines.append(
            f"  {'all':28s} {'':5s} {'':5s} {'':9s} {_frac(tot['camera']):>7s} {_frac(tot['away']):>6s} "
            f"{_fmt(balanced(tot['camera'], tot['away'])):>6s} {tot['blink_away'][0]:>11d} | "
            f"{_frac(ftot['camera']) if ftot['camera'][1] else '':>13s} "
            f"{_frac(ftot['away']) if ftot['away'][1] else '':>6s} {first_ba:>6s}")
    return lines


def _answer_point(ec: dict, frames: list[dict]) -> dict:
    """Confidence, frame accuracy and ratio error of one scored answer."""
    sc = score_clip(ec["samples"], frames)
    n = sc["camera"][1] + sc["away"][1]
    share = sc["camera"][1] / n if n else None
    return {"confidence": ec["confidence"], "accuracy": (sc["camera"][0] + sc["away"][0]) / n if n else 0.0,
            "ratio_error": None if ec["ratio"] is None or share is None else abs(ec["ratio"] - share),
            "ratio": ec["ratio"], "share": share, "uncertain": ec.get("uncertain"), "score": sc}


def _degraded_lines(observed: dict, video_dir: Path, labels: dict) -> tuple[list[str], list[dict]]:
    from app.analysis.vision_report import build_vision_sections
    from bench._vision_degrade import VARIANTS, degraded_observations

    per: dict[tuple[str, str], dict] = {}
    points = []
    for clip, (obs, frames) in observed.items():
        for variant, vobs in degraded_observations(video_dir / clip, obs).items():
            ec = build_vision_sections(vobs)[0].get("eye_contact")
            if ec is None:
                continue
            pt = _answer_point(ec, frames) | {"clip": clip, "variant": variant}
            per[(clip, variant)] = pt
            points.append(pt)
    lines = ["\ndegraded copies of the labelled clips: camera/away recall (BA) per label file"]
    for file, clips in labels.items():
        cells = []
        for variant in VARIANTS:
            cam, away = [0, 0], [0, 0]
            for clip in clips:
                sc = per.get((clip, variant), {}).get("score")
                if sc:
                    cam = [cam[0] + sc["camera"][0], cam[1] + sc["camera"][1]]
                    away = [away[0] + sc["away"][0], away[1] + sc["away"][1]]
            cells.append(f"{variant} {_frac(cam)} {_frac(away)} ({_fmt(balanced(cam, away))})")
        lines.append(f"  {file:20s} " + "   ".join(cells))
    return lines, points


def _acceptance_lines(points: list[dict]) -> list[str]:
    bad = [p for p in points if p["ratio"] is not None and p["share"] is not None and p["ratio"] < 0.1
           and p["confidence"] >= 0.8 and p["share"] >= 1 / 3]
    shown = [p for p in points if not p["uncertain"]]
    lines = [f"answers reported < 10% eye contact at confidence >= 0.8 while labelled >= 1/3 at the lens: {len(bad)}"
             + "".join(f"\n  {p.get('clip')} {p.get('variant', '')}: ratio {p['ratio']}, confidence "
                       f"{p['confidence']}, labelled {p['share']:.2f}" for p in bad)]
    if shown:
        errs = [p["ratio_error"] for p in shown if p["ratio_error"] is not None]
        lines.append(f"answers shown as a number: {len(shown)} of {len(points)}; their |ratio - labelled share| "
                     f"mean {statistics.mean(errs):.3f}, worst {max(errs):.2f}")
    return lines


def run(args) -> int:
    from app.core.errors import InputError
    from app.engine.vision import analyze_vision
    from bench._vision_loco import loco_report

    video_dir = args.data / "video"
    if not video_dir.is_dir():
        raise InputError(f"No video folder in {args.data}.", hint="Pass --data pointing at the shared data folder.")
    labels = load_labels(args.data)
    clip_labels = {clip: entry for clips in labels.values() for clip, entry in clips.items()}
    clips = sorted(p for p in video_dir.glob("*.mp4") if not args.clips or p.name in args.clips)
    results, observed = [], {}
    speed = {"elapsed": 0.0, "duration": 0.0, "cpu": 0.0}
    print(f"{'clip':28s} {'dur':>5s} {'rtf':>5s} {'face ms':>7s} {'pose ms':>7s} {'dec s':>5s} {'ratio':>5s} "
          f"{'conf':>5s} {'LA':>3s}")
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
        ec = result.sections.get("eye_contact", {"samples": [], "lookaways": [], "ratio": None, "confidence": None})
        row = {"clip": clip.name, "duration_s": dur, "rtf_median": round(med / dur, 3), "timings": meta["timings"],
               "ratio": ec["ratio"], "confidence": ec.get("confidence"), "lookaways": ec["lookaways"],
               "warnings": result.warnings}
        if clip.name in clip_labels:
            frames = clip_labels[clip.name]["frames"]
            observed[clip.name] = (result.observations, frames)
            row["score"] = score_clip(ec["samples"], frames)
            row["point"] = _answer_point(ec, frames) | {"clip": clip.name, "variant": "original"}
            n_cam = sum(f["label"] == "camera" for f in frames)
            n_away = sum(f["label"] == "away" for f in frames)
            row["camera_share"] = n_cam / (n_cam + n_away) if n_cam + n_away else None
            eps = label_episodes(frames)
            row["label_episodes"] = eps
            row["episodes_matched"] = sum(any(_overlaps(e, p) for p in ec["lookaways"]) for e in eps)
            row["episodes_spurious"] = sum(not any(_overlaps(e, p) for e in eps) for p in ec["lookaways"])
        results.append(row)
        print(f"{clip.name:28s} {dur:5.1f} {med / dur:5.3f} {meta['timings']['face_ms_per_frame']:7.1f} "
              f"{meta['timings']['pose_ms_per_frame']:7.1f} {meta['timings']['decode_s']:5.2f} "
              f"{_fmt(ec['ratio'])[:5]:>5s} {_fmt(ec.get('confidence'))[:5]:>5s} {len(ec['lookaways']):3d}",
              flush=True)
    for line in _label_tables(results, labels, load_first_contact()):
        print(line)
    for row in results:
        if row.get("score", {}).get("errors"):
            print(f"  errors {row['clip']}: {', '.join(row['score']['errors'])}")
    labelled = [r for r in results if "label_episodes" in r]
    print(f"look-away episodes (labelled runs >= 1 s): labelled {sum(len(r['label_episodes']) for r in labelled)}, "
          f"found {sum(r['episodes_matched'] for r in labelled)}, "
          f"spurious {sum(r['episodes_spurious'] for r in labelled)}")
    for row in results:
        if row["lookaways"] and not row.get("label_episodes"):
            print(f"  {row['clip']}: {len(row['lookaways'])} look-away(s) where none is labelled: "
                  + ", ".join(f"{e['start']:.1f}-{e['end']:.1f}s" for e in row["lookaways"]))
    points = [r["point"] for r in results if "point" in r]
    if observed and args.degraded:
        from bench._vision_degrade import reliability_lines

        lines, more = _degraded_lines(observed, video_dir, labels)
        points += more
        for line in lines + [""] + reliability_lines(points):
            print(line)
    for line in _acceptance_lines(points):
        print(line)
    loco = None
    if observed and not args.no_loco:
        loco = loco_report(observed)
        for line in loco["lines"]:
            print(line)
    if speed["duration"]:
        print(f"\noverall RTF (sum of per-clip medians of {args.runs} runs / total duration): "
              f"{speed['elapsed'] / speed['duration']:.3f}")
        print(f"CPU seconds per video second (all threads, last run): {speed['cpu'] / speed['duration']:.3f}")
        rtfs = sorted(r["rtf_median"] for r in results)
        print(f"per-clip RTF: median {statistics.median(rtfs):.3f}, max {rtfs[-1]:.3f}")
    if args.json:
        by_file = {file: {c: {k: r["score"][k] for k in ("camera", "away", "blink_away")}
                          for c in clips_ for r in results if r["clip"] == c and "score" in r}
                   for file, clips_ in labels.items()}
        args.json.write_text(json.dumps({"clips": results, "label_files": by_file, "speed": speed,
                                         "answers": [{k: v for k, v in p.items() if k != "score"} for p in points],
                                         "loco": None if loco is None else loco["folds"]}, indent=1, default=str))
    return 0
