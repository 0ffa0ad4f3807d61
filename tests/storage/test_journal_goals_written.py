"""Schema v4: journal entries with tags, goals, written answers; deleting a session leaves no file and no row."""

from __future__ import annotations

import sqlite3

import pytest

from app.storage import journal as j
from app.storage.migrations import SCHEMA_VERSION, migrate, schema_version
from app.storage.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data") as s:
        yield s


def test_journal_rows_keep_tag_order_and_delete_cascades(store):
    a = j.save_entry(store, j.JournalRow("Acme", "2026-10-02", "too long", "", ("too long", "no numbers")))
    b = j.save_entry(store, j.JournalRow("Globex", "2026-11-02", "", "clear", ("no numbers",)))
    assert [r.company for r in j.list_entries(store)] == ["Globex", "Acme"]
    j.save_entry(store, j.JournalRow("Acme", "2026-10-02", "too long", "", ("eye contact",), a.id))
    assert j.list_entries(store)[1].tags == ("eye contact",)
    j.delete_entry(store, a.id)
    assert [r.id for r in j.list_entries(store)] == [b.id]
    assert store._exec("SELECT COUNT(*) FROM journal_tags WHERE entry_id=?", (a.id,)).fetchone()[0] == 0


def test_goals_never_set_vs_set_empty(store):
    assert j.load_goals(store) is None
    j.save_goals(store, [j.GoalRow("sessions", ">=", 4), j.GoalRow("fillers_per_min", "<=", 2.5)])
    assert j.load_goals(store) == [j.GoalRow("sessions", ">=", 4.0), j.GoalRow("fillers_per_min", "<=", 2.5)]
    j.save_goals(store, [])
    assert j.load_goals(store) == []


def test_written_answers_round_trip(store):
    w = j.save_written(store, j.WrittenRow("Why us?", "Because…", "en", "q1", {"star": {"present": {"S": True}}}))
    assert w.id is not None
    j.save_written(store, j.WrittenRow("Why us?", "Because, really…", "en", "q1", None, w.id))
    rows = j.list_written(store, "Why us?")
    assert [(r.text, r.report) for r in rows] == [("Because, really…", None)]
    j.delete_written(store, w.id)
    assert j.list_written(store) == []


def test_v3_database_upgrades_to_v4_keeping_sessions(tmp_path):
    root = tmp_path / "old"
    root.mkdir()
    conn = sqlite3.connect(root / "rebond.sqlite3", isolation_level=None)
    migrate(conn, target=3)
    conn.execute("INSERT INTO sessions(id, started_at, language, folder) VALUES ('s1', '2025-01-01T00:00:00', 'en',"
                 " 's1')")
    conn.close()
    (root / "sessions" / "s1").mkdir(parents=True)
    with Store(root) as s:
        assert schema_version(s._conn) == SCHEMA_VERSION >= 4
        assert s.get_session("s1").language == "en"
        assert j.list_entries(s) == [] and j.load_goals(s) is None


def _all_rows_mentioning(store: Store, session_id: str, answer_ids: list[int]) -> list[tuple[str, int]]:
    """Every (table, count) of rows that still refer to the session or its answers, over every table."""
    found = []
    tables = [r[0] for r in store._exec("SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
    for table in tables:
        cols = [c[1] for c in store._exec(f"PRAGMA table_info({table})").fetchall()]
        for col, values in (("session_id", [session_id]), ("answer_id", answer_ids),
                            ("id", [session_id] if table == "sessions" else answer_ids if table == "answers" else [])):
            if col in cols and values:
                marks = ",".join("?" * len(values))
                n = store._exec(f"SELECT COUNT(*) FROM {table} WHERE {col} IN ({marks})", tuple(values)).fetchone()[0]
                if n:
                    found.append((table, n))
    return found


def test_deleting_a_session_leaves_no_file_and_no_row(store):
    keep = store.create_session("en")
    s = store.create_session("en", title="to delete")
    ids = []
    for i in range(2):
        a = store.add_answer(s.id, question=f"Q{i}?")
        a.media.write_bytes(b"\x1aE\xdf\xa3 media")
        store.save_report(a.id, {"fillers": {"per_minute": 2.0}, "pauses": [{"long": True}],
                                 "star": {"present": {"S": True, "T": False, "A": True, "R": True}}})
        ids.append(a.id)
    (s.folder / "calibration.mkv").write_bytes(b"x")
    j.save_entry(store, j.JournalRow("Acme", "2026-10-02", tags=("too long",)))  # unrelated: must survive
    assert _all_rows_mentioning(store, s.id, ids)  # the check sees the rows before deletion
    store.delete_session(s.id)
    assert not s.folder.exists()
    assert not any(s.id in str(p) for p in store.root.rglob("*"))
    assert _all_rows_mentioning(store, s.id, ids) == []
    assert store.get_session(keep.id).folder.exists() and len(j.list_entries(store)) == 1
