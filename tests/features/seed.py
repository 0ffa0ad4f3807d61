"""A seeded data folder for the feature tests and screenshots: three weeks of practice on two questions (from the
literal example reports of tests/data/review, with their fillers/pace shifted per day), a feedback journal with a
recurring point, weekly goals and one written answer. Dates are pinned (answers' `started_at` set directly)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.storage import journal as j
from app.storage.store import Store
from tests.review.reports import report

#: The Monday of the week the seeded practice ends in (the plan under test is the week after).
LAST_WEEK = date(2026, 11, 23)
TODAY = LAST_WEEK + timedelta(days=4)  # Friday 27 November 2026
QUESTION = ("deadline-01", "Tell me about a time you worked under a tight deadline.")
WRITTEN = ("Our release process took two days and slowed every launch.\n"
           "My task was to cut the build time before the product launch.\n"
           "I rewrote the build pipeline and added a shared cache.\n"
           "I also trained the team on the new process.\n"
           "As a result build time dropped by 40 percent.")


def _stamp(day: date, hour: int) -> str:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC).isoformat(timespec="seconds")


def add_answer(store: Store, session_id: str, day: date, hour: int, name: str, qid: str, question: str,
               fillers: float | None = None, wpm: float | None = None) -> int:
    rep = report(name)
    if fillers is not None:
        rep["fillers"]["per_minute"] = fillers
    if wpm is not None:
        rep["pace"]["wpm"] = wpm
    a = store.add_answer(session_id, question=question, question_id=qid)
    store._exec("UPDATE answers SET started_at=? WHERE id=?", (_stamp(day, hour), a.id))
    store.save_report(a.id, rep)
    return a.id


def seed(root) -> tuple[Store, dict]:
    """The store and the references the tests use ({"first": "SID:1", "retry": "SID:2", ...})."""
    store = Store(root)
    refs: dict = {}
    # Practice: baseline days with few fillers, then fillers rising (a weak point against the baseline and the band)
    plan = [(LAST_WEEK - timedelta(days=14), 2.0, 140), (LAST_WEEK - timedelta(days=12), 2.2, 142),
            (LAST_WEEK - timedelta(days=10), 2.1, 138), (LAST_WEEK - timedelta(days=3), 5.5, 150)]
    for k, (day, fillers, wpm) in enumerate(plan):
        s = store.create_session("en", title=f"day {k + 1}")
        store._exec("UPDATE sessions SET started_at=? WHERE id=?", (_stamp(day, 9), s.id))
        add_answer(store, s.id, day, 9, "answer_short", *QUESTION, fillers=fillers, wpm=wpm)
        add_answer(store, s.id, day, 10, "answer_short_retry", *QUESTION, fillers=fillers, wpm=wpm)
        refs.setdefault("first", f"{s.id}:1")
        refs["retry"] = f"{s.id}:2"
    refs["last_session"] = s.id
    # The journal: fillers recur (two interviews), leadership was raised once.
    j.save_entry(store, j.JournalRow("ACME", (LAST_WEEK - timedelta(days=20)).isoformat(),
                                     "Too many hesitations", "Clear technical examples", ("fillers", "leadership")))
    j.save_entry(store, j.JournalRow("Globex", (LAST_WEEK - timedelta(days=6)).isoformat(),
                                     "Lots of 'um'", "Friendly, good energy", ("fillers",)))
    j.save_goals(store, [j.GoalRow("fillers_per_min", "<=", 3.0), j.GoalRow("eye_contact", ">=", 70.0)])
    w = j.save_written(store, j.WrittenRow(QUESTION[1], WRITTEN, "en", QUESTION[0]))
    refs["written_id"] = w.id
    return store, refs
