"""Shared helper for vision analyses: turn a per-sample boolean series into timed events."""

from __future__ import annotations

from collections.abc import Sequence


def runs_to_events(
    times: Sequence[float], flags: Sequence[bool], *, min_s: float, max_gap_s: float = 0.0, step: float | None = None
) -> list[tuple[float, float]]:
    """`(start, end)` of every stretch where `flags` holds for at least `min_s` seconds; gaps no longer than
    `max_gap_s` inside a stretch are bridged. `end` is the last flagged sample plus one sampling step."""
    if not times:
        return []
    if step is None:
        step = (times[-1] - times[0]) / (len(times) - 1) if len(times) > 1 else 0.1
    events: list[tuple[float, float]] = []
    start = last = None
    for t, on in zip(times, flags, strict=True):
        if on:
            if start is None:
                start = t
            elif t - last > max_gap_s + step * 1.5:
                events.append((start, last + step))
                start = t
            last = t
    if start is not None:
        events.append((start, last + step))
    return [(round(a, 2), round(b, 2)) for a, b in events if b - a >= min_s]
