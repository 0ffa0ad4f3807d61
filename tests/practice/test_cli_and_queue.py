import json
import os
import time
from pathlib import Path

import pytest

from app.cli import main
from app.storage.store import Store
from tests.practice.conftest import FAKE_OK


def test_headless_practice_then_sessions_list_json(test_clip, capsys):
    code = main(["practice", "--headless", "--fake-camera", str(test_clip), "--questions", "2", "--fast",
                 "--answer-seconds", "1", "--lang", "fr", "--analyzer", FAKE_OK])
    assert code == 0
    session_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["sessions", "list", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert list(doc) == ["sessions"]
    (s,) = doc["sessions"]
    assert set(s) == {"id", "started_at", "language", "answers"} and s["id"] == session_id and s["language"] == "fr"
    assert [a["index"] for a in s["answers"]] == [1, 2]
    for a in s["answers"]:
        assert set(a) == {"index", "question", "status", "media", "report"}
        assert a["status"] == "done" and Path(a["media"]).is_absolute() and Path(a["report"]).exists()
        assert json.loads(Path(a["report"]).read_text())["language"] == "fr"


def test_data_dir_option_and_env(tmp_path, test_clip, capsys, monkeypatch):
    monkeypatch.setenv("REBOND_FAKE_CAMERA", str(test_clip))
    target = tmp_path / "elsewhere"
    assert main(["practice", "--headless", "--fast", "--answer-seconds", "0.5", "--no-analyze",
                 "--data-dir", str(target)]) == 0
    capsys.readouterr()
    assert main(["sessions", "list", "--json", "--data-dir", str(target)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["sessions"]) == 1 and doc["sessions"][0]["answers"][0]["status"] == "queued"


def test_missing_analysis_fails_readably_and_keeps_recording(qtbot, tmp_path):
    from app.services.analysis_queue import AnalysisQueue

    store = Store(tmp_path / "d")
    s = store.create_session("en")
    a = store.add_answer(s.id, question="q")
    a.media.write_bytes(b"not really a video")
    queue = AnalysisQueue(store, analyzer="app.engine.no_such_module:analyze_file")
    with qtbot.waitSignal(queue.idle, timeout=30000):
        queue.enqueue(a.id, lang="en")
    got = store.get_answer(a.id)
    assert got.status == "failed" and "not available" in got.error and got.media.exists()
    queue.shutdown()
    store.close()


def test_cancel_kills_the_child(qtbot, tmp_path):
    from app.services.analysis_queue import AnalysisQueue

    store = Store(tmp_path / "d")
    s = store.create_session("en")
    a = store.add_answer(s.id, question="q")
    a.media.write_bytes(b"x")
    queue = AnalysisQueue(store, analyzer="tests.practice.fake_analyzer:analyze_slow")
    queue.enqueue(a.id)
    pid_file = Path(str(a.media) + ".pid")
    qtbot.waitUntil(pid_file.exists, timeout=30000)
    pid = int(pid_file.read_text())
    queue.cancel(a.id)
    assert store.get_answer(a.id).status == "cancelled"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("analysis child still alive after cancel")
    queue.shutdown()
    store.close()


def test_import_recording_creates_a_queued_answer(test_clip, tmp_path):
    from app.core.errors import InputError
    from app.services.importing import import_recording

    store = Store(tmp_path / "d")
    answer_id = import_recording(store, test_clip, question="Tell me about yourself.", language="en")
    a = store.get_answer(answer_id)
    assert a.origin == "imported" and a.status == "queued" and a.media.read_bytes() == test_clip.read_bytes()
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    with pytest.raises(InputError):
        import_recording(store, bad, question="q")
    store.close()


def test_analysis_child_dies_with_a_killed_app(tmp_path):
    import signal
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    parent = subprocess.Popen([sys.executable, "-m", "tests.practice.queue_parent", str(tmp_path / "d")], cwd=root,
                              env=env, stdout=subprocess.PIPE, text=True)
    media = Path(parent.stdout.readline().strip())
    pid_file = Path(str(media) + ".pid")
    deadline = time.monotonic() + 30
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    child = int(pid_file.read_text())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    pytest.fail("the analysis child outlived the killed app")
