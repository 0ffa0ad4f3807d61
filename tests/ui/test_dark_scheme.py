"""Dark system scheme: every page of the main window is drawn dark with light text, the palette follows a switch at
run time (style sheets, charts, transcript highlights included), and light comes back as before."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from app.storage.store import Store
from app.ui import theme
from tests.review.reports import report

SECTIONS = ("practice", "sessions", "compare", "progress", "journal", "written")


def _luma(image: QImage) -> np.ndarray:
    """The grabbed pixels as a 2-D array of grey levels 0–255."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = np.frombuffer(grey.constBits(), dtype=np.uint8, count=grey.sizeInBytes())
    return raw.reshape(grey.height(), grey.bytesPerLine())[:, : grey.width()].copy()


def _contrast(a, b) -> float:
    """WCAG contrast ratio of two QColors."""
    def lum(c) -> float:
        ch = [x / 255 for x in (c.red(), c.green(), c.blue())]
        ch = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def scheme(qapp, monkeypatch):
    """Switch the application's scheme like the system would; light again (Qt's default) afterwards."""
    monkeypatch.setenv(theme.ENV, "light")

    def switch(name: str) -> None:
        theme.force_scheme(qapp, name)
        qapp.processEvents()

    yield switch
    theme.force_scheme(qapp, "light")
    qapp.processEvents()


@pytest.fixture
def make_window(qtbot, tmp_path):
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    windows = []

    def make(with_answer: bool = False):
        store = Store(tmp_path / f"data{len(windows)}")
        if with_answer:
            s = store.create_session("en")
            a = store.add_answer(s.id, question="Tell me about a process you improved.", question_id="q-1")
            store.save_report(a.id, report("answer_short"))
        ctx = AppContext(store=store, fake_camera=None)
        ctx.capture = lambda: None
        ctx.camera_problem = "no camera in tests"
        win = MainWindow(ctx, recover=False)
        qtbot.addWidget(win)
        win.resize(1280, 720)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()
        win.deleteLater()


def test_palette_installed_only_when_the_theme_gives_light_colours_for_dark(qapp, scheme):
    scheme("dark")
    pal = qapp.palette()
    assert pal.color(QPalette.ColorRole.Window).lightness() < 70
    assert _contrast(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)) > 10
    assert _contrast(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)) > 10
    assert _contrast(pal.color(QPalette.ColorRole.PlaceholderText), pal.color(QPalette.ColorRole.Base)) > 4.5
    before = qapp.palette()
    theme.apply_scheme(qapp, theme.Qt.ColorScheme.Dark)  # already dark: nothing replaced
    assert qapp.palette() == before
    scheme("light")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_every_page_is_dark_with_light_text_under_a_dark_scheme(make_window, scheme, qtbot):
    scheme("dark")
    win = make_window()
    for section in SECTIONS:
        win.navigate(section)
        page = win.stack.currentWidget()
        # Compare, Progress and Journal build their content after the first paint.
        qtbot.waitUntil(lambda p=page: p.isVisible() and getattr(p, "screen", True) is not None, timeout=5000)
        QApplication.processEvents()
        assert page.palette().color(QPalette.ColorRole.Window).lightness() < 70, section
        assert page.palette().color(QPalette.ColorRole.WindowText).lightness() > 200, section
        pixels = _luma(page.grab().toImage())
        # Mostly dark background, and some light pixels: the text (titles, empty states) drawn on it.
        assert np.median(pixels) < 70, section
        assert (pixels > 170).mean() > 0.002, section
    nav = _luma(win.nav.grab().toImage())
    assert np.median(nav) < 80  # the bar's style sheet takes its colours from the palette
    assert (nav > 170).mean() > 0.005  # its labels


def test_the_window_follows_a_switch_of_the_system_scheme_at_run_time(make_window, scheme, qtbot):
    win = make_window(with_answer=True)
    win.navigate("progress")
    progress = win.page("progress")
    qtbot.waitUntil(lambda: progress.screen is not None, timeout=5000)
    light_page = np.median(_luma(progress.grab().toImage()))
    assert light_page > 180
    from app.ui.widgets.charts import SeriesChart

    chart = progress.findChildren(SeriesChart)[0]
    light_face = chart.figure.get_facecolor()
    assert min(light_face[:3]) > 0.7

    scheme("dark")
    QApplication.processEvents()
    assert np.median(_luma(progress.grab().toImage())) < 70
    assert max(chart.figure.get_facecolor()[:3]) < 0.3  # re-plotted in the new colours
    assert np.median(_luma(win.nav.grab().toImage())) < 80

    scheme("light")
    assert np.median(_luma(progress.grab().toImage())) == pytest.approx(light_page, abs=3)
    assert chart.figure.get_facecolor() == pytest.approx(light_face)


def test_review_highlights_stay_readable_on_a_dark_transcript(make_window, scheme, qtbot):
    from app.ui.review.style import lane_color

    scheme("dark")
    win = make_window(with_answer=True)
    answer = win.ctx.store.list_sessions()[0].answers[0]
    win.open_review(answer.session_id, answer.index)
    screen = win._review_page.screen
    base = screen.transcript.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 70
    filler = next(f for f in screen.report["fillers"]["events"] if f.get("char_start") is not None)
    cursor = QTextCursor(screen.transcript.document())
    cursor.setPosition(filler["char_start"] + 1)  # the format of the character before the cursor
    color = cursor.charFormat().foreground().color()
    assert color.name() != lane_color("fillers").darker(130).name()  # not the light-theme shade
    assert _contrast(color, base) > 4.5
    legend = screen.legend.text()
    assert lane_color("negatives").name() not in legend  # lightened for the dark background


def test_follow_system_applies_the_forced_scheme_and_reacts_to_the_system_signal(qapp, scheme, monkeypatch):
    monkeypatch.setenv(theme.ENV, "dark")
    theme.follow_system(qapp)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 70
    monkeypatch.setenv(theme.ENV, "light")
    # What the platform theme emits when the user switches the desktop's scheme.
    qapp.styleHints().colorSchemeChanged.emit(theme.Qt.ColorScheme.Light)
    qapp.processEvents()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_an_open_review_recolours_when_the_scheme_switches(make_window, scheme, qtbot):
    from app.ui.review.style import lane_color

    win = make_window(with_answer=True)
    answer = win.ctx.store.list_sessions()[0].answers[0]
    win.open_review(answer.session_id, answer.index)
    screen = win._review_page.screen
    filler = next(f for f in screen.report["fillers"]["events"] if f.get("char_start") is not None)

    def filler_color():
        cursor = QTextCursor(screen.transcript.document())
        cursor.setPosition(filler["char_start"] + 1)
        return cursor.charFormat().foreground().color()

    light_legend = screen.legend.text()
    assert filler_color().name() == lane_color("fillers").darker(130).name()
    scheme("dark")
    base = screen.transcript.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 70
    assert _contrast(filler_color(), base) > 4.5
    assert screen.legend.text() != light_legend
    timeline = _luma(screen.timeline.grab().toImage())
    assert np.median(timeline) < 70
    scheme("light")
    assert filler_color().name() == lane_color("fillers").darker(130).name()
    assert screen.legend.text() == light_legend


def test_the_pdf_timeline_stays_light_under_a_dark_scheme(qapp, scheme):
    from app.ui.review.pdf_export import timeline_image

    light = _luma(timeline_image(report("answer_short")))
    scheme("dark")
    dark = _luma(timeline_image(report("answer_short")))
    assert np.median(light) > 200
    assert np.median(dark) == pytest.approx(np.median(light), abs=3)  # printed on white paper either way


def test_an_unchecked_box_has_a_visible_outline_under_a_dark_scheme(qapp, scheme, qtbot):
    """WCAG 2.1 SC 1.4.11: the frame that identifies a control needs 3:1 against what surrounds it."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    theme._install_indicator_outline(qapp)
    scheme("dark")
    box = QCheckBox("Accessibility mode")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    box.show()
    qtbot.waitExposed(box)
    opt = QStyleOptionButton()
    box.initStyleOption(opt)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
    image = box.grab().toImage()
    ratio = image.width() / box.width()  # device pixels
    window = qapp.palette().color(QPalette.ColorRole.Window)
    y = int((rect.center().y()) * ratio)
    edge = [QColor(image.pixel(int(x * ratio), y)) for x in range(rect.left(), rect.left() + 3)]
    assert max(_contrast(c, window) for c in edge) >= 3.0, [c.name() for c in edge]
