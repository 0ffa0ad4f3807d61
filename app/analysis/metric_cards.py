"""Metric cards of one answer: the value, the target band and where that band comes from.

Bands are read from `app/resources/thresholds.toml` (tables `[speech]` and `[vision]`), and the source of each band is
the `# source:` comment written next to it (on the same line, or in the comment block just above the key). When no
band is found for a metric the card has no band: a band is never invented here.

Band keys looked up for a metric named `m` in its table, first match wins:
`m_band`, `m_target`, `target_m` (a `[lo, hi]` list or a `{min, max}` table), `m_min` / `m_max` or `m_low` /
`m_high` (either may be missing: a one-sided band), `[<table>.bands]` / `[<table>.targets]` sub-tables holding `m`,
and last the one-sided thresholds the analyses already use for their tips (`ONE_SIDED` below).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.paths import resource

#: (card id, thresholds table, names tried for the band, unit, which way is better)
METRICS: tuple[tuple[str, str, tuple[str, ...], str, str], ...] = (
    ("eye_contact", "vision", ("eye_contact_ratio", "eye_contact_pct", "eye_contact"), "%", "higher"),
    ("fillers_per_min", "speech", ("fillers_per_minute", "fillers_per_min", "filler_rate"), "/min", "lower"),
    ("wpm", "speech", ("wpm", "words_per_minute"), "wpm", "band"),
    ("long_pauses", "speech", ("long_pauses", "long_pause_count", "long_pauses_per_answer"), "", "lower"),
    ("pitch_variation", "speech", ("pitch_sd_semitones", "pitch_variation_st", "pitch_variation"), "st", "band"),
    ("posture_events", "vision", ("posture_events", "posture_event_count"), "", "lower"),
)

#: Thresholds the analyses use to trigger a tip, read as one side of the band: (table, key, side).
ONE_SIDED: dict[str, tuple[tuple[str, str, str], ...]] = {
    "eye_contact": (("vision", "tip_eye_contact_ratio", "low"),),
    "pitch_variation": (("speech", "monotone_semitones", "low"),),
}

#: Cards hidden in accessibility mode (no eye-contact or expression scores anywhere).
ACCESSIBILITY_HIDDEN = frozenset({"eye_contact"})


@dataclass(frozen=True)
class Band:
    """A target band; either bound may be None (one-sided). `source` is the `# source:` text, or None if absent."""

    low: float | None
    high: float | None
    source: str | None
    key: str

    def status(self, value: float | None) -> str | None:
        """'low', 'in' or 'high' for a value; None when there is no value."""
        if value is None:
            return None
        if self.low is not None and value < self.low:
            return "low"
        if self.high is not None and value > self.high:
            return "high"
        return "in"


@dataclass(frozen=True)
class MetricCard:
    """One card. `value` is None when the report has no data for it (the card then says why)."""

    id: str
    value: float | None
    unit: str
    better: str
    band: Band | None
    status: str | None
    detail: Mapping[str, Any] = field(default_factory=dict)


# ----- thresholds with their sources -------------------------------------------------------------------------------
_HEADER = re.compile(r"^\s*\[([^\[\]]+)\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
_SOURCE = re.compile(r"#\s*source\s*:\s*(.+)$", re.IGNORECASE)
_SOURCE_FR = re.compile(r"#\s*source-fr\s*:\s*(.+)$", re.IGNORECASE)


def read_sources(text: str, lang: str = "en") -> dict[tuple[str, str], str]:
    """`(table, key) -> source` from the `# source:` comments of a TOML text (inline or in the block above; the
    comment lines following a `# source:` line in that block continue it). With `lang="fr"`, a `# source-fr:`
    comment (same placement rules) is used where there is one, else the English source."""
    english = _read_tagged(text, _SOURCE, _SOURCE_FR)
    if lang != "fr":
        return english
    return english | _read_tagged(text, _SOURCE_FR, _SOURCE)


def _read_tagged(text: str, tag: re.Pattern, other: re.Pattern) -> dict[tuple[str, str], str]:
    sources: dict[tuple[str, str], str] = {}
    table, pending = "", None
    continuing = False
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            table, pending = header.group(1).strip(), None
            continue
        stripped = line.strip()
        if not stripped:
            pending, continuing = None, False
            continue
        key = _KEY.match(line)
        if key:
            inline = tag.search(line.split("=", 1)[1])
            found = inline.group(1).strip() if inline else pending
            if found:
                sources[(table, key.group(1))] = found
            pending, continuing = None, False
            continue
        if stripped.startswith("#"):
            src = tag.search(stripped)
            if src:
                pending, continuing = src.group(1).strip(), True
            elif other.search(stripped):
                continuing = False  # the other language's note starts: this one has ended
            elif continuing and pending:
                pending = f"{pending} {stripped.lstrip('#').strip()}"
            continue
        continuing = False
    return sources


def load_thresholds_text() -> str:
    """The shipped thresholds file as text ('' when absent)."""
    try:
        return resource("thresholds.toml").read_text(encoding="utf-8")
    except OSError:
        return ""


def _pair(value: Any) -> tuple[float | None, float | None] | None:
    def num(v: Any) -> float | None:
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None

    if isinstance(value, list) and len(value) == 2:
        lo, hi = num(value[0]), num(value[1])
        return (lo, hi) if lo is not None or hi is not None else None
    if isinstance(value, Mapping):
        lo = next((num(value[k]) for k in ("min", "lo", "low") if k in value), None)
        hi = next((num(value[k]) for k in ("max", "hi", "high") if k in value), None)
        return (lo, hi) if lo is not None or hi is not None else None
    return None


def find_band(tables: Mapping[str, Any], sources: Mapping[tuple[str, str], str], table: str,
              names: tuple[str, ...]) -> Band | None:
    """The first band found for any of `names` in `table` (see the module docstring for the key forms)."""
    section = tables.get(table) or {}
    for name in names:
        for key in (f"{name}_band", f"{name}_target", f"target_{name}"):
            pair = _pair(section.get(key))
            if pair:
                return Band(pair[0], pair[1], sources.get((table, key)), f"{table}.{key}")
        for lo_key, hi_key in ((f"{name}_min", f"{name}_max"), (f"{name}_low", f"{name}_high")):
            lo, hi = _pair([section.get(lo_key), section.get(hi_key)]) or (None, None)
            if lo is not None or hi is not None:
                src = sources.get((table, lo_key)) or sources.get((table, hi_key))
                return Band(lo, hi, src, f"{table}.{lo_key if lo is not None else hi_key}")
        for sub in ("bands", "targets"):
            subtable = section.get(sub)
            if isinstance(subtable, Mapping):
                pair = _pair(subtable.get(name))
                if pair:
                    return Band(pair[0], pair[1], sources.get((f"{table}.{sub}", name)), f"{table}.{sub}.{name}")
    return None


def _one_sided(tables: Mapping[str, Any], sources: Mapping[tuple[str, str], str], metric: str) -> Band | None:
    for table, key, side in ONE_SIDED.get(metric, ()):
        value = (tables.get(table) or {}).get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            lo, hi = (float(value), None) if side == "low" else (None, float(value))
            return Band(lo, hi, sources.get((table, key)), f"{table}.{key}")
    return None


# ----- values from the report --------------------------------------------------------------------------------------
def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def metric_value(report: Mapping[str, Any], metric: str) -> tuple[float | None, dict[str, Any]]:
    """(value, detail) of one metric in a report; value None when the report has no data for it."""
    if metric == "eye_contact":
        ec = report.get("eye_contact") or {}
        ratio = _num(ec.get("ratio"))
        if ec.get("uncertain"):
            # below the stated confidence the share is not shown as a number (thresholds.toml
            # [vision] eye_contact_uncertain_below)
            return None, {"confidence": ec.get("confidence"), "uncertain": True}
        return (None if ratio is None else round(ratio * 100, 1)), {"confidence": ec.get("confidence")}
    if metric == "fillers_per_min":
        fillers = report.get("fillers") or {}
        by_form = fillers.get("by_form") if isinstance(fillers.get("by_form"), Mapping) else {}
        detail = {"count": fillers.get("count"), "by_form": dict(sorted(by_form.items(), key=lambda kv: -kv[1]))}
        return _num(fillers.get("per_minute")), detail
    if metric == "wpm":
        return _num((report.get("pace") or {}).get("wpm")), {}
    if metric == "long_pauses":
        pauses = report.get("pauses")
        if not isinstance(pauses, list) or report.get("duration_s") is None:
            return None, {}
        longs = [p for p in pauses if isinstance(p, Mapping) and p.get("long")]
        return float(len(longs)), {"total_s": round(sum((p.get("end") or 0) - (p.get("start") or 0) for p in longs), 1)}
    if metric == "pitch_variation":
        voice = report.get("voice") or {}
        for key in ("pitch_sd_semitones", "pitch_variation_st", "pitch_sd_st", "pitch_range_st"):
            if _num(voice.get(key)) is not None:
                return _num(voice.get(key)), {"monotone": voice.get("monotone")}
        return None, {}
    if metric == "posture_events":
        posture = report.get("posture")
        if not isinstance(posture, Mapping):
            return None, {}
        events = [e for e in posture.get("events") or [] if isinstance(e, Mapping)]
        kinds: dict[str, int] = {}
        for e in events:
            kinds[str(e.get("kind", "?"))] = kinds.get(str(e.get("kind", "?")), 0) + 1
        return float(len(events)), {"by_kind": kinds}
    raise KeyError(metric)


def build_cards(report: Mapping[str, Any], *, accessibility: bool = False,
                thresholds_text: str | None = None, lang: str = "en") -> list[MetricCard]:
    """Cards for every metric the layout knows, in display order (hidden ones dropped in accessibility mode); band
    sources in `lang` where thresholds.toml has a `# source-fr:` note."""
    text = load_thresholds_text() if thresholds_text is None else thresholds_text
    try:
        tables = tomllib.loads(text) if text else {}
    except tomllib.TOMLDecodeError:
        tables = {}  # a broken thresholds file shows cards without bands rather than no review at all
    sources = read_sources(text, lang)
    cards = []
    for metric, table, names, unit, better in METRICS:
        if accessibility and metric in ACCESSIBILITY_HIDDEN:
            continue
        value, detail = metric_value(report, metric)
        band = find_band(tables, sources, table, names) or _one_sided(tables, sources, metric)
        if band and metric == "eye_contact" and all(b is None or b <= 1 for b in (band.low, band.high)):
            # the band may be written as a ratio (0.6) while the card shows a percentage
            band = Band(None if band.low is None else band.low * 100, None if band.high is None else band.high * 100,
                        band.source, band.key)
        cards.append(MetricCard(metric, value, unit, better, band, band.status(value) if band else None, detail))
    return cards


#: Tip code prefixes about eye contact or expression, hidden in accessibility mode.
_ACCESSIBILITY_TIP_PREFIXES = ("eye", "lookaway", "look_away", "gaze", "smile", "expression")


def top_tips(report: Mapping[str, Any], limit: int = 3, *, accessibility: bool = False,
             lang: str | None = None) -> list[Mapping[str, Any]]:
    """The report's tips (already prioritised by the analysis), at most `limit`.

    The report holds each tip's text in the language of the recording; with `lang` (the reader's interface language)
    the text is rendered again from the tip's code and params, so a French interface shows French tips for an answer
    recorded in English. A code without a template keeps the report's text."""
    from app.analysis import tips as tip_templates

    tips = report.get("tips")
    rows = [t for t in tips if isinstance(t, Mapping)] if isinstance(tips, list) else []
    if accessibility:
        rows = [t for t in rows if not str(t.get("code", "")).startswith(_ACCESSIBILITY_TIP_PREFIXES)]
    rows = rows[:limit]
    if lang:
        known = tip_templates.templates()
        rows = [{**t, "text": tip_templates.render(str(t["code"]), dict(t.get("params") or {}), lang)}
                if t.get("code") in known else t for t in rows]
    return rows


def star_completeness(report: Mapping[str, Any]) -> float | None:
    """Share of the four STAR parts present (0–1), None without a STAR section."""
    present = (report.get("star") or {}).get("present")
    if not isinstance(present, Mapping):
        return None
    return sum(1 for p in "STAR" if present.get(p)) / 4
