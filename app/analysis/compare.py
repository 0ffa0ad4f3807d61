"""Compare two attempts at the same question: per-metric deltas and what improved.

"Improved" follows the metric's direction: lower fillers, higher eye contact, and for banded metrics (WPM, pitch
variation) closer to the target band from `app/resources/thresholds.toml` (without a band, no verdict is given). Two values
count as the same when they are equal at the precision the screen shows, so no extra tolerance is invented here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.analysis.metric_cards import Band, build_cards, star_completeness

#: Extra rows beyond the metric cards: (id, which way is better).
EXTRA_METRICS: tuple[tuple[str, str], ...] = (
    ("star_completeness", "higher"),
    ("result_quantified", "higher"),
    ("negatives", "lower"),
    ("hedges", "lower"),
)


@dataclass(frozen=True)
class MetricDelta:
    """One row of the comparison. `verdict` is 'improved', 'worse', 'same', or None (cannot tell)."""

    metric: str
    a: float | None
    b: float | None
    delta: float | None
    better: str
    verdict: str | None
    band: Band | None = None


def _shown(value: float) -> float:
    """The value at the precision the screen shows (integers from 10 up, one decimal below)."""
    return round(value) if abs(value) >= 10 else round(value, 1)


def _distance(value: float, band: Band) -> float:
    if band.low is not None and value < band.low:
        return band.low - value
    if band.high is not None and value > band.high:
        return value - band.high
    return 0.0


def _verdict(a: float | None, b: float | None, better: str, band: Band | None) -> str | None:
    if a is None or b is None:
        return None
    if better == "band":
        if band is None:
            return None if _shown(a) != _shown(b) else "same"
        da, db = _shown(_distance(a, band)), _shown(_distance(b, band))
        return "same" if da == db else ("improved" if db < da else "worse")
    sa, sb = _shown(a), _shown(b)
    if sa == sb:
        return "same"
    return "improved" if (sb < sa) == (better == "lower") else "worse"


def _extra_value(report: Mapping[str, Any], metric: str) -> float | None:
    if metric == "star_completeness":
        value = star_completeness(report)
        return None if value is None else value * 100
    if metric == "result_quantified":
        q = (report.get("star") or {}).get("result_quantified")
        return None if q is None else (100.0 if q else 0.0)
    rows = report.get(metric)
    return float(len(rows)) if isinstance(rows, list) else None


def compare_reports(a: Mapping[str, Any], b: Mapping[str, Any], *, accessibility: bool = False,
                    thresholds_text: str | None = None) -> list[MetricDelta]:
    """Rows for every metric, attempt `a` (earlier) against attempt `b` (later)."""
    cards_a = build_cards(a, accessibility=accessibility, thresholds_text=thresholds_text)
    cards_b = {c.id: c for c in build_cards(b, accessibility=accessibility, thresholds_text=thresholds_text)}
    rows = []
    for ca in cards_a:
        cb = cards_b[ca.id]
        delta = None if ca.value is None or cb.value is None else round(cb.value - ca.value, 2)
        rows.append(MetricDelta(ca.id, ca.value, cb.value, delta, ca.better,
                                _verdict(ca.value, cb.value, ca.better, ca.band), ca.band))
    for metric, better in EXTRA_METRICS:
        va, vb = _extra_value(a, metric), _extra_value(b, metric)
        delta = None if va is None or vb is None else round(vb - va, 2)
        rows.append(MetricDelta(metric, va, vb, delta, better, _verdict(va, vb, better, None)))
    return rows


def improvements(rows: list[MetricDelta]) -> list[str]:
    """Ids of the metrics that improved, in display order."""
    return [r.metric for r in rows if r.verdict == "improved"]


def star_changes(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, tuple[bool | None, bool | None]]:
    """Per STAR part: (present in a, present in b)."""
    pa = (a.get("star") or {}).get("present") or {}
    pb = (b.get("star") or {}).get("present") or {}
    return {p: (pa.get(p), pb.get(p)) for p in "STAR"}
