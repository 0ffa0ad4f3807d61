"""Ordered schema migrations, tracked with `PRAGMA user_version`.

Each entry of `MIGRATIONS` upgrades the schema from version i to i+1 and is never edited once released: a change is a
new entry. A database newer than this code is refused rather than silently misread.
"""

from __future__ import annotations

import sqlite3

from app.core.errors import RebondError

V1 = """
CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    ended_at    TEXT,
    language    TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    folder      TEXT NOT NULL
);
CREATE TABLE answers (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id    TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    question_id   TEXT,
    question_text TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL,
    media         TEXT,
    report        TEXT,
    started_at    TEXT NOT NULL,
    duration_s    REAL,
    error         TEXT,
    UNIQUE (session_id, idx)
);
CREATE INDEX answers_status ON answers(status);
"""

# v2: question notes and provenance on answers, per-answer scalar metrics for charts, user questions and sets,
# and a "synthetic" flag on sessions (the demo is labelled as such).
V2 = """
ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT 'practice';
ALTER TABLE sessions ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0;
ALTER TABLE answers ADD COLUMN question_note TEXT NOT NULL DEFAULT '';
ALTER TABLE answers ADD COLUMN origin TEXT NOT NULL DEFAULT 'recorded';
ALTER TABLE answers ADD COLUMN updated_at TEXT;
CREATE TABLE metrics (
    answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    value     REAL,
    PRIMARY KEY (answer_id, name)
);
CREATE TABLE user_questions (
    id        TEXT PRIMARY KEY,
    language  TEXT NOT NULL,
    category  TEXT NOT NULL DEFAULT 'custom',
    text      TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE question_sets (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    name      TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE question_set_items (
    set_id      INTEGER NOT NULL REFERENCES question_sets(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    PRIMARY KEY (set_id, position)
);
"""

# v3: which process owns an answer that is being recorded or analysed, so that recovery run by one process (e.g.
# `rebond sessions recover` while the app is open) never marks another live process's work as interrupted.
V3 = """
ALTER TABLE answers ADD COLUMN owner_pid INTEGER;
"""

# v4: the feedback journal (real interviews, with ordered tags), the user's weekly goals, and written answers saved
# from the written-answer builder. Tags get their own table so that "which points recur" is a query, not a parse.
V4 = """
CREATE TABLE journal_entries (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    company        TEXT NOT NULL DEFAULT '',
    interview_date TEXT NOT NULL,
    recruiter_said TEXT NOT NULL DEFAULT '',
    strengths      TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE TABLE journal_tags (
    entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag      TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
);
CREATE INDEX journal_tags_tag ON journal_tags(tag);
CREATE TABLE goals (
    metric   TEXT PRIMARY KEY,
    op       TEXT NOT NULL,
    target   REAL NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE goals_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE written_answers (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id   TEXT,
    question_text TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT 'auto',
    text          TEXT NOT NULL,
    report        TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
"""

# v5: the weekly plan. A week's plan is frozen (its JSON) once the user acts on one of its items, so that accepting,
# editing or skipping an item keeps the rest of the week's proposals stable; each item's state is a row.
V5_PLANS = """
CREATE TABLE plans (
    week       TEXT PRIMARY KEY,
    plan       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE plan_items (
    week       TEXT NOT NULL REFERENCES plans(week) ON DELETE CASCADE,
    item_id    TEXT NOT NULL,
    state      TEXT NOT NULL,
    text       TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (week, item_id)
);
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5_PLANS)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RebondError):
    """The database was written by a newer Rebond."""


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's `PRAGMA user_version`."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to `target`, each in its own transaction; returns the final version."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"The session database has schema version {current}; this Rebond understands up to {SCHEMA_VERSION}.",
            hint="Update Rebond, or point it at another data folder (REBOND_DATA_DIR).",
        )
    for version in range(current, target):
        # executescript commits first; BEGIN..COMMIT makes each step all-or-nothing
        conn.executescript(f"BEGIN;\n{MIGRATIONS[version]}\nPRAGMA user_version = {version + 1};\nCOMMIT;")
    return schema_version(conn)
