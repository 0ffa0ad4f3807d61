"""Create the QApplication and the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow


def run_gui(argv: list[str] | None = None) -> int:
    """Start the event loop with the main window; returns the exit code."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Rebond")
    app.setOrganizationName("Rebond")
    window = MainWindow()
    window.show()
    return app.exec()
