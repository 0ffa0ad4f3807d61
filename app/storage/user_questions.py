"""The user's own questions (e.g. from a job posting) and named question sets, in the same database."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from app.storage.store import Store, now_iso


@dataclass(frozen=True)
class QuestionSet:
    """A named, ordered list of question ids (bank ids or `user-…` ids)."""

    id: int
    name: str
    question_ids: tuple[str, ...]


def add_user_question(store: Store, language: str, text: str, *, note: str = "", category: str = "custom") -> str:
    """Store a question written by the user; returns its id (`user-xxxxxxxx`)."""
    qid = "user-" + secrets.token_hex(4)
    with store._tx() as c:
        c.execute("INSERT INTO user_questions(id, language, category, text, note, created_at) VALUES (?,?,?,?,?,?)",
                  (qid, language, category, text.strip(), note.strip(), now_iso()))
    return qid


def list_user_questions(store: Store, language: str | None = None) -> list[dict]:
    """User questions as dicts `{id, language, category, text, note}`."""
    sql = "SELECT id, language, category, text, note FROM user_questions"
    rows = (store._exec(sql + " WHERE language=? ORDER BY created_at", (language,)) if language
            else store._exec(sql + " ORDER BY created_at"))
    return [dict(r) for r in rows.fetchall()]


def delete_user_question(store: Store, qid: str) -> None:
    """Remove a user question (answers already recorded keep their copy of the text)."""
    with store._tx() as c:
        c.execute("DELETE FROM user_questions WHERE id=?", (qid,))
        c.execute("DELETE FROM question_set_items WHERE question_id=?", (qid,))


def save_set(store: Store, name: str, question_ids: list[str]) -> QuestionSet:
    """Create or replace the set called `name`."""
    with store._tx() as c:
        c.execute("INSERT INTO question_sets(name, created_at) VALUES (?,?) ON CONFLICT(name) DO NOTHING",
                  (name, now_iso()))
        set_id = c.execute("SELECT id FROM question_sets WHERE name=?", (name,)).fetchone()[0]
        c.execute("DELETE FROM question_set_items WHERE set_id=?", (set_id,))
        c.executemany("INSERT INTO question_set_items(set_id, position, question_id) VALUES (?,?,?)",
                      [(set_id, i, q) for i, q in enumerate(question_ids)])
    return QuestionSet(set_id, name, tuple(question_ids))


def list_sets(store: Store) -> list[QuestionSet]:
    """Every set with its question ids in order."""
    out = []
    for r in store._exec("SELECT id, name FROM question_sets ORDER BY name").fetchall():
        ids = [x[0] for x in store._exec("SELECT question_id FROM question_set_items WHERE set_id=? ORDER BY position",
                                         (r["id"],)).fetchall()]
        out.append(QuestionSet(r["id"], r["name"], tuple(ids)))
    return out


def delete_set(store: Store, name: str) -> None:
    """Remove a set (its questions stay)."""
    with store._tx() as c:
        c.execute("DELETE FROM question_sets WHERE name=?", (name,))
