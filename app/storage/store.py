"""The session store: a SQLite index (WAL) plus one owner-only folder per session holding media and report JSON."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import sqlite3
import stat
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core.errors import DeleteIncompleteError, InputError, StorageError
from app.core.paths import data_dir
from app.storage.atomic import FILE_MODE, ensure_private_dir, read_json, storage_error, write_json_atomic
from app.storage.metrics import metrics_from_report
from app.storage.migrations import SchemaTooNewError, migrate
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
#: SQLite primary result codes meaning "this file is damaged" (SQLITE_CORRUPT, SQLITE_NOTADB): the index is moved
#: aside and rebuilt from the session folders. Any other error (locked, read-only, full) leaves the file alone.
_CORRUPT_CODES = (11, 26)
_SESSION_ID = re.compile(r"^(\d{8})-(\d{6})-[0-9a-f]{4}$")
_MEDIA_NAME = re.compile(r"^answer_(\d{2,})\.([A-Za-z0-9]{1,8})$")


def plain_name(name: object) -> bool:
    """True for a single file or folder name (no separator, not `.`/`..`, not absolute): the only kind of path the
    index may hold, so that nothing it names can lie outside its session folder."""
    return (isinstance(name, str) and bool(name) and name not in (".", "..") and "/" not in name
            and "\\" not in name and "\0" not in name and not os.path.isabs(name) and ":" not in name)


@dataclass
class DeleteReport:
    """What a delete removed; `outside` lists paths the index named outside the data folder (left untouched)."""

    removed: list[Path] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


def _remove_path(path: Path, report: DeleteReport, remaining: list[tuple[str, str]]) -> None:
    """Remove one file, link or folder tree without ever following a symbolic link."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        remaining.append((str(path), exc.strerror or str(exc)))
        return
    if stat.S_ISDIR(st.st_mode):
        try:
            entries = list(os.scandir(path))
        except OSError as exc:
            remaining.append((str(path), exc.strerror or str(exc)))
            return
        # session.json last: if anything else stays, the folder still says what it holds (and can be re-indexed)
        for entry in sorted(entries, key=lambda e: e.name == "session.json"):
            _remove_path(Path(entry.path), report, remaining)
        try:
            os.rmdir(path)
            report.removed.append(path)
        except OSError as exc:
            if not any(p.startswith(str(path) + os.sep) for p, _ in remaining):
                remaining.append((str(path), exc.strerror or str(exc)))
        return
    try:
        os.unlink(path)
        report.removed.append(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        why = exc.strerror or str(exc)
        if exc.errno in (1, 13):  # EPERM / EACCES: read-only folder or an immutable file (chattr +i)
            why += "; check the file's permissions or attributes (lsattr / chattr -i)"
        remaining.append((str(path), why))


def _tighten(path: Path | None) -> None:
    """Make a regular file owner-only (recordings are written by the media layer with the default umask)."""
    if path is None:
        return
    try:
        st = os.lstat(path)
        if stat.S_ISREG(st.st_mode) and st.st_mode & 0o077:
            os.chmod(path, FILE_MODE)
    except OSError:
        pass


def _alive(pid: int | None) -> bool:
    """True if another process with this pid is running (this process counts as not alive: at start-up it owns
    nothing yet). A reused pid can keep a row from being recovered until that process ends; never the reverse."""
    if not pid or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def now_iso() -> str:
    """Current UTC time, ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path, *, check: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) a database in WAL mode with foreign keys on, migrated to the current schema.
    With `check`, a damaged file raises sqlite3.DatabaseError (SQLITE_CORRUPT) now rather than mid-session:
    `PRAGMA quick_check` reads every page of the index (a few ms for thousands of answers)."""
    new = not path.exists()
    conn = sqlite3.connect(path, timeout=10, check_same_thread=False, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable across app crashes, cheap commits
        conn.execute("PRAGMA foreign_keys=ON")
        if new:
            with contextlib.suppress(OSError):
                os.chmod(path, FILE_MODE)
        if check and not new:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if result != "ok":
                exc = sqlite3.DatabaseError(f"quick_check: {result}")
                exc.sqlite_errorcode = 11  # type: ignore[attr-defined]
                raise exc
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


class Store:
    """Sessions and answers of one data folder. Thread-safe (one connection behind a lock); no Qt."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = ensure_private_dir(Path(root) if root else data_dir())
        self.sessions_dir = ensure_private_dir(self.root / SESSIONS_DIR)
        self.db_path = self.root / DB_NAME
        self._lock = threading.RLock()
        #: Where a damaged index was moved before being rebuilt (None when it was fine); the CLI and GUI say so.
        self.damaged_index: Path | None = None
        #: Sessions added to the index from their folders at opening (rebuild or folders the index did not know).
        self.reindexed: list[str] = []
        self._conn = self._open_index()
        try:
            self.reindexed = self._index_folders()
        except StorageError as exc:  # e.g. a read-only data folder: what is indexed still shows
            log.warning("could not index the session folders: %s", exc.message)

    # ---- the index: opened, checked, rebuilt from the folders --------------------------------------------------
    def _open_index(self) -> sqlite3.Connection:
        """Connect to the index; a damaged file is moved aside and a new one is built from the folders."""
        # A 0-byte file is not moved aside: SQLite takes it as an empty database (there is nothing in it to keep),
        # and another process may be creating it at this very moment. The folders then fill the empty index.
        try:
            return connect(self.db_path, check=True)
        except SchemaTooNewError:
            raise
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) not in _CORRUPT_CODES:
                raise self._db_error(exc, "open the session database") from None
            reason = str(exc)
        except OSError as exc:
            raise storage_error(exc, self.db_path, "open the session database") from None
        self.damaged_index = self._set_aside(reason)
        try:
            return connect(self.db_path)
        except sqlite3.Error as exc:
            raise self._db_error(exc, "create a new session database") from None

    def _set_aside(self, reason: str) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = self.db_path.with_name(f"{self.db_path.name}.damaged-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.db_path.with_name(f"{self.db_path.name}.damaged-{stamp}-{n}")
        try:
            os.replace(self.db_path, target)
            for suffix in ("-wal", "-shm"):
                side = self.db_path.with_name(self.db_path.name + suffix)
                if side.exists():
                    os.replace(side, target.with_name(target.name + suffix))
        except OSError as exc:
            raise StorageError(
                f"The session database {self.db_path} is damaged ({reason}) and could not be moved aside ({exc}).",
                path=self.db_path,
                hint="Make the data folder writable, or move that file away yourself; Rebond then rebuilds the list "
                     "of sessions from their folders.") from None
        log.warning("session database %s was damaged (%s): moved to %s; rebuilding from the session folders",
                    self.db_path, reason, target)
        return target

    def _index_folders(self) -> list[str]:
        """Add to the index every session folder it does not list (all of them after a rebuild). The folders are the
        source of truth: each holds session.json and its media and reports."""
        known = {r["folder"] for r in self._exec("SELECT folder FROM sessions").fetchall()}
        try:
            entries = sorted(os.scandir(self.sessions_dir), key=lambda e: e.name)
        except OSError as exc:
            raise storage_error(exc, self.sessions_dir, "read the sessions folder") from None
        added = []
        for entry in entries:
            if entry.name in known or entry.name.startswith(".") or not plain_name(entry.name):
                continue
            if entry.is_symlink() or not entry.is_dir(follow_symlinks=False):
                log.warning("not indexing %s: not a plain folder inside the data folder", entry.path)
                continue
            try:
                if self._index_folder(Path(entry.path)):
                    added.append(entry.name)
            except OSError as exc:  # an unreadable folder: the others are still indexed
                log.warning("could not index %s: %s", entry.path, exc)
        if added:
            log.info("indexed %d session folder(s) from disk: %s", len(added), ", ".join(added))
        return added

    def _index_folder(self, folder: Path) -> bool:
        meta: dict = {}
        try:
            loaded = read_json(folder / "session.json")
            meta = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            meta = {}
        names = {p.name for p in folder.iterdir() if not p.is_symlink() and p.is_file()}
        listed = [a for a in meta.get("answers") or [] if isinstance(a, dict)]
        media_files = {int(m.group(1)): n for n in names if (m := _MEDIA_NAME.match(n))}
        if not meta and not media_files:
            return False  # an empty folder or a stray one: nothing to show
        sid = folder.name
        m = _SESSION_ID.match(sid)
        started = meta.get("started_at")
        if not isinstance(started, str):
            started = (datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S").replace(tzinfo=UTC).isoformat()
                       if m else datetime.fromtimestamp(folder.stat().st_mtime, UTC).isoformat(timespec="seconds"))
        lang = meta.get("language") if meta.get("language") in ("en", "fr") else "en"
        answers: dict[int, dict] = {}
        for a in listed:
            idx = a.get("index")
            if isinstance(idx, int) and idx > 0:
                answers[idx] = a
        for idx, name in media_files.items():
            answers.setdefault(idx, {"index": idx, "media": name, "status": INTERRUPTED, "origin": "recorded",
                                     "question": ""})
        with self._tx() as c:
            cur = c.execute("INSERT OR IGNORE INTO sessions(id, started_at, ended_at, language, title, folder, source,"
                            " synthetic) VALUES (?,?,?,?,?,?,?,?)",
                            (sid, started, meta.get("ended_at"), lang, str(meta.get("title") or ""), sid,
                             str(meta.get("source") or "practice"), int(bool(meta.get("synthetic")))))
            if cur.rowcount == 0:
                return False
            for idx in sorted(answers):
                a = answers[idx]
                media = a.get("media") if plain_name(a.get("media")) else media_files.get(idx)
                report = a.get("report") if plain_name(a.get("report")) and a.get("report") in names else None
                status = a.get("status") if a.get("status") in STATUSES else INTERRUPTED
                metrics: dict = {}
                if report:
                    try:
                        metrics = metrics_from_report(read_json(folder / report))
                        status = DONE
                    except (OSError, ValueError, TypeError, AttributeError):
                        report, status = None, INTERRUPTED
                elif status == DONE:
                    status = INTERRUPTED  # its report is gone: the answer can be analysed again
                cur = c.execute(
                    "INSERT INTO answers(session_id, idx, question_id, question_text, question_note, status, media,"
                    " report, started_at, duration_s, error, origin, updated_at, owner_pid)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
                    (sid, idx, a.get("question_id"), str(a.get("question") or ""), str(a.get("question_note") or ""),
                     status, media, report, started,
                     a.get("duration_s") if isinstance(a.get("duration_s"), int | float) else None,
                     a.get("error") if isinstance(a.get("error"), str) else None,
                     a.get("origin") if a.get("origin") in ("recorded", "imported") else "recorded", now_iso()))
                c.executemany("INSERT INTO metrics(answer_id, name, value) VALUES (?,?,?)",
                              [(cur.lastrowid, k, v) for k, v in metrics.items()])
        return True

    # ---- plumbing -------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _db_error(self, exc: sqlite3.Error, action: str) -> StorageError:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in _CORRUPT_CODES:
            return StorageError(
                f"The session database {self.db_path} is damaged ({exc}).", path=self.db_path,
                hint="Close Rebond and start it again: it moves the damaged file aside and rebuilds the list of "
                     "sessions from their folders (recordings and reports are not affected).")
        if "unable to open" in str(exc) and not os.access(self.root, os.W_OK):
            exc = PermissionError(13, "read-only folder")
        return storage_error(exc, self.db_path, action)

    def _exec(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        with self._lock:
            try:
                return self._conn.execute(sql, params)
            except sqlite3.Error as exc:
                raise self._db_error(exc, "update the session database" if not sql.lstrip().upper().startswith(
                    "SELECT") else "read the session database") from None

    @contextlib.contextmanager
    def _tx(self):
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._db_error(exc, "update the session database") from None
            try:
                yield self._conn
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._db_error(exc, "update the session database") from None
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise self._db_error(exc, "update the session database") from None

    def _abs(self, session_folder: Path, rel: str | None) -> Path | None:
        """A file of a session folder; None for a name that could point elsewhere (a damaged or tampered row)."""
        if not rel:
            return None
        if not plain_name(rel):
            log.warning("ignoring path %r from the index: not a file name inside %s", rel, session_folder)
            return None
        return session_folder / rel

    def _folder(self, row: sqlite3.Row) -> Path:
        """The session folder named by a row, always inside `sessions_dir` (a row naming anything else, e.g.
        `../../elsewhere`, gets the place Rebond itself would have used: `sessions/<id>`)."""
        name = row["folder"]
        if plain_name(name):
            return self.sessions_dir / name
        log.warning("session %s: folder %r in the index is outside the data folder; ignored", row["id"], name)
        return self.sessions_dir / (row["id"] if plain_name(row["id"]) else ".invalid")

    def _answer(self, row: sqlite3.Row, folder: Path, metrics: dict | None = None) -> Answer:
        return Answer(
            id=row["id"], session_id=row["session_id"], index=row["idx"], question_id=row["question_id"],
            question=row["question_text"], question_note=row["question_note"], status=row["status"],
            media=self._abs(folder, row["media"]), report=self._abs(folder, row["report"]),
            started_at=row["started_at"], duration_s=row["duration_s"], error=row["error"], origin=row["origin"],
            metrics=metrics or {},
        )

    def _session(self, row: sqlite3.Row, with_answers: bool = True) -> Session:
        folder = self._folder(row)
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
        folder = self.get_session(session_id).folder
        with contextlib.suppress(OSError):
            for p in folder.iterdir():  # e.g. calibration.mkv, written by the media layer
                _tighten(p)
        self._write_session_json(session_id)

    def delete_session(self, session_id: str) -> DeleteReport:
        """Remove the session's folder, then its rows (answers and metrics cascade).

        Files go first and the row last: if anything cannot be removed (an immutable file, a read-only folder) the
        session stays listed and DeleteIncompleteError names each path left. Nothing outside the data folder is
        touched: a session folder that is a symbolic link is refused (its recordings live elsewhere), and a row
        naming a folder outside the data folder only loses its row (reported in `DeleteReport.outside`)."""
        row = self._exec("SELECT * FROM sessions WHERE id=?", (session_id,)).fetchone()
        if row is None:
            raise InputError(f"No session with id {session_id}.", hint="List them with `rebond sessions list`.")
        report = DeleteReport()
        remaining: list[tuple[str, str]] = []
        if not plain_name(row["folder"]):
            report.outside.append(str(row["folder"]))
        folder = self._folder(row)
        if folder.is_symlink():
            target = os.path.realpath(folder)
            if os.path.exists(target):
                raise DeleteIncompleteError(
                    f"Session {session_id} was not deleted: its folder {folder} is a link to {target}, outside the "
                    "data folder, and Rebond deletes nothing outside it.",
                    remaining=[(target, "outside the data folder")], path=folder,
                    hint=f"Delete {target} yourself (or move it back to {folder}), then run the delete again.")
        _remove_path(folder, report, remaining)
        if remaining:
            self._write_session_json_quietly(session_id)
            raise DeleteIncompleteError(
                f"Session {session_id} was not completely deleted: {len(remaining)} item(s) could not be removed, "
                "so it stays in the list.", remaining=remaining, path=folder,
                hint="Fix what is named above, then run the delete again.")
        with self._tx() as c:
            c.execute("DELETE FROM sessions WHERE id=?", (session_id,))
        return report

    def _write_session_json_quietly(self, session_id: str) -> None:
        with contextlib.suppress(StorageError, InputError):
            self._write_session_json(session_id)

    def _write_session_json(self, session_id: str) -> None:
        """A human-readable copy of the session's metadata in its folder (the index can be rebuilt from it)."""
        s = self.get_session(session_id)
        if s.folder.is_symlink():  # never write through a link to outside the data folder
            log.warning("session folder %s is a link: session.json not written", s.folder)
            return
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
        if not re.fullmatch(r"[a-z0-9]{1,8}", ext):
            ext = "mkv"
        with self._tx() as c:
            idx = c.execute("SELECT COALESCE(MAX(idx), 0) + 1 FROM answers WHERE session_id=?",
                            (session_id,)).fetchone()[0]
            media = f"answer_{idx:02d}.{ext}"
            cur = c.execute(
                "INSERT INTO answers(session_id, idx, question_id, question_text, question_note, status, media,"
                " started_at, origin, updated_at, owner_pid) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (session_id, idx, question_id, question, question_note, status, media, now_iso(), origin, now_iso(),
                 os.getpid()),
            )
            answer_id = cur.lastrowid
        answer = self.get_answer(answer_id)
        try:
            self._create_private(answer.media)
            self._write_session_json(session_id)
        except Exception:
            # The answer never started (e.g. the disk is full): leave no row behind, or the practice flow and the
            # index would wait for a recording that will never exist.
            try:
                with self._tx() as c:
                    c.execute("DELETE FROM answers WHERE id=?", (answer_id,))
                if answer.media is not None and answer.media.exists() and answer.media.stat().st_size == 0:
                    answer.media.unlink()
            except Exception:
                log.warning("could not roll back answer %s after a failed start", answer_id)
            raise
        return answer

    @staticmethod
    def _create_private(path: Path | None) -> None:
        """Create the (empty) media file owner-only, so that the recording written into it is never readable by
        other users, not even while it is being recorded (writers open an existing file without changing its
        mode). An empty file counts as "no media" everywhere (recovery checks the size)."""
        if path is None:
            return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
            os.close(fd)
            _tighten(path)
        except OSError as exc:
            raise storage_error(exc, path, "create the recording file") from None

    def get_answer(self, answer_id: int) -> Answer:
        """One answer by its row id; raises InputError if unknown."""
        row = self._exec("SELECT a.*, s.folder AS folder FROM answers a JOIN sessions s ON s.id=a.session_id "
                         "WHERE a.id=?", (answer_id,)).fetchone()
        if row is None:
            raise InputError(f"No answer with id {answer_id}.")
        return self._answer(row, self._folder(row), self._metrics_for([answer_id]).get(answer_id))

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
        owner = os.getpid() if status in (RECORDING, ANALYZING, QUEUED) else None
        if duration_s is None:
            self._exec("UPDATE answers SET status=?, error=?, updated_at=?, owner_pid=? WHERE id=?",
                       (status, error, now_iso(), owner, answer_id))
        else:
            self._exec("UPDATE answers SET status=?, error=?, duration_s=?, updated_at=?, owner_pid=? WHERE id=?",
                       (status, error, duration_s, now_iso(), owner, answer_id))
        answer = self.get_answer(answer_id)
        _tighten(answer.media)
        self._write_session_json(answer.session_id)
        return answer

    def _remove_answer_files(self, answer: Answer) -> tuple[DeleteReport, list[tuple[str, str]]]:
        report, remaining = DeleteReport(), []
        for path in (answer.media, answer.report):
            if path is not None and path.is_dir() and not path.is_symlink():
                remaining.append((str(path), "a folder, not a file"))
            elif path is not None:
                _remove_path(path, report, remaining)
        return report, remaining

    def reset_media(self, answer_id: int) -> Answer:
        """Re-record: delete the answer's media, report and metrics and put it back in `recording`."""
        answer = self.get_answer(answer_id)
        _report, remaining = self._remove_answer_files(answer)
        if remaining:
            raise DeleteIncompleteError(f"The recording of answer {answer.index} could not be replaced.",
                                        remaining=remaining, hint="Fix what is named above, then try again.")
        self._create_private(answer.media)
        with self._tx() as c:
            c.execute("DELETE FROM metrics WHERE answer_id=?", (answer_id,))
            c.execute("UPDATE answers SET status=?, report=NULL, error=NULL, duration_s=NULL, started_at=?,"
                      " updated_at=?, owner_pid=? WHERE id=?", (RECORDING, now_iso(), now_iso(), os.getpid(),
                                                               answer_id))
        return self.get_answer(answer_id)

    def delete_answer(self, answer_id: int) -> DeleteReport:
        """Remove an answer's media and report, then its row and metrics (other answers keep their index). Paths
        are only ever file names inside the session folder; if a file cannot be removed the answer stays and
        DeleteIncompleteError names what is left."""
        answer = self.get_answer(answer_id)
        report, remaining = self._remove_answer_files(answer)
        if remaining:
            raise DeleteIncompleteError(
                f"Answer {answer.index} of session {answer.session_id} was not completely deleted, so it stays in "
                "the list.", remaining=remaining, hint="Fix what is named above, then delete it again.")
        with self._tx() as c:
            c.execute("DELETE FROM answers WHERE id=?", (answer_id,))
        self._write_session_json(answer.session_id)
        return report

    # ---- reports and metrics --------------------------------------------------------------------------------
    def save_report(self, answer_id: int, report: dict[str, Any]) -> Path:
        """Write the report JSON atomically next to the media, store its metrics, and mark the answer done."""
        answer = self.get_answer(answer_id)
        rel = f"answer_{answer.index:02d}.report.json"
        folder = self.get_session(answer.session_id).folder
        if folder.is_symlink():
            raise StorageError(f"The session folder {folder} is a link outside the data folder; the report is not "
                               "written there.", path=folder, hint="Move the session folder back into the data folder.")
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
        try:
            report = read_json(answer.report)
        except (OSError, ValueError) as exc:
            raise StorageError(
                f"The report of answer {answer.index} ({answer.report}) cannot be read: {exc}.", path=answer.report,
                hint=f"Analyse the answer again: rebond sessions analyze {answer.session_id} {answer.index}") from None
        if not isinstance(report, dict):
            raise StorageError(f"The report of answer {answer.index} ({answer.report}) is not a report.",
                               path=answer.report,
                               hint=f"Analyse the answer again: rebond sessions analyze {answer.session_id} "
                                    f"{answer.index}")
        return report

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
        live = {r["id"] for r in self._exec("SELECT id, owner_pid FROM answers WHERE status IN (?, ?, ?)",
                                            (RECORDING, ANALYZING, QUEUED)).fetchall() if _alive(r["owner_pid"])}
        for answer in self.answers_with_status(RECORDING):
            if answer.id in live:  # another running Rebond is recording it right now
                continue
            has_media = answer.media is not None and answer.media.exists() and answer.media.stat().st_size > 0
            note = None if has_media else "The recording stopped before any media was written."
            result.interrupted.append(self.set_status(answer.id, INTERRUPTED, error=note))
        for answer in self.answers_with_status(ANALYZING):
            if answer.id not in live:
                result.requeued.append(self.set_status(answer.id, QUEUED))
        done = {a.id for a in result.requeued}
        result.requeued.extend(a for a in self.answers_with_status(QUEUED) if a.id not in done and a.id not in live)
        return result
