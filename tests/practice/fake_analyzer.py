"""Fake analyzers injected into the analysis queue by import path (they run in the spawned child)."""

from __future__ import annotations

import os
import time
from pathlib import Path


def analyze_ok(path: Path, *, lang="auto", question=None, calibration=None, accessibility=False, progress=None,
               cancel=None) -> dict:
    """Reads the file size and returns a small report with the metrics the store extracts."""
    for i in range(3):
        progress(i / 3, f"step {i + 1}")
        time.sleep(0.02)
    return {"schema": "rebond.report/1", "media": {"path": str(path), "bytes": os.path.getsize(path)},
            "language": lang, "question": question, "accessibility": accessibility,
            "calibration": str(calibration) if calibration else None,
            "eye_contact": {"ratio": 0.62}, "fillers": {"per_minute": 3.5}, "pace": {"wpm": 141.0},
            "pauses": {"long_count": 2}, "star": {"present": {"situation": True, "task": True, "action": True,
                                                               "result": False}, "result_quantified": False}}


def analyze_slow(path: Path, *, progress=None, **_kw) -> dict:
    """Runs for a long time, for cancellation tests (writes its pid next to the media first)."""
    Path(str(path) + ".pid").write_text(str(os.getpid()))
    for i in range(600):
        progress(i / 600, "working")
        time.sleep(0.1)
    return {}


def analyze_raises(path: Path, **_kw) -> dict:
    raise ValueError("boom")


def analyze_paced(path: Path, *, progress=None, **kw) -> dict:
    """Like analyze_ok but takes ~4 s, so that progress is visible (screenshots)."""
    steps = ("decoding audio", "transcribing", "fillers and pace", "voice", "STAR structure", "eye contact",
             "posture", "report")
    for i, step in enumerate(steps):
        progress(i / len(steps), step)
        time.sleep(0.5)
    return analyze_ok(path, progress=lambda *_: None, **kw)
