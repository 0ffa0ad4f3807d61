"""Create the QApplication and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def run_gui(argv: list[str] | None = None, *, fake_camera: Path | None = None, demo: bool = False) -> int:
    """Start the event loop with the main window; returns the exit code. `demo` starts the synthetic demo session
    (the fake camera must be the demo clip)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Rebond")
    app.setOrganizationName("Rebond")
    from app.media.capture import fake_camera_from_env
    from app.services.settings import Key
    from app.ui import excepthook, i18n, theme
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    theme.follow_system(app)
    ctx = AppContext(fake_camera=fake_camera or fake_camera_from_env())
    i18n.install(app, ctx.settings.get(Key.UI_LANGUAGE))
    window = MainWindow(ctx)
    excepthook.install(window)  # an error nobody caught: logged, and one friendly dialog instead of a traceback
    window.show()
    from app.ui.model_download_dialog import offer_model_download

    offer_model_download(window, ctx.tasks)  # first run, or a damaged model: download with progress, never blocking
    if demo:
        from PySide6.QtCore import QTimer

        from app.media.file_decoder import probe
        from app.services.demo import DEMO_QUESTION, DEMO_TITLE

        clip_s = probe(ctx.fake_camera)["duration"] or 30.0  # the demo answer ends with the synthetic speech
        def start_demo() -> None:
            window.start_practice("en", "", 1, False, synthetic=True, title=DEMO_TITLE,
                                  question_ids=[DEMO_QUESTION], prep_s=3, limit_s=clip_s)
            ctl = window.ctl
            if ctl is not None:  # one question: go to the summary once it is saved, as the headless demo does
                ctl.stateChanged.connect(lambda st: QTimer.singleShot(1200, ctl.next) if st == "answered" else None)

        QTimer.singleShot(300, start_demo)
    return app.exec()
