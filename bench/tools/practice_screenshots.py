"""Drive the real window (1280x720, left navigation) through a session with the fake camera and save a PNG of each
screen, as docs/screenshots/practice_*.png (not a test).

Run under Xvfb (the review's video is a native surface that QWidget.grab() cannot see, so the window is cut out of
the X screen as bench/tools/screenshots.py does):

    xvfb-run -a -s "-screen 0 1280x720x24" env PYTHONPATH=$PWD python bench/tools/practice_screenshots.py \
        /work/shared/data/video/vid_talk_aoc.mp4 docs/screenshots [ANALYZER]

ANALYZER is `real` (the default: the app's own analysis, about a minute for both answers) or a `module:function`
such as `tests.practice.fake_analyzer:analyze_paced` (fast, but its reports have no timing, so the review shows the
written-answer layout). Writes practice_{1_home,2_prepare,3_recording,4_answered,5_recording_with_analysis,
4b_feedback,6_summary_analysing,6b_summary_done,7_sessions,8_review,9_settings,9b_device_check,10_no_camera,11_home_fr_no_camera}.png.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _window_tools():
    """grab_window / save_png of bench/tools/screenshots.py (a script, not a package)."""
    spec = importlib.util.spec_from_file_location("rebond_window_shots", ROOT / "bench" / "tools" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    clip, out = Path(sys.argv[1]), Path(sys.argv[2])
    analyzer = sys.argv[3] if len(sys.argv) > 3 else "real"
    os.environ.setdefault("REBOND_DATA_DIR", tempfile.mkdtemp(prefix="rebond-shots-"))
    os.environ.setdefault("REBOND_CONFIG_DIR", tempfile.mkdtemp(prefix="rebond-cfg-"))
    from PySide6.QtCore import QEventLoop, QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.settings import Key
    from app.ui import i18n
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    tools = _window_tools()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Rebond")
    lang = os.environ.get("REBOND_SHOT_LANG", "en")  # and REBOND_COLOR_SCHEME=dark for the dark scheme
    from app.ui import theme

    theme.follow_system(app)
    i18n.install(app, lang)
    dark = os.environ.get("REBOND_COLOR_SCHEME", "") == "dark"
    suffix = ("_dark" if dark else "") + ("_fr" if lang == "fr" else "")
    ctx = AppContext(fake_camera=clip, fake_speed=1.0, analyzer=None if analyzer == "real" else analyzer)
    ctx.settings.set(Key.ANALYSIS_LANGUAGE, lang)
    ctx.settings.set(Key.PREP_S, 3)
    ctx.settings.set(Key.LIMIT_S, 30)
    win = MainWindow(ctx)
    win.setGeometry(0, 0, 1280, 720)
    win.show()
    out.mkdir(parents=True, exist_ok=True)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(name: str, window=None) -> None:
        app.processEvents()
        tools.grab_window(window or win, out / f"practice_{name}{suffix}.png")
        print("saved", name, flush=True)

    wait(800)
    shot("1_home")
    win.home.count.setValue(2)
    win.home.start_button.click()
    wait(1500)
    shot("2_prepare")
    wait(3500)
    shot("3_recording")
    wait(3000)
    win.ctl.stop()
    wait(800)
    shot("4_answered")
    panel = win.practice.feedback
    for _ in range(200):  # tips on the practice screen: a few seconds after Stop when idle, later on a busy machine
        if panel.pages.currentWidget() is panel.result:
            break
        wait(500)
    wait(300)
    shot("4b_feedback")
    win.ctl.next()
    wait(3200 + 2000)
    shot("5_recording_with_analysis")
    win.ctl.next()
    wait(1000)
    shot("6_summary_analysing")
    sid = win.summary.table.session.id
    for _ in range(120):  # the analyses run in the background queue
        if all(a.status == "done" for a in ctx.store.get_session(sid).answers):
            break
        wait(1000)
    wait(1500)
    shot("6b_summary_done")
    s = ctx.store.get_session(sid)
    win.show_sessions()
    win.sessions.reload(s.id)
    wait(500)
    shot("7_sessions")
    win.open_review(s.id, 1)
    screen = win._review_page.screen
    wait(800)
    screen.player.play()  # a paused player before any playback shows no frame
    wait(1500)
    screen.player.pause()
    screen.seek(2.0)
    wait(1200)
    shot("8_review")
    from app.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctx, win)
    dlg.move(0, 0)
    dlg.show()
    wait(500)
    tools.grab_window(dlg, out / f"practice_9_settings{suffix}.png")
    dlg.close()
    from app.ui.device_check import DeviceCheckDialog

    check = DeviceCheckDialog(ctx, win)
    check.move(0, 0)
    check.show()
    wait(2500)
    tools.grab_window(check, out / f"practice_9b_device_check{suffix}.png")
    check.close()
    win.close()
    # no camera, no microphone, no fake camera: the friendly message and Import still available
    if suffix:
        os._exit(0)
    for name, lang in (("10_no_camera", "en"), ("11_home_fr_no_camera", "fr")):
        QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
        i18n.install(app, lang)
        ctx2 = AppContext()
        ctx2.settings.set(Key.UI_LANGUAGE, lang)
        win2 = MainWindow(ctx2, recover=False)
        win2.setGeometry(0, 0, 1280, 720)
        win2.show()
        wait(1500)
        shot(name, win2)
        win2.close()
    os._exit(0)  # skip interpreter teardown (PySide6 6.12 refcount bugs can abort it)


if __name__ == "__main__":
    sys.exit(main())
