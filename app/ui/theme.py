"""Follow the system's light or dark colour scheme.

On desktops whose Qt platform theme supplies a palette (Windows, macOS, GNOME through the gtk3 theme, KDE) a dark
system scheme already gives a dark palette and nothing is done here. Where the theme reports the scheme but not the
colours (e.g. the xdg-desktop-portal theme), Qt keeps its light default palette; then a calm dark palette is installed
for the whole application. A session without any platform theme (bare X11, Xvfb, offscreen) reports no scheme at all
(`Qt.ColorScheme.Unknown`, measured with PySide6 6.12, where `QStyleHints.setColorScheme` is ignored too): it stays
light unless the environment says otherwise. Switching the system scheme while the app runs is followed through
`QStyleHints.colorSchemeChanged`; widgets that paint themselves redraw on the resulting palette change.

`REBOND_COLOR_SCHEME=dark|light` overrides the system (for screenshots, and for a desktop that reports nothing).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette

ENV = "REBOND_COLOR_SCHEME"
_INSTALLED = "rebondDarkPalette"  # application property: our dark palette is the one in use

# Neutral greys with a slightly cool tint; text contrast against Window is about 12:1, muted text about 5:1.
_DARK_ACTIVE: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#2a2c30",
    QPalette.ColorRole.WindowText: "#e6e7e9",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#33363b",
    QPalette.ColorRole.ToolTipBase: "#3a3d42",
    QPalette.ColorRole.ToolTipText: "#e6e7e9",
    QPalette.ColorRole.PlaceholderText: "#a2a5ab",
    QPalette.ColorRole.Text: "#e6e7e9",
    QPalette.ColorRole.Button: "#363940",
    QPalette.ColorRole.ButtonText: "#e6e7e9",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Light: "#50545b",
    QPalette.ColorRole.Midlight: "#3f4248",
    QPalette.ColorRole.Mid: "#4b4f56",
    QPalette.ColorRole.Dark: "#18191b",
    QPalette.ColorRole.Shadow: "#0b0c0d",
    QPalette.ColorRole.Highlight: "#3d78b5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Accent: "#3d78b5",
    QPalette.ColorRole.Link: "#82b4ff",
    QPalette.ColorRole.LinkVisited: "#c7a4ff",
}
_DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.WindowText: "#7c8088",
    QPalette.ColorRole.Text: "#7c8088",
    QPalette.ColorRole.ButtonText: "#7c8088",
    QPalette.ColorRole.Highlight: "#4a4e55",
    QPalette.ColorRole.Button: "#2f3136",
}


def dark_palette() -> QPalette:
    """The palette used when the system asks for dark but the platform theme gives no dark colours."""
    pal = QPalette()
    for role, color in _DARK_ACTIVE.items():
        pal.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return pal


def paper_palette() -> QPalette:
    """Light colours for what is printed (the PDF's timeline), whatever the screen's scheme: Qt derives black text on
    white from a light window colour."""
    return QPalette(QColor("#efefef"), QColor("#efefef"))


def _palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def requested_scheme(app: QGuiApplication) -> Qt.ColorScheme:
    """The scheme to show: the override in the environment, else what the system reports."""
    forced = os.environ.get(ENV, "").strip().lower()
    if forced == "dark":
        return Qt.ColorScheme.Dark
    if forced == "light":
        return Qt.ColorScheme.Light
    return app.styleHints().colorScheme()


def apply_scheme(app: QGuiApplication, scheme: Qt.ColorScheme) -> None:
    """Make the application palette match `scheme` (Unknown counts as light, Qt's default)."""
    ours = bool(app.property(_INSTALLED))
    if scheme == Qt.ColorScheme.Dark:
        if not _palette_is_dark(app.palette()):
            app.setPalette(dark_palette())
            app.setProperty(_INSTALLED, True)
    elif ours:
        # An empty palette resets the application palette to the platform theme's (light) one.
        app.setPalette(QPalette())
        app.setProperty(_INSTALLED, False)
        if _palette_is_dark(app.palette()):  # the theme itself is still dark: ask it for light colours
            app.styleHints().setColorScheme(Qt.ColorScheme.Light)


def refresh_style_sheets(app: QGuiApplication) -> None:
    """Apply again the style sheets that use palette(...) colours: Qt reads those when a style sheet is set, and a
    widget styled that way keeps its old colours after the palette changes. The design system's application sheet
    is made again for the new scheme."""
    from PySide6.QtWidgets import QApplication

    if not isinstance(app, QApplication):
        return
    from app.ui import style

    if app.styleSheet():
        style.apply(app)
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def _on_system_change(app: QGuiApplication) -> None:
    apply_scheme(app, requested_scheme(app))
    # The platform theme may deliver its own new palette just after the signal: refresh once everything settled.
    QTimer.singleShot(0, app, lambda: refresh_style_sheets(app))


def force_scheme(app: QGuiApplication, name: str) -> None:
    """Show `name` ("dark" or "light") whatever the system says, as a desktop switching its scheme would: the
    request goes to the platform theme first (which honours it on Windows, macOS and GTK desktops), then the palette
    is completed here where the theme cannot."""
    os.environ[ENV] = name
    scheme = Qt.ColorScheme.Dark if name == "dark" else Qt.ColorScheme.Light
    app.styleHints().setColorScheme(scheme)
    apply_scheme(app, scheme)
    refresh_style_sheets(app)


# Outline of check boxes and radio buttons on a dark palette. Fusion draws their frame with the window colour made
# darker, which on a dark window is nearly invisible (unchecked boxes could not be seen in the dark screenshots).
# WCAG 2.1 success criterion 1.4.11 (non-text contrast) asks 3:1 for the parts that identify a control; this grey
# gives about 4.3:1 on the dark window colour above.
INDICATOR_OUTLINE_DARK = "#8a8f98"
_style = None


def _install_indicator_outline(app: QGuiApplication) -> None:
    """Wrap the application's style once so that check boxes and radio buttons get a visible outline when dark."""
    global _style
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPen
    from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

    if _style is not None or not isinstance(app, QApplication):
        return

    class IndicatorOutlineStyle(QProxyStyle):
        def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 (Qt name)
            super().drawPrimitive(element, option, painter, widget)
            kinds = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
            if element not in kinds or not _palette_is_dark(option.palette):
                return
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(INDICATOR_OUTLINE_DARK), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            if element == kinds[0]:
                painter.drawRoundedRect(rect, 2.0, 2.0)
            else:
                painter.drawEllipse(rect)
            painter.restore()

    _style = IndicatorOutlineStyle()
    app.setStyle(_style)


def follow_system(app: QGuiApplication) -> None:
    """Apply the current scheme now and again whenever the system changes it (or the one forced in the environment)."""
    _install_indicator_outline(app)
    forced = os.environ.get(ENV, "").strip().lower()
    if forced in ("dark", "light"):
        force_scheme(app, forced)
    else:
        apply_scheme(app, requested_scheme(app))
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _on_system_change(app))
