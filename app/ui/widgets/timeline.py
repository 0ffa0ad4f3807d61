"""The annotated timeline: paints `Mark`s in lanes, shows what a mark is on hover, seeks on click, draws a playhead.

It never reads a report: the marks come from `app.analysis.timeline_marks.build_marks`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.analysis.timeline_marks import Mark
from app.ui.review.style import fmt_time, is_dark, lane_color, muted_text, readable, star_color, tint

#: A mark narrower than this is widened (centred on its start) so that every mark can be hovered and clicked.
MIN_MARK_PX = 7.0


class TimelineWidget(QWidget):
    """Lanes of marks over a time axis. `seekRequested(seconds)` fires on a click (on a mark: its start)."""

    seekRequested = Signal(float)
    markActivated = Signal(object)
    firstPainted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._marks: list[Mark] = []
        self._lanes: list[str] = []
        self._lane_titles: dict[str, str] = {}
        self._lane_status: dict[str, str] = {}
        self._duration = 0.0
        self._position = 0.0
        self._hover: int | None = None
        self._rects: list[QRectF] = []
        self._rect_width = -1
        self._describe: Callable[[Mark], str] = lambda m: f"{m.kind} {m.label}".strip()
        #: How many times the widget was painted (tests and the open-time measurement wait for the first paint).
        self.paint_count = 0
        #: False for a static picture (the PDF): no playhead.
        self.show_playhead = True
        self.setAccessibleName(self.tr("Annotated timeline"))

    # ----- data -----------------------------------------------------------------------------------------------------
    def set_lanes(self, lanes: Sequence[str], titles: dict[str, str], status: dict[str, str] | None = None) -> None:
        """Lane ids in order, their visible titles, and an optional note per lane (e.g. "not analysed")."""
        self._lanes = list(lanes)
        self._lane_titles = dict(titles)
        self._lane_status = dict(status or {})
        self._invalidate()
        self.updateGeometry()

    def set_marks(self, marks: Sequence[Mark], duration: float | None) -> None:
        """Only timed marks on a known lane are painted."""
        self._marks = [m for m in marks if m.timed and m.lane in self._lanes]
        self._duration = float(duration or 0.0)
        self._hover = None
        self._invalidate()

    def set_describer(self, describe: Callable[[Mark], str]) -> None:
        """How a mark is described in its tooltip (the screen gives translated text)."""
        self._describe = describe

    def set_position(self, seconds: float) -> None:
        """Move the playhead."""
        if abs(seconds - self._position) < 1e-3:
            return
        self._position = seconds
        self.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def position(self) -> float:
        return self._position

    # ----- geometry -------------------------------------------------------------------------------------------------
    def _row_h(self) -> int:
        return max(20, QFontMetrics(self.font()).height() + 6)

    def _gutter(self) -> int:
        fm = QFontMetrics(self.font())
        widths = [fm.horizontalAdvance(self._lane_titles.get(lane, lane)) for lane in self._lanes] or [60]
        return max(widths) + 20

    def _axis_h(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, self._row_h() * max(1, len(self._lanes)) + self._axis_h() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._gutter() + 120, self.sizeHint().height())

    def _track(self) -> QRectF:
        g = self._gutter()
        return QRectF(g, 2, max(10, self.width() - g - 10), self._row_h() * len(self._lanes))

    def _x(self, seconds: float) -> float:
        track = self._track()
        return track.left() + track.width() * (seconds / self._duration if self._duration > 0 else 0.0)

    def _time_at(self, x: float) -> float:
        track = self._track()
        frac = (x - track.left()) / track.width() if track.width() else 0.0
        return max(0.0, min(1.0, frac)) * self._duration

    def _invalidate(self) -> None:
        self._rect_width = -1
        self.update()

    def mark_rects(self) -> list[QRectF]:
        """The clickable rectangle of every painted mark (same order as `marks()`)."""
        if self._rect_width != self.width():
            row_h = self._row_h()
            track = self._track()
            rects = []
            for m in self._marks:
                row = self._lanes.index(m.lane)
                x0, x1 = self._x(m.start), self._x(m.end if m.end is not None else m.start)
                if x1 - x0 < MIN_MARK_PX:
                    x0 = min(max(track.left(), x0 - MIN_MARK_PX / 2), track.right() - MIN_MARK_PX)
                    x1 = x0 + MIN_MARK_PX
                rects.append(QRectF(x0, track.top() + row * row_h + 3, x1 - x0, row_h - 6))
            self._rects = rects
            self._rect_width = self.width()
        return self._rects

    def mark_at(self, pos: QPointF) -> int | None:
        """Index of the mark under `pos`; the narrowest wins when marks overlap (a word inside a STAR span)."""
        hits = [i for i, r in enumerate(self.mark_rects()) if r.contains(pos)]
        return min(hits, key=lambda i: self._rects[i].width()) if hits else None

    # ----- events ---------------------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._invalidate()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._invalidate()
            self.updateGeometry()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.mark_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                m = self._marks[index]
                QToolTip.showText(event.globalPos(), f"{self._describe(m)}\n{fmt_time(m.start)}", self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        index = self.mark_at(event.position())
        if index != self._hover:
            self._hover = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index is not None else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or self._duration <= 0:
            return super().mousePressEvent(event)
        index = self.mark_at(event.position())
        if index is not None:
            mark = self._marks[index]
            self.markActivated.emit(mark)
            self.seekRequested.emit(float(mark.start))
        elif self._track().adjusted(0, 0, 0, self._axis_h()).contains(event.position()):
            self.seekRequested.emit(self._time_at(event.position().x()))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Ctrl+Left/Right jump to the previous/next mark: the timeline is usable without a mouse.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Left,
                                                                                          Qt.Key.Key_Right):
            self.jump(1 if event.key() == Qt.Key.Key_Right else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def jump(self, direction: int) -> float | None:
        """Seek to the next (1) or previous (-1) mark start from the playhead; returns the target."""
        starts = sorted({m.start for m in self._marks})
        if not starts:
            return None
        if direction > 0:
            i = bisect.bisect_right(starts, self._position + 0.05)
            target = starts[min(i, len(starts) - 1)]
        else:
            i = bisect.bisect_left(starts, self._position - 0.05) - 1
            target = starts[max(i, 0)]
        self.seekRequested.emit(float(target))
        return float(target)

    # ----- painting -------------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        self.paint_count += 1
        if self.paint_count == 1:
            self.firstPainted.emit()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        dark = is_dark(self)
        row_h = self._row_h()
        track = self._track()
        fm = QFontMetrics(self.font())
        base = pal.color(QPalette.ColorRole.Base)
        alt = pal.color(QPalette.ColorRole.AlternateBase)
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = muted_text(self)
        for row, lane in enumerate(self._lanes):
            y = track.top() + row * row_h
            p.fillRect(QRectF(track.left(), y, track.width(), row_h), alt if row % 2 else base)
            status = self._lane_status.get(lane)
            p.setPen(muted if status else text)
            title = self._lane_titles.get(lane, lane)
            p.drawText(QRectF(4, y, self._gutter() - 10, row_h), Qt.AlignmentFlag.AlignVCenter, title)
            if status:
                p.setPen(muted)
                p.drawText(QRectF(track.left() + 8, y, track.width() - 16, row_h),
                           Qt.AlignmentFlag.AlignVCenter, status)
        rects = self.mark_rects()
        for i, (m, r) in enumerate(zip(self._marks, rects, strict=True)):
            color = star_color(m.label) if m.lane == "star" else lane_color(m.lane)
            if m.lane == "star":
                fill = tint(color, dark, 110)
            elif m.kind == "glance":
                # Translucent, so that a glance reads lighter than a full look-away; on a dark lane the hue is
                # lightened first, or the glance would look darker than the solid mark.
                fill = tint(readable(color, dark), dark, 90)
            else:
                fill = QColor(color)
            if i == self._hover:
                fill = fill.lighter(125) if dark else fill.darker(115)
            # A darker outline vanishes on a dark lane: there it is drawn lighter.
            p.setPen(QPen(readable(color, dark) if dark else color.darker(130), 1))
            p.setBrush(fill)
            p.drawRoundedRect(r, 3, 3)
            if m.lane == "star" and r.width() > fm.horizontalAdvance("W") + 6:
                p.setPen(text)
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, m.label)
        # Time axis
        p.setPen(muted)
        axis_y = track.bottom() + 2
        if self._duration > 0:
            step = _tick_step(self._duration, track.width(), fm.horizontalAdvance("00:00") + 24)
            t = 0.0
            while t <= self._duration + 1e-6:
                x = self._x(t)
                p.drawLine(QPointF(x, track.bottom()), QPointF(x, track.bottom() + 4))
                label = fmt_time(t)
                w = fm.horizontalAdvance(label)
                lx = min(max(x - w / 2, track.left() - w / 2), self.width() - w - 2)
                p.drawText(QPointF(lx, axis_y + fm.ascent() + 3), label)
                t += step
            if not self.show_playhead:
                p.end()
                return
            x = self._x(min(self._position, self._duration))
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.drawLine(QPointF(x, track.top()), QPointF(x, track.bottom() + 4))
        p.end()


def _tick_step(duration: float, width: float, min_px: float) -> float:
    """The smallest 'nice' tick step whose labels do not overlap."""
    for step in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600):
        if width * step / duration >= min_px:
            return float(step)
    return duration
