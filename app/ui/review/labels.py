"""Translated names shared by the review screen, the PDF export and the compare view (context "Labels")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale


def lane_titles() -> dict[str, str]:
    """Timeline lane titles."""
    return {
        "eye_contact": QCoreApplication.translate("Labels", "Eye contact lost"),
        "fillers": QCoreApplication.translate("Labels", "Fillers"),
        "repetitions": QCoreApplication.translate("Labels", "Repetitions"),
        "pauses": QCoreApplication.translate("Labels", "Long pauses"),
        "star": QCoreApplication.translate("Labels", "STAR parts"),
        "posture": QCoreApplication.translate("Labels", "Posture, fidgeting"),
        "negatives": QCoreApplication.translate("Labels", "Negative phrases"),
        "framing": QCoreApplication.translate("Labels", "Framing"),
    }


def part_names() -> dict[str, str]:
    """STAR part names."""
    return {"S": QCoreApplication.translate("Labels", "Situation"), "T": QCoreApplication.translate("Labels", "Task"), "A": QCoreApplication.translate("Labels", "Action"), "R": QCoreApplication.translate("Labels", "Result")}


def metric_titles() -> dict[str, str]:
    """Metric names (cards, compare, progress, CSV-free places)."""
    return {
        "eye_contact": QCoreApplication.translate("Labels", "Eye contact"),
        "fillers_per_min": QCoreApplication.translate("Labels", "Fillers per minute"),
        "wpm": QCoreApplication.translate("Labels", "Speaking rate"),
        "long_pauses": QCoreApplication.translate("Labels", "Long pauses"),
        "pitch_variation": QCoreApplication.translate("Labels", "Pitch variation"),
        "posture_events": QCoreApplication.translate("Labels", "Posture events"),
        "star_completeness": QCoreApplication.translate("Labels", "STAR completeness"),
        "result_quantified": QCoreApplication.translate("Labels", "Quantified results"),
        "head_turns": QCoreApplication.translate("Labels", "Head turned away"),
        "loudness_variation": QCoreApplication.translate("Labels", "Volume variation"),
    }


def metric_units() -> dict[str, str]:
    """Units of the metrics, as shown after a value."""
    return {"eye_contact": "%", "fillers_per_min": QCoreApplication.translate("Labels", "/min"), "wpm": QCoreApplication.translate("Labels", "words/min"), "long_pauses": "",
            "pitch_variation": QCoreApplication.translate("Labels", "semitones"), "posture_events": "", "star_completeness": "%",
            "result_quantified": "%", "head_turns": QCoreApplication.translate("Labels", "times"),
            "loudness_variation": "dB"}


def posture_names() -> dict[str, str]:
    return {"fidgeting": QCoreApplication.translate("Labels", "Fidgeting (hand or shoulder movement)"),
            "slouch": QCoreApplication.translate("Labels", "Slouching"),
            "hand_to_face": QCoreApplication.translate("Labels", "Hand touching the face"),
            "lean_away": QCoreApplication.translate("Labels", "Leaning away"),
            "shoulder_tilt": QCoreApplication.translate("Labels", "Shoulders tilted"),
            "head_forward": QCoreApplication.translate("Labels", "Head forward")}


def framing_names() -> dict[str, str]:
    return {"face_too_small": QCoreApplication.translate("Labels", "Face small in the frame"),
            "face_too_large": QCoreApplication.translate("Labels", "Face too close"),
            "off_centre": QCoreApplication.translate("Labels", "Face off centre"), "out_of_frame": QCoreApplication.translate("Labels", "Face out of the frame")}


def describe_mark(mark) -> str:
    """What a timeline mark is, in the interface language (tooltips, PDF)."""
    length = (mark.end if mark.end is not None else mark.start or 0) - (mark.start or 0)
    secs = QLocale().toString(float(length), "f", 1)  # decimal comma in French (the interface locale)
    if mark.kind.startswith("star_"):
        return QCoreApplication.translate("Labels", "STAR: %1").replace("%1", part_names().get(mark.label, mark.label))
    if mark.kind == "posture":
        return posture_names().get(mark.label, mark.label.replace("_", " "))
    if mark.kind == "framing":
        return framing_names().get(mark.label, mark.label.replace("_", " "))
    kinds = {
        "lookaway": lambda: QCoreApplication.translate("Labels", "Looked away from the camera for %1 s").replace("%1", secs),
        "glance": lambda: QCoreApplication.translate("Labels", "Short glance away"),
        "filler": lambda: QCoreApplication.translate("Labels", "Filler: “%1”").replace("%1", mark.label),
        "restart": lambda: QCoreApplication.translate("Labels", "Restart: “%1”").replace("%1", mark.label),
        "repetition": lambda: QCoreApplication.translate("Labels", "Repeated “%1” %2 times").replace("%1", mark.label)
                                                          .replace("%2", str(mark.payload.get("count", 2))),
        "long_pause": lambda: QCoreApplication.translate("Labels", "Silent pause of %1 s").replace("%1", secs),
        "negative": lambda: QCoreApplication.translate("Labels", "Negative phrasing: “%1”").replace("%1", mark.label),
    }
    text = kinds[mark.kind]() if mark.kind in kinds else mark.kind
    if mark.kind == "negative" and mark.payload.get("suggestion"):
        text += "\n" + QCoreApplication.translate("Labels", "Try: %1").replace("%1", str(mark.payload["suggestion"]))
    if mark.kind == "filler" and mark.payload.get("source") == "audio":
        text += " " + QCoreApplication.translate("Labels", "(heard in the audio, not in the transcript)")
    return text


def warning_text(warning: Mapping[str, Any]) -> str:
    """A report warning in the interface language, rendered again from its code and parameters
    (app.analysis.warnings; the stored English message when the code is unknown)."""
    from app.analysis.warnings import warning_text as render
    from app.ui.i18n import current_language

    lang = current_language()
    if str(warning.get("code") or "") == "asr_guard":
        # the analysis' wording ("repeated or invented passage(s) removed") is the engineer's; the user is told
        # what it means for the transcript they read
        text = QCoreApplication.translate(
            "Labels", "Some words the speech recognition heard twice or made up were left out of the transcript.")
    else:
        text = render(warning, lang)
    if lang == "fr":
        from app.ui.review.translations import french_typography

        text = french_typography(text)
    return text


def labelled(label: str, value: str) -> str:
    """`label: value` with the interface language's punctuation (French puts a space before the colon)."""
    return QCoreApplication.translate("Labels", "%1: %2").replace("%1", label, 1).replace("%2", value, 1)
