"""Import a recording made elsewhere (e.g. a phone video) as an answer: copy it into a session folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.core.errors import InputError
from app.media.file_decoder import probe
from app.storage.models import QUEUED
from app.storage.store import Store


def import_recording(store: Store, source: Path, *, question: str, question_id: str | None = None,
                     question_note: str = "", language: str = "en", session_id: str | None = None) -> int:
    """Check the file decodes, copy it into a (new or given) session as a queued answer; returns the answer id.
    Safe to call off the GUI thread (the store is thread-safe)."""
    source = Path(source)
    if not source.is_file():
        raise InputError(f"File not found: {source}")
    info = probe(source)  # raises a readable InputError for a non-video file
    if session_id is None:
        session_id = store.create_session(language, title=f"Imported: {source.name}", source="import").id
    answer = store.add_answer(session_id, question=question, question_id=question_id, question_note=question_note,
                              ext=source.suffix or ".mp4", origin="imported", status=QUEUED)
    tmp = answer.media.with_name(f".{answer.media.name}.part")
    shutil.copyfile(source, tmp)
    tmp.replace(answer.media)
    store.set_status(answer.id, QUEUED, duration_s=round(info["duration"], 3) if info["duration"] else None)
    return answer.id
