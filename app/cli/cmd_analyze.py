"""`rebond analyze PATH… [--lang auto|en|fr] [--question TEXT] [--json FILE|-] [--json-dir DIR]`."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

from app.cli.progressbar import ProgressBar
from app.core.errors import InputError, RebondError


def register(sub) -> None:
    parser = sub.add_parser("analyze", help="analyse recorded answers (video, audio) or written answers (.txt)")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="video, audio or .txt files")
    parser.add_argument("--lang", choices=("auto", "en", "fr"), default="auto", help="language of the answer")
    parser.add_argument("--question", default=None, help="the interview question that was answered")
    parser.add_argument("--json", dest="json_out", default=None, metavar="FILE",
                        help="write the JSON report to FILE ('-' = stdout; one input only)")
    parser.add_argument("--json-dir", type=Path, default=None, metavar="DIR",
                        help="write one <input stem>.json per input into DIR")
    parser.add_argument("--calibration", type=Path, default=None, metavar="CLIP",
                        help="a short clip looking at the camera, used to calibrate eye contact")
    parser.add_argument("--accessibility", action="store_true",
                        help="do not give feedback on eye contact or facial expression")
    parser.set_defaults(func=_run)


def _write_json(report: dict, target: Path) -> None:
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        from app.storage.atomic import storage_error

        raise storage_error(exc, target, "write the report") from None


def json_names(paths: list[Path]) -> dict[Path, str]:
    """The report file name of each input in --json-dir: `<stem>.json`, or `<name>.json` (extension kept) when two
    inputs share a stem (answer.mp4 and answer.wav must not overwrite each other's report)."""
    stems: dict[str, int] = {}
    for p in paths:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    names: dict[Path, str] = {}
    used: set[str] = set()
    for p in paths:
        name = f"{p.stem}.json" if stems[p.stem] == 1 else f"{p.name}.json"
        base, n = name, 2
        while name in used:  # the same file name in two folders
            name = f"{base[:-5]}-{n}.json"
            n += 1
        used.add(name)
        names[p] = name
    return names


def summary(report: dict) -> str:
    """A readable multi-line summary of a report."""
    lines = []
    dur = report.get("duration_s")
    head = f"status: {report['status']} · language: {report['language']}"
    if dur is not None:
        head += f" · {dur:.1f} s"
    lines.append(head)
    for w in report.get("warnings", []):
        lines.append(f"  ! {w['message']}")
    if report.get("pace"):
        p = report["pace"]
        lines.append(f"  pace: {p['wpm']:.0f} words/min ({p['verdict'].replace('_', ' ')}, band {p['band'][0]}–"
                     f"{p['band'][1]}) · speaking {p['speaking_time_s']:.1f} s")
    if report.get("fillers") is not None:
        f = report["fillers"]
        forms = ", ".join(f"{k} ×{v}" for k, v in sorted(f["by_form"].items(), key=lambda kv: -kv[1])) or "none"
        rate = f" ({f['per_minute']}/min)" if f["per_minute"] is not None else ""
        lines.append(f"  fillers: {f['count']}{rate}: {forms}")
    if report.get("pauses") is not None:
        longs = [p for p in report["pauses"] if p["long"]]
        lines.append(f"  pauses ≥ 1 s: {len(report['pauses'])}, long: {len(longs)}"
                     + ("".join(f" [{p['start']:.1f}–{p['end']:.1f} s]" for p in longs[:5])))
    if report.get("repetitions"):
        lines.append("  repetitions: " + "; ".join(f"\"{r['text']}\" ×{r['count']}" for r in report["repetitions"][:5]))
    if report.get("voice"):
        v = report["voice"]
        lines.append(f"  voice: pitch variation {v['pitch_sd_semitones']} st{' (level)' if v['monotone'] else ''}, "
                     f"loudness variation {v['loudness_sd_db']} dB")
    if report.get("star"):
        s = report["star"]
        parts = " ".join(f"{p}{'✓' if s['present'][p] else '✗'}" for p in "STAR")
        lines.append(f"  STAR: {parts} · result quantified: {'yes' if s['result_quantified'] else 'no'}")
    if report.get("negatives"):
        lines.append("  negative phrasing: " + "; ".join(f"\"{n['text']}\"" for n in report["negatives"][:3]))
    if report.get("hedges"):
        lines.append(f"  hedges: {len(report['hedges'])}")
    if report.get("tips"):
        lines.append("  tips:")
        lines.extend(f"   - {t['text']}" for t in report["tips"])
    if report.get("transcript") and report["transcript"]["text"]:
        text = report["transcript"]["text"]
        lines.append("  transcript: " + (text if len(text) < 400 else text[:400] + "…"))
    return "\n".join(lines)


def _run(args) -> int:
    from app.engine.analyze import analyze_file

    if args.json_out == "-" and len(args.paths) != 1:
        raise InputError("--json - takes exactly one input.", hint="With several inputs use --json-dir DIR.")
    if args.json_out and args.json_out != "-" and len(args.paths) != 1:
        raise InputError("--json FILE takes exactly one input.", hint="With several inputs use --json-dir DIR.")
    out = sys.stderr if args.json_out == "-" else sys.stdout
    failures = 0
    last_code = 0
    names = json_names(list(args.paths))
    for path in args.paths:
        bar = ProgressBar(path.name, stream=sys.stderr)
        try:
            report = analyze_file(path, lang=args.lang, question=args.question, calibration=args.calibration,
                                  accessibility=args.accessibility, progress=bar)
        except RebondError as err:
            bar.close()
            if len(args.paths) == 1:
                raise
            print(f"{path}: {err.user_text()}", file=sys.stderr)
            failures += 1
            last_code = err.exit_code
            continue
        bar.close()
        print(f"== {path}", file=out)
        print(summary(report), file=out)
        if args.json_out == "-":
            sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif args.json_out:
            _write_json(report, Path(args.json_out))
            print(f"report: {args.json_out}", file=out)
        if args.json_dir:
            target = args.json_dir / names[path]
            _write_json(report, target)
            print(f"report: {target}", file=out)
    return last_code if failures else 0
