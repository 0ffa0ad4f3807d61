"""Session use-cases for the screens: how a session is named and listed, deleting answers and sessions (with their
analyses cancelled first). The screens call these instead of reaching into the store."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from app.storage.models import CANCELLED, DONE, FAILED, INTERRUPTED, Answer, Session
from app.storage.store import Store

__all__ = ["CANCELLED", "DONE", "FAILED", "INTERRUPTED", "Answer", "Session", "Store", "delete_answer",
           "delete_session", "session_label", "session_title", "when_text"]

TITLE_CHARS = 60  # a question cut at a word boundary fits one line of the sessions list at 1280 px


def _local(iso: str) -> QDateTime | None:
    try:
        dt = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return None
    return QDateTime(dt.year, dt.month, dt.day, dt.hour, dt.minute, 0)  # already local time


def when_text(iso: str) -> str:
    """A stored timestamp as the user reads dates: "4 Dec 2026 15:40" / "4 déc. 2026 15:40"."""
    dt = _local(iso)
    return iso[:16].replace("T", " ") if dt is None else QLocale().toString(dt, "d MMM yyyy HH:mm")


def session_title(session) -> str:
    """A session's name for people: its title if it has one, else its first question (cut at a word), else
    "Session"; the date is shown beside it by `session_label`."""
    if session.title:
        return session.title
    first = next((a.question.strip() for a in session.answers if a.question and a.question.strip()), "")
    if not first:
        return QCoreApplication.translate("sessions", "Session without answers")
    if len(first) > TITLE_CHARS:
        first = first[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return first


def session_label(session) -> str:
    """Two lines for the sessions list: the title, then the date and the number of answers."""
    n = len(session.answers)
    count = (QCoreApplication.translate("sessions", "1 answer") if n == 1
             else QCoreApplication.translate("sessions", "%1 answers").replace("%1", str(n)))
    tag = QCoreApplication.translate("sessions", " · synthetic demo") if session.synthetic else ""
    return f"{session_title(session)}\n{when_text(session.started_at)} · {count}{tag}"


def delete_answer(store, queue, answer_id: int) -> None:
    """Stop the answer's analysis, then delete its recording, report and rows."""
    queue.cancel(answer_id)
    store.delete_answer(answer_id)


def delete_session(store, queue, session_id: str) -> None:
    """Stop the analyses of the session's answers, then delete the session with its files."""
    for a in store.get_session(session_id).answers:
        queue.cancel(a.id)
    store.delete_session(session_id)
