"""Engine contract without models: progress 0→1, cancellation, duration limit, text files."""

import wave
from pathlib import Path

import numpy as np
import pytest

from app.core.errors import Cancelled, InputError
from app.core.progress import CancelToken
from app.engine.analyze import analyze_file
from app.ml.audio_decode import decode_audio

# a minimal eye-contact section that satisfies the merged vision schema fragment
EC = {"ratio": 0.4, "confidence": 0.9, "samples": [{"t": 0.0, "state": "away"}], "lookaways": [], "glances": []}


def _wav(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((samples * 32767).astype(np.int16).tobytes())
    return path


def test_progress_runs_from_zero_to_one_on_a_silent_file(tmp_path):
    seen = []
    report = analyze_file(_wav(tmp_path / "s.wav", np.zeros(32000)), progress=lambda f, m: seen.append(f))
    fractions = [f for f in seen if f is not None]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert report["status"] == "partial"


def test_noise_only_is_partial_not_an_error(tmp_path):
    noise = np.random.default_rng(1).normal(0, 0.01, 48000)
    report = analyze_file(_wav(tmp_path / "n.wav", noise))
    assert report["status"] == "partial" and report["warnings"]


def test_cancellation_stops_the_work(tmp_path):
    token = CancelToken()
    token.cancel()
    tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(48000) / 16000)
    with pytest.raises(Cancelled):
        analyze_file(_wav(tmp_path / "t.wav", tone), cancel=token)


def test_files_longer_than_the_limit_are_refused(tmp_path):
    path = _wav(tmp_path / "long.wav", np.zeros(16000 * 3))
    with pytest.raises(InputError, match="min"):
        decode_audio(path, max_duration_s=1.0)


def test_text_file_report(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Last year I led the move. I had to keep the shop open. I planned every step. We reopened in 2 days.")
    report = analyze_file(p)
    assert report["input"]["kind"] == "text" and report["star"]["present"]["R"]


def _video_with_silent_audio(path: Path) -> Path:
    import av

    with av.open(str(path), "w") as c:
        v = c.add_stream("mpeg4", rate=10)
        v.width, v.height, v.pix_fmt = 64, 48, "yuv420p"
        a = c.add_stream("aac", rate=16000)
        a.layout = "mono"
        for i in range(10):
            for pkt in v.encode(av.VideoFrame.from_ndarray(np.full((48, 64, 3), i * 10, np.uint8), format="rgb24")):
                c.mux(pkt)
        for i in range(16):
            frame = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp", layout="mono")
            frame.sample_rate = 16000
            frame.pts = i * 1024
            for pkt in a.encode(frame):
                c.mux(pkt)
        for stream in (v, a):
            for pkt in stream.encode():
                c.mux(pkt)
    return path


def test_vision_sections_warnings_and_tips_are_merged(tmp_path, monkeypatch):
    from app.core.tips import TipCandidate
    from app.engine import vision

    calls = {}

    def fake_vision(path, *, calibration=None, accessibility=False, progress=None, cancel=None):
        calls["accessibility"] = accessibility
        progress(0.5, "looking")
        return vision.VisionResult(sections={"eye_contact": EC},
                                   tips=[TipCandidate("eye_contact_low", {"share": 40}, 0.99)],
                                   warnings=[{"code": "dim", "message": "The video is dark."}])

    monkeypatch.setattr(vision, "analyze_vision", fake_vision)
    report = analyze_file(_video_with_silent_audio(tmp_path / "v.mp4"), accessibility=True)
    assert calls == {"accessibility": True}
    assert report["input"]["kind"] == "video" and report["eye_contact"] == EC
    assert "dim" in [w["code"] for w in report["warnings"]]
    assert [t["code"] for t in report["tips"]] == ["eye_contact_low"]
