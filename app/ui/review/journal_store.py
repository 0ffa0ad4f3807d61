"""A small JSON-file `JournalRepository` (one file, written atomically) until the storage layer offers a table."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from app.analysis.journal import JournalEntry
from app.core.errors import InputError


class JsonFileJournal:
    """Entries in `path` as a JSON list; every save rewrites the file through a temporary file + rename."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _read(self) -> list[JournalEntry]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [JournalEntry.from_dict(row) for row in data]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"The feedback journal at {self.path} cannot be read ({exc}).",
                             hint="Move the file away to start a new journal; nothing else is affected.") from exc

    def _write(self, entries: list[JournalEntry]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".journal-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump([e.to_dict() for e in entries], fh, ensure_ascii=False, indent=1)
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise InputError(f"Cannot save the feedback journal to {self.path}: {exc.strerror or exc}.") from exc

    def list_entries(self) -> list[JournalEntry]:
        return sorted(self._read(), key=lambda e: (e.when, e.id or 0), reverse=True)

    def save(self, entry: JournalEntry) -> JournalEntry:
        entries = self._read()
        if entry.id is None:
            entry = replace(entry, id=max((e.id or 0 for e in entries), default=0) + 1)
        entries = [e for e in entries if e.id != entry.id] + [entry]
        self._write(entries)
        return entry

    def delete(self, entry_id: int) -> None:
        self._write([e for e in self._read() if e.id != entry_id])
