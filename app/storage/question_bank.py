"""The question bank shipped in `app/resources/questions/*.toml` (FR and EN), merged with the user's own questions.

File format: `[[question]]` tables with `id`, `category`, `en`, `fr`, `note_en`, `note_fr` and optional
`drill = "rebound"`; `[categories.<id>]` tables give `en`/`fr` labels.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from app.core.paths import resource


@dataclass(frozen=True)
class Question:
    """One question in one language."""

    id: str
    category: str
    text: str
    note: str
    language: str
    drill: str = ""


@lru_cache(maxsize=1)
def _load() -> tuple[list[dict], dict[str, dict]]:
    questions: list[dict] = []
    categories: dict[str, dict] = {}
    for path in sorted(resource("questions").glob("*.toml")):
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        questions.extend(data.get("question", []))
        categories.update(data.get("categories", {}))
    return questions, categories


def categories(language: str = "en") -> list[tuple[str, str]]:
    """(id, label) of every category, plus the rebound drill, in file order."""
    _, cats = _load()
    lang = "fr" if language == "fr" else "en"
    return [(cid, c.get(lang, cid)) for cid, c in cats.items()]


def bank(language: str = "en") -> list[Question]:
    """Every shipped question in `language` ("fr" or "en")."""
    lang = "fr" if language == "fr" else "en"
    qs, _ = _load()
    return [Question(q["id"], q["category"], q[lang], q.get(f"note_{lang}", ""), lang, q.get("drill", ""))
            for q in qs]


def by_id(language: str = "en") -> dict[str, Question]:
    """Questions keyed by id."""
    return {q.id: q for q in bank(language)}


def pick(language: str, count: int, *, category: str = "", seed: int | None = None) -> list[Question]:
    """`count` questions of a category (or of the drill "rebound", or from everything when empty), without
    repeats; the rebound drill keeps its order."""
    pool = bank(language)
    if category == "rebound":
        return [q for q in pool if q.drill == "rebound"][:count]
    if category:
        pool = [q for q in pool if q.category == category]
    rng = random.Random(seed)
    return rng.sample(pool, min(count, len(pool)))
