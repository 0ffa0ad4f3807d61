"""The session store: a SQLite index (WAL) plus one owner-only folder per session holding media and report JSON."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core.errors import InputError
from app.core.paths import data_dir
from app.storage.atomic import FILE_MODE, ensure_private_dir, read_json, write_json_atomic
from app.storage.metrics import metrics_from_report
from app.storage.migrations import migrate
from app.storage.models import (
    ANALYZING,
    DONE,
    INTERRUPTED,
    QUEUED,
    RECORDING,
    STATUSES,
    Answer,
    RecoveryResult,
    Session,
)

log = logging.getLogger(__name__)

DB_NAME = "rebond.sqlite3"
SESSIONS_DIR = "sessions"


def now_iso() -> str:
    """Current UTC time, ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) a database in WAL mode with foreign keys on, migrated to the current schema."""
    new = not path.exists()
    conn = sqlite3.connect(path, timeout=10, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable across app crashes, cheap commits
    conn.execute("PRAGMA foreign_keys=ON")
    if new:
        with contextlib.suppress(OSError):
            os.chmod(path, FILE_MODE)
    migrate(conn)
    return conn


class Store:
    """Sessions and answers of one data folder. Thread-safe (one connection behind a lock); no Qt."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = ensure_private_dir(Path(root) if root else data_dir())
        self.sessions_dir = ensure_private_dir(self.root / SESSIONS_DIR)
        self.db_path = self.root / DB_NAME
        self._lock = threading.RLock()
        self._conn = connect(self.db_path)

    # ---- plumbing -------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _exec(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._conn.execute(sql, params)

    @contextlib.contextmanager
    def _tx(self):
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _abs(self, session_folder: Path, rel: str | None) -> Path | None:
        return (session_folder / rel) if rel else None

    def _answer(self, row: sqlite3.Row, folder: Path, metrics: dict | None = None) -> Answer:
        return Answer(
            id=row["id"], session_id=row["session_id"], index=row["idx"], question_id=row["question_id"],
            question=row["question_text"], question_note=row["question_note"], status=row["status"],
            media=self._abs(folder, row["media"]), report=self._abs(folder, row["report"]),
            started_at=row["started_at"], duration_s=row["duration_s"], error=row["error"], origin=row["origin"],
            metrics=metrics or {},
        )

    def _session(self, row: sqlite3.Row, with_answers: bool = True) -> Session:
        folder = self.sessions_dir / row["folder"]
        session = Session(
            id=row["id"], started_at=row["started_at"], ended_at=row["ended_at"], language=row["language"],
            title=row["title"], source=row["source"], synthetic=bool(row["synthetic"]), folder=folder,
        )
        if with_answers:
            rows = self._exec("SELECT * FROM answers WHERE session_id=? ORDER BY idx", (row["id"],)).fetchall()
            metrics = self._metrics_for([r["id"] for r in rows])
            session.answers = [self._answer(r, folder, metrics.get(r["id"])) for r in rows]
        return session

    def _metrics_for(self, answer_ids: list[int]) -> dict[int, dict[str, float | None]]:
        if not answer_ids:
            return {}
        marks = ",".join("?" * len(answer_ids))
        out: dict[int, dict[str, float | None]] = {}
        for r in self._exec(f"SELECT answer_id, name, value FROM metrics WHERE answer_id IN ({marks})", tuple(answer_ids)):
            out.setdefault(r["answer_id"], {})[r["name"]] = r["value"]
        return out

    # ---- sessions -------------------------------------------------------------------------------------------
    def create_session(self, language: str, *, title: str = "", source: str = "practice",
                       synthetic: bool = False) -> Session:
        """A new session with its folder; the id sorts by time (`YYYYMMDD-HHMMSS-xxxx`)."""
        started = now_iso()
        sid = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(2)
        ensure_private_dir(self.sessions_dir / sid)
        with self._tx() as c:
            c.execute("INSERT INTO sessions(id, started_at, language, title, folder, source, synthetic) "
                      "VALUES (?,?,?,?,?,?,?)", (sid, started, language, title, sid, source, int(synthetic)))
        self._write_session_json(sid)
        return self.get_session(sid)

    def get_session(self, session_id: str) -> Session:
        """One session with its answers; raises InputError if unknown."""
        row = self._exec("SELECT * FROM sessions WHERE id=?", (session_id,)).fetchone()
        if row is None:
            raise InputError(f"No session with id {session_id}.", hint="List them with `rebond sessions list`.")
        return self._session(row)

    def list_sessions(self, *, with_answers: bool = True) -> list[Session]:
        """All sessions, most recent first."""
        rows = self._exec("SELECT * FROM sessions ORDER BY started_at DESC, id DESC").fetchall()
        return [self._session(r, with_answers) for r in rows]

    def end_session(self, session_id: str) -> None:
        """Mark the session finished (its summary was reached)."""
        self._exec("UPDATE sessions SET ended_at=? WHERE id=?", (now_iso(), session_id))
        self._write_session_json(session_id)

    def delete_session(self, session_id: str) -> None:
        """Remove the session's rows (answers and metrics cascade) and its whole folder."""
        session = self.get_session(session_id)
        with self._tx() as c:
            c.execute("DELETE FROM sessions WHERE id=?", (session_id,))
        shutil.rmtree(session.folder, ignore_errors=True)

    def _write_session_json(self, session_id: str) -> None:
        """A human-readable copy of the session's metadata in its folder (the index can be rebuilt from it)."""
        s = self.get_session(session_id)
        write_json_atomic(s.folder / "session.json", {
            "id": s.id, "started_at": s.started_at, "ended_at": s.ended_at, "language": s.language,
            "title": s.title, "source": s.source, "synthetic": s.synthetic,
            "answers": [{"index": a.index, "question_id": a.question_id, "question": a.question,
                         "question_note": a.question_note, "status": a.status, "origin": a.origin,
                         "media": a.media.name if a.media else None, "report": a.report.name if a.report else None,
                         "duration_s": a.duration_s, "error": a.error} for a in s.answers],
        })

    # ---- answers --------------------------------------------------------------------------------------------
    def add_answer(self, session_id: str, *, question: str, question_id: str | None = None,
                   question_note: str = "", ext: str = "mkv", origin: str = "recorded",
                   status: str = RECORDING) -> Answer:
        """Append an answer (next index) in state `status`; its media path is allocated, not created."""
        ext = ext.lstrip(".").lower() or "mkv"
        with self._tx() as c:
            idx = c.execute("SELECT COALESCE(MAX(idx), 0) + 1 FROM answers WHERE session_id=?",
                            (session_id,)).fetchone()[0]
            media = f"answer_{idx:02d}.{ext}"
            cur = c.execute(
                "INSERT INTO answers(session_id, idx, question_id, question_text, question_note, status, media,"
                " started_at, origin, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (session_id, idx, question_id, question, question_note, status, media, now_iso(), origin, now_iso()),
            )
            answer_id = cur.lastrowid
        self._write_session_json(session_id)
        return self.get_answer(answer_id)

    def get_answer(self, answer_id: int) -> Answer:
        """One answer by its row id; raises InputError if unknown."""
        row = self._exec("SELECT a.*, s.folder AS folder FROM answers a JOIN sessions s ON s.id=a.session_id "
                         "WHERE a.id=?", (answer_id,)).fetchone()
        if row is None:
            raise InputError(f"No answer with id {answer_id}.")
        return self._answer(row, self.sessions_dir / row["folder"], self._metrics_for([answer_id]).get(answer_id))

    def find_answer(self, session_id: str, index: int) -> Answer:
        """The answer `index` (from 1) of a session."""
        row = self._exec("SELECT id FROM answers WHERE session_id=? AND idx=?", (session_id, index)).fetchone()
        if row is None:
            raise InputError(f"Session {session_id} has no answer {index}.")
        return self.get_answer(row["id"])

    def answers_with_status(self, *statuses: str) -> list[Answer]:
        """Answers in any of `statuses`, oldest first."""
        marks = ",".join("?" * len(statuses))
        rows = self._exec(f"SELECT id FROM answers WHERE status IN ({marks}) ORDER BY session_id, idx",
                          statuses).fetchall()
        return [self.get_answer(r["id"]) for r in rows]

    def set_status(self, answer_id: int, status: str, *, error: str | None = None,
                   duration_s: float | None = None) -> Answer:
        """Change an answer's status (and error text; duration when given)."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        if duration_s is None:
            self._exec("UPDATE answers SET status=?, error=?, updated_at=? WHERE id=?",
                       (status, error, now_iso(), answer_id))
        else:
            self._exec("UPDATE answers SET status=?, error=?, duration_s=?, updated_at=? WHERE id=?",
                       (status, error, duration_s, now_iso(), answer_id))
        answer = self.get_answer(answer_id)
        self._write_session_json(answer.session_id)
        return answer

    def reset_media(self, answer_id: int) -> Answer:
        """Re-record: delete the answer's media, report and metrics and put it back in `recording`."""
        answer = self.get_answer(answer_id)
        for path in (answer.media, answer.report):
            if path:
                path.unlink(missing_ok=True)
        with self._tx() as c:
            c.execute("DELETE FROM metrics WHERE answer_id=?", (answer_id,))
            c.execute("UPDATE answers SET status=?, report=NULL, error=NULL, duration_s=NULL, started_at=?,"
                      " updated_at=? WHERE id=?", (RECORDING, now_iso(), now_iso(), answer_id))
        return self.get_answer(answer_id)

    def delete_answer(self, answer_id: int) -> None:
        """Remove an answer's row, metrics, media and report (other answers keep their index)."""
        answer = self.get_answer(answer_id)
        with self._tx() as c:
            c.execute("DELETE FROM answers WHERE id=?", (answer_id,))
        for path in (answer.media, answer.report):
            if path:
                path.unlink(missing_ok=True)
        self._write_session_json(answer.session_id)

    # ---- reports and metrics --------------------------------------------------------------------------------
    def save_report(self, answer_id: int, report: dict[str, Any]) -> Path:
        """Write the report JSON atomically next to the media, store its metrics, and mark the answer done."""
        answer = self.get_answer(answer_id)
        rel = f"answer_{answer.index:02d}.report.json"
        folder = self.get_session(answer.session_id).folder
        write_json_atomic(folder / rel, report)
        metrics = metrics_from_report(report)
        with self._tx() as c:
            c.execute("DELETE FROM metrics WHERE answer_id=?", (answer_id,))
            c.executemany("INSERT INTO metrics(answer_id, name, value) VALUES (?,?,?)",
                          [(answer_id, k, v) for k, v in metrics.items()])
            c.execute("UPDATE answers SET report=?, status=?, error=NULL, updated_at=? WHERE id=?",
                      (rel, DONE, now_iso(), answer_id))
        self._write_session_json(answer.session_id)
        return folder / rel

    def load_report(self, answer_id: int) -> dict[str, Any] | None:
        """The answer's report dict, or None when it has none (or the file is gone)."""
        answer = self.get_answer(answer_id)
        if answer.report is None or not answer.report.exists():
            return None
        return read_json(answer.report)

    def metric_series(self, name: str, *, language: str | None = None) -> list[dict[str, Any]]:
        """One metric over time for charts: `[{session_id, started_at, index, answer_id, value}]`, oldest first,
        answers without the metric left out."""
        sql = ("SELECT s.id AS session_id, a.started_at, a.idx, a.id AS answer_id, m.value FROM metrics m "
               "JOIN answers a ON a.id=m.answer_id JOIN sessions s ON s.id=a.session_id "
               "WHERE m.name=? AND m.value IS NOT NULL")
        params: list[Any] = [name]
        if language:
            sql += " AND s.language=?"
            params.append(language)
        rows = self._exec(sql + " ORDER BY a.started_at, s.id, a.idx", tuple(params)).fetchall()
        return [{"session_id": r["session_id"], "started_at": r["started_at"], "index": r["idx"],
                 "answer_id": r["answer_id"], "value": r["value"]} for r in rows]

    # ---- crash recovery -------------------------------------------------------------------------------------
    def recover(self) -> RecoveryResult:
        """After a crash: answers left `recording` become `interrupted` (media kept); answers left `analyzing`
        go back to `queued`; `requeued` lists every queued answer, whose analysis must (re)start. Idempotent."""
        result = RecoveryResult()
        for answer in self.answers_with_status(RECORDING):
            has_media = answer.media is not None and answer.media.exists() and answer.media.stat().st_size > 0
            note = None if has_media else "The recording stopped before any media was written."
            result.interrupted.append(self.set_status(answer.id, INTERRUPTED, error=note))
        for answer in self.answers_with_status(ANALYZING):
            result.requeued.append(self.set_status(answer.id, QUEUED))
        done = {a.id for a in result.requeued}
        result.requeued.extend(a for a in self.answers_with_status(QUEUED) if a.id not in done)
        return result
