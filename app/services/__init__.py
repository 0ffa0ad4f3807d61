"""Use-cases for the GUI and the headless flows (sessions, analysis jobs, settings, task manager). QtCore only."""

from app.media import qt_fixes as _qt_fixes  # noqa: F401  (PySide6 6.12.0 emit refcount bug; see the module)
