"""Tip candidates produced by every analysis (speech, language, STAR, vision) before prioritisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TipCandidate:
    """One possible piece of feedback.

    `code` names a template in `app/resources/tips/*.toml` (text in FR and EN, filled with `params`); `severity` in [0, 1]
    orders candidates across domains (the report keeps at most three); `evidence` lists what the tip points at, as
    dicts with `start`/`end` (seconds) and/or `char_start`/`char_end`.
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: float = 0.5
    evidence: tuple[dict[str, Any], ...] = ()
