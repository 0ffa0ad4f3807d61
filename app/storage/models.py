"""Row types returned by the store (plain dataclasses, no Qt) and the answer statuses."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

RECORDING = "recording"
QUEUED = "queued"
ANALYZING = "analyzing"
DONE = "done"
INTERRUPTED = "interrupted"
FAILED = "failed"
CANCELLED = "cancelled"
#: Every status an answer can have (the order is the usual life cycle).
STATUSES = (RECORDING, QUEUED, ANALYZING, DONE, INTERRUPTED, FAILED, CANCELLED)
#: Statuses whose analysis may be (re-)started by the user.
ANALYSABLE = (QUEUED, INTERRUPTED, FAILED, CANCELLED, DONE)


@dataclass
class Answer:
    """One answer of a session. `media` and `report` are absolute paths (`report` None until analysed)."""

    id: int
    session_id: str
    index: int  # from 1
    question_id: str | None
    question: str
    question_note: str
    status: str
    media: Path | None
    report: Path | None
    started_at: str
    duration_s: float | None
    error: str | None
    origin: str  # "recorded" | "imported"
    metrics: dict[str, float | None] = field(default_factory=dict)


@dataclass
class Session:
    """A practice session: a folder under `<data>/sessions/<id>/` plus its rows."""

    id: str
    started_at: str
    ended_at: str | None
    language: str
    title: str
    source: str  # "practice" | "import" | "demo"
    synthetic: bool
    folder: Path
    answers: list[Answer] = field(default_factory=list)


@dataclass
class RecoveryResult:
    """What `Store.recover()` changed: answers cut during recording, and answers whose analysis must run again."""

    interrupted: list[Answer] = field(default_factory=list)
    requeued: list[Answer] = field(default_factory=list)
