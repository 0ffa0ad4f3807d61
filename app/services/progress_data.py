"""What the pages read from the store: per-answer metric rows for charts, and attempts grouped by question.
No widgets here; `metric_rows` may run on a worker thread (the store is thread-safe)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from app.analysis.progress_series import metric_row
from app.core.errors import StorageError
from app.storage.models import DONE, Answer, Session
from app.storage.store import Store

log = logging.getLogger(__name__)


def local_day(iso: str) -> date:
    """The local calendar day of a stored UTC timestamp (practice days are the user's days)."""
    try:
        return datetime.fromisoformat(iso).astimezone().date()
    except ValueError:
        return date.fromisoformat(iso[:10])


def question_key(answer: Answer) -> str:
    """Attempts of the same question share this key: the bank id, else the question text."""
    return answer.question_id or f"text:{answer.question.strip()}"


def metric_rows(store: Store, *, include_synthetic: bool = False) -> list[dict]:
    """One metric row per analysed answer (oldest first), read from the reports. The synthetic demo is left out: it
    is not the user's practice."""
    rows = []
    for session in reversed(store.list_sessions()):
        if session.synthetic and not include_synthetic:
            continue
        for a in session.answers:
            if a.status != DONE:
                continue
            try:
                report = store.load_report(a.id)
            except StorageError as exc:  # one unreadable report must not hide the others' progress
                log.warning("report of answer %s left out: %s", a.id, exc.message)
                continue
            if report:
                rows.append(metric_row(report, session_id=session.id, answer=a.index, answer_id=a.id,
                                       date=local_day(a.started_at), question=a.question, question_id=a.question_id))
    return rows


@dataclass(frozen=True)
class Attempt:
    """One analysed answer to a question, with its session."""

    answer: Answer
    session: Session

    @property
    def label(self) -> str:
        """Local date and time to the second (two attempts may start in the same minute)."""
        try:
            when = datetime.fromisoformat(self.answer.started_at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            when = self.answer.started_at[:19].replace("T", " ")
        return when


def attempts_by_question(store: Store) -> dict[str, list[Attempt]]:
    """Analysed answers grouped by question, oldest attempt first; questions ordered by their latest attempt."""
    groups: dict[str, list[Attempt]] = {}
    for session in reversed(store.list_sessions()):
        for a in session.answers:
            if a.status == DONE and a.report is not None:
                groups.setdefault(question_key(a), []).append(Attempt(a, session))
    for attempts in groups.values():
        attempts.sort(key=lambda t: (t.answer.started_at, t.answer.id))
    return dict(sorted(groups.items(), key=lambda kv: kv[1][-1].answer.started_at, reverse=True))


def data_signature(store: Store) -> tuple:
    """Changes whenever an answer is added, deleted, or changes status (pages rebuild only then)."""
    return tuple((a.id, a.status) for s in store.list_sessions() for a in s.answers)
