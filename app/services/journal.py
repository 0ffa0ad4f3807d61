"""The journal screen's `JournalRepository`, backed by the session database (`app.storage.journal`), and the goals
saved there. Maps the storage rows to the analysis types; on first use, an old `journal.json` is imported."""

from __future__ import annotations

import logging
from datetime import date

from app.analysis.journal import JournalEntry, parse_tags
from app.analysis.progress_series import Goal
from app.core.errors import RebondError
from app.storage import journal as rows
from app.storage.store import Store

log = logging.getLogger(__name__)


def _entry(row: rows.JournalRow) -> JournalEntry:
    return JournalEntry(row.company, date.fromisoformat(row.interview_date[:10]), row.recruiter_said, row.strengths,
                        parse_tags(",".join(row.tags)), row.id)


class SqliteJournal:
    """`JournalRepository` over the `journal_entries` / `journal_tags` tables."""

    def __init__(self, store: Store) -> None:
        self.store = store
        try:
            rows.import_legacy_journal(store)
        except RebondError as exc:  # the old file stays where it is; the journal still works
            log.warning("legacy journal not imported: %s", exc.user_text())

    def list_entries(self) -> list[JournalEntry]:
        return [_entry(r) for r in rows.list_entries(self.store)]

    def save(self, entry: JournalEntry) -> JournalEntry:
        saved = rows.save_entry(self.store, rows.JournalRow(entry.company, entry.when.isoformat(),
                                                            entry.recruiter_said, entry.strengths, tuple(entry.tags),
                                                            entry.id))
        return _entry(saved)

    def delete(self, entry_id: int) -> None:
        rows.delete_entry(self.store, entry_id)


def load_goals(store: Store, default: tuple[Goal, ...]) -> list[Goal]:
    """The saved goals, or `default` when the user never set any."""
    saved = rows.load_goals(store)
    return list(default) if saved is None else [Goal(g.metric, g.op, g.target) for g in saved]


def save_goals(store: Store, goals: list[Goal]) -> None:
    """Remember the goals (in their order)."""
    rows.save_goals(store, [rows.GoalRow(g.metric, g.op, float(g.target)) for g in goals])
