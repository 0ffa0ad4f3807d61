"""Translated names shared by the review screen, the PDF export and the compare view (context "Labels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def lane_titles() -> dict[str, str]:
    """Timeline lane titles."""
    return {
        "eye_contact": _t("Eye contact lost"),
        "fillers": _t("Fillers"),
        "repetitions": _t("Repetitions"),
        "pauses": _t("Long pauses"),
        "star": _t("STAR parts"),
        "posture": _t("Posture, fidgeting"),
        "negatives": _t("Negative phrases"),
        "framing": _t("Framing"),
    }


def part_names() -> dict[str, str]:
    """STAR part names."""
    return {"S": _t("Situation"), "T": _t("Task"), "A": _t("Action"), "R": _t("Result")}


def metric_titles() -> dict[str, str]:
    """Metric names (cards, compare, progress, CSV-free places)."""
    return {
        "eye_contact": _t("Eye contact"),
        "fillers_per_min": _t("Fillers per minute"),
        "wpm": _t("Speaking rate"),
        "long_pauses": _t("Long pauses"),
        "pitch_variation": _t("Pitch variation"),
        "posture_events": _t("Posture events"),
        "star_completeness": _t("STAR completeness"),
        "result_quantified": _t("Quantified results"),
    }


def metric_units() -> dict[str, str]:
    """Units of the metrics, as shown after a value."""
    return {"eye_contact": "%", "fillers_per_min": _t("/min"), "wpm": _t("words/min"), "long_pauses": "",
            "pitch_variation": _t("semitones"), "posture_events": "", "star_completeness": "%",
            "result_quantified": "%"}


def posture_names() -> dict[str, str]:
    return {"fidgeting": _t("Fidgeting (hand or shoulder movement)"), "slouching": _t("Slouching"),
            "touching_face": _t("Hand touching the face"), "leaning_away": _t("Leaning away"),
            "shoulder_tilt": _t("Shoulders tilted"), "head_forward": _t("Head forward")}


def framing_names() -> dict[str, str]:
    return {"too_small": _t("Face small in the frame"), "too_large": _t("Face too close"),
            "off_centre": _t("Face off centre"), "out_of_frame": _t("Face out of the frame")}


def describe_mark(mark) -> str:
    """What a timeline mark is, in the interface language (tooltips, PDF)."""
    length = (mark.end if mark.end is not None else mark.start or 0) - (mark.start or 0)
    secs = f"{length:.1f}"
    if mark.kind.startswith("star_"):
        return _t("STAR: %1").replace("%1", part_names().get(mark.label, mark.label))
    if mark.kind == "posture":
        return posture_names().get(mark.label, mark.label.replace("_", " "))
    if mark.kind == "framing":
        return framing_names().get(mark.label, mark.label.replace("_", " "))
    kinds = {
        "lookaway": lambda: _t("Looked away from the camera for %1 s").replace("%1", secs),
        "glance": lambda: _t("Short glance away"),
        "filler": lambda: _t("Filler: “%1”").replace("%1", mark.label),
        "repetition": lambda: _t("Repeated “%1” %2 times").replace("%1", mark.label)
                                                          .replace("%2", str(mark.payload.get("count", 2))),
        "long_pause": lambda: _t("Silent pause of %1 s").replace("%1", secs),
        "negative": lambda: _t("Negative phrasing: “%1”").replace("%1", mark.label),
    }
    return kinds[mark.kind]() if mark.kind in kinds else mark.kind
