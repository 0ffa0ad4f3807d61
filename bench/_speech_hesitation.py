"""The hesitation table of `rebond bench speech`: per clip, the filled pauses ("euh", "um") labelled, found and false.

Labels come from ../shared/data/labels (never copied into the repo):
- fillers_dev_cid.json: the CID clips, each "euh" with its forced-aligned start (about +-0.1 s);
- fillers_dev.json: the Quebec clips whose hesitations were annotated (a window and a count per item);
- bench/hesitations_extra.json (committed, small; labels of shared clips, so it lives with the benchmarks, not the tests): the two "um"s of en_batchalign_um and the clips known
  to hold no filled pause (read speech, formal speech, silence, the verbatim phone call).
A found hesitation is any `fillers` event of kind "hesitation" in the report (transcript or audio). It matches a timed
label when the label's start lies within its span widened by TOL_S on each side (the label is a token start, the
detector gives the voiced stretch), and a window label when it starts inside the window (+-0.8 s, the rule of
fillers_dev.json). Each label is matched at most once; every unmatched event is false.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from bench.data import REPO_ROOT

TOL_S = 0.4
EXTRA = REPO_ROOT / "bench" / "hesitations_extra.json"


@dataclass
class ClipLabels:
    """Hesitations of one clip: timed starts and/or (window start, window end, count) items."""

    name: str
    lang: str
    kind: str  # conversational | read | formal | silence | nonspeech
    times: list[float] = field(default_factory=list)
    windows: list[tuple[float, float, int]] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.times) + sum(w[2] for w in self.windows)


def load_labels(data: Path) -> list[ClipLabels]:
    """Every clip with known hesitations (possibly none), in a stable order."""
    out: dict[str, ClipLabels] = {}
    cid = json.loads((data / "labels" / "fillers_dev_cid.json").read_text(encoding="utf-8"))
    for name, clip in cid["clips"].items():
        out[name] = ClipLabels(name, clip["lang"], "conversational",
                               [f["approx_time_s"] for f in clip["fillers"] if f["class"] == "hesitation"])
    dev = json.loads((data / "labels" / "fillers_dev.json").read_text(encoding="utf-8"))
    for name, clip in dev.items():
        if name == "about" or not clip.get("hesitations_annotated"):
            continue
        out[name] = ClipLabels(name, clip["lang"], "conversational", [],
                               [(it["start"], it["end"], it["n"]) for it in clip["items"] if it["kind"] == "hesitation"])
    extra = json.loads(EXTRA.read_text(encoding="utf-8"))
    for name, clip in extra["clips"].items():
        out[name] = ClipLabels(name, clip["lang"], clip["kind"], list(clip.get("times", [])))
    return [out[k] for k in sorted(out) if (data / "audio" / k).exists()]


def match(events: list[tuple[float, float]], lab: ClipLabels) -> tuple[int, int]:
    """(labels found, false events) for hesitation events given as (start, end)."""
    used_t: set[int] = set()
    used_w = [0] * len(lab.windows)
    false = 0
    for s, e in sorted(events):
        hit = False
        for k, t in enumerate(lab.times):
            if k not in used_t and s - TOL_S <= t <= e + TOL_S:
                used_t.add(k)
                hit = True
                break
        if not hit:
            for k, (ws, we, n) in enumerate(lab.windows):
                if used_w[k] < n and ws - 0.8 <= s <= we + 0.8:
                    used_w[k] += 1
                    hit = True
                    break
        false += not hit
    return len(used_t) + sum(used_w), false


def report_events(report: dict) -> list[tuple[float, float]]:
    """The hesitation events of a report as (start, end); untimed ones are skipped."""
    return [(e["start"], e["end"]) for e in (report.get("fillers") or {}).get("events", [])
            if e["kind"] == "hesitation" and e["start"] is not None]


def print_table(rows: list[tuple[ClipLabels, int, int, float]]) -> None:
    """rows: (labels, found, false, minutes of audio)."""
    print("\n## Hesitations (filled pauses) per clip: labelled, found, false")
    print("| clip | kind | labelled | found | false |\n|---|---|---|---|---|")
    for lab, found, false, _m in rows:
        print(f"| {lab.name} | {lab.kind} | {lab.n} | {found} | {false} |")
    for group, kinds in (("conversational", {"conversational"}), ("read/formal/non-speech",
                                                                  {"read", "formal", "silence", "nonspeech"})):
        sel = [r for r in rows if r[0].kind in kinds]
        if not sel:
            continue
        n = sum(r[0].n for r in sel)
        found = sum(r[1] for r in sel)
        false = sum(r[2] for r in sel)
        minutes = sum(r[3] for r in sel)
        rec = f"{found / n:.2f}" if n else "-"
        print(f"| **{group}** | | {n} | {found} (recall {rec}) | {false} ({false / max(minutes, 1e-9):.2f}/min) |")


def _write_wav(path: Path, samples, sr: int = 16000) -> None:
    import wave

    import numpy as np

    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm.tobytes())


def run(data: Path) -> None:
    """Analyse every labelled clip, and synthetic non-speech (music, tones, hum, noise, breathing), as the product
    does and print the table."""
    import tempfile

    from app.engine.analyze import analyze_file
    from bench._hesitation_data import nonspeech_signals

    rows = []
    for lab in load_labels(data):
        report = analyze_file(data / "audio" / lab.name, lang=lab.lang)
        found, false = match(report_events(report), lab)
        rows.append((lab, found, false, (report["duration_s"] or 0.0) / 60.0))
    with tempfile.TemporaryDirectory() as tmp:
        for name, x in nonspeech_signals().items():
            path = Path(tmp) / f"{name}.wav"
            _write_wav(path, x)
            report = analyze_file(path)
            found, false = match(report_events(report), ClipLabels(name, "en", "nonspeech"))
            rows.append((ClipLabels(name, "en", "nonspeech"), found, false, len(x) / 16000 / 60.0))
    print_table(rows)
