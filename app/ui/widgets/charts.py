"""Progress charts with matplotlib's Qt backend.

Why matplotlib and not QtCharts: Qt Charts is deprecated since Qt 6.10 (its successor, Qt Graphs, needs Qt Quick in a
widget app), while matplotlib is actively maintained, already a dependency (mediapipe imports it), draws dates and
reference lines well, and renders the same figure to a PNG for the PDF export without a second implementation.
It is imported lazily so that only the progress screen pays its start-up cost (~1 s cold).
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.analysis.progress_series import Series


def _palette_colors(widget: QWidget) -> dict[str, str]:
    """The chart's colours: the window's neutrals and the design system's brand and "good" colours."""
    from app.ui import style

    pal = widget.palette()
    tokens = style.colors(widget)
    return {
        "bg": pal.color(QPalette.ColorRole.Window).name(),
        "base": tokens.surface,
        "text": pal.color(QPalette.ColorRole.WindowText).name(),
        "muted": tokens.muted,
        "grid": tokens.border,
        "accent": tokens.brand,
        "goal": tokens.good,
    }


class SeriesChart(QWidget):
    """One metric over sessions: the values, the user's baseline (dashed) and the goal (dotted), if any."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self._title = title
        self.figure = Figure(figsize=(4, 2.4), dpi=self.logicalDpiY(), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.canvas)
        self.setMinimumSize(260, 170)
        self.baseline_label = ""
        self.goal_label = ""
        self.empty_text = ""
        self.one_day_text = ""  # shown when every point falls on one day: a trend needs a second day
        self._last: tuple | None = None

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from app.ui.review.style import scheme_changed

        super().changeEvent(event)
        if scheme_changed(event) and self._last is not None:
            self.plot(*self._last)  # the figure's colours come from the palette

    def plot(self, series: Series, goal: float | None = None, unit: str = "") -> None:
        """Draw `series`; an empty series shows `empty_text` in the plot area."""
        import matplotlib.dates as mdates

        self._last = (series, goal, unit)
        c = _palette_colors(self)
        fig = self.figure
        fig.clear()
        fig.set_facecolor(c["bg"])
        ax = fig.add_subplot(111)
        ax.set_facecolor(c["base"])
        for name, spine in ax.spines.items():
            spine.set_color(c["grid"])
            spine.set_visible(name in ("left", "bottom"))
        ax.grid(axis="y", color=c["grid"], linewidth=0.6)
        ax.set_axisbelow(True)
        ax.tick_params(colors=c["text"], labelsize=8)
        ax.set_title(self._title + (f" ({unit})" if unit else ""), color=c["text"], fontsize=10, loc="left")
        if not series.points:
            ax.set_xticks([])
            ax.set_yticks([])
            ax.text(0.5, 0.5, self.empty_text, ha="center", va="center", color=c["muted"], fontsize=9, wrap=True,
                    transform=ax.transAxes)
            self.canvas.draw_idle()
            return
        xs = [d for d, _ in series.points]
        ys = [v for _, v in series.points]
        ax.plot(xs, ys, marker="o", markersize=5, linewidth=2, color=c["accent"])
        if series.baseline is not None:
            ax.axhline(series.baseline, linestyle="--", linewidth=1, color=c["muted"], label=self.baseline_label)
        if goal is not None:
            ax.axhline(goal, linestyle=":", linewidth=1.4, color=c["goal"], label=self.goal_label)
        span = (max(xs) - min(xs)).days
        # AutoDateLocator cannot place ticks on a few days' range (it warns); whole days every n days read better.
        ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, span // 4)) if span <= 40
                                   else mdates.AutoDateLocator(maxticks=5))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))
        if span == 0:
            # One day only: a week around it (limits as dates: matplotlib counts days from 1970, so the ordinal
            # 739000 would be the year 3995 and the point would fall off the chart), and say why there is no line.
            from datetime import timedelta

            ax.set_xlim(xs[0] - timedelta(days=3), xs[0] + timedelta(days=3))
            if self.one_day_text:
                ax.text(0.5, 0.04, self.one_day_text, ha="center", va="bottom", color=c["muted"], fontsize=8,
                        transform=ax.transAxes)
        if ax.get_legend_handles_labels()[0]:
            legend = ax.legend(fontsize=7, loc="best", frameon=False)
            for text in legend.get_texts():
                text.set_color(c["text"])
        self.canvas.draw_idle()

    def lines(self) -> list:
        """The plotted matplotlib lines (tests check values, baseline and goal through them)."""
        return [line for ax in self.figure.axes for line in ax.get_lines()]


def series_png(series: Series, title: str, path: str, goal: float | None = None) -> None:
    """The same chart as a PNG file (for reports), without Qt."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5, 2.6), dpi=120, layout="constrained")
    ax = fig.add_subplot(111)
    ax.set_title(title, fontsize=10, loc="left")
    if series.points:
        ax.plot([d for d, _ in series.points], [v for _, v in series.points], marker="o")
        if series.baseline is not None:
            ax.axhline(series.baseline, linestyle="--", color="grey")
        if goal is not None:
            ax.axhline(goal, linestyle=":", color="#009E73")
    fig.savefig(path)


class PracticeCalendar(QWidget):
    """Weeks of practice as squares (Monday at the top), darker with more answers that day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list = []
        self._cell = 16
        self.setMouseTracking(True)

    def set_weeks(self, weeks) -> None:
        """Rows of (day, answers), as given by `app.analysis.progress_series.calendar_weeks`."""
        self._weeks = [list(w) for w in weeks]
        self.setFixedSize(len(self._weeks) * (self._cell + 3) + 2, 7 * (self._cell + 3) + 2)
        self.update()

    def _cell_at(self, x: float, y: float):
        w, d = int(x // (self._cell + 3)), int(y // (self._cell + 3))
        if 0 <= w < len(self._weeks) and 0 <= d < 7:
            return self._weeks[w][d]
        return None

    def event(self, event):
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QToolTip

        if event.type() == QEvent.Type.ToolTip:
            cell = self._cell_at(event.pos().x(), event.pos().y())
            if cell:
                day, count = cell
                QToolTip.showText(event.globalPos(), self.tr("%1: %2 answer(s)").replace("%1", day.isoformat())
                                  .replace("%2", str(count)), self)
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtGui import QColor, QPainter

        p = QPainter(self)
        pal = self.palette()
        empty = pal.color(QPalette.ColorRole.AlternateBase)
        accent = QColor("#009E73")
        for w, week in enumerate(self._weeks):
            for d, (_day, count) in enumerate(week):
                color = QColor(accent)
                color.setAlpha(0 if count == 0 else min(255, 90 + 55 * count))
                x, y = w * (self._cell + 3) + 1, d * (self._cell + 3) + 1
                p.fillRect(x, y, self._cell, self._cell, empty)
                if count:
                    p.fillRect(x, y, self._cell, self._cell, color)
                p.setPen(pal.color(QPalette.ColorRole.Mid))
                p.drawRect(x, y, self._cell - 1, self._cell - 1)
        p.end()
