"""Work around a second reference-count bug of PySide6 6.12.0 (with CPython 3.11): every Qt method that returns
nothing (or an invalid QVariant) hands back `None` without owning a reference. Measured here: 200 calls of
`QLabel.setText`, `QListWidget.setCurrentRow` or `QApplication.processEvents` take 200 references away from `None`,
which starts with about 5 000, so a window that paints or polls from Python aborts within seconds or minutes with
"Fatal Python error: none_dealloc" (seen at the end of `rebond practice --headless` and in a 1.5 s event pump).

`app.media.qt_fixes` (which imports this module) repairs the same bug for `True` in `Signal.emit`; here the singletons `None`, `True` and `False`
get a very large extra reference count instead, which is what CPython 3.12 does for them by design ("immortal
objects", PEP 683): they are never freed anyway, so the only effect is that the missing references no longer matter.
Applied only when the probe shows the leak, and only on CPython before 3.12.
"""

from __future__ import annotations

import ctypes
import sys

#: Added to the reference count: 2**40 leaked references would take days of continuous calls.
_EXTRA = 1 << 40
_applied = False


def _none_leaks() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def install() -> bool:
    """Make None/True/False effectively immortal if this PySide6 leaks their references; True when applied."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not _none_leaks():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t at address id(obj)).
        ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA
    _applied = True
    return True


install()
