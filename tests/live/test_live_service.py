"""The Qt service: the capture's frames reach the session on the recording's clock, finish runs off the GUI thread."""

from __future__ import annotations

import threading

import pytest

from tests.practice.clips import make_test_clip


class RecordingSession:
    """Stands in for LiveAnalysis: records what it is given."""

    def __init__(self, **kwargs) -> None:
        self.kwargs = kwargs
        self.video: list[float] = []
        self.audio: list[tuple[int, int, float]] = []
        self.finish_thread = None

    def push_video(self, rgb, t):
        self.video.append(t)

    def push_audio(self, samples, rate, t):
        self.audio.append((len(samples), rate, t))

    def finish(self, media_path=None):
        self.finish_thread = threading.current_thread()
        return {"media": str(media_path), "frames": len(self.video)}

    def cancel(self):
        pass


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    return make_test_clip(tmp_path_factory.mktemp("clip") / "clip.mkv", seconds=2.0)


def test_service_feeds_the_recording_and_reports(qtbot, clip, tmp_path):
    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera
    from app.services.live_analysis import LiveAnalysisService

    sessions: list[RecordingSession] = []

    def factory(**kw):
        sessions.append(RecordingSession(**kw))
        return sessions[-1]

    cam = FakeCamera(clip, speed=0)
    cap = Capture(cam)
    live = LiveAnalysisService(cap, factory=factory)
    out = tmp_path / "a.mkv"
    cam.start()
    qtbot.wait(100)  # preview frames before the recording are not analysed
    cap.start_recording(out, max_s=1.5)
    live.start("en", "Why this job?", True, max_s=1.5)
    with qtbot.waitSignal(cap.limitReached, timeout=20000):
        pass
    got, saved = [], []
    live.reportReady.connect(got.append)
    cap.recordingSaved.connect(saved.append)
    cap.stop_recording()
    live.finish(out)
    qtbot.waitUntil(lambda: bool(got and saved), timeout=20000)
    cam.stop()
    s = sessions[0]
    assert s.kwargs["lang"] == "en" and s.kwargs["question"] == "Why this job?" and s.kwargs["accessibility"]
    assert s.video[0] == 0.0 and len(s.video) == saved[0].stats.video_frames_written == 45
    assert s.video == sorted(s.video) and s.video[-1] < 1.5
    assert all(rate == 48000 for _n, rate, _t in s.audio)
    assert abs(sum(n for n, _r, _t in s.audio) / 48000 - 1.5) < 0.05  # the recorder's hard limit, to the sample
    assert got[0] == {"media": str(out), "frames": 45}
    assert s.finish_thread is not threading.main_thread()


def test_failure_to_start_is_a_message_not_a_traceback(qtbot, clip):
    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera
    from app.services.live_analysis import LiveAnalysisService

    def broken(**_kw):
        raise RuntimeError("boom")

    cap = Capture(FakeCamera(clip, speed=0))
    live = LiveAnalysisService(cap, factory=broken)
    live.start("en")
    with qtbot.waitSignal(live.failed, timeout=5000) as failed:
        live.finish(None)
    assert "could not start" in failed.args[0]
