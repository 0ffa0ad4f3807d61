"""PySide6 6.12.0 + CPython 3.11 hand back None without a reference from void Qt calls; importing any Qt layer of the
app (media for headless runs, services, ui) makes that harmless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("layer", ["app.media", "app.services", "app.ui"])
def test_many_void_qt_calls_do_not_abort_the_process(layer):
    # In a child: without the fix, ~5 000 calls take None's reference count to zero and CPython aborts.
    code = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"import {layer}\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "for i in range(30000):\n"
        "    label.setText('x')\n"
        "import gc; gc.collect()\n"
        "print('alive')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0 and "alive" in proc.stdout, proc.stderr[-2000:]
