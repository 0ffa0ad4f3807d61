"""Job advertisements and the story bank: which competencies an ad asks for, which questions train them, and which
of the user's saved STAR stories cover each one (with a number in the result or not).

Pure and offline: the competency lexicon is data (`app/resources/lexicons/competencies.toml`, FR + EN, with synonyms
and its sources); matching is by whole words after lower-casing and removing accents, a synonym token ending in "*"
being a stem. A lexicon cannot read between the lines of an ad: it finds the competencies the ad names.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.paths import resource

LEXICON = ("lexicons", "competencies.toml")
_TOKEN = re.compile(r"[a-z0-9]+")
#: Function words that tell French from English (design choice: the most frequent words of each language).
_FR_WORDS = frozenset("le la les des du une et est pour avec dans sur vous nous en au aux qui que".split())
_EN_WORDS = frozenset("the and of to for with in on you we our is are a an your will be".split())


def fold(text: str) -> str:
    """Lower case without accents, typographic apostrophes made plain ("Équipe’s" → "equipe's")."""
    text = text.replace("\u2019", "'").replace("\u02bc", "'").lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Folded word tokens (letters and digits; apostrophes and hyphens split words)."""
    return _TOKEN.findall(fold(text))


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """`tokens(text)` with each token's character span in the original text (for showing the ad's own words)."""
    folded, origin = [], []
    for i, ch in enumerate(text):
        piece = fold(ch)
        folded.append(piece)
        origin.extend([i] * len(piece))
    flat = "".join(folded)
    return [(m.group(0), origin[m.start()], origin[m.end() - 1] + 1) for m in _TOKEN.finditer(flat)]


@dataclass(frozen=True)
class CompetencyDef:
    """One lexicon entry: labels, synonyms (as token patterns), question categories and story words."""

    id: str
    en: str
    fr: str
    categories: tuple[str, ...]
    patterns: tuple[tuple[str, ...], ...]
    story_patterns: tuple[tuple[str, ...], ...]

    def label(self, lang: str) -> str:
        """The name in `lang` ("fr" or "en")."""
        return self.fr if lang == "fr" else self.en


def _patterns(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    out = []
    for phrase in phrases:
        # a stem marker belongs to the last token of its word only ("kpi*" → "kpi*"; "d'equipe" → "d", "equipe")
        fixed: list[str] = []
        for part in fold(phrase).split():
            found = _TOKEN.findall(part)
            fixed.extend(found[:-1])
            if found:
                fixed.append(found[-1] + ("*" if part.endswith("*") else ""))
        toks = tuple(fixed)
        if toks:
            out.append(toks)
    return tuple(dict.fromkeys(out))


def parse_lexicon(data: Mapping[str, Any]) -> tuple[CompetencyDef, ...]:
    """Competency definitions from the parsed TOML (`[competency.<id>]` tables), in file order."""
    out = []
    for cid, c in (data.get("competency") or {}).items():
        out.append(CompetencyDef(cid, c.get("en", cid), c.get("fr", c.get("en", cid)),
                                 tuple(c.get("categories") or ()),
                                 _patterns([*(c.get("synonyms_en") or ()), *(c.get("synonyms_fr") or ())]),
                                 _patterns(c.get("story") or ())))
    return tuple(out)


@functools.cache
def lexicon() -> tuple[CompetencyDef, ...]:
    """The shipped competency lexicon (read once)."""
    with open(resource(*LEXICON), "rb") as fh:
        return parse_lexicon(tomllib.load(fh))


def _tok_match(pattern: str, tok: str) -> bool:
    return tok.startswith(pattern[:-1]) if pattern.endswith("*") else tok == pattern


def find_pattern(toks: Sequence[str], pattern: Sequence[str]) -> list[int]:
    """Start indexes where the token pattern occurs in `toks`."""
    n = len(pattern)
    return [i for i in range(len(toks) - n + 1) if all(_tok_match(p, toks[i + k]) for k, p in enumerate(pattern))]


def mentions(text: str, patterns: Iterable[Sequence[str]]) -> list[str]:
    """The words of `text` matched by any of the patterns (folded, in order of first appearance, unique)."""
    toks = tokens(text)
    hits: dict[int, str] = {}
    for pattern in patterns:
        for i in find_pattern(toks, pattern):
            hits.setdefault(i, " ".join(toks[i:i + len(pattern)]))
    return list(dict.fromkeys(hits[i] for i in sorted(hits)))


def detect_language(text: str) -> str:
    """"fr" or "en" from function-word counts (English on a tie)."""
    toks = tokens(text)
    fr = sum(t in _FR_WORDS for t in toks)
    en = sum(t in _EN_WORDS for t in toks)
    return "fr" if fr > en else "en"


@dataclass(frozen=True)
class FoundCompetency:
    """A competency the ad names: how often, with the words that matched (the evidence shown to the user)."""

    id: str
    label: str
    count: int
    evidence: tuple[str, ...]
    first: int


def extract_competencies(text: str, lex: Sequence[CompetencyDef] | None = None,
                         lang: str | None = None) -> list[FoundCompetency]:
    """Competencies named in a job ad, most mentioned first (then in order of appearance)."""
    lex = lexicon() if lex is None else lex
    lang = lang or detect_language(text)
    spans = token_spans(text)
    toks = [t for t, _s, _e in spans]
    found = []
    for comp in lex:
        starts: dict[int, str] = {}
        covered: set[int] = set()
        # longest synonyms first, and a word counts once: "relation client" is one mention, not two
        for pattern in sorted(comp.patterns, key=len, reverse=True):
            for i in find_pattern(toks, pattern):
                span = set(range(i, i + len(pattern)))
                if not span & covered:
                    covered |= span
                    # the ad's own words (accents, apostrophes), as the user wrote them
                    starts[i] = text[spans[i][1]:spans[i + len(pattern) - 1][2]].lower()
        if starts:
            evidence = tuple(dict.fromkeys(starts[i] for i in sorted(starts)))
            found.append(FoundCompetency(comp.id, comp.label(lang), len(starts), evidence, min(starts)))
    found.sort(key=lambda f: (-f.count, f.first))
    return found


@dataclass(frozen=True)
class QuestionRef:
    """A question offered for practice (bank or the user's own)."""

    id: str
    category: str
    text: str


def matching_questions(found: Sequence[FoundCompetency], questions: Sequence[Any],
                       lex: Sequence[CompetencyDef] | None = None, per_competency: int = 3
                       ) -> dict[str, list[QuestionRef]]:
    """For each competency found: up to `per_competency` questions of its categories, or whose text names it.
    `questions` need `id`, `category` and `text` attributes (bank questions, user questions)."""
    lex = {c.id: c for c in (lexicon() if lex is None else lex)}
    out: dict[str, list[QuestionRef]] = {}
    for f in found:
        comp = lex[f.id]
        picked: list[QuestionRef] = []
        for q in questions:
            if len(picked) >= per_competency:
                break
            if q.category in comp.categories or mentions(q.text, comp.patterns):
                picked.append(QuestionRef(q.id, q.category, q.text))
        out[f.id] = picked
    return out


@dataclass(frozen=True)
class Story:
    """A saved STAR story: a written answer from the builder or an analysed recording."""

    id: str
    kind: str  # "written" or "recording"
    question: str
    text: str
    quantified: bool
    question_category: str = ""


@dataclass(frozen=True)
class Coverage:
    """One row of the story-bank matrix: the stories covering a competency, and whether one has a number."""

    competency: str
    label: str
    stories: tuple[str, ...]
    quantified: tuple[str, ...]
    status: str = field(default="")  # "quantified", "unquantified" or "gap"


def story_covers(story: Story, comp: CompetencyDef) -> bool:
    """A story covers a competency when its question is of one of the competency's categories, or when the
    question or the story itself names the competency (its synonyms or its usual story words)."""
    if story.question_category and story.question_category in comp.categories:
        return True
    return bool(mentions(story.question, comp.patterns) or mentions(story.text, comp.patterns)
                or mentions(story.text, comp.story_patterns))


def story_matrix(competencies: Sequence[str], stories: Sequence[Story], lex: Sequence[CompetencyDef] | None = None,
                 lang: str = "en") -> list[Coverage]:
    """Which stories cover which competency (ids in the order given), quantified or not."""
    by_id = {c.id: c for c in (lexicon() if lex is None else lex)}
    rows = []
    for cid in competencies:
        comp = by_id[cid]
        covering = [s for s in stories if story_covers(s, comp)]
        quantified = [s.id for s in covering if s.quantified]
        status = "quantified" if quantified else ("unquantified" if covering else "gap")
        rows.append(Coverage(cid, comp.label(lang), tuple(s.id for s in covering), tuple(quantified), status))
    return rows


def analyse_ad(text: str, questions: Sequence[Any], stories: Sequence[Story], *,
               lex: Sequence[CompetencyDef] | None = None, lang: str | None = None) -> dict[str, Any]:
    """The whole job-ad view as a JSON-ready dict: language, competencies (with evidence), matching questions per
    competency, and the story-bank matrix with its gaps."""
    lex = lexicon() if lex is None else lex
    lang = lang or detect_language(text)
    found = extract_competencies(text, lex, lang)
    qs = matching_questions(found, questions, lex)
    matrix = story_matrix([f.id for f in found], stories, lex, lang)
    return {
        "language": lang,
        "competencies": [{"id": f.id, "label": f.label, "count": f.count, "evidence": list(f.evidence)}
                         for f in found],
        "questions": {cid: [{"id": q.id, "category": q.category, "text": q.text} for q in refs]
                      for cid, refs in qs.items()},
        "stories": [{"id": s.id, "kind": s.kind, "question": s.question, "quantified": s.quantified}
                    for s in stories],
        "matrix": [{"competency": r.competency, "label": r.label, "stories": list(r.stories),
                    "quantified": list(r.quantified), "status": r.status} for r in matrix],
        "gaps": [r.competency for r in matrix if r.status != "quantified"],
    }
