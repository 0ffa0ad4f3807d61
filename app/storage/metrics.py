"""The few scalar metrics kept per answer for listing and charts, read from a `rebond.report/1` JSON.

Reports come from other parts of the project that may not all have landed; every lookup is tolerant (a missing
section gives None) so that a partial report still stores what it has.
"""

from __future__ import annotations

from typing import Any

#: Metric names stored in the `metrics` table, with the report path(s) each one is read from (first found wins).
METRIC_PATHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "eye_contact_ratio": (("eye_contact", "ratio"),),
    "fillers_per_minute": (("fillers", "per_minute"),),
    "pace_wpm": (("pace", "wpm"),),
    "star_result_quantified": (("star", "result_quantified"),),
}
#: `star.present` keys of rebond.report/1.
STAR_PARTS = ("S", "T", "A", "R")


def _get(report: dict[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = report
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, list):  # e.g. a list of long pauses
        return float(len(value))
    return None


def _star_count(report: dict[str, Any]) -> float | None:
    """STAR completeness 0-4 when the report has per-part presence flags instead of a number."""
    star = report.get("star")
    if not isinstance(star, dict):
        return None
    flags = star.get("present")
    if not isinstance(flags, dict):
        return None
    return float(sum(1 for p in STAR_PARTS if flags.get(p)))


def metrics_from_report(report: dict[str, Any]) -> dict[str, float | None]:
    """The stored metrics of one report: name -> value (None when the report lacks it)."""
    out: dict[str, float | None] = {}
    for name, paths in METRIC_PATHS.items():
        value = None
        for path in paths:
            value = _number(_get(report, path))
            if value is not None:
                break
        out[name] = value
    pauses = report.get("pauses")
    # rebond.report/1: `pauses` lists every silent pause >= 1 s, `long` marks those at the long-pause threshold
    out["long_pauses"] = (float(sum(1 for p in pauses if isinstance(p, dict) and p.get("long")))
                          if isinstance(pauses, list) else None)
    out["star_completeness"] = _star_count(report)
    return out
