"""The whole practice flow in the real main window, driven by qtbot with the fast fake camera."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt

from app.media.remux import media_info
from app.services.settings import Key, Settings
from app.storage.store import Store
from tests.practice.conftest import FAKE_OK

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, clip, **kw):
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ctx = AppContext(fake_camera=clip, fake_speed=0, analyzer=FAKE_OK)
    ctx.settings.set(Key.PREP_S, 0)
    ctx.settings.set(Key.LIMIT_S, 30)
    win = MainWindow(ctx, **kw)
    qtbot.addWidget(win)
    win.show()
    return win


def _close(win):
    win.close()
    win.deleteLater()


def _kill_headless_mid_answer(clip: Path, data_dir: Path) -> float:
    """Run `rebond practice --headless` (wall clock) in a child, kill -9 it ~2.5 s into the answer."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), REBOND_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "practice", "--headless", "--fake-camera", str(clip),
                             "--answer-seconds", "60", "--no-analyze"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:  # "[1/1] recording ..." is printed when the recorder starts
        if "recording" in line:
            break
    started = time.monotonic()
    time.sleep(2.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return time.monotonic() - started


def test_practice_two_answers_then_crash_and_recovery(qtbot, test_clip, no_leaked_windows):
    win = _window(qtbot, test_clip)
    ctx = win.ctx
    win.home.count.setValue(2)
    win.home.calibrate.setChecked(False)
    qtbot.mouseClick(win.home.start_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.practice
    qtbot.waitUntil(lambda: win.ctl.state == "recording", timeout=5000)
    qtbot.waitUntil(lambda: ctx.capture().recording_time() >= 1.0, timeout=10000)
    qtbot.mouseClick(win.practice.stop_b, Qt.MouseButton.LeftButton)  # Stop
    assert win.ctl.state == "answered"
    qtbot.mouseClick(win.practice.next_b, Qt.MouseButton.LeftButton)  # Next
    qtbot.waitUntil(lambda: win.ctl.state == "recording", timeout=5000)
    qtbot.waitUntil(lambda: ctx.capture().recording_time() >= 1.5, timeout=10000)
    win.ctl.stop()
    win.ctl.next()
    assert win.stack.currentWidget() is win.summary
    session_id = win.ctl.session_id
    qtbot.waitUntil(lambda: all(a.status == "done" for a in ctx.store.get_session(session_id).answers)
                    and len(ctx.store.get_session(session_id).answers) == 2, timeout=30000)
    session = ctx.store.get_session(session_id)
    assert session.ended_at is not None
    for a in session.answers:
        info = media_info(a.media)
        assert info["error"] is None and info["frames"] >= 30, info
        assert abs(info["video_end_s"] - a.duration_s) < 0.05
        assert a.report.exists() and a.metrics["pace_wpm"] == 141.0
    assert win.summary.table.rowCount() == 2
    _close(win)

    # a third answer, in another process, killed mid-recording
    data_dir = ctx.store.root
    _kill_headless_mid_answer(test_clip, data_dir)
    raw = Store(data_dir)
    stuck = [a for s in raw.list_sessions() for a in s.answers if a.status == "recording"]
    raw.close()
    assert len(stuck) == 1

    # next start: recovery marks it interrupted and keeps a playable recording
    win2 = _window(qtbot, test_clip)
    store = win2.ctx.store
    # recovery runs in the background: rows are marked first, then the partial file is repaired (duration known)
    qtbot.waitUntil(lambda: store.get_answer(stuck[0].id).status == "interrupted"
                    and store.get_answer(stuck[0].id).duration_s is not None, timeout=10000)
    killed = store.get_answer(stuck[0].id)
    info = media_info(killed.media)
    assert info["error"] is None and info["frames"] > 0
    assert killed.duration_s and killed.duration_s >= 0.5
    sessions = store.list_sessions()
    assert sorted(len(s.answers) for s in sessions) == [1, 2]
    assert all(a.status == "done" for a in store.get_session(session_id).answers)
    win2.show_sessions()
    assert win2.sessions.list.count() == 2
    _close(win2)


def test_keyboard_skip_and_rerecord(qtbot, test_clip, no_leaked_windows):
    win = _window(qtbot, test_clip)
    win.activateWindow()
    win.home.count.setValue(2)
    win.home.start_button.click()
    qtbot.waitUntil(lambda: win.ctl.state == "recording", timeout=5000)
    first = win.ctl.answer_id
    win.ctl.rerecord()
    qtbot.waitUntil(lambda: win.ctl.state == "recording" and win.ctl.answer_id == first, timeout=5000)
    win.ctl.skip()  # skipping while recording deletes that answer
    qtbot.waitUntil(lambda: win.ctl.state == "recording" and win.ctl.index == 1, timeout=5000)
    second = win.ctl.answer_id
    win.ctl.stop()
    win.ctl.rerecord()  # right after Stop, while the file may still be finishing
    qtbot.waitUntil(lambda: win.ctl.state == "recording" and win.ctl.answer_id == second, timeout=5000)
    qtbot.waitUntil(lambda: win.ctx.capture().recording_time() >= 1.0, timeout=10000)
    win.ctl.finish()
    session_id = win.ctl.session_id
    qtbot.waitUntil(lambda: [a.status for a in win.ctx.store.get_session(session_id).answers] == ["done"],
                    timeout=20000)
    (answer,) = win.ctx.store.get_session(session_id).answers
    assert answer.id == second and media_info(answer.media)["frames"] >= 30
    assert win.stack.currentWidget() is win.summary
    _close(win)


def test_settings_are_isolated_per_test_one():
    s = Settings()
    assert s.get(Key.PREP_S) == 10  # the default: nothing leaked from other tests
    s.set(Key.PREP_S, 3)
    assert Settings().get(Key.PREP_S) == 3


def test_settings_are_isolated_per_test_two():
    assert Settings().get(Key.PREP_S) == 10


def test_calibration_clip_is_recorded_and_passed_to_the_analysis(qtbot, test_clip, no_leaked_windows):
    import json

    win = _window(qtbot, test_clip)
    win.home.count.setValue(1)
    win.home.calibrate.setChecked(True)
    win.home.start_button.click()
    assert win.ctl.state == "calibrating"
    qtbot.waitUntil(lambda: win.ctl.state == "recording", timeout=10000)
    calibration = win.ctl.calibration_path
    qtbot.waitUntil(lambda: win.ctx.capture().recording_time() >= 0.5, timeout=10000)
    win.ctl.next()
    session_id = win.ctl.session_id
    qtbot.waitUntil(lambda: win.ctx.store.get_session(session_id).answers[0].status == "done", timeout=30000)
    assert abs(media_info(calibration)["video_end_s"] - 3.0) < 0.05
    report = json.loads(win.ctx.store.get_session(session_id).answers[0].report.read_text())
    assert report["calibration"] == str(calibration)
    _close(win)


def test_keyboard_drives_the_flow(qtbot, test_clip, no_leaked_windows):
    win = _window(qtbot, test_clip)
    win.ctx.settings.set(Key.PREP_S, 30)  # long preparation: Space must start the recording at once
    win.activateWindow()
    qtbot.waitExposed(win)
    win.home.count.setValue(1)
    win.home.start_button.click()
    assert win.ctl.state == "preparing"
    qtbot.keyClick(win.practice, Qt.Key.Key_Space)
    assert win.ctl.state == "recording"
    qtbot.waitUntil(lambda: win.ctx.capture().recording_time() >= 0.5, timeout=10000)
    qtbot.keyClick(win.practice, Qt.Key.Key_Space)
    assert win.ctl.state == "answered"
    qtbot.keyClick(win.practice, Qt.Key.Key_N)
    assert win.stack.currentWidget() is win.summary
    _close(win)


def test_own_questions_saved_as_a_set_and_practised(qtbot, test_clip, no_leaked_windows):
    from app.ui.question_sets_dialog import QuestionSetDialog

    win = _window(qtbot, test_clip)
    dialog = QuestionSetDialog(win.ctx, win)
    dialog.name.setText("ACME")
    dialog.text.setPlainText("Why ACME?\n\nHow would you test our billing system?\n")
    dialog.accept()
    dialog.deleteLater()
    win.home._fill_choices()
    idx = win.home.choice.findData("set:ACME")
    assert idx >= 0
    win.home.choice.setCurrentIndex(idx)
    win.home.count.setValue(5)
    win.home.start_button.click()
    assert [q.text for q in win.ctl.questions] == ["Why ACME?", "How would you test our billing system?"]
    win.ctl.finish()
    _close(win)


def test_import_from_the_window_is_analysed(qtbot, test_clip, no_leaked_windows):
    win = _window(qtbot, test_clip)
    win.do_import(str(test_clip), "Tell me about yourself.", "classic-01", "note", "en")
    qtbot.waitUntil(lambda: any(a.status == "done" for s in win.ctx.store.list_sessions() for a in s.answers),
                    timeout=30000)
    (session,) = win.ctx.store.list_sessions()
    assert session.source == "import" and session.answers[0].origin == "imported"
    assert win.stack.currentWidget() is win.sessions and win.sessions.table.rowCount() == 1
    _close(win)


def test_settings_dialog_persists_choices(qtbot, test_clip, no_leaked_windows):
    from app.ui.settings_dialog import SettingsDialog

    win = _window(qtbot, test_clip)
    dialog = SettingsDialog(win.ctx, win)
    dialog.limit.setValue(90)
    dialog.access.setChecked(True)
    assert dialog.live.isChecked()  # live analysis is on by default
    dialog.live.setChecked(False)
    dialog.an_lang.setCurrentIndex(dialog.an_lang.findData("fr"))
    dialog.accept()
    dialog.deleteLater()
    fresh = Settings()
    assert fresh.get(Key.LIMIT_S) == 90 and fresh.get(Key.ACCESSIBILITY) is True
    assert fresh.get(Key.ANALYSIS_LANGUAGE) == "fr"
    assert fresh.get(Key.LIVE_ANALYSIS) is False
    from types import SimpleNamespace

    from app.services.analysis_child import DEFAULT_ANALYZER
    from app.services.practice import _live_default

    assert _live_default(SimpleNamespace(analyzer=DEFAULT_ANALYZER)) is False  # the next session records without it
    _close(win)


def test_french_interface(qtbot, qapp, test_clip, no_leaked_windows):
    from app.ui import i18n

    i18n.install(qapp, "fr")
    try:
        win = _window(qtbot, test_clip)
        assert win.home.start_button.text() == "&Commencer"
        assert win.practice.stop_b.text() == "Arrêter (Espace)"
        assert i18n.status_text("analysed") == "analysée"
        _close(win)
    finally:
        i18n.install(qapp, "en")
    assert i18n.status_text("analysed") == "analysed"
