"""Measurement (not a unit test): record N seconds from the wall-clock fake camera and compare the file with what
was fed. Run: python bench/tools/measure_recording.py CLIP SECONDS OUT.mkv"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> int:
    clip, seconds, out = Path(sys.argv[1]), float(sys.argv[2]), Path(sys.argv[3])
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    import av

    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera

    cam = FakeCamera(clip, speed=1.0)
    cap = Capture(cam)
    fed_t: list[float] = []
    audio_fed = [0]
    cap.videoFrame.connect(lambda rgb, t: fed_t.append(t) if cap.recording else None)
    cap.audioChunk.connect(lambda s, t: audio_fed.__setitem__(0, audio_fed[0] + len(s)) if cap.recording else None)
    late: list[float] = []
    t_start = [0.0]

    def on_frame(_rgb, t):  # how late each frame is delivered vs its wall-clock due time
        if cap.recording:
            late.append((time.monotonic() - t_start[0]) - (t - fed_t[0]) if fed_t else 0.0)

    cap.videoFrame.connect(on_frame)
    cam.start()
    saved = []
    cap.recordingSaved.connect(saved.append)
    t_start[0] = time.monotonic()
    cap.start_recording(out, max_s=seconds)
    loop = QEventLoop()
    cap.limitReached.connect(loop.quit)
    loop.exec()
    wall = time.monotonic() - t_start[0]
    cap.stop_recording()
    cam.stop()
    while not saved:
        app.processEvents()
        time.sleep(0.01)
    stats = saved[0].stats
    pts = []
    with av.open(str(out)) as c:
        for f in c.decode(video=0):
            pts.append(float(f.time))
    with av.open(str(out)) as c:
        audio = sum(f.samples for f in c.decode(audio=0)) / 48000
    fps = cam.fps
    expected = [i / fps for i in range(len(pts))]
    max_ts_err = max(abs(a - b) for a, b in zip(pts, expected, strict=True)) if pts else None
    video_end = pts[-1] + 1 / fps if pts else 0
    late_sorted = sorted(late)
    res = {
        "seconds_requested": seconds, "wall_s": round(wall, 3), "frames_fed": stats.video_frames_in,
        "frames_in_file": len(pts), "dropped": stats.video_frames_in - len(pts),
        "max_timestamp_error_ms": round(max_ts_err * 1000, 2) if max_ts_err is not None else None,
        "video_end_s": round(video_end, 3), "audio_s": round(audio, 3),
        "av_drift_ms": round((audio - video_end) * 1000, 1),
        "delivery_late_ms_median": round(late_sorted[len(late) // 2] * 1000, 1) if late else None,
        "delivery_late_ms_p99": round(late_sorted[int(len(late) * 0.99)] * 1000, 1) if late else None,
        "delivery_late_ms_max": round(late_sorted[-1] * 1000, 1) if late else None,
        "bytes": out.stat().st_size, "mb_per_min": round(out.stat().st_size / 1e6 / (video_end / 60), 2),
        "codecs": [stats and cap.source.name],
    }
    print(json.dumps(res, indent=2))
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
