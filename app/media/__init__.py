"""The only place that imports QtMultimedia: capture (real or file-fed camera), recorder, player."""

from app.media import qt_fixes as _qt_fixes  # noqa: F401  (PySide6 6.12.0 emit refcount bug; see the module)
