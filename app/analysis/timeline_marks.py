"""Timeline marks: a pure function from a `rebond.report/1` dict to typed marks the review timeline paints.

The widget never reads the report: it only paints `Mark`s in their lane and emits seek requests (the SLEAP pattern,
see ARCHITECTURE.md). Sections may be absent (audio only, vision unavailable, accessibility mode) or carry null times
(written answers); both are normal and give no mark, or marks without times, never an error.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: Lanes, top to bottom. Names are stable identifiers (the UI translates them).
LANES: tuple[str, ...] = (
    "eye_contact", "fillers", "repetitions", "pauses", "star", "posture", "negatives", "framing",
)

#: Which report section feeds each lane: a lane whose section is absent is shown as "not analysed", not "none".
LANE_SECTIONS: dict[str, tuple[str, ...]] = {
    "eye_contact": ("eye_contact",),
    "fillers": ("fillers",),
    "repetitions": ("repetitions",),
    "pauses": ("pauses",),
    "star": ("star",),
    "posture": ("posture",),
    "negatives": ("negatives",),
    "framing": ("framing",),
}

#: Lanes hidden in accessibility mode (no eye-contact or expression scoring anywhere).
ACCESSIBILITY_HIDDEN: frozenset[str] = frozenset({"eye_contact"})


@dataclass(frozen=True)
class Mark:
    """One thing on the timeline.

    `kind` is a stable code (`lookaway`, `glance`, `filler`, `repetition`, `long_pause`, `star_S`…`star_R`, `posture`,
    `negative`, `framing`); `start`/`end` are seconds or None when the report has no time for it (written answers);
    `label` is a short literal from the report (the filler word, the posture kind); `payload` keeps the source row plus
    `char_start`/`char_end` when the mark points into the transcript.
    """

    kind: str
    lane: str
    start: float | None
    end: float | None
    label: str
    payload: Mapping[str, Any] = field(default_factory=dict)

    @property
    def timed(self) -> bool:
        """True when the mark can be placed on a time axis."""
        return self.start is not None


class _CharTimes:
    """Maps a transcript character span to the time of the words it covers (for spans the report gives no time)."""

    def __init__(self, words: list[Mapping[str, Any]]) -> None:
        rows = [w for w in words if w.get("char_start") is not None and w.get("char_end") is not None]
        rows.sort(key=lambda w: w["char_start"])
        self._words = rows
        self._ends = [w["char_end"] for w in rows]

    def span(self, char_start: int | None, char_end: int | None) -> tuple[float | None, float | None]:
        """(start, end) of the words overlapping [char_start, char_end), or (None, None)."""
        if char_start is None or char_end is None:
            return None, None
        i = bisect.bisect_right(self._ends, char_start)
        start = end = None
        while i < len(self._words) and self._words[i]["char_start"] < char_end:
            w = self._words[i]
            if w.get("start") is not None:
                start = w["start"] if start is None else min(start, w["start"])
            if w.get("end") is not None:
                end = w["end"] if end is None else max(end, w["end"])
            i += 1
        return start, end


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _rows(value: Any) -> list[Mapping[str, Any]]:
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


def _timed(row: Mapping[str, Any], chars: _CharTimes) -> tuple[float | None, float | None]:
    """A row's own times, else the times of the transcript words under its char span."""
    start, end = _num(row.get("start")), _num(row.get("end"))
    if start is None:
        start, end2 = chars.span(row.get("char_start"), row.get("char_end"))
        end = end if end is not None else end2
    if start is not None and (end is None or end < start):
        end = start
    return start, end


def _payload(row: Mapping[str, Any], **extra: Any) -> dict[str, Any]:
    out = dict(row)
    out.update(extra)
    return out


def _section(report: Mapping[str, Any], name: str) -> Any:
    value = report.get(name)
    return value if value not in (None, {}) else None


def _eye_contact(report: Mapping[str, Any], chars: _CharTimes) -> Iterable[Mark]:
    ec = _section(report, "eye_contact")
    if not isinstance(ec, Mapping):
        return
    for row in _rows(ec.get("lookaways")):
        start, end = _timed(row, chars)
        yield Mark("lookaway", "eye_contact", start, end, "", _payload(row))
    # The vision analysis lists glances shorter than 1 s separately; they are shown lighter, in the same lane.
    for row in _rows(ec.get("glances")):
        start, end = _timed(row, chars)
        yield Mark("glance", "eye_contact", start, end, "", _payload(row))


def _fillers(report: Mapping[str, Any], chars: _CharTimes) -> Iterable[Mark]:
    fillers = _section(report, "fillers")
    if not isinstance(fillers, Mapping):
        return
    for row in _rows(fillers.get("events")):
        start, end = _timed(row, chars)
        yield Mark("filler", "fillers", start, end, str(row.get("form", "")), _payload(row))


def _repetitions(report: Mapping[str, Any], chars: _CharTimes) -> Iterable[Mark]:
    for row in _rows(report.get("repetitions")):
        start, end = _timed(row, chars)
        label = str(row.get("text", ""))
        yield Mark("repetition", "repetitions", start, end, label, _payload(row))
    # Restarts ("I went— we decided") share the lane: both are the speaker going back over their words.
    for row in _rows(report.get("restarts")):
        start, end = _timed(row, chars)
        yield Mark("restart", "repetitions", start, end, str(row.get("text", "")), _payload(row))


def _pauses(report: Mapping[str, Any], chars: _CharTimes) -> Iterable[Mark]:
    # The lane shows long pauses only: every ≥ 1 s pause would crowd it, and the report flags the long ones itself.
    for row in _rows(report.get("pauses")):
        if not row.get("long"):
            continue
        start, end = _timed(row, chars)
        yield Mark("long_pause", "pauses", start, end, "", _payload(row))


def _star(report: Mapping[str, Any], chars: _CharTimes) -> Iterable[Mark]:
    star = _section(report, "star")
    if not isinstance(star, Mapping):
        return
    for row in _rows(star.get("spans")):
        part = str(row.get("part", ""))
        if part not in ("S", "T", "A", "R"):
            continue
        start, end = _timed(row, chars)
        yield Mark(f"star_{part}", "star", start, end, part, _payload(row))


def _posture(report: Mapping[str, Any], chars: _CharTimes) -> Iterable[Mark]:
    posture = _section(report, "posture")
    if not isinstance(posture, Mapping):
        return
    for row in _rows(posture.get("events")):
        start, end = _timed(row, chars)
        yield Mark("posture", "posture", start, end, str(row.get("kind", "")), _payload(row))


def _negatives(report: Mapping[str, Any], chars: _CharTimes) -> Iterable[Mark]:
    for row in _rows(report.get("negatives")):
        start, end = _timed(row, chars)
        yield Mark("negative", "negatives", start, end, str(row.get("text", "")), _payload(row))


def _framing(report: Mapping[str, Any], chars: _CharTimes) -> Iterable[Mark]:
    framing = _section(report, "framing")
    if not isinstance(framing, Mapping):
        return
    # The framing section's event list name is not fixed by issue 4 ("framing{…}"): accept the likely names.
    for key in ("events", "problems", "issues"):
        for row in _rows(framing.get(key)):
            start, end = _timed(row, chars)
            yield Mark("framing", "framing", start, end, str(row.get("kind", "")), _payload(row))


_BUILDERS = {
    "eye_contact": _eye_contact, "fillers": _fillers, "repetitions": _repetitions, "pauses": _pauses,
    "star": _star, "posture": _posture, "negatives": _negatives, "framing": _framing,
}


def visible_lanes(accessibility: bool = False) -> tuple[str, ...]:
    """The lanes shown, in order (accessibility mode drops the eye-contact lane)."""
    return tuple(lane for lane in LANES if not (accessibility and lane in ACCESSIBILITY_HIDDEN))


def lane_available(report: Mapping[str, Any], lane: str) -> bool:
    """True when the report carries the section feeding `lane` (even if it found nothing)."""
    return any(report.get(name) is not None for name in LANE_SECTIONS[lane])


def build_marks(report: Mapping[str, Any], *, accessibility: bool = False) -> list[Mark]:
    """All marks of a report, lane by lane, each lane sorted by start time (untimed marks last, in report order)."""
    words = (report.get("transcript") or {}).get("words") or []
    chars = _CharTimes(_rows(words))
    marks: list[Mark] = []
    for lane in visible_lanes(accessibility):
        lane_marks = list(_BUILDERS[lane](report, chars))
        lane_marks.sort(key=lambda m: (m.start is None, m.start or 0.0))
        marks.extend(lane_marks)
    return marks


def timed_marks(marks: Iterable[Mark]) -> list[Mark]:
    """Only the marks that can be placed on a time axis."""
    return [m for m in marks if m.timed]


def timeline_duration(report: Mapping[str, Any], marks: Iterable[Mark] = ()) -> float | None:
    """The time axis length: `duration_s`, else the end of the last word or mark; None for an untimed report."""
    duration = _num(report.get("duration_s"))
    if duration:
        return duration
    ends = [m.end for m in marks if m.end is not None]
    words = (report.get("transcript") or {}).get("words") or []
    ends += [w["end"] for w in _rows(words) if _num(w.get("end")) is not None]
    return max(ends) if ends else None


#: Lanes whose moments are worth a picture in a report (what the body did, not what was said).
KEY_FRAME_LANES: tuple[str, ...] = ("eye_contact", "posture", "framing")


def key_moments(marks: Iterable[Mark], limit: int = 4, min_gap_s: float = 3.0) -> list[Mark]:
    """Up to `limit` vision marks to illustrate with a still frame: longest first, at least `min_gap_s` apart,
    returned in time order. Glances are left out (too short to show anything in a still)."""
    candidates = [m for m in marks if m.timed and m.lane in KEY_FRAME_LANES and m.kind != "glance"]
    candidates.sort(key=lambda m: -((m.end or m.start) - m.start))
    chosen: list[Mark] = []
    for m in candidates:
        if len(chosen) >= limit:
            break
        if all(abs(m.start - c.start) >= min_gap_s for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)
