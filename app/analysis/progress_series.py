"""Progress across sessions: per-answer metric rows → chart series, the user's own baseline, goal status, streak.

Pure functions over plain rows (`{"date": "YYYY-MM-DD" | date, <metric>: value, ...}`), so the storage layer can feed
them from its database and the tests from seeded lists. `metric_row` turns one report into such a row.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.analysis.metric_cards import metric_value, star_completeness

#: Charted metrics and which way is better ("lower", "higher" or "band": closer to a band is better).
PROGRESS_METRICS: dict[str, str] = {
    "eye_contact": "higher",
    "fillers_per_min": "lower",
    "wpm": "band",
    "long_pauses": "lower",
    "star_completeness": "higher",
    "result_quantified": "higher",
}

#: How many first sessions form the baseline (the median of their values): the user is compared with themself.
BASELINE_SESSIONS = 3


def metric_row(report: Mapping[str, Any], **meta: Any) -> dict[str, Any]:
    """One answer's metrics as a flat row (percentages 0–100; `result_quantified` as 0/100), plus `meta` fields."""
    row: dict[str, Any] = dict(meta)
    for metric in ("eye_contact", "fillers_per_min", "wpm", "long_pauses", "pitch_variation", "posture_events"):
        row[metric] = metric_value(report, metric)[0]
    completeness = star_completeness(report)
    row["star_completeness"] = None if completeness is None else completeness * 100
    quantified = (report.get("star") or {}).get("result_quantified")
    row["result_quantified"] = None if quantified is None else (100.0 if quantified else 0.0)
    row["duration_s"] = report.get("duration_s")
    row["language"] = report.get("language")
    return row


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)).date()


@dataclass(frozen=True)
class Series:
    """One chart: a point per session day (the mean of that day's answers), and the baseline."""

    metric: str
    points: tuple[tuple[date, float], ...]
    baseline: float | None
    better: str
    latest_vs_baseline: float | None = None


def series(rows: Iterable[Mapping[str, Any]], metric: str) -> Series:
    """The daily series of `metric` (days without a value are skipped) with its baseline."""
    by_day: dict[date, list[float]] = {}
    for row in rows:
        value = row.get(metric)
        if isinstance(value, int | float) and not isinstance(value, bool):
            by_day.setdefault(_as_date(row["date"]), []).append(float(value))
    points = tuple((day, round(statistics.fmean(vals), 2)) for day, vals in sorted(by_day.items()))
    baseline = round(statistics.median(v for _, v in points[:BASELINE_SESSIONS]), 2) if points else None
    delta = None if baseline is None or len(points) <= BASELINE_SESSIONS else round(points[-1][1] - baseline, 2)
    return Series(metric, points, baseline, PROGRESS_METRICS.get(metric, "lower"), delta)


def all_series(rows: Sequence[Mapping[str, Any]]) -> dict[str, Series]:
    """Series for every charted metric."""
    return {metric: series(rows, metric) for metric in PROGRESS_METRICS}


# ----- goals ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Goal:
    """A weekly target: `metric` `op` `target` on the week's mean (e.g. fillers_per_min <= 3), or
    `metric == "sessions"`: at least `target` practice days this week."""

    metric: str
    op: str
    target: float


@dataclass(frozen=True)
class GoalStatus:
    goal: Goal
    current: float | None
    met: bool | None
    detail: dict[str, Any] = field(default_factory=dict)


def week_start(day: date) -> date:
    """Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def goal_status(rows: Sequence[Mapping[str, Any]], goals: Iterable[Goal], today: date) -> list[GoalStatus]:
    """Each goal against the current week (Monday to `today`); `met` is None when the week has no value yet."""
    monday = week_start(today)
    week = [r for r in rows if monday <= _as_date(r["date"]) <= today]
    out = []
    for goal in goals:
        if goal.metric == "sessions":
            current: float | None = float(len({_as_date(r["date"]) for r in week}))
        else:
            values = [float(r[goal.metric]) for r in week if isinstance(r.get(goal.metric), int | float)]
            current = round(statistics.fmean(values), 2) if values else None
        if current is None:
            met = None
        elif goal.op in ("<=", "<"):
            met = current <= goal.target if goal.op == "<=" else current < goal.target
        else:
            met = current >= goal.target if goal.op == ">=" else current > goal.target
        out.append(GoalStatus(goal, current, met, {"week_start": monday.isoformat(), "answers": len(week)}))
    return out


# ----- streak and calendar -----------------------------------------------------------------------------------------
def practice_days(rows: Iterable[Mapping[str, Any]]) -> dict[date, int]:
    """Answers recorded per day."""
    days: dict[date, int] = {}
    for row in rows:
        day = _as_date(row["date"])
        days[day] = days.get(day, 0) + 1
    return days


def streak(rows: Iterable[Mapping[str, Any]], today: date) -> int:
    """Consecutive practice days ending today (or yesterday: today's practice may still come)."""
    days = set(practice_days(rows))
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def calendar_weeks(rows: Iterable[Mapping[str, Any]], today: date, weeks: int = 6) -> list[list[tuple[date, int]]]:
    """The last `weeks` weeks (Monday first, the current week last) as rows of (day, answers that day)."""
    days = practice_days(rows)
    first = week_start(today) - timedelta(weeks=weeks - 1)
    return [[(first + timedelta(days=7 * w + d), days.get(first + timedelta(days=7 * w + d), 0)) for d in range(7)]
            for w in range(weeks)]
