"""Child process for the kill -9 test: record from the wall-clock fake camera until killed, writing after each
frame how much media time was fed (so the test knows what was captured before the kill)."""

import sys
from pathlib import Path


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera

    clip, out = Path(sys.argv[1]), Path(sys.argv[2])
    fed = out.with_suffix(".fed")
    cam = FakeCamera(clip, speed=1.0)
    cap = Capture(cam)

    def on_frame(_rgb, _t):
        fed.write_text(f"{cap.recording_time():.4f}")

    cap.videoFrame.connect(on_frame)
    cam.start()
    cap.start_recording(out)
    app.exec()


if __name__ == "__main__":
    main()
