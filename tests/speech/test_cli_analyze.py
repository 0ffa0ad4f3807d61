"""`rebond analyze` on bad inputs, partial media, text answers and (with models) the shipped clips."""

import json
import wave
from pathlib import Path

import numpy as np
import pytest

from app.analysis.report_schema import validate_report
from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _silent_wav(path: Path, seconds=2.0):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(np.zeros(int(16000 * seconds), np.int16).tobytes())
    return path


def _video_no_audio(path: Path, frames=10):
    import av

    with av.open(str(path), "w") as c:
        s = c.add_stream("mpeg4", rate=10)
        s.width, s.height, s.pix_fmt = 64, 48, "yuv420p"
        for i in range(frames):
            img = np.full((48, 64, 3), (i * 20) % 256, np.uint8)
            for pkt in s.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                c.mux(pkt)
        for pkt in s.encode():
            c.mux(pkt)
    return path


@pytest.mark.parametrize("kind", ["empty", "random", "truncated", "empty_txt", "missing"])
def test_bad_inputs_exit_cleanly_without_report(tmp_path, capsys, kind):
    if kind == "empty":
        p = tmp_path / "a.mp4"
        p.write_bytes(b"")
    elif kind == "random":
        p = tmp_path / "a.wav"
        p.write_bytes(np.random.default_rng(0).integers(0, 255, 4000, dtype=np.uint8).tobytes())
    elif kind == "truncated":
        full = _video_no_audio(tmp_path / "full.mp4", frames=30).read_bytes()
        p = tmp_path / "a.mp4"
        p.write_bytes(full[: len(full) // 3])
    elif kind == "empty_txt":
        p = tmp_path / "a.txt"
        p.write_text("")
    else:
        p = tmp_path / "nothing.ogg"
    out = tmp_path / "r.json"
    code = main(["analyze", str(p), "--json", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert "rebond:" in err and "Traceback" not in err


def test_silent_audio_gives_partial_report(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["analyze", str(_silent_wav(tmp_path / "s.wav")), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    validate_report(report)
    assert report["status"] == "partial" and report["warnings"][0]["code"] == "silence"
    assert report["transcript"] is None and report["fillers"] is None


def test_video_without_audio_is_partial(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["analyze", str(_video_no_audio(tmp_path / "v.mp4")), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    validate_report(report)
    assert report["status"] == "partial" and report["input"]["kind"] == "video"
    assert "no_audio" in [w["code"] for w in report["warnings"]]


def test_text_answer_json_to_stdout_summary_to_stderr(tmp_path, capsys):
    p = tmp_path / "answer.txt"
    p.write_text("Alors, euh, l'an dernier j'étais cheffe de rayon. Il fallait que je réduise la casse. J'ai changé "
                 "le rangement et j'ai formé l'équipe. Au final la casse a baissé de 30 %.", encoding="utf-8")
    assert main(["analyze", str(p), "--json", "-"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    validate_report(report)
    assert report["language"] == "fr" and report["star"]["result_quantified"] is True
    assert "STAR" in captured.err


def test_several_inputs_need_json_dir(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("I called the client and we fixed it. In the end they signed.")
    b.write_text("Je pense que c'est important.")
    assert main(["analyze", str(a), str(b), "--json", "-"]) == 2
    assert main(["analyze", str(a), str(b), "--json-dir", str(tmp_path / "out")]) == 0
    assert sorted(x.name for x in (tmp_path / "out").iterdir()) == ["a.json", "b.json"]


@pytest.mark.models
@pytest.mark.parametrize("clip", ["tests/data/hello_en.ogg", "app/resources/demo/demo_answer_en.ogg"])
def test_shipped_clips_end_to_end(model_store, tmp_path, capsys, clip):
    out = tmp_path / "r.json"
    assert main(["analyze", str(ROOT / clip), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    validate_report(report)
    assert report["status"] == "complete" and report["language"] == "en"
    words = report["transcript"]["words"]
    assert words and all(report["transcript"]["text"][w["char_start"]:w["char_end"]] == w["text"] for w in words)
    assert report["pace"]["wpm"] > 60 and report["voice"] is not None


@pytest.mark.models
def test_demo_answer_fillers_star(model_store):
    from app.engine.analyze import analyze_file

    report = analyze_file(ROOT / "app/resources/demo/demo_answer_en.ogg", lang="en")
    assert report["fillers"]["count"] >= 1
    assert report["star"]["present"]["A"] and report["star"]["present"]["R"]
    assert all(s["start"] is not None for s in report["star"]["spans"])


@pytest.mark.models
@pytest.mark.shared_data
@pytest.mark.slow
def test_long_silence_is_one_long_pause(model_store, shared_data):
    from app.engine.analyze import analyze_file

    report = analyze_file(shared_data / "audio" / "fr_bonjour_pauses.mp3")
    longs = [p for p in report["pauses"] if p["long"]]
    assert len(longs) == 1 and 25 < longs[0]["duration"] < 32
