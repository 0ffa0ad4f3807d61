"""Frame sampling with PyAV: rates, timestamps, odd sizes, portrait, variable frame rate, audio-only files."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.errors import InputError
from app.ml.video_decode import _clockwise, _target_size, iter_frames, probe
from tests.conftest import TEST_DATA
from tests.vision.videos import write_video


def gradient(h, w, i=0):
    img = np.zeros((h, w, 3), dtype=np.uint8)
    img[..., 0] = (np.arange(w) * 255 // max(1, w - 1))[None, :]
    img[..., 1] = i % 255
    return img


def test_sampling_rate_and_monotonic_timestamps(tmp_path):
    path = write_video(tmp_path / "a.mp4", [gradient(240, 320, i) for i in range(60)], fps=30)
    info = probe(path)
    assert info.has_video and (info.width, info.height) == (320, 240)
    frames = list(iter_frames(path, 10))
    ts = [t for t, _ in frames]
    assert all(b > a for a, b in zip(ts, ts[1:], strict=False))
    assert 18 <= len(frames) <= 21  # 2 s at 10/s
    assert frames[0][1].shape == (240, 320, 3) and frames[0][1].dtype == np.uint8


def test_large_portrait_frames_are_scaled_keeping_orientation(tmp_path):
    path = write_video(tmp_path / "p.mp4", [gradient(1280, 720)] * 5, fps=5)
    _, img = next(iter_frames(path, 5, max_side=640))
    assert img.shape[:2] == (640, 360)


def test_odd_sizes_are_decoded(tmp_path):
    path = write_video(tmp_path / "odd.mov", [gradient(121, 161)] * 4, fps=4, codec="png", pix_fmt="rgb24")
    frames = list(iter_frames(path, 4))
    assert len(frames) == 4
    h, w = frames[0][1].shape[:2]
    assert abs(h - 121) <= 1 and abs(w - 161) <= 1


def test_variable_frame_rate_is_sampled_by_timestamp(tmp_path):
    pts = [0, 40, 80, 300, 320, 700, 1000, 1033, 1066, 1500]  # irregular gaps, as phones produce
    path = write_video(tmp_path / "vfr.mkv", [gradient(64, 64, i) for i in range(10)], fps=30, pts_ms=pts)
    ts = [round(t, 3) for t, _ in iter_frames(path, 10)]
    assert ts == sorted(set(ts))
    assert ts[0] == 0.0 and ts[-1] == pytest.approx(1.5, abs=0.01)
    assert 0.3 in ts and 0.7 in ts  # the frames after long gaps are kept


def test_rotation_mapping():
    # PyAV reports the display matrix counter-clockwise; phones store -90 for portrait recordings
    assert _clockwise(-90) == 90 and _clockwise(90) == 270 and _clockwise(180) == 180 and _clockwise(0) == 0
    assert _target_size(1280, 720, 640) == (640, 360)


def test_audio_only_and_unreadable_files(tmp_path):
    info = probe(TEST_DATA / "hello_en.ogg")
    assert not info.has_video and info.has_audio
    assert list(iter_frames(TEST_DATA / "hello_en.ogg", 10)) == []
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a video at all")
    with pytest.raises(InputError):
        probe(bad)


def test_rotation_metadata_gives_upright_frames(tmp_path):
    """A phone-style rotation flag (set with the ffmpeg CLI, skipped when absent) is applied like ffmpeg does."""
    import shutil
    import subprocess

    if not shutil.which("ffmpeg"):
        pytest.skip("ffmpeg command not available to write rotation metadata")
    img = np.zeros((240, 320, 3), dtype=np.uint8)
    img[:60, :80] = 255  # a white block in the top-left corner of the stored picture
    src = write_video(tmp_path / "r0.mp4", [img] * 5, fps=5)
    dst = tmp_path / "r90.mp4"
    subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-i", str(src), "-c", "copy", "-metadata:s:v:0",
                    "rotate=90", str(dst)], check=True)
    info = probe(dst)
    assert (info.width, info.height) == (240, 320)
    _, frame = next(iter_frames(dst, 5))
    assert frame.shape[:2] == (320, 240)
    # the reference is ffmpeg's own auto-rotation (what players show)
    raw = subprocess.run(["ffmpeg", "-loglevel", "error", "-i", str(dst), "-frames:v", "1", "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], check=True, capture_output=True).stdout
    ref = np.frombuffer(raw, dtype=np.uint8).reshape(320, 240, 3)
    ours, theirs = frame.mean(axis=2) > 128, ref.mean(axis=2) > 128
    assert theirs.sum() > 1000
    assert (ours == theirs).mean() > 0.98


def test_prefetch_keeps_order_forwards_errors_and_stops_early():
    import threading

    from app.ml.video_decode import prefetched

    assert list(prefetched(iter([(0.0, 1), (0.1, 2), (0.2, 3)]))) == [(0.0, 1), (0.1, 2), (0.2, 3)]

    def failing():
        yield (0.0, 1)
        raise InputError("broken stream")

    it = prefetched(failing())
    assert next(it) == (0.0, 1)
    with pytest.raises(InputError):
        next(it)

    before = threading.active_count()
    endless = prefetched(((i / 10, i) for i in range(10**9)), depth=2)
    next(endless)
    endless.close()
    assert threading.active_count() <= before


def test_frame_times_are_every_frame_in_display_order_from_zero(tmp_path):
    from app.ml.video_decode import frame_times

    pts = [0, 40, 80, 300, 320, 700, 1000, 1033, 1066, 1500]
    path = write_video(tmp_path / "vfr.mkv", [gradient(64, 64, i) for i in range(10)], fps=30, pts_ms=pts)
    assert [round(t, 3) for t in frame_times(path)] == [p / 1000 for p in pts]
    b_frames = write_video(tmp_path / "b.mp4", [gradient(64, 64, i) for i in range(30)], fps=30)
    ts = frame_times(b_frames)  # H.264 with B-frames: packets come in decode order, times must not
    assert len(ts) == 30 and ts == sorted(ts) and ts[0] == 0.0
