"""CLI exits and messages on faults: a full disk while recording, a failed re-analysis, two inputs with one stem."""

from __future__ import annotations

import json

import av

from tests.reliability.conftest import assert_no_traceback, run_cli, small_tmpfs
from tests.reliability.fuzzcorpus import make_sources


def test_json_dir_keeps_one_report_per_input(tmp_path):
    a, b = tmp_path / "answer.txt", tmp_path / "answer.md"
    a.write_text("I led the migration. As a result, costs fell by 20 percent.", encoding="utf-8")
    b.write_text("Nous avons livré le projet avec un mois d'avance, et je suis fier.", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("analyze", str(a), str(b), "--json-dir", str(out))
    assert proc.returncode == 0, proc.stderr
    reports = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in out.iterdir()}
    assert set(reports) == {"answer.txt.json", "answer.md.json"}
    assert reports["answer.txt.json"]["language"] == "en" and reports["answer.md.json"]["language"] == "fr"


def test_sessions_analyze_exits_non_zero_when_the_analysis_fails(tmp_path):
    data = tmp_path / "data"
    clip = make_sources(tmp_path / "src", seconds=1.0)[1]
    rec = run_cli("practice", "--headless", "--fake-camera", str(clip), "--fast", "--no-analyze",
                  "--data-dir", str(data))
    assert rec.returncode == 0, rec.stderr
    sid = rec.stdout.strip().splitlines()[-1]
    proc = run_cli("sessions", "--data-dir", str(data), "analyze", sid,
                   "--analyzer", "tests.practice.fake_analyzer:analyze_raises")
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert "was not analysed" in proc.stderr


def test_full_disk_while_recording_ends_the_practice_and_keeps_the_recording(tmp_path):
    clip = make_sources(tmp_path / "src", seconds=5.0)[1]
    with small_tmpfs(tmp_path, size="400k") as fs:
        proc = run_cli("practice", "--headless", "--fake-camera", str(clip), "--fast", "--no-analyze",
                       "--questions", "2", "--data-dir", str(fs / "data"), timeout=60)
        assert_no_traceback(proc)
        assert proc.returncode == 5, proc.stderr[-2000:]
        assert "Kept:" in proc.stderr
        kept = next((fs / "data" / "sessions").glob("*/answer_01.mkv"))
        with av.open(str(kept)) as c:  # what was written before the disk filled up still plays
            frames = sum(1 for _ in c.decode(video=0))
        assert frames > 0
