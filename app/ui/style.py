"""Rebond's design system in one place: colours (one brand colour, semantic good / to-work-on), a type scale, spacing,
button roles (primary / secondary), metric cards and a band gauge. Screens ask here instead of writing colours.

The application style sheet is generated from the tokens for the current scheme (light or dark) and applied again
when the scheme changes (`apply(app)`), because Qt does not re-evaluate a style sheet's colours by itself.
Contrast: the brand teal on white is 5.4:1 and white on it 5.4:1 (WCAG AA for text); the dark-scheme variants
are checked the same way against the dark window colour of `theme.py` (#2a2c30).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QWidget


@dataclass(frozen=True)
class Colors:
    brand: str
    brand_hover: str
    on_brand: str
    good: str  # within the band
    work_on: str  # outside the band: an amber, never a red (feedback, not a fault)
    neutral: str  # no band
    surface: str  # cards
    border: str
    muted: str  # secondary text
    track: str  # empty part of a gauge


LIGHT = Colors(brand="#0f766e", brand_hover="#115e59", on_brand="#ffffff", good="#1a7f37", work_on="#b45309",
               neutral="#5f6368", surface="#ffffff", border="#d7dadf", muted="#5f6368", track="#e4e7eb")
DARK = Colors(brand="#2bb3a3", brand_hover="#4fd1c1", on_brand="#0b1f1d", good="#5cc977", work_on="#f0a04b",
              neutral="#a2a5ab", surface="#1e1f22", border="#43464d", muted="#a2a5ab", track="#3a3d42")

# Spacing scale (px): every margin and gap is one of these.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 20, 32
RADIUS = 8
# Type scale, in points added to the system font size (the user's font size stays the base).
TYPE = {"display": 9, "title": 5, "heading": 2, "body": 0, "caption": -1}


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colors(widget: QWidget | None = None) -> Colors:
    """The tokens for the scheme `widget` (or the application) is shown in."""
    return DARK if is_dark(widget) else LIGHT


def font(kind: str, base: QFont | None = None, *, bold: bool | None = None) -> QFont:
    """A font of the type scale: "display", "title", "heading", "body" or "caption"."""
    f = QFont(base) if base is not None else QApplication.font()
    size = f.pointSizeF() if f.pointSizeF() > 0 else 10.0
    f.setPointSizeF(max(7.0, size + TYPE[kind]))
    f.setBold(kind in ("display", "title", "heading") if bold is None else bold)
    return f


def set_font(widget: QWidget, kind: str, *, bold: bool | None = None) -> None:
    widget.setFont(font(kind, widget.font(), bold=bold))


_ICONS: dict[tuple[str, str, int], object] = {}


def icon(name: str, color: str | None = None, size: int = 20):
    """A Lucide icon (app/resources/icons/NAME.svg, drawn with `stroke="currentColor"`) in `color` (default: the
    window text colour), as a QIcon. Cached per name, colour and size."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QIcon, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    from app.core.paths import resource

    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    key = (name, color, size)
    if key not in _ICONS:
        svg = resource("icons", f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", color)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        result = QIcon()
        for scale in (1, 2):  # crisp on high-DPI screens too
            pix = QPixmap(size * scale, size * scale)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
            painter.end()
            pix.setDevicePixelRatio(scale)
            result.addPixmap(pix)
        _ICONS[key] = result
    return _ICONS[key]


def with_icon(button, name: str, color: str | None = None):
    """Give `button` a Lucide icon (a primary button's icon takes the colour of its text)."""
    from PySide6.QtCore import QSize

    button.setProperty("iconName", name)
    button.setProperty("iconColor", color or "")
    if color is None and button.property("role") == "primary":
        color = colors(button).on_brand
    button.setIcon(icon(name, color))
    button.setIconSize(QSize(16, 16))
    return button


def nav_icon(name: str):
    """An icon for a navigation entry: text colour, and the brand's "on" colour when selected."""
    from PySide6.QtGui import QIcon

    c = colors()
    result = QIcon()
    for mode, color in ((QIcon.Mode.Normal, c.muted), (QIcon.Mode.Selected, c.on_brand)):
        base = icon(name, color)
        for size in base.availableSizes():
            result.addPixmap(base.pixmap(size), mode)
    return result


def refresh_icons(app: QApplication) -> None:
    """Icons are drawn in the scheme's colours: draw them again after a scheme change."""
    for widget in app.allWidgets():
        name = widget.property("iconName")
        if name and hasattr(widget, "setIcon"):
            with_icon(widget, name, widget.property("iconColor") or None)


def primary(button: QPushButton) -> QPushButton:
    """The one main action of a screen: filled with the brand colour."""
    button.setProperty("role", "primary")
    button.style().unpolish(button)
    button.style().polish(button)
    return button


def status_color(status: str | None, widget: QWidget | None = None) -> str:
    """Colour of a value against its band: good inside, to-work-on outside, neutral without a band."""
    c = colors(widget)
    return {"in": c.good, "high": c.work_on, "low": c.work_on}.get(status or "", c.neutral)


def card(parent: QWidget | None = None, name: str = "card") -> QFrame:
    """A rounded surface for a group of related content (styled by the application sheet)."""
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setProperty("card", True)
    return frame


def style_sheet(c: Colors) -> str:
    """The application style sheet for one scheme."""
    return f"""
QPushButton {{ padding: 5px 14px; border-radius: 6px; border: 1px solid {c.border}; }}
QPushButton:hover {{ border-color: {c.brand}; }}
QPushButton:focus {{ border-color: {c.brand}; }}
QPushButton[role="primary"] {{ background: {c.brand}; color: {c.on_brand}; border: 1px solid {c.brand};
    font-weight: 600; padding: 6px 18px; }}
QPushButton[role="primary"]:hover {{ background: {c.brand_hover}; }}
QPushButton[role="primary"]:disabled {{ background: {c.track}; color: {c.muted}; border-color: {c.track}; }}
QFrame[card="true"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS}px; }}
QFrame[card="true"] QLabel {{ background: transparent; border: none; }}
QLabel[muted="true"] {{ color: {c.muted}; }}
QProgressBar {{ border: none; border-radius: 4px; background: {c.track}; max-height: 8px; text-align: center; }}
QProgressBar::chunk {{ background: {c.brand}; border-radius: 4px; }}
QListWidget#navBar::item:selected {{ background: {c.brand}; color: {c.on_brand}; border-radius: 6px; }}
"""


def apply(app: QApplication) -> None:
    """Install (or refresh after a scheme change) the application style sheet."""
    if isinstance(app, QApplication):
        app.setStyleSheet(style_sheet(colors()))
        refresh_icons(app)


class BandGauge(QWidget):
    """A horizontal bar: the target band shaded, the value as a dot coloured by where it stands."""

    def __init__(self, value: float | None, low: float | None, high: float | None, status: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.low, self.high, self.status = value, low, high, status
        self.setMinimumHeight(14)
        self.setMaximumHeight(14)
        self.setMinimumWidth(60)

    def _span(self) -> tuple[float, float]:
        pts = [p for p in (self.value, self.low, self.high) if p is not None]
        if not pts:
            return 0.0, 1.0
        lo, hi = min(pts + [0.0]), max(pts)
        if self.low is not None and self.high is not None:
            pad = (self.high - self.low) * 0.6
            lo, hi = min(lo, self.low - pad), max(hi, self.high + pad)
        else:
            hi = hi * 1.4 if hi > 0 else 1.0
        lo = max(0.0, lo)
        return lo, hi if hi > lo else lo + 1.0

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QPainter

        c = colors(self)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width() - 8, self.height()
        lo, hi = self._span()

        def x(v: float) -> float:
            return 4 + (min(max(v, lo), hi) - lo) / (hi - lo) * w

        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(c.track))
        p.drawRoundedRect(QRectF(4, h / 2 - 3, w, 6), 3, 3)
        if self.low is not None or self.high is not None:
            band = QColor(c.good)
            band.setAlpha(90)
            p.setBrush(band)
            a = x(self.low if self.low is not None else lo)
            b = x(self.high if self.high is not None else hi)
            p.drawRoundedRect(QRectF(a, h / 2 - 3, max(2.0, b - a), 6), 3, 3)
        if self.value is not None:
            p.setBrush(QColor(status_color(self.status, self)))
            p.setPen(QColor(c.surface))
            cx = x(self.value)
            p.drawEllipse(QRectF(cx - 5, h / 2 - 5, 10, 10))
        p.end()
