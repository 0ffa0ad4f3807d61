"""Feedback journal: what recruiters said in real interviews, tagged, with the points that recur and the practice
metrics related to them. Persistence-free: storage goes through the `JournalRepository` protocol."""

from __future__ import annotations

import functools
import itertools
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from app.core.paths import resource

#: Where the tag keywords live (data, not code): `[metrics] <metric> = [keywords…]`.
TAG_LEXICON = ("lexicons", "journal_tags.toml")


@functools.cache
def tag_metrics() -> dict[str, tuple[str, ...]]:
    """Tag keyword (lower case, accent-free) → the practice metrics that measure that point, read once from
    `app/resources/lexicons/journal_tags.toml`."""
    with open(resource(*TAG_LEXICON), "rb") as fh:
        data = tomllib.load(fh)
    out: dict[str, tuple[str, ...]] = {}
    for metric, words in (data.get("metrics") or {}).items():
        for word in words:
            out[word] = (*out.get(word, ()), metric)
    return out


def normalize_tag(tag: str) -> str:
    """Trimmed, lower case, single spaces; accents kept for display but ignored when comparing (see `tag_key`)."""
    return " ".join(tag.strip().lower().split())


def tag_key(tag: str) -> str:
    """Comparison key of a tag: normalised and without accents ("Débit" and "debit" are one tag)."""
    decomposed = unicodedata.normalize("NFKD", normalize_tag(tag))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma- or semicolon-separated tags, deduplicated by `tag_key`, order kept."""
    seen, out = set(), []
    for raw in text.replace(";", ",").split(","):
        tag = normalize_tag(raw)
        if tag and tag_key(tag) not in seen:
            seen.add(tag_key(tag))
            out.append(tag)
    return tuple(out)


@dataclass(frozen=True)
class JournalEntry:
    """One real interview's feedback."""

    company: str
    when: date
    recruiter_said: str = ""
    strengths: str = ""
    tags: tuple[str, ...] = ()
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (ISO date)."""
        return {"id": self.id, "company": self.company, "date": self.when.isoformat(),
                "recruiter_said": self.recruiter_said, "strengths": self.strengths, "tags": list(self.tags)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JournalEntry:
        """The inverse of `to_dict`; tags are normalised again."""
        return cls(company=str(data.get("company", "")), when=date.fromisoformat(str(data["date"])),
                   recruiter_said=str(data.get("recruiter_said", "")), strengths=str(data.get("strengths", "")),
                   tags=parse_tags(",".join(data.get("tags") or [])), id=data.get("id"))


class JournalRepository(Protocol):
    """Where journal entries live (the storage layer provides the real one)."""

    def list_entries(self) -> list[JournalEntry]:
        """Every entry, newest first."""
        ...

    def save(self, entry: JournalEntry) -> JournalEntry:
        """Insert (id None) or update; returns the stored entry with its id."""
        ...

    def delete(self, entry_id: int) -> None:
        """Remove an entry (no error when it does not exist)."""
        ...


@dataclass
class InMemoryJournal:
    """A `JournalRepository` in memory (tests, and the GUI before storage is wired)."""

    entries: dict[int, JournalEntry] = field(default_factory=dict)
    _ids: Any = field(default_factory=lambda: itertools.count(1))

    def list_entries(self) -> list[JournalEntry]:
        """Every entry, newest first."""
        return sorted(self.entries.values(), key=lambda e: (e.when, e.id or 0), reverse=True)

    def save(self, entry: JournalEntry) -> JournalEntry:
        """Insert (id None: a new id is given) or replace."""
        if entry.id is None:
            entry = replace(entry, id=next(self._ids))
            while entry.id in self.entries:
                entry = replace(entry, id=next(self._ids))
        self.entries[entry.id] = entry
        return entry

    def delete(self, entry_id: int) -> None:
        """Remove an entry (no error when it does not exist)."""
        self.entries.pop(entry_id, None)


@dataclass(frozen=True)
class RecurringTag:
    """A point raised in several interviews."""

    tag: str
    count: int
    companies: tuple[str, ...]
    last: date
    metrics: tuple[str, ...]


def related_metrics(tag: str) -> tuple[str, ...]:
    """Practice metrics that measure what a tag talks about (empty when none does)."""
    parts = tag_key(tag).replace("-", " ").split()
    found: list[str] = []
    for word, metrics in tag_metrics().items():
        # short keywords must be whole words ("star" is not "start"); longer ones are stems ("hesitat" → hesitation)
        hit = any(p in (word, word + "s") for p in parts) if len(word) <= 4 else any(p.startswith(word) for p in parts)
        if hit:
            found.extend(m for m in metrics if m not in found)
    return tuple(found)


def recurring_tags(entries: Iterable[JournalEntry], min_count: int = 2) -> list[RecurringTag]:
    """Tags found in at least `min_count` entries, most frequent first (then most recent)."""
    groups: dict[str, list[JournalEntry]] = {}
    display: dict[str, str] = {}
    for entry in entries:
        for tag in entry.tags:
            groups.setdefault(tag_key(tag), []).append(entry)
            display.setdefault(tag_key(tag), tag)
    out = []
    for key, group in groups.items():
        if len(group) >= min_count:
            companies = tuple(dict.fromkeys(e.company for e in group if e.company))
            out.append(RecurringTag(display[key], len(group), companies, max(e.when for e in group),
                                    related_metrics(display[key])))
    out.sort(key=lambda r: (-r.count, -r.last.toordinal(), r.tag))
    return out


def all_tags(entries: Sequence[JournalEntry]) -> list[str]:
    """Every tag used so far (for completion), alphabetical."""
    seen: dict[str, str] = {}
    for entry in entries:
        for tag in entry.tags:
            seen.setdefault(tag_key(tag), tag)
    return sorted(seen.values(), key=tag_key)
