"""`rebond demo`: the main job on an embedded default answer (a synthetic spoken answer shipped in resources/demo)."""

from __future__ import annotations

import json
import os
import time

from app.cli.progressbar import ProgressBar
from app.core.paths import data_dir, resource

DEMO_AUDIO = resource("demo", "demo_answer_en.ogg")


def register(sub) -> None:
    parser = sub.add_parser("demo", help="run Rebond on the embedded demo answer (opens the app when a display exists)")
    parser.add_argument("--headless", action="store_true", help="never open a window, even with a display")
    parser.set_defaults(func=_run)


def _run(args) -> int:
    if not args.headless and os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from app.ui.application import run_gui

        return run_gui()
    return _headless()


def _headless() -> int:
    from app.ml.whisper_loader import load_whisper

    out_dir = data_dir() / "demo"
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"Rebond demo (headless): transcribing the embedded synthetic answer {DEMO_AUDIO.name}")
    bar = ProgressBar("demo")
    bar(0.0, "loading Whisper base (verified local model)")
    t0 = time.perf_counter()
    model = load_whisper()
    segments, info = model.transcribe(str(DEMO_AUDIO), language="en", word_timestamps=True, beam_size=5)
    words = []
    for seg in segments:
        for w in seg.words or []:
            words.append({"text": w.word.strip(), "start": round(w.start, 2), "end": round(w.end, 2)})
        bar(min(1.0, seg.end / max(info.duration, 1e-6)), "transcribing")
    bar.close()
    elapsed = time.perf_counter() - t0
    text = " ".join(w["text"] for w in words)
    result = {"audio": str(DEMO_AUDIO), "duration_s": round(info.duration, 2), "elapsed_s": round(elapsed, 2),
              "transcript": text, "words": words}
    out = out_dir / "demo_transcript.json"
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, out)
    print(f"Transcript ({info.duration:.1f} s of audio in {elapsed:.1f} s): {text}")
    print("This build has the foundation only: transcription with word timings. Filler, pace, voice, STAR and vision")
    print("analysis, recording and review arrive with the next issues.")
    print(f"Output: {out}")
    return 0
