"""Cards for what the analysis measures beyond the standard metric list: head pose (turns away from the camera and
nods) and volume variation, so they are visible in the review and not only in the report's JSON; and the posture card
made honest when the shoulders were never in frame."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from app.analysis.metric_cards import Band, MetricCard, load_thresholds_text, read_sources


def posture_visibility(cards: list[MetricCard], report: Mapping[str, Any]) -> list[MetricCard]:
    """A posture count of 0 with `posture.visible == False` means "not seen", not "nothing found"."""
    posture = report.get("posture")
    if not (isinstance(posture, Mapping) and posture.get("visible") is False):
        return cards
    return [dataclasses.replace(c, value=None, status=None, band=None, detail={"not_visible": True})
            if c.id == "posture_events" else c for c in cards]


def extra_cards(report: Mapping[str, Any], lang: str = "en") -> list[MetricCard]:
    """Head turns (count, with nods in the detail; no band: a turn is described, not scored) and volume variation
    (SD of loudness in dB, against `speech.flat_loudness_db` of thresholds.toml with its source)."""
    cards = []
    head = report.get("head_pose")
    if isinstance(head, Mapping) and head.get("samples"):
        turns = [t for t in head.get("turns") or [] if isinstance(t, Mapping)]
        nods = [n for n in head.get("nods") or [] if isinstance(n, Mapping)]
        cards.append(MetricCard("head_turns", float(len(turns)), "", "neutral", None, None,
                                {"nods": len(nods), "turns": turns}))
    voice = report.get("voice")
    loud = voice.get("loudness_sd_db") if isinstance(voice, Mapping) else None
    if isinstance(loud, int | float) and not isinstance(loud, bool):
        flat = (voice.get("thresholds") or {}).get("flat_loudness_db")
        text = load_thresholds_text()
        if not isinstance(flat, int | float):
            import tomllib

            flat = (tomllib.loads(text).get("speech") or {}).get("flat_loudness_db") if text else None
        band = None
        if isinstance(flat, int | float):
            source = read_sources(text, lang).get(("speech", "flat_loudness_db"))
            band = Band(float(flat), None, source, "speech.flat_loudness_db")
        cards.append(MetricCard("loudness_variation", float(loud), "dB", "higher", band,
                                band.status(float(loud)) if band else None, {}))
    return cards
