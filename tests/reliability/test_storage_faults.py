"""Storage faults: a damaged index never hides a session, delete says exactly what it left, nothing outside the
data folder is touched, permissions of existing folders are kept, recordings are owner-only, errors name the file."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.core.errors import DeleteIncompleteError, DiskFullError, StorageError
from app.storage.atomic import storage_error
from app.storage.store import DB_NAME, Store
from tests.reliability.conftest import assert_no_traceback, immutable, run_cli, seed_sessions, small_tmpfs


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


def _ids(root: Path) -> set[str]:
    with Store(root) as store:
        return {s.id for s in store.list_sessions()}


def test_zero_byte_database_is_rebuilt_from_the_folders(data):
    ids = seed_sessions(data)
    (data / DB_NAME).write_bytes(b"")
    for side in ("-wal", "-shm"):
        (data / (DB_NAME + side)).unlink(missing_ok=True)
    with Store(data) as store:
        sessions = store.list_sessions()
        assert {s.id for s in sessions} == set(ids)
        assert sorted(store.reindexed) == sorted(ids)  # the CLI says they were added back
        answer = sessions[0].answers[0]
        assert answer.status == "done" and answer.report is not None
        assert store.load_report(answer.id)["schema"] == "rebond.report/1"
        assert answer.metrics  # recomputed from the report file


@pytest.mark.parametrize("damage", ["header", "pages"])
def test_corrupt_database_is_moved_aside_and_rebuilt(data, damage):
    ids = seed_sessions(data, 3)
    db = data / DB_NAME
    with sqlite3.connect(db) as conn:  # fold the WAL in so that the damage hits the real pages
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(db.read_bytes())
    if damage == "header":
        raw[:16] = b"not a database!!"
    else:  # every page after the first overwritten with noise: sqlite opens it, quick_check does not pass
        for i in range(4096, len(raw)):
            raw[i] = (i * 7919) % 251
    db.write_bytes(bytes(raw))
    with Store(data) as store:
        assert {s.id for s in store.list_sessions()} == set(ids)
        assert store.damaged_index is not None
    assert any(p.name.startswith(DB_NAME + ".damaged-") for p in data.iterdir())


def test_cli_list_after_a_damaged_index_says_so(data):
    ids = seed_sessions(data)
    (data / DB_NAME).write_bytes(b"garbage" * 100)
    proc = run_cli("sessions", "--data-dir", str(data), "list", "--json")
    assert proc.returncode == 0, proc.stderr
    assert_no_traceback(proc)
    assert {s["id"] for s in json.loads(proc.stdout)["sessions"]} == set(ids)
    assert "moved to" in proc.stderr and "rebuilt" in proc.stderr


def test_folders_missing_from_the_index_are_added_back(data):
    ids = seed_sessions(data, 2)
    with sqlite3.connect(data / DB_NAME) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("DELETE FROM sessions WHERE id=?", (ids[0],))
    with Store(data) as store:
        assert {s.id for s in store.list_sessions()} == set(ids)
        assert store.reindexed == [ids[0]]


def test_delete_with_an_immutable_file_says_what_remains_and_keeps_the_row(data):
    sid = seed_sessions(data, 1)[0]
    store = Store(data)
    media = store.get_session(sid).answers[0].media
    with immutable(media):
        with pytest.raises(DeleteIncompleteError) as err:
            store.delete_session(sid)
        assert [p for p, _ in err.value.remaining] == [str(media)]
        assert media.exists() and sid in {s.id for s in store.list_sessions()}
        assert str(media) in err.value.user_text()
        proc = run_cli("sessions", "--data-dir", str(data), "delete", sid, "--yes")
        assert proc.returncode == 5 and str(media) in proc.stderr
        assert "Deleted session" not in proc.stdout
        assert_no_traceback(proc)
    store.delete_session(sid)  # once the file can go, the same command finishes the job
    assert not media.exists() and not store.list_sessions()
    store.close()


def test_delete_reports_a_file_it_may_not_remove(data, monkeypatch):
    """Simulated read-only folder (root ignores permission bits, so the refusal is injected)."""
    sid = seed_sessions(data, 1)[0]
    store = Store(data)
    report_file = store.get_session(sid).answers[0].report
    real_unlink = os.unlink

    def refuse(path, *a, **kw):
        if Path(path) == report_file:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_unlink(path, *a, **kw)

    monkeypatch.setattr(os, "unlink", refuse)
    with pytest.raises(DeleteIncompleteError) as err:
        store.delete_session(sid)
    assert err.value.remaining[0][0] == str(report_file)
    assert report_file.exists() and store.get_session(sid)
    store.close()


def test_symlinked_session_folder_is_not_deleted_through(data, tmp_path):
    sid = seed_sessions(data, 1)[0]
    folder = data / "sessions" / sid
    elsewhere = tmp_path / "elsewhere"
    folder.rename(elsewhere)
    folder.symlink_to(elsewhere, target_is_directory=True)
    before = sorted(p.name for p in elsewhere.iterdir())
    with Store(data) as store, pytest.raises(DeleteIncompleteError) as err:
        store.delete_session(sid)
    assert str(elsewhere) in err.value.user_text()
    assert sorted(p.name for p in elsewhere.iterdir()) == before
    assert sid in _ids(data)


def test_rows_pointing_outside_the_data_folder_touch_nothing_there(data, tmp_path):
    sid = seed_sessions(data, 1)[0]
    victim_dir = tmp_path / "elsewhere"
    victim_dir.mkdir()
    victim = victim_dir / "precious.txt"
    victim.write_text("keep me")
    with sqlite3.connect(data / DB_NAME) as conn:
        conn.execute("UPDATE answers SET media=? WHERE session_id=?", (str(victim), sid))
    with Store(data) as store:
        answer = store.get_session(sid).answers[0]
        assert answer.media is None  # an absolute path from the index is never handed out
        store.delete_answer(answer.id)
    assert victim.read_text() == "keep me"
    sid2 = seed_sessions(data, 1)[0]
    rel = os.path.relpath(victim_dir, data / "sessions")
    with sqlite3.connect(data / DB_NAME) as conn:
        conn.execute("UPDATE sessions SET folder=? WHERE id=?", (rel, sid2))
    with Store(data) as store:
        report = store.delete_session(sid2)
    assert report.outside == [rel]
    assert victim.read_text() == "keep me"


def test_data_dir_keeps_the_permissions_of_an_existing_folder(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    proc = run_cli("sessions", "--data-dir", str(shared), "list")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / "sessions").stat().st_mode) == 0o700  # what Rebond creates is owner-only
    fresh = tmp_path / "new" / "deeper"
    Store(fresh).close()
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700


def test_recordings_are_created_owner_only(data):
    with Store(data) as store:
        s = store.create_session("en")
        a = store.add_answer(s.id, question="Q?")
        assert stat.S_IMODE(a.media.stat().st_mode) == 0o600
        with open(a.media, "wb") as fh:  # what a writer does: open an existing file, keep its mode
            fh.write(b"x" * 100)
        assert stat.S_IMODE(a.media.stat().st_mode) == 0o600


def test_corrupt_report_is_a_storage_error_naming_the_file(data):
    sid = seed_sessions(data, 1)[0]
    with Store(data) as store:
        answer = store.get_session(sid).answers[0]
        answer.report.write_text('{"schema": "rebond.rep', encoding="utf-8")
        with pytest.raises(StorageError) as err:
            store.load_report(answer.id)
    assert str(answer.report) in err.value.user_text()
    assert f"rebond sessions analyze {sid} 1" in err.value.user_text()


@pytest.mark.parametrize("content", [b"\x00\x01 not json", b"[]", b'{"eye_contact": "oops"}'])
def test_export_skips_a_bad_report_and_exports_the_rest(data, tmp_path, content):
    from app.storage.store import Store as S

    sid = seed_sessions(data, 1)[0]
    with S(data) as store:
        a2 = store.add_answer(sid, question="Second?")
        store.save_report(a2.id, json.loads((Path(__file__).parents[1] / "data" / "review" /
                                             "answer_short.json").read_text(encoding="utf-8")))
        bad = store.get_session(sid).answers[0].report
    bad.write_bytes(content)
    out = tmp_path / "m.csv"
    proc = run_cli("export", sid, "--csv", str(out), "--data-dir", str(data))
    assert_no_traceback(proc)
    assert proc.returncode == 5 and str(bad) in proc.stderr
    assert len(out.read_text(encoding="utf-8").strip().splitlines()) == 2  # header + the good answer


def test_readonly_data_folder_is_a_clean_error(tmp_path):
    with small_tmpfs(tmp_path, readonly=True) as ro:
        proc = run_cli("sessions", "--data-dir", str(ro / "data"), "list")
    assert_no_traceback(proc)
    assert proc.returncode == 5
    assert str(ro / "data") in proc.stderr and "writable" in proc.stderr


def test_disk_full_errors_are_named(tmp_path):
    err = storage_error(OSError(errno.ENOSPC, "No space left on device"), tmp_path / "x.json", "write the file")
    assert isinstance(err, DiskFullError) and str(tmp_path / "x.json") in err.user_text()
    db = storage_error(sqlite3.OperationalError("database or disk is full"), tmp_path / DB_NAME, "update")
    assert isinstance(db, DiskFullError) and "Free some space" in db.user_text()


def test_full_disk_while_writing_the_index_is_a_storage_error(tmp_path):
    with small_tmpfs(tmp_path, size="200k") as fs:
        store = Store(fs / "data")
        s = store.create_session("en")
        filler = fs / "filler"
        with open(filler, "wb") as fh:  # fill the disk
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        with pytest.raises(StorageError) as err:
            for i in range(200):
                store.add_answer(s.id, question="x" * 2000 + str(i))
        assert isinstance(err.value, DiskFullError), err.value.user_text()
        filler.unlink()
        store.close()
