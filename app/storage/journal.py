"""The feedback journal, the weekly goals and saved written answers, in the session database (schema v4).

Rows are plain dataclasses of this module: the storage layer does not know the analysis types
(`app.analysis.journal.JournalEntry`, `app.analysis.progress_series.Goal`); the UI maps between the two.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import InputError
from app.storage.store import Store, now_iso

log = logging.getLogger(__name__)

#: A JSON journal written by earlier builds (one list of entries); imported once, then renamed.
LEGACY_JOURNAL = "journal.json"


@dataclass(frozen=True)
class JournalRow:
    """One real interview's feedback; `interview_date` is ISO `YYYY-MM-DD`; `id` None until stored."""

    company: str
    interview_date: str
    recruiter_said: str = ""
    strengths: str = ""
    tags: tuple[str, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class GoalRow:
    """A weekly goal: `metric op target` (op one of <=, <, >=, >)."""

    metric: str
    op: str
    target: float


@dataclass(frozen=True)
class WrittenRow:
    """A written answer saved with its question (and its latest text analysis, if any)."""

    question: str
    text: str
    language: str = "auto"
    question_id: str | None = None
    report: dict[str, Any] | None = field(default=None, compare=False)
    id: int | None = None
    updated_at: str = ""


# ---- journal --------------------------------------------------------------------------------------------------------
def list_entries(store: Store) -> list[JournalRow]:
    """Every entry with its tags in order, newest interview first."""
    rows = store._exec("SELECT * FROM journal_entries ORDER BY interview_date DESC, id DESC").fetchall()
    tags: dict[int, list[str]] = {}
    for t in store._exec("SELECT entry_id, tag FROM journal_tags ORDER BY entry_id, position"):
        tags.setdefault(t["entry_id"], []).append(t["tag"])
    return [JournalRow(r["company"], r["interview_date"], r["recruiter_said"], r["strengths"],
                       tuple(tags.get(r["id"], ())), r["id"]) for r in rows]


def save_entry(store: Store, entry: JournalRow) -> JournalRow:
    """Insert (id None) or update an entry and replace its tags; returns the stored row."""
    now = now_iso()
    with store._tx() as c:
        if entry.id is None:
            cur = c.execute("INSERT INTO journal_entries(company, interview_date, recruiter_said, strengths, "
                            "created_at, updated_at) VALUES (?,?,?,?,?,?)",
                            (entry.company, entry.interview_date, entry.recruiter_said, entry.strengths, now, now))
            entry_id = int(cur.lastrowid)
        else:
            entry_id = entry.id
            cur = c.execute("UPDATE journal_entries SET company=?, interview_date=?, recruiter_said=?, strengths=?, "
                            "updated_at=? WHERE id=?",
                            (entry.company, entry.interview_date, entry.recruiter_said, entry.strengths, now,
                             entry_id))
            if cur.rowcount == 0:  # deleted elsewhere meanwhile: store it again under the same id
                c.execute("INSERT INTO journal_entries(id, company, interview_date, recruiter_said, strengths, "
                          "created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                          (entry_id, entry.company, entry.interview_date, entry.recruiter_said, entry.strengths,
                           now, now))
        c.execute("DELETE FROM journal_tags WHERE entry_id=?", (entry_id,))
        c.executemany("INSERT INTO journal_tags(entry_id, position, tag) VALUES (?,?,?)",
                      [(entry_id, i, t) for i, t in enumerate(entry.tags)])
    return JournalRow(entry.company, entry.interview_date, entry.recruiter_said, entry.strengths, tuple(entry.tags),
                      entry_id)


def delete_entry(store: Store, entry_id: int) -> None:
    """Remove an entry and its tags (no error when it does not exist)."""
    with store._tx() as c:
        c.execute("DELETE FROM journal_entries WHERE id=?", (entry_id,))


def import_legacy_journal(store: Store, path: Path | None = None) -> int:
    """Move a `journal.json` of an earlier build into the database once; the file is renamed `.imported`.

    Returns how many entries were imported (0 when there is no such file). A file that cannot be read is left in
    place and reported, never half-imported."""
    path = Path(path) if path else store.root / LEGACY_JOURNAL
    if not path.is_file():
        return 0
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = [JournalRow(str(d.get("company", "")), str(d["date"])[:10], str(d.get("recruiter_said", "")),
                           str(d.get("strengths", "")), tuple(str(t) for t in d.get("tags") or ())) for d in data]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"The old feedback journal at {path} cannot be read ({exc}).",
                         hint="Move the file away; the journal in the database is not affected.") from exc
    for row in rows:
        save_entry(store, row)
    path.replace(path.with_name(path.name + ".imported"))
    log.info("imported %d journal entries from %s", len(rows), path)
    return len(rows)


# ---- goals ----------------------------------------------------------------------------------------------------------
def load_goals(store: Store) -> list[GoalRow] | None:
    """The user's goals in their order, or None when they never set any (the UI then offers its defaults)."""
    if store._exec("SELECT value FROM goals_meta WHERE key='set'").fetchone() is None:
        return None
    return [GoalRow(r["metric"], r["op"], float(r["target"]))
            for r in store._exec("SELECT metric, op, target FROM goals ORDER BY position").fetchall()]


def save_goals(store: Store, goals: list[GoalRow]) -> None:
    """Replace the goals (an empty list is remembered as "no goals", not as "never set")."""
    with store._tx() as c:
        c.execute("DELETE FROM goals")
        c.executemany("INSERT INTO goals(metric, op, target, position) VALUES (?,?,?,?)",
                      [(g.metric, g.op, float(g.target), i) for i, g in enumerate(goals)])
        c.execute("INSERT OR REPLACE INTO goals_meta(key, value) VALUES ('set', ?)", (now_iso(),))


# ---- written answers ------------------------------------------------------------------------------------------------
def save_written(store: Store, row: WrittenRow) -> WrittenRow:
    """Insert (id None) or update a written answer; returns it with its id."""
    now = now_iso()
    report = json.dumps(row.report, ensure_ascii=False) if row.report is not None else None
    with store._tx() as c:
        if row.id is None:
            cur = c.execute("INSERT INTO written_answers(question_id, question_text, language, text, report, "
                            "created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                            (row.question_id, row.question, row.language, row.text, report, now, now))
            rid = int(cur.lastrowid)
        else:
            rid = row.id
            c.execute("UPDATE written_answers SET question_id=?, question_text=?, language=?, text=?, report=?, "
                      "updated_at=? WHERE id=?", (row.question_id, row.question, row.language, row.text, report,
                                                  now, rid))
    return WrittenRow(row.question, row.text, row.language, row.question_id, row.report, rid, now)


def list_written(store: Store, question: str | None = None) -> list[WrittenRow]:
    """Saved written answers, most recently edited first (only those of `question` when given)."""
    sql = "SELECT * FROM written_answers"
    params: tuple = ()
    if question is not None:
        sql += " WHERE question_text=?"
        params = (question,)
    out = []
    for r in store._exec(sql + " ORDER BY updated_at DESC, id DESC", params).fetchall():
        try:
            report = json.loads(r["report"]) if r["report"] else None
        except ValueError:
            report = None
        out.append(WrittenRow(r["question_text"], r["text"], r["language"], r["question_id"], report, r["id"],
                              r["updated_at"]))
    return out


def delete_written(store: Store, written_id: int) -> None:
    """Remove a saved written answer."""
    with store._tx() as c:
        c.execute("DELETE FROM written_answers WHERE id=?", (written_id,))
