"""Colours and small style helpers shared by the review widgets; everything derives from the system palette so that
light and dark themes both read well."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.analysis.tips import number_text

# Hues chosen to stay distinguishable for the common colour-vision deficiencies (Okabe–Ito palette).
_LANE_HUES: dict[str, str] = {
    "eye_contact": "#0072B2",
    "fillers": "#E69F00",
    "repetitions": "#CC79A7",
    "pauses": "#7f7f7f",
    "star": "#009E73",
    "posture": "#D55E00",
    "negatives": "#B2182B",
    "framing": "#8C6D31",
}
_STAR_HUES: dict[str, str] = {"S": "#56B4E9", "T": "#009E73", "A": "#E69F00", "R": "#CC79A7"}


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the window background of the current palette is dark."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def scheme_changed(event: QEvent) -> bool:
    """True for the event a widget gets once its palette changed (the system switched light/dark): widgets that
    baked colours into text formats, style sheets or figures redo them then."""
    return event.type() == QEvent.Type.PaletteChange


def lane_color(lane: str) -> QColor:
    """The colour of a timeline lane (and of its highlights in the transcript)."""
    return QColor(_LANE_HUES.get(lane, "#7f7f7f"))


def star_color(part: str) -> QColor:
    """The colour of one STAR part."""
    return QColor(_STAR_HUES.get(part, "#7f7f7f"))


def readable(color: QColor, dark: bool) -> QColor:
    """`color` lightened on dark backgrounds so that text and thin lines drawn in it stay legible."""
    return QColor(color).lighter(165) if dark and QColor(color).lightness() < 140 else QColor(color)


def tint(color: QColor, dark: bool, alpha: int = 60) -> QColor:
    """A translucent version of `color` for backgrounds (a little stronger on dark themes)."""
    out = QColor(color)
    out.setAlpha(min(255, alpha + (30 if dark else 0)))
    return out


def muted_text(widget: QWidget) -> QColor:
    """Secondary text colour (placeholder text role) from the palette."""
    return widget.palette().color(QPalette.ColorRole.PlaceholderText)


def fmt_time(seconds: float | None) -> str:
    """m:ss (or h:mm:ss) for a time in seconds; an en dash when unknown."""
    if seconds is None:
        return "–"
    total = int(max(0.0, seconds))
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def fmt_value(value: float | None) -> str:
    """A metric value in the user's locale (6.9 / 6,9): whole numbers from 10 up, one decimal below."""
    if value is None:
        return "–"
    if abs(value) >= 10 or float(value).is_integer():
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", 1)


def fmt_precise(value: float | None) -> str:
    """Two decimals at most, so that a value just over a goal never reads as equal to it (3.04, not 3.0)."""
    if value is None:
        return "–"
    return number_text(value, "en").replace(".", QLocale().decimalPoint())
