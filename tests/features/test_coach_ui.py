"""The Coach section in the main window (EN and FR): plan, job ad, two attempts, one-way; the plan line on Progress;
the live-cue setting; the one-way rules on the practice screen."""

from __future__ import annotations

import pytest

from tests.features.seed import TODAY


@pytest.fixture
def window(qtbot, seeded, monkeypatch):
    import app.services.coaching as c
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    class _Date(c.date):
        @classmethod
        def today(cls):
            return TODAY

    monkeypatch.setattr(c, "date", _Date)
    store, refs = seeded
    ctx = AppContext(store=store, fake_camera=None)
    ctx.capture = lambda: None
    ctx.camera_problem = "no camera in tests"
    win = MainWindow(ctx, recover=False)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win, refs
    win.close()
    win.deleteLater()


@pytest.fixture
def french(qapp):
    from app.ui import i18n

    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


def test_coach_is_in_the_navigation_and_shows_the_plan(window, qtbot):
    win, _ = window
    from app.ui.nav import SECTIONS

    assert "coach" in SECTIONS
    win.navigate("coach")
    page = win.stack.currentWidget()
    assert type(page).__name__ == "CoachPage"
    qtbot.waitUntil(lambda: len(page.plan.cards) >= 2, timeout=10000)
    first = page.plan.cards[0]
    assert first.item["id"] == "drill:fillers_per_min" and "fillers" in first.text.text().lower()
    # accept from the card: stored, the card redrawn with the new state
    first.action.emit("drill:fillers_per_min", "accepted")
    qtbot.waitUntil(lambda: page.plan.plan and page.plan.plan["items"][0]["state"] == "accepted", timeout=10000)
    from app.storage.plans import item_states

    assert item_states(win.ctx.store, page.plan.plan["week"])["drill:fillers_per_min"].state == "accepted"


def test_jobad_attempts_and_one_way_tabs(window, qtbot):
    win, refs = window
    win.navigate("coach")
    page = win.stack.currentWidget()
    tab = page.show_tab("jobad")
    tab.text.setPlainText("We need a team lead who stays calm under pressure and meets tight deadlines.")
    tab.analyse()
    qtbot.waitUntil(lambda: tab.doc is not None, timeout=10000)
    assert tab.matrix.rowCount() == len(tab.doc["matrix"]) >= 3
    statuses = {tab.matrix.item(r, 0).text(): tab.matrix.item(r, 3).text() for r in range(tab.matrix.rowCount())}
    assert statuses["Leadership"].startswith("✗") and statuses["Working under pressure"].startswith("✓")
    assert tab.practise.isEnabled()
    attempts = page.show_tab("attempts")
    qtbot.waitUntil(lambda: attempts.doc is not None, timeout=10000)
    html = attempts.view.toHtml()
    assert "Situation" in html and "forgotten" in html and "said at" in html
    # side by side, synchronised by STAR part: "Result" brings each attempt to its own Result
    assert [b.text() for b in attempts.player.jumps] == ["Situation", "Task", "Action", "Result"]
    attempts.player.jumps[3].click()
    r = attempts.doc["transcript"]["pieces"][3]
    assert attempts.player.positions() == [r["a_start"], r["b_start"]] and r["a_start"] != r["b_start"]
    attempts.align.setCurrentIndex(1)  # by answer time: both to the same moment
    qtbot.waitUntil(lambda: attempts.doc["transcript"]["align"] == "time", timeout=10000)
    assert [b.text() for b in attempts.player.jumps][:2] == ["0-15 s", "15-30 s"]
    attempts.player.jumps[1].click()
    assert attempts.player.positions() == [15.0, 15.0]
    one_way = page.show_tab("one_way")
    qtbot.waitUntil(lambda: one_way.status.text() != "Loading…", timeout=10000)
    assert one_way.reading.value() == 30 and one_way.answer.value() == 90


def test_coach_in_french(window, qtbot, french):
    win, _ = window
    from app.ui.coach.coach_page import CoachPage

    page = CoachPage(win.ctx, win)
    assert [page.tabs.tabText(i) for i in range(4)] == ["Plan de la semaine", "Offre d'emploi et histoires",
                                                        "Deux essais, mot à mot", "Entretien vidéo différé"]
    page.refresh()
    qtbot.waitUntil(lambda: len(page.plan.cards) >= 2, timeout=10000)
    assert "Moins de mots de remplissage" in page.plan.cards[0].text.text()
    assert page.plan.week.itemText(0) == "Semaine prochaine"
    page.deleteLater()


def test_progress_shows_this_weeks_plan_line(window, qtbot):
    win, _ = window
    win.navigate("progress")
    page = win.stack.currentWidget()
    qtbot.waitUntil(lambda: page.screen is not None, timeout=10000)
    from app.ui.coach.progress_line import PlanProgressLine

    line = page.screen.findChild(PlanProgressLine)
    qtbot.waitUntil(lambda: "This week's plan" in line.text(), timeout=10000)
    assert "next monthly review 2026-12-07" in line.text()


def test_settings_has_the_cue_switch_off_by_default(window, qtbot):
    win, _ = window
    from app.services.settings import Key
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(win.ctx, win)
    assert dialog.cues.isChecked() is False
    dialog.cues.setChecked(True)
    dialog.accept()
    assert win.ctx.settings.get(Key.LIVE_CUES) is True
    dialog.deleteLater()


def test_one_way_hides_second_take_buttons_and_toast_text(window, qtbot):
    from PySide6.QtCore import QObject, Signal

    from app.ui.coach.practice_extras import CueToast, attach_extras

    win, _ = window

    class Ctl(QObject):
        refused, countdown, stateChanged, finished = Signal(str), Signal(int), Signal(str), Signal(str)
        one_way, live_enabled, timelines = True, False, []

    ctl = Ctl(win)
    attach_extras(win, ctl)
    assert win.practice.rerecord_b.isHidden() and win.practice.skip_b.isHidden()
    ctl.countdown.emit(12)
    assert "12" in win.practice.phase.text()
    ctl.one_way = False
    attach_extras(win, ctl)
    assert not win.practice.rerecord_b.isHidden()
    toast = CueToast(win.practice.preview)
    toast.show_cue("fillers")
    assert not toast.isHidden() and "fillers" in toast.text().lower()
