import os
import sqlite3
import stat

import pytest

from app.storage.atomic import read_json, write_json_atomic
from app.storage.metrics import metrics_from_report
from app.storage.migrations import MIGRATIONS, SCHEMA_VERSION, SchemaTooNewError, migrate, schema_version
from app.storage.models import DONE, INTERRUPTED, QUEUED, RECORDING
from app.storage.store import Store
from app.storage.user_questions import add_user_question, list_sets, list_user_questions, save_set


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data") as s:
        yield s


def test_fresh_database_is_current_wal_and_private(store):
    conn = sqlite3.connect(store.db_path)
    assert schema_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert stat.S_IMODE(os.stat(store.root).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(store.db_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.sessions_dir).st_mode) == 0o700


def test_migration_from_v1_keeps_rows(tmp_path):
    root = tmp_path / "old"
    root.mkdir()
    conn = sqlite3.connect(root / "rebond.sqlite3", isolation_level=None)
    migrate(conn, target=1)
    conn.execute("INSERT INTO sessions(id, started_at, language, folder) VALUES ('s1', '2025-01-01T00:00:00', 'fr',"
                 " 's1')")
    conn.execute("INSERT INTO answers(session_id, idx, question_text, status, media, started_at) VALUES "
                 "('s1', 1, 'Q?', 'done', 'answer_01.mkv', '2025-01-01T00:00:00')")
    conn.close()
    (root / "sessions" / "s1").mkdir(parents=True)
    with Store(root) as s:
        assert schema_version(s._conn) == len(MIGRATIONS)
        session = s.get_session("s1")
        assert session.language == "fr" and session.source == "practice" and not session.synthetic
        assert [a.question for a in session.answers] == ["Q?"]
        assert session.answers[0].media == root / "sessions" / "s1" / "answer_01.mkv"


def test_newer_database_is_refused(tmp_path):
    root = tmp_path / "new"
    root.mkdir()
    conn = sqlite3.connect(root / "rebond.sqlite3")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError):
        Store(root)


def test_session_answer_report_metrics_and_delete(store):
    s = store.create_session("en", title="t")
    a = store.add_answer(s.id, question="Tell me about a failure.", question_id="failure-01", question_note="n")
    assert a.index == 1 and a.status == RECORDING and a.media.parent == s.folder
    a.media.write_bytes(b"media")
    report = {"eye_contact": {"ratio": 0.5}, "fillers": {"per_minute": 2.0}, "pace": {"wpm": 130},
              "pauses": [{"start": 1.0, "end": 3.5, "long": True}, {"start": 5.0, "end": 6.2, "long": False},
                         {"start": 9.0, "end": 11.1, "long": True}, {"start": 20.0, "end": 23.0, "long": True}],
              "star": {"present": {"S": True, "T": False, "A": True, "R": True}, "result_quantified": True}}
    path = store.save_report(a.id, report)
    assert read_json(path) == report
    got = store.get_answer(a.id)
    assert got.status == DONE and got.report == path
    assert got.metrics == {"eye_contact_ratio": 0.5, "fillers_per_minute": 2.0, "pace_wpm": 130.0,
                           "long_pauses": 3.0, "star_completeness": 3.0, "star_result_quantified": 1.0}
    assert [p["value"] for p in store.metric_series("pace_wpm")] == [130.0]
    saved = read_json(s.folder / "session.json")
    assert saved["answers"][0]["report"] == path.name
    b = store.add_answer(s.id, question="Q2")
    store.delete_answer(a.id)
    assert not a.media.exists() and not path.exists()
    assert [x.index for x in store.get_session(s.id).answers] == [b.index]
    store.delete_session(s.id)
    assert not s.folder.exists()
    assert store.list_sessions() == []
    assert store._exec("SELECT COUNT(*) FROM metrics").fetchone()[0] == 0


def test_recover_marks_recording_interrupted_and_requeues(store):
    s = store.create_session("fr")
    rec = store.add_answer(s.id, question="a")
    rec.media.write_bytes(b"x")
    ana = store.add_answer(s.id, question="b")
    store.set_status(ana.id, "analyzing")
    queued = store.add_answer(s.id, question="c")
    store.set_status(queued.id, QUEUED)
    result = store.recover()
    assert [a.id for a in result.interrupted] == [rec.id]
    assert sorted(a.id for a in result.requeued) == sorted([ana.id, queued.id])
    assert store.get_answer(rec.id).status == INTERRUPTED
    assert store.get_answer(ana.id).status == QUEUED
    again = store.recover()
    assert again.interrupted == []


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "x.json"
    write_json_atomic(target, {"a": 1})
    write_json_atomic(target, {"b": "é"})
    assert read_json(target) == {"b": "é"}
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_metrics_tolerate_partial_reports():
    m = metrics_from_report({"pace": {"wpm": 120}})
    assert m["pace_wpm"] == 120.0 and m["eye_contact_ratio"] is None and m["star_completeness"] is None


def test_user_questions_and_sets(store):
    qid = add_user_question(store, "en", "Why our product?", note="from the job posting")
    assert [q["text"] for q in list_user_questions(store, "en")] == ["Why our product?"]
    save_set(store, "job A", [qid, "failure-01"])
    save_set(store, "job A", ["failure-01"])
    assert [(s.name, s.question_ids) for s in list_sets(store)] == [("job A", ("failure-01",))]


def test_recover_leaves_work_of_another_live_process_alone(store):
    import subprocess
    import sys

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        s = store.create_session("en")
        live = store.add_answer(s.id, question="being recorded elsewhere")
        dead = store.add_answer(s.id, question="left by a crash")
        store._exec("UPDATE answers SET owner_pid=? WHERE id=?", (other.pid, live.id))
        store._exec("UPDATE answers SET owner_pid=? WHERE id=?", (2**22 + 12345, dead.id))  # above pid_max
        result = store.recover()
        assert [a.id for a in result.interrupted] == [dead.id]
        assert store.get_answer(live.id).status == RECORDING
    finally:
        other.kill()
        other.wait()
    assert [a.id for a in store.recover().interrupted] == [live.id]
