import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.media.remux import media_info, repair
from tests.practice.clips import make_test_clip

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    return make_test_clip(tmp_path_factory.mktemp("clip") / "clip.mkv", seconds=2.0)


def test_fast_fake_camera_records_every_frame_in_sync(qtbot, clip, tmp_path):
    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera

    cam = FakeCamera(clip, speed=0)
    cap = Capture(cam)
    seen = []
    cap.videoFrame.connect(lambda rgb, t: seen.append(t))
    out = tmp_path / "a.mkv"
    cap.start_recording(out, tag=7, max_s=3.0)  # longer than the 2 s clip: the clip loops
    cam.start()
    with qtbot.waitSignal(cap.limitReached, timeout=20000):
        pass
    with qtbot.waitSignal(cap.recordingSaved, timeout=20000) as saved:
        cap.stop_recording()
    cam.stop()
    result = saved.args[0]
    assert result.tag == 7 and result.stats.error is None
    assert result.stats.video_frames_written == 90
    info = media_info(out)
    assert info["error"] is None and info["frames"] == 90
    assert abs(info["video_end_s"] - 3.0) < 0.05
    assert abs(info["audio_s"] - info["video_end_s"]) < 0.05  # audio and video end together


def test_kill_minus_9_keeps_all_but_the_last_moments(clip, tmp_path):
    out = tmp_path / "killed.mkv"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "tests.media.record_child", str(clip), str(out)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    fed_file = out.with_suffix(".fed")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if fed_file.exists() and float(fed_file.read_text() or 0) >= 3.0:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    fed = float(fed_file.read_text())
    assert fed >= 3.0
    info = media_info(out)
    assert info["frames"] > 0
    assert fed - info["video_end_s"] <= 2.0, (fed, info)
    kept = repair(out)
    after = media_info(out)
    assert after["error"] is None and after["frames"] == info["frames"]
    assert abs(kept - after["video_end_s"]) < 0.1
