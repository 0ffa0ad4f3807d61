"""Work around a reference-count bug of PySide6 6.12.0: `SignalInstance.emit()` returns `True` without owning a
reference, so every signal emitted from Python code takes one reference away from the `True` singleton. After a
few thousand emits (a camera at 30 fps gets there in seconds) CPython aborts with "Fatal Python error:
bool_dealloc". Measured here: 100 emits -> True's refcount down by 100; C++-emitted signals (QTimer) are unaffected.

`install()` probes for the bug once and, only if present, wraps `emit` to give the missing reference back. It is
imported by `app.media`, `app.services` and `app.ui`, so any Qt code of the app gets it before emitting. The same
import applies `app.media.qt_refcount` (the `None` leak of every void Qt call), so headless and command-line runs
are covered too, not only the GUI.
"""

from __future__ import annotations

import ctypes
import sys

_installed = False


def _emit_leaks() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        sig = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.sig.emit()
    return sys.getrefcount(True) < before


def install() -> bool:
    """Patch `SignalInstance.emit` if this PySide6 has the bug; returns True when patched. Idempotent."""
    global _installed
    if _installed:
        return True
    from PySide6.QtCore import SignalInstance

    if not _emit_leaks():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            incref(result)  # the reference PySide6 forgot to give us
        return result

    SignalInstance.emit = emit
    _installed = True
    return True


install()

from app.media import qt_refcount as _qt_refcount  # noqa: E402,F401  (applies itself on import)
