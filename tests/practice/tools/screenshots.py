"""Drive the real window through a session with the fake camera and save a PNG of each screen.

Run: xvfb-run -a -s "-screen 0 1280x800x24" python tests/practice/tools/screenshots.py CLIP OUTDIR [ANALYZER]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    clip, out = Path(sys.argv[1]), Path(sys.argv[2])
    analyzer = sys.argv[3] if len(sys.argv) > 3 else "tests.practice.fake_analyzer:analyze_paced"
    os.environ.setdefault("REBOND_DATA_DIR", tempfile.mkdtemp(prefix="rebond-shots-"))
    os.environ.setdefault("REBOND_CONFIG_DIR", tempfile.mkdtemp(prefix="rebond-cfg-"))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.settings import Key
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    ctx = AppContext(fake_camera=clip, fake_speed=1.0, analyzer=analyzer)
    ctx.settings.set(Key.PREP_S, 3)
    ctx.settings.set(Key.LIMIT_S, 30)
    win = MainWindow(ctx)
    win.show()
    out.mkdir(parents=True, exist_ok=True)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(name: str) -> None:
        app.processEvents()
        win.grab().save(str(out / f"practice_{name}.png"))
        print("saved", name, flush=True)

    wait(500)
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
    win.ctl.next()
    wait(3200 + 2000)
    shot("5_recording_with_analysis")
    win.ctl.next()
    wait(1000)
    shot("6_summary_analysing")
    wait(9000)
    shot("6b_summary_done")
    win.show_sessions()
    wait(300)
    shot("7_sessions")
    s = win.summary.table.session
    win.open_review(s.id, 1)
    wait(300)
    shot("8_review_placeholder")
    from app.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctx, win)
    dlg.show()
    wait(300)
    dlg.grab().save(str(out / "practice_9_settings.png"))
    dlg.close()
    win.close()
    # no camera, no microphone, no fake camera: the friendly message and Import still available
    ctx2 = AppContext()
    win2 = MainWindow(ctx2, recover=False)
    win2.show()
    wait(800)
    win2.grab().save(str(out / "practice_10_no_camera.png"))
    win2.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
