"""Fillers in FR and EN: hesitation sounds and lexical fillers, decided in context.

The forms live in `app/resources/lexicons/fillers.toml`; each lexical form names a context rule implemented here
(`_RULES`). Rules look only at the neighbouring tokens and punctuation, so they run on written answers and on
recogniser output alike. Hesitations that the recogniser did not write are added from the audio
(app/analysis/hesitation.py; `heard_event`, source "audio"), anchored on the word they were heard in or beside so the
transcript view can show where they were.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from app.analysis.transcript import Token, Transcript, tokenize
from app.core.paths import resource

_PUNCT_BREAK = {",", ".", ";", ":", "!", "?", "…", "-", "—", "(", ")", '"'}
_EN_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "what", "some", "any", "every", "which",
                   "one", "no", "my", "your", "his", "her", "our", "their", "same", "other", "another"}
_FR_DETERMINERS = {"ce", "cet", "cette", "un", "une", "le", "la", "les", "quel", "quelle", "même", "du", "des",
                   "mon", "ton", "son", "notre", "votre", "leur", "très", "pas", "si", "plus", "trop", "aussi"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "a", "an", "maybe",
                 "about", "dozen", "couple"}
# "like" after these is a verb, a comparison or a quotative: never a filler.
_LIKE_NOT_AFTER = {"i", "you", "we", "they", "he", "she", "would", "'d", "i'd", "you'd", "we'd", "they'd", "to",
                   "don't", "didn't", "doesn't", "do", "did", "does", "really", "also", "just", "something",
                   "look", "looks", "looked", "feel", "feels", "felt", "sound", "sounds", "sounded", "seem", "seems",
                   "more", "much", "lot", "not", "people", "things", "stuff", "anything", "nothing", "was", "were",
                   "is", "are", "am", "be", "been", "'m", "i'm", "it's", "he's", "she's", "they're", "we're",
                   "you're", "would've", "exactly", "kind", "sort", "will", "'ll", "never", "always", "still"}
_LIKE_NOT_BEFORE = {"to", "it", "that", "this", "them", "him", "her", "me", "us", "you", "working", "being", "doing"}
_VOILA_COMPLEMENT = {"pourquoi", "comment", "ce", "le", "la", "les", "un", "une", "mon", "ton", "son", "qui", "que",
                     "qu'il", "qu'elle", "où", "des", "du"}
_BON_NEXT_FILLER = {"alors", "voilà", "ben", "bah", "euh", "donc", "bref", "ok", "ouais", "moi", "eh", "et", "je",
                    "j'ai", "on", "il", "elle", "en", "après"}
_QUOI_NOT_AFTER = {"de", "à", "pour", "sur", "en", "par", "avec", "est", "c'est", "savoir", "dire", "faire", "sais",
                   "savais", "voir"}


@dataclass(frozen=True)
class FillerEvent:
    """One filler: its form, kind (hesitation|lexical), times (None for text) and span (None when heard only)."""

    form: str
    kind: str
    start: float | None
    end: float | None
    char_start: int | None
    char_end: int | None
    source: str = "transcript"

    def to_dict(self) -> dict:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {"form": self.form, "kind": self.kind, "start": r(self.start), "end": r(self.end),
                "char_start": self.char_start, "char_end": self.char_end, "source": self.source}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The filler lexicon per language: {"en": {"hesitations": [...], "lexical": [{form, rule}]}, "fr": ...}."""
    with open(resource("lexicons", "fillers.toml"), "rb") as fh:
        return tomllib.load(fh)


def hesitation_forms(lang: str) -> set[str]:
    """Hesitation sounds of a language (used by pace to leave them out of the word count)."""
    lex = lexicon()
    return set(lex.get(lang, lex["en"])["hesitations"])


# ---------------------------------------------------------------------------------------------------- context rules
def _prev(tokens: list[Token], i: int) -> Token | None:
    return tokens[i - 1] if i > 0 else None


def _next(tokens: list[Token], j: int) -> Token | None:
    return tokens[j] if j < len(tokens) else None


def _is_break(tok: Token | None) -> bool:
    return tok is None or (not tok.is_word and tok.norm in _PUNCT_BREAK)


def _always(tokens, i, j, ctx) -> bool:
    return True


def _like(tokens, i, j, ctx) -> bool:
    prev, nxt = _prev(tokens, i), _next(tokens, j)
    if prev is not None and prev.is_word and prev.norm in _LIKE_NOT_AFTER:
        return False
    if nxt is not None and nxt.is_word and (nxt.norm in _NUMBER_WORDS or nxt.norm[:1].isdigit()):
        return True
    if nxt is not None and nxt.is_word and nxt.norm in _LIKE_NOT_BEFORE:
        return False
    return _is_break(nxt) or _is_break(prev)


def _parenthetical(tokens, i, j, ctx) -> bool:
    prev, nxt = _prev(tokens, i), _next(tokens, j)
    if prev is not None and prev.is_word and prev.norm in {"if", "do", "did", "as", "what", "don't", "didn't",
                                                          "si", "que", "qu'", "comme", "ce"}:
        return False
    if nxt is not None and nxt.is_word and nxt.norm in {"what", "it", "that", "how", "why", "comment", "pourquoi",
                                                       "ce", "bien", "quoi", "si"}:
        return False
    if _is_break(nxt) and nxt is not None and nxt.norm == "?":
        return False
    return _is_break(nxt) or (_is_break(prev) and nxt is not None and nxt.norm in ctx["hesitations"])


def _hedge_np(tokens, i, j, ctx) -> bool:
    prev, nxt = _prev(tokens, i), _next(tokens, j)
    if prev is not None and prev.is_word and (prev.norm in _EN_DETERMINERS or prev.norm in _FR_DETERMINERS):
        return False
    if nxt is not None and nxt.is_word and (nxt.norm == "de" or nxt.norm.startswith("d'")):
        return False
    return True


def _bon(tokens, i, j, ctx) -> bool:
    prev, nxt = _prev(tokens, i), _next(tokens, j)
    if prev is not None and prev.is_word and prev.norm in _FR_DETERMINERS | {"de", "au", "à", "en", "pour"}:
        return False
    if _is_break(nxt) or (prev is not None and prev.norm == "mais"):
        return True
    return _is_break(prev) and nxt is not None and nxt.norm in _BON_NEXT_FILLER


def _du_coup(tokens, i, j, ctx) -> bool:
    prev, nxt = _prev(tokens, i), _next(tokens, j)
    before = [t for t in tokens[:i] if t.is_word and t.norm not in ctx["hesitations"]]
    if not before or (before and len(before) <= 1 and before[0].norm in {"alors", "bon", "et", "oui", "non"}):
        return True  # opens the answer: no cause has been stated
    return _is_break(prev) and prev is not None and prev.norm == "," and _is_break(nxt)


def _tag_end(tokens, i, j, ctx) -> bool:
    prev, nxt = _prev(tokens, i), _next(tokens, j)
    if prev is not None and prev.is_word and prev.norm in _QUOI_NOT_AFTER:
        return False
    return _is_break(nxt) and not (nxt is not None and nxt.norm == "?")


def _voila(tokens, i, j, ctx) -> bool:
    nxt = _next(tokens, j)
    return not (nxt is not None and nxt.is_word and nxt.norm in _VOILA_COMPLEMENT)


def _enfin(tokens, i, j, ctx) -> bool:
    return _is_break(_next(tokens, j)) or _is_break(_prev(tokens, i))


_RULES: dict[str, Callable[[list[Token], int, int, dict], bool]] = {
    "always": _always, "like": _like, "parenthetical": _parenthetical, "hedge_np": _hedge_np, "bon": _bon,
    "du_coup": _du_coup, "tag_end": _tag_end, "voila": _voila, "enfin": _enfin,
}


# ---------------------------------------------------------------------------------------------------- detection
def find_fillers(transcript: Transcript, lang: str) -> list[FillerEvent]:
    """Every filler written in the transcript, in text order, with times when the transcript is timed."""
    lex = lexicon().get(lang) or lexicon()["en"]
    hes = set(lex["hesitations"])
    forms = sorted(((tuple(e["form"].split()), e["rule"]) for e in lex["lexical"]), key=lambda x: -len(x[0]))
    tokens = tokenize(transcript.text)
    ctx = {"hesitations": hes}
    events: list[FillerEvent] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.is_word:
            i += 1
            continue
        if tok.norm in hes:
            events.append(_event(transcript, tok.norm, "hesitation", tok.char_start, tok.char_end))
            i += 1
            continue
        matched = False
        for parts, rule in forms:
            j = i + len(parts)
            if [t.norm for t in tokens[i:j]] == list(parts) and _RULES[rule](tokens, i, j, ctx):
                events.append(_event(transcript, " ".join(parts), "lexical", tok.char_start, tokens[j - 1].char_end))
                i = j
                matched = True
                break
        if not matched:
            i += 1
    return events


def _event(tr: Transcript, form: str, kind: str, cs: int, ce: int) -> FillerEvent:
    start = end = None
    if tr.timed:
        covering = [w for w in tr.words if w.char_end > cs and w.char_start < ce]
        if covering:
            start, end = covering[0].start, covering[-1].end
    return FillerEvent(form, kind, start, end, cs, ce)


def heard_event(tr: Transcript, start: float, end: float, form: str) -> FillerEvent:
    """A hesitation heard in the audio at [start, end], with the character span of the word it sits in (Whisper
    stretches "que" over "que euh") or, heard in a gap, of the word just before it (the first word after it when
    it opens the answer): the transcript view highlights that word and its tooltip names the hesitation."""
    cs = ce = None
    if tr.timed:
        timed = [w for w in tr.words if w.start is not None and w.end is not None]
        overlap = [(min(end, w.end) - max(start, w.start), w) for w in timed]
        best = max(overlap, key=lambda x: x[0], default=(0.0, None))
        host = best[1] if best[0] > 0 else None
        if host is None:
            before = [w for w in timed if w.end <= start + 1e-6]
            after = [w for w in timed if w.start >= end - 1e-6]
            host = before[-1] if before else (after[0] if after else None)
        if host is not None:
            cs, ce = host.char_start, host.char_end
    return FillerEvent(form, "hesitation", start, end, cs, ce, source="audio")


def summarise(events: list[FillerEvent], speaking_minutes: float | None) -> dict:
    """The report's `fillers` section: count, per-minute rate (None without times), per-form counts, events."""
    events = sorted(events, key=lambda e: (e.start if e.start is not None else 0.0, e.char_start or 0))
    by_form = Counter(e.form for e in events)
    per_min = None
    if speaking_minutes and speaking_minutes > 0:
        per_min = round(len(events) / speaking_minutes, 2)
    return {"count": len(events), "per_minute": per_min, "by_form": dict(by_form),
            "events": [e.to_dict() for e in events]}
