"""Vision part of the analysis (eye contact, head pose, framing, posture). Interface only until the vision issue
lands: the contract is `analyze_vision(path, *, calibration=None, accessibility=False, progress, cancel)` returning a
`VisionResult` or None when vision analysis is not available in this build."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.progress import CancelToken, ProgressFn, no_progress
from app.core.tips import TipCandidate


@dataclass
class VisionResult:
    """Report sections keyed by name (`eye_contact`, `head_pose`, `framing`, `posture`, `expression`, ...), tip
    candidates for the shared prioritised list, and warnings `{code, message}`."""

    sections: dict[str, Any] = field(default_factory=dict)
    tips: list[TipCandidate] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)


def analyze_vision(
    path: Path,
    *,
    calibration: Path | None = None,
    accessibility: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> VisionResult | None:
    """Not available yet in this build: returns None (the report then says vision was not analysed)."""
    return None
