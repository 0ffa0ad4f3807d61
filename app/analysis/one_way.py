"""How the time was used in a one-way (deferred video) interview: per question, the time to start speaking, the
unused answer time, and whether the answer was cut by the time limit while the person was still speaking.

Pure: the practice flow records each question's timeline (reading time, answer limit, recorded length, who stopped
the recording); the words' times come from the answer's report. Defaults live in
`app/resources/coaching/one_way.toml` with their sources.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.paths import resource

SETTINGS = ("coaching", "one_way.toml")


@functools.cache
def defaults() -> dict[str, float]:
    """The shipped one-way defaults: reading_s, answer_s, cut_margin_s."""
    with open(resource(*SETTINGS), "rb") as fh:
        return {k: float(v) for k, v in tomllib.load(fh).items()}


@dataclass(frozen=True)
class QuestionTimeline:
    """What the flow saw of one question: `stopped_by` is "limit" (the answer time ran out) or "user"."""

    index: int
    question: str
    reading_s: float
    answer_limit_s: float
    recorded_s: float | None
    stopped_by: str


def _words(report: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    words = ((report or {}).get("transcript") or {}).get("words") or []
    return [w for w in words if isinstance(w, Mapping) and w.get("start") is not None and str(w.get("text", "")).strip()]


def question_usage(t: QuestionTimeline, report: Mapping[str, Any] | None, cut_margin_s: float | None = None
                   ) -> dict[str, Any]:
    """One question's time use. Without a report (analysis not run or failed) the speech times are None; the
    recorded length and the stop reason are still known."""
    margin = defaults()["cut_margin_s"] if cut_margin_s is None else cut_margin_s
    words = _words(report)
    first = float(words[0]["start"]) if words else None
    last = float(words[-1].get("end") or words[-1]["start"]) if words else None
    recorded = t.recorded_s if t.recorded_s is not None else None
    unused = None
    if last is not None:
        unused = round(max(0.0, t.answer_limit_s - last), 2)
    elif recorded is not None and t.stopped_by == "user":
        unused = round(max(0.0, t.answer_limit_s - recorded), 2)
    cut = None if last is None else (t.stopped_by == "limit" and last >= t.answer_limit_s - margin)
    return {"index": t.index, "question": t.question, "reading_s": t.reading_s, "answer_limit_s": t.answer_limit_s,
            "recorded_s": None if recorded is None else round(recorded, 2), "stopped_by": t.stopped_by,
            "time_to_speak_s": None if first is None else round(first, 2),
            "speaking_end_s": None if last is None else round(last, 2),
            "unused_s": unused, "overrun": cut}


def summarize(timelines: Sequence[QuestionTimeline], reports: Mapping[int, Mapping[str, Any] | None],
              cut_margin_s: float | None = None) -> dict[str, Any]:
    """The whole interview: each question's use of time (`reports` by question index) and the totals.
    `overrun` is True when the time limit cut the answer while the person was speaking."""
    rows = [question_usage(t, reports.get(t.index), cut_margin_s) for t in timelines]
    known = [r for r in rows if r["time_to_speak_s"] is not None]
    return {
        "mode": "one_way", "questions": rows,
        "mean_time_to_speak_s": round(sum(r["time_to_speak_s"] for r in known) / len(known), 2) if known else None,
        "unused_total_s": round(sum(r["unused_s"] for r in rows if r["unused_s"] is not None), 2),
        "overruns": sum(1 for r in rows if r["overrun"]),
        "stopped_early": sum(1 for r in rows if r["stopped_by"] == "user"),
    }
