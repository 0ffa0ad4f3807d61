"""Feedback where the user is: after Stop the practice screen itself shows the answer's tips and key figures (the
live report), with "Open review", without leaving the session."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from app.services.feedback import feedback_from_report
from app.services.settings import Key
from tests.practice.conftest import FAKE_OK
from tests.practice.test_live_practice import FakeLive

STORY = ("I led a team of four developers, um, and we shipped the release two weeks early. The situation was hard, "
         "you know. My task was to, um, fix it.")


class TippedLive(FakeLive):
    """The fake live analysis of test_live_practice, with an answer whose report has tips (fillers, no number)."""

    def finish(self, media_path=None):
        from app.engine.analyze import analyze_text

        report = analyze_text(STORY, lang="en", question=self.kw["question"], path=str(media_path))
        report["meta"]["live"] = {"frames": self.frames}
        return report


def _window(qtbot, clip, **ctx_kw):
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ctx = AppContext(fake_camera=clip, fake_speed=0, analyzer=FAKE_OK, **ctx_kw)
    ctx.settings.set(Key.PREP_S, 0)
    ctx.settings.set(Key.LIMIT_S, 30)
    win = MainWindow(ctx, recover=False)
    qtbot.addWidget(win)
    win.show()
    return win


def _record(qtbot, win, seconds=1.0):
    win.home.count.setValue(2)
    win.home.calibrate.setChecked(False)
    qtbot.mouseClick(win.home.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.ctl.state == "recording", timeout=5000)
    qtbot.waitUntil(lambda: win.ctx.capture().recording_time() >= seconds, timeout=10000)


def test_stop_shows_tips_on_the_practice_screen_within_3_s(qtbot, test_clip, no_leaked_windows):
    FakeLive.instances.clear()
    win = _window(qtbot, test_clip, live_factory=lambda **kw: TippedLive(**kw))
    panel = win.practice.feedback
    _record(qtbot, win)
    # while recording: the guide with the question's note and the time left
    assert panel.pages.currentWidget() is panel.guide
    assert panel.guide_text.text() and panel.time_left.text() not in ("", "–")
    stopped = time.monotonic()
    qtbot.mouseClick(win.practice.stop_b, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.result, timeout=3000)
    took = time.monotonic() - stopped
    print(f"Stop -> tips on the practice screen (fake live analysis, real report): {took:.2f} s")
    assert took < 3.0
    assert win.stack.currentWidget() is win.practice, "no navigation"
    assert FakeLive.instances and FakeLive.instances[0].frames > 0, "the live analysis made the report"
    # the report's first tip (rendered in the interface language) and the four figures are on screen
    report = win.ctx.store.load_report(panel.current.answer_id)
    expected = feedback_from_report(report, lang="en")
    assert expected.tips and expected.tips[0] in panel.tips.text()
    shown = {panel.figures.itemAt(i).widget().objectName() for i in range(panel.figures.count())}
    assert shown == {"figure_eye_contact", "figure_fillers_per_min", "figure_wpm", "figure_star"}
    assert panel.open_button.isVisible()
    # "Open review" opens this answer's review; Back returns to the session under way
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win._review_page
    assert win._review_page.answer.id == panel.current.answer_id
    assert win.nav.current() == "practice"
    win._review_page.back_button.click()
    assert win.stack.currentWidget() is win.practice and win.ctl.state == "answered"
    win.ctl.finish()
    win.close()
    win.deleteLater()


def test_offline_analysis_shows_its_step_then_the_tips(qtbot, test_clip, no_leaked_windows):
    win = _window(qtbot, test_clip)  # no live analysis: the queue's child reports its steps
    panel = win.practice.feedback
    _record(qtbot, win)
    steps = []
    win.ctx.queue.progress.connect(lambda _a, _f, _m: steps.append(panel.step.text()))
    win.practice._stop()
    assert panel.pages.currentWidget() is panel.progress_page
    assert panel.step.text().endswith("…") and panel.progress_title.text() == "Analysing answer 1"
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.result, timeout=20000)
    assert steps, "progress was shown while analysing"
    # the fake analyzer's report has no tips: the panel says so rather than staying blank
    assert panel.tips.text()
    win.ctl.finish()
    win.close()
    win.deleteLater()


def test_accessibility_hides_eye_contact_figure_and_tips():
    report = {"eye_contact": {"ratio": 0.2}, "fillers": {"per_minute": 2.0}, "pace": {"wpm": 130},
              "star": {"present": {"S": True, "T": True, "A": True, "R": False}},
              "tips": [{"code": "vision_eye_contact_low", "text": "Look at the lens more."},
                       {"code": "vision_lookaways", "text": "You looked away 5 times."},
                       {"code": "fillers_high", "text": "Fewer fillers."}]}
    full = feedback_from_report(report)
    assert [f.id for f in full.figures] == ["eye_contact", "fillers_per_min", "wpm", "star"]
    assert full.figures[-1].value == 3
    assert len(full.tips) == 3 and "camera lens" in full.tips[0]
    acc = feedback_from_report(report, accessibility=True)
    assert [f.id for f in acc.figures] == ["fillers_per_min", "wpm", "star"]
    assert len(acc.tips) == 1 and "fillers" in acc.tips[0]  # the two vision_* eye tips are gone


@pytest.mark.slow
def test_real_live_analysis_puts_tips_on_the_practice_screen(qtbot, no_leaked_windows, model_store):
    """The built-in live analysis (Whisper + MediaPipe) on the synthetic demo answer, played in real time by the fake
    camera: Stop → the practice screen shows the answer's tips. The live report within 3 s is asserted on an idle
    machine; on a busy one the time is printed and the tips must still arrive (live or offline)."""
    import os

    from app.services.demo import demo_clip
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ctx = AppContext(fake_camera=demo_clip(), fake_speed=1.0)
    ctx.settings.set(Key.PREP_S, 0)
    ctx.settings.set(Key.LIMIT_S, 60)
    ctx.settings.set(Key.LIVE_ANALYSIS, True)
    win = MainWindow(ctx, recover=False)
    qtbot.addWidget(win)
    win.show()
    panel = win.practice.feedback
    win.start_practice("en", "", 1, False, question_ids=["leadership-01"])
    qtbot.waitUntil(lambda: win.ctl.state == "recording", timeout=10000)
    qtbot.waitUntil(lambda: ctx.capture().recording_time() >= 12.0, timeout=60000)
    stopped = time.monotonic()
    win.practice._stop()
    # past the live timeout (45 s, a very busy machine) the offline analysis takes over: the tips still come here
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.result, timeout=180000)
    took = time.monotonic() - stopped
    report = ctx.store.load_report(panel.current.answer_id)
    assert panel.tips.text() and win.stack.currentWidget() is win.practice
    load = os.getloadavg()[0]
    print(f"Stop -> tips on the practice screen: {took:.2f} s, live report: {bool(report['meta'].get('streamed'))} "
          f"(load average {load:.1f})")
    if load < 1.5:  # an idle machine: the live report, within the 3-second budget
        assert report["meta"].get("streamed") and took < 3.0
    win.ctl.finish()
    win.close()
    win.deleteLater()
