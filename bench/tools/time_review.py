"""How long the review of an analysed answer takes to open in the real window (not a test).

    xvfb-run -a -s "-screen 0 1280x720x24" env PYTHONPATH=$PWD REBOND_DATA_DIR=DIR python bench/tools/time_review.py \
        SESSION_ID [INDEX] [--warm N]

Shows the main window, waits until it is painted, then calls `open_review` and measures until the report is loaded
and the timeline has painted once ("open"), and until the video reports its duration ("video ready"). The first open
in a fresh process is the cold one (review modules imported then); `--warm N` opens it N more times.
Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    args = sys.argv[1:]
    warm = 0
    if "--warm" in args:
        i = args.index("--warm")
        warm = int(args[i + 1])
        del args[i:i + 2]
    session_id, index = args[0], int(args[1]) if len(args) > 1 else 1
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ctx = AppContext()
    ctx.capture = lambda: None
    win = MainWindow(ctx, recover=False)
    win.setGeometry(0, 0, 1280, 720)
    win.show()
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:  # the window is shown and painted, the camera timer has fired
        app.processEvents()
    win.navigate("sessions")
    app.processEvents()
    opens, videos = [], []
    for _ in range(1 + warm):
        ready = []
        t0 = time.perf_counter()
        win.open_review(session_id, index)
        screen = win._review_page.screen
        screen.player.durationChanged.connect(lambda _d, r=ready: r.append(time.perf_counter()))
        while screen.timeline.paint_count == 0:
            app.processEvents()
        opens.append(time.perf_counter() - t0)
        deadline = time.perf_counter() + 10
        while not ready and time.perf_counter() < deadline:
            app.processEvents()
        videos.append((ready[0] - t0) if ready else None)
        win.navigate("sessions")
        app.processEvents()
    duration = screen.duration
    print(json.dumps({"answer_s": duration, "cold_open_s": round(opens[0], 3),
                      "warm_open_s": [round(x, 3) for x in opens[1:]],
                      "video_ready_s": [None if v is None else round(v, 3) for v in videos]}), flush=True)
    import os

    os._exit(0)


if __name__ == "__main__":
    main()
