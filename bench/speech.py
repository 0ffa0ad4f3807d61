"""`rebond bench speech [--data DIR]`: WER, filler precision/recall, loop check, long pause, STAR and negatives
scores, and RTF on the real recordings of ../shared/data (never shipped; read-only)."""

from __future__ import annotations

import json
import re
import statistics
import time
import unicodedata
from pathlib import Path

from bench.data import REPO_ROOT, shared_data_dir

WER_CLIPS = {"en_librispeech_quilter.wav": "en_librispeech_quilter.txt", "en_jfk.flac": "en_jfk.txt",
             "fr_cv_consulat.wav": "fr_cv_consulat.txt"}
RTF_CLIPS = ("en_batchalign_um.mp3", "fr_read_story.wav", "en_phonecall_sample.wav")


def register(sub) -> None:
    parser = sub.add_parser("speech", help="speech/STAR accuracy and speed on ../shared/data")
    parser.add_argument("--data", type=Path, default=None, help="folder with audio/ and labels/ (default "
                        "$REBOND_SHARED_DATA or ../shared/data)")
    parser.add_argument("--rtf-only", action="store_true", help="only the RTF table")
    parser.add_argument("--skip-audio", action="store_true", help="text-only scores (STAR, negatives, fillers)")
    parser.add_argument("--star", type=Path, default=None, help="another STAR jsonl in the star_dev format")
    parser.set_defaults(func=run)


def default_data() -> Path:
    return shared_data_dir()


def _norm_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text.lower()).replace("’", "'")
    text = re.sub(r"\bmr\b\.?", "mister", text)
    text = text.replace("-", " ")  # "peut-être" / "peut être", "grand-mère" / "grand mère": spelling, not hearing
    text = re.sub(r"[^\w' ]+", " ", text)
    return text.split()


def wer(ref: str, hyp: str) -> float:
    """Word error rate after lower-casing and removing punctuation."""
    r, h = _norm_words(ref), _norm_words(hyp)
    d = list(range(len(h) + 1))
    for i in range(1, len(r) + 1):
        prev, d[0] = d[0], i
        for j in range(1, len(h) + 1):
            cur = min(d[j] + 1, d[j - 1] + 1, prev + (r[i - 1] != h[j - 1]))
            prev, d[j] = d[j], cur
    return d[len(h)] / max(1, len(r))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def star_scores(path: Path) -> dict:
    """Presence balanced accuracy per part, result_quantified accuracy, negatives P/R/F1 on a star jsonl."""
    from app.analysis.language import find_negatives
    from app.analysis.star import analyze_star_text

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    analyze_star_text("Warm up: I loaded the lexicons.", "en")  # one-off lexicon loading is not per-answer time
    counts = {p: [0, 0, 0, 0] for p in "STAR"}
    rq = afp = 0
    tp = fp = fn = 0
    times = []
    inter = {p: 0 for p in "STAR"}
    pred_chars = {p: 0 for p in "STAR"}
    gold_chars = {p: 0 for p in "STAR"}
    for d in rows:
        t = time.perf_counter()
        r = analyze_star_text(d["text"], d["lang"])
        times.append(time.perf_counter() - t)
        for p in "STAR":
            gold, pred = d["present"][p], r["present"][p]
            c = counts[p]
            if gold:
                c[0] += pred
                c[1] += 1
            else:
                c[2] += not pred
                c[3] += 1
        for part in "STAR":
            ps = {i for sp in r["spans"] if sp["part"] == part for i in range(sp["char_start"], sp["char_end"])}
            gs = {i for sp in d.get("spans", []) if sp["part"] == part for i in range(sp["start"], sp["end"])}
            inter[part] += len(ps & gs)
            pred_chars[part] += len(ps)
            gold_chars[part] += len(gs)
        rq += r["result_quantified"] == d["result_quantified"]
        afp += r["action_first_person"] == d["action_first_person"]
        pred = [(n["char_start"], n["char_end"]) for n in find_negatives(d["text"], d["lang"])]
        gold = [tuple(s) for s in d.get("negative_spans", [])]
        hits = sum(any(_overlap(p, g) for g in gold) for p in pred)
        fp += len(pred) - hits
        found = sum(any(_overlap(p, g) for p in pred) for g in gold)
        tp += found
        fn += len(gold) - found
    bal = {p: ((c[0] / c[1] if c[1] else 1.0) + (c[2] / c[3] if c[3] else 1.0)) / 2 for p, c in counts.items()}
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    loc = {}
    for part in "STAR":
        if gold_chars[part]:
            pr = inter[part] / pred_chars[part] if pred_chars[part] else 0.0
            rc = inter[part] / gold_chars[part]
            loc[part] = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return {"n": len(rows), "balanced_accuracy": bal, "location_f1": loc, "result_quantified_acc": rq / len(rows),
            "action_first_person_acc": afp / len(rows), "negatives": (prec, rec, f1),
            "ms_max": 1000 * max(times)}


def _star_table(paths: list[Path]) -> None:
    """One line per labelled set written for the project (tests/data/speech/star_*.jsonl)."""
    if not paths:
        return
    print("## STAR on the sets written for the project (presence balanced accuracy)")
    print("| set | n | S | T | A | R | result_quantified acc | negatives F1 |\n|---|---|---|---|---|---|---|---|")
    for path in paths:
        s = star_scores(path)
        b = s["balanced_accuracy"]
        print(f"| {path.name} | {s['n']} | " + " | ".join(f"{b[p]:.3f}" for p in "STAR")
              + f" | {s['result_quantified_acc']:.3f} | {s['negatives'][2]:.2f} |")
    print()


def _transcribe(path: Path, lang: str = "auto", use_prompt: bool = True):
    from app.ml import asr
    from app.ml.audio_decode import decode_audio
    from app.ml.whisper_loader import load_whisper

    audio = decode_audio(path, max_duration_s=1800)
    t = time.perf_counter()
    res = asr.transcribe(load_whisper(), audio.samples, language=lang, use_prompt=use_prompt)
    return res, audio, time.perf_counter() - t


def filler_scores(data: Path) -> list[tuple[str, float, float, int, float]]:
    """(file, precision, recall, detected, false per minute) using labels/fillers_dev.json's matching rule."""
    from app.engine.analyze import analyze_file

    labels = json.loads((data / "labels" / "fillers_dev.json").read_text(encoding="utf-8"))
    rows = []
    for name, lab in labels.items():
        if name == "about":
            continue
        report = analyze_file(data / "audio" / name, lang=lab["lang"])
        events = (report.get("fillers") or {}).get("events", [])
        if not lab.get("hesitations_annotated", False):
            events = [e for e in events if e["kind"] == "lexical"]
        items = lab["items"]
        used = set()
        correct = 0
        for e in events:
            for k, it in enumerate(items):
                if k in used or e["kind"] != it["kind"]:
                    continue
                if it["start"] - 0.8 <= (e["start"] or 0) <= it["end"] + 0.8:
                    used.add(k)
                    correct += 1
                    break
        false = len(events) - correct
        minutes = max(_rate_minutes(report), 1e-6)
        rows.append((name, correct / len(events) if events else 1.0, len(used) / len(items), len(events),
                     false / minutes))
    return rows


def _rate_minutes(report: dict) -> float:
    """The minutes the report divides its filler rate by (first to last speech, heard or transcribed)."""
    from app.analysis.report_build import rate_minutes

    words = [w for w in (report.get("transcript") or {}).get("words", []) if w.get("start") is not None]
    vspan = (report.get("voice") or {}).get("voiced_span")
    minutes = rate_minutes((words[0]["start"], words[-1]["end"]) if words else None, tuple(vspan) if vspan else None)
    return minutes if minutes is not None else 1.0


def run(args) -> int:
    data = args.data or default_data()
    if not (data / "labels").is_dir():
        print(f"no data at {data} (set --data or REBOND_SHARED_DATA)")
        return 2
    print(f"# Rebond speech benchmark on {data}\n")
    s = star_scores(args.star or data / "labels" / "star_dev.jsonl")
    print(f"## STAR on {s['n']} text answers ({(args.star or Path('star_dev.jsonl')).name})")
    print("| part | presence balanced accuracy | location char-F1 |\n|---|---|---|")
    for p, v in s["balanced_accuracy"].items():
        loc = s["location_f1"].get(p)
        print(f"| {p} | {v:.3f} | {'-' if loc is None else f'{loc:.2f}'} |")
    p, r, f = s["negatives"]
    print(f"\nresult_quantified accuracy {s['result_quantified_acc']:.3f} · action_first_person accuracy "
          f"{s['action_first_person_acc']:.3f} · negatives P {p:.2f} R {r:.2f} F1 {f:.2f} · "
          f"slowest answer {s['ms_max']:.1f} ms\n")
    _star_table(sorted((REPO_ROOT / "tests" / "data" / "speech").glob("star_*.jsonl")))
    from bench._speech_star import print_table  # STAR acceptance per set: first contact and now, rules and classifier
    print_table(data)
    if args.skip_audio:
        return 0
    audio = data / "audio"
    if args.rtf_only:
        _rtf(audio)
        return 0
    print("## WER (clean clips)\n| clip | WER | hypothesis |\n|---|---|---|")
    errors = ref_words = 0.0
    for clip, ref in WER_CLIPS.items():
        res, _a, _t = _transcribe(audio / clip)
        hyp = "".join(w.text for w in res.words)
        ref_text = (audio / ref).read_text(encoding="utf-8")
        w = wer(ref_text, hyp)
        errors += w * len(_norm_words(ref_text))
        ref_words += len(_norm_words(ref_text))
        print(f"| {clip} | {100 * w:.1f}% | {hyp.strip()[:70]} |")
    print(f"| pooled | {100 * errors / max(ref_words, 1):.1f}% | |")
    print("\n## Fillers (labels/fillers_dev.json; lexical only where hesitations are not annotated)")
    print("| file | precision | recall | detected | false/min |\n|---|---|---|---|---|")
    for name, prec, rec, n, fpm in filler_scores(data):
        print(f"| {name} | {prec:.2f} | {rec:.2f} | {n} | {fpm:.2f} |")
    from bench import _speech_hesitation

    _speech_hesitation.run(data)
    print("\n## Loops, language and pauses on every audio file")
    print("| file | lang | words | dropped by guards | max n-gram run | long pauses | RTF |\n|---|---|---|---|---|---|---|")
    from app.engine.analyze import analyze_file
    for f in sorted(audio.iterdir()):
        if f.suffix in (".txt", ".stm"):
            continue
        t = time.perf_counter()
        rep = analyze_file(f)
        el = time.perf_counter() - t
        words = [w["text"].lower().strip(".,!?") for w in (rep.get("transcript") or {}).get("words", [])]
        longs = [f"{p['start']:.1f}–{p['end']:.1f}" for p in rep.get("pauses") or [] if p["long"]]
        print(f"| {f.name} | {rep['language']} | {len(words)} | {rep['meta']['strategy'].get('dropped_by_guards', 0)}"
              f" | {_max_run(words)} | {', '.join(longs) or '-'} | {el / max(rep['duration_s'] or 1, 1e-6):.2f} |")
    _rtf(audio)
    return 0


def _rtf(audio: Path) -> None:
    from app.engine.analyze import analyze_file
    from app.ml.whisper_loader import load_offline_whisper, offline_threads

    workers, threads = offline_threads(alongside_vision=False)
    print(f"\n## RTF of the whole speech analysis (median of 3; {workers} chunk(s) at a time, {threads} thread(s) each)")
    print("wall = elapsed / duration (inflated when other processes share the 2 cores); cpu/2 = process CPU time / 2 "
          "cores / duration (what the wall RTF would be on 2 free cores)")
    print("| file | duration | RTF wall | RTF cpu/2 |\n|---|---|---|---|")
    load_offline_whisper(alongside_vision=False)  # model load is a one-off, not part of the per-answer cost
    for name in RTF_CLIPS:
        walls, cpus = [], []
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            rep = analyze_file(audio / name)
            walls.append((time.perf_counter() - t) / rep["duration_s"])
            cpus.append((time.process_time() - c) / 2 / rep["duration_s"])
        print(f"| {name} | {rep['duration_s']:.1f} s | {statistics.median(walls):.3f} | {statistics.median(cpus):.3f} |")


def _max_run(words: list[str]) -> int:
    """Longest run of an immediately repeated n-gram (n = 1..6) in a word list."""
    best = 1
    for n in range(1, 7):
        for i in range(len(words) - n):
            k = 1
            while words[i + k * n:i + (k + 1) * n] == words[i:i + n]:
                k += 1
            best = max(best, k)
    return best
