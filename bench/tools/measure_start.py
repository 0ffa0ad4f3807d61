"""Measurement: cold start of the main window, offscreen (process launch -> window shown), median of N runs.
Run: python bench/tools/measure_start.py [N]"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
w = MainWindow(AppContext())
w.show()
app.processEvents()
print("SHOWN", flush=True)
"""


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times = []
    for _ in range(n):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REBOND_DATA_DIR=tempfile.mkdtemp(),
                   REBOND_CONFIG_DIR=tempfile.mkdtemp())
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                times.append(time.perf_counter() - t0)
                break
        proc.kill()
        proc.wait()
    print("start times (s):", [round(t, 3) for t in times])
    print(f"median: {statistics.median(times):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
