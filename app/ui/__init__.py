"""QtWidgets: screens and widgets."""

from app.media import qt_fixes as _qt_fixes  # noqa: F401  (PySide6 6.12.0 emit refcount bug; see the module)
