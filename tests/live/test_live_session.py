"""The live session end to end with test doubles: dropping under load, degradation in meta, a valid report."""

from __future__ import annotations

import time

import numpy as np

from app.analysis.report_schema import validate_report
from app.engine.live import LiveAnalysis
from app.engine.live_vision import LiveVision
from tests.live.fakes import BurstWhisper, DummyStore, SlowFaceTracker, burst_signal


def _frames(n: int, fps: float = 30.0):
    rgb = np.full((48, 64, 3), 90, np.uint8)
    return [(rgb, k / fps) for k in range(n)]


def test_slow_face_tracker_drops_analysis_frames_without_blocking():
    tracker = SlowFaceTracker(delay_s=0.05)
    vision = LiveVision(store=DummyStore(), tracker_factory=lambda max_faces=1: tracker, with_pose=False,
                        queue_frames=4)
    worst = 0.0
    for rgb, t in _frames(300):  # 10 s of 30 fps pushed at once: far faster than the tracker
        t0 = time.perf_counter()
        vision.push(rgb, t)
        worst = max(worst, time.perf_counter() - t0)
    assert worst < 0.02  # the caller (capture / preview) never waits for the analysis
    stats = vision.stats
    assert stats.offered > 0 and stats.dropped > 0
    assert [d["action"] for d in stats.degradations][:1] == ["pose_rate_halved"]
    res = vision.finish(video={"duration_s": 10.0})
    processed = res.sections["vision_meta"]["frames"]["face"]
    assert processed == tracker.frames == stats.offered - stats.dropped
    assert vision.live_meta()["frames_dropped"] == stats.dropped


def test_face_grid_follows_the_configured_rate():
    tracker = SlowFaceTracker(delay_s=0.0)
    vision = LiveVision(store=DummyStore(), tracker_factory=lambda max_faces=1: tracker, with_pose=False)
    for rgb, t in _frames(90):  # 3 s at 30 fps
        vision.push(rgb, t)
        time.sleep(0.001)
    vision.finish()
    assert abs(tracker.frames - 3 * vision.face_fps) <= 1
    assert vision.stats.dropped == 0


def test_session_report_is_valid_and_says_it_was_degraded():
    signal, truth = burst_signal(12)
    session = LiveAnalysis(lang="auto", question="Tell me about a failure.", model=BurstWhisper(),
                           store=DummyStore(), tracker_factory=lambda max_faces=1: SlowFaceTracker(0.05),
                           with_pose=False, vision_queue=2)
    fps, block = 30, 1600
    for k in range(int(len(signal) / 48000 * fps)):
        session.push_video(np.zeros((48, 64, 3), np.uint8), k / fps)
        session.push_audio(signal[k * block:(k + 1) * block], 48000, k / fps)
    report = session.finish("answer.mkv")
    validate_report(report)
    live = report["meta"]["live"]
    assert live["vision"]["frames_dropped"] > 0 and live["degraded"]
    assert any(w["code"] == "live_degraded" for w in report["warnings"])
    assert len(report["transcript"]["words"]) == len(truth)
    assert report["question"] == "Tell me about a failure."


def test_cancel_stops_the_workers():
    session = LiveAnalysis(model=BurstWhisper(), store=DummyStore(),
                           tracker_factory=lambda max_faces=1: SlowFaceTracker(0.0), with_pose=False)
    session.push_audio(np.zeros(4800, np.float32), 48000, 0.0)
    session.cancel()
    assert not session.speech._thread.is_alive()
    import pytest

    from app.core.errors import Cancelled

    with pytest.raises(Cancelled):
        session.finish()
