"""Language: hedges, negative formulations (with a reframing suggestion) and "I" vs "we".

Lexicons are data: `app/resources/lexicons/hedges.toml` and `app/resources/lexicons/negatives.toml`.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from app.analysis.transcript import normalise, tokenize
from app.core.paths import resource

# A clause ends at strong punctuation or a comma; "but"/"mais" also open a new clause (labelling rule: leading
# conjunctions are outside the span).
_CLAUSE_END = re.compile(
    r"[.;!?…]|,|\bbut\b|\bmais\b|"
    # in a transcript without commas, "and/so/et/pis" before a new subject also start a clause
    r"\b(?:and|so|et|donc|pis|alors)\b(?=\s+(?:i|we|he|she|they|je|j'|on|il|elle|ils|elles|c'|ça)\b)", re.IGNORECASE)
# Display cap: in an unpunctuated run-on the "clause" can hold a whole story; the reported phrase then starts at most
# this many words before the match (the guide's spans carry at most an intensifier and a subject before it).
_MAX_LEAD_WORDS = 5
_WORD = re.compile(r"\S+")
_LEAD_CONJ = re.compile(r"^(?:and|but|so|et|mais|donc|alors|pis|puis)\b\s*", re.IGNORECASE)

_I_FORMS = {"en": {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself"},
            "fr": {"je", "j'", "moi", "moi-même", "mon", "ma", "mes"}}
_WE_FORMS = {"en": {"we", "we're", "we've", "we'd", "we'll", "us", "our", "ourselves"},
             "fr": {"nous", "on", "notre", "nos", "on'"}}


@lru_cache(maxsize=1)
def _hedges() -> dict:
    with open(resource("lexicons", "hedges.toml"), "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def _negatives() -> dict:
    with open(resource("lexicons", "negatives.toml"), "rb") as fh:
        data = tomllib.load(fh)
    for lang in ("en", "fr"):
        for entry in data[lang]["patterns"]:
            entry["re"] = re.compile(entry["pattern"], re.IGNORECASE)
    return data


def _lang(lang: str) -> str:
    return lang if lang in ("en", "fr") else "en"


def find_hedges(text: str, lang: str) -> list[dict]:
    """Hedging expressions as {text, char_start, char_end}, in text order, non-overlapping."""
    norm = normalise(text)
    spans: list[tuple[int, int]] = []
    for phrase in sorted(_hedges()[_lang(lang)]["phrases"], key=len, reverse=True):
        for m in re.finditer(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", norm):
            if not any(m.start() < e and s < m.end() for s, e in spans):
                spans.append((m.start(), m.end()))
    return [{"text": text[s:e], "char_start": s, "char_end": e} for s, e in sorted(spans)]


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding [start, end): from the previous clause break to the next one, trimmed."""
    left = 0
    for m in _CLAUSE_END.finditer(text):  # not endpos=start: the subject lookahead must see past the match start
        if m.end() > start:
            break
        left = m.end()
    m = _CLAUSE_END.search(text, end)
    right = m.start() if m else len(text)
    if m and text[m.start()] in ".!?…":
        right = m.end()
    seg = text[left:right]
    lead = len(seg) - len(seg.lstrip())
    left += lead
    seg = text[left:right]
    cm = _LEAD_CONJ.match(seg)
    if cm and left + cm.end() <= start:
        left += cm.end()
    lead_words = list(_WORD.finditer(text, left, start))
    if len(lead_words) > _MAX_LEAD_WORDS:
        left = lead_words[-_MAX_LEAD_WORDS].start()
    while right > left and text[right - 1] in " ,;:":
        right -= 1
    return left, right


def negative_matches(text: str, lang: str) -> list[tuple[int, int]]:
    """Raw (start, end) of every negative pattern match, before widening to the clause; used by the STAR segmenter
    to leave complaints out of the episode with one pass over the text."""
    return [(s, e) for s, e, _ in _raw_matches(text, _lang(lang))]


@lru_cache(maxsize=8)
def _raw_matches(text: str, lng: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, pattern index) of every match, in pattern order; cached because the STAR segmenter and the
    negatives report scan the same answer."""
    norm = normalise(text)
    return tuple((m.start(), m.end(), k) for k, entry in enumerate(_negatives()[lng]["patterns"])
                 for m in entry["re"].finditer(norm))


def find_negatives(text: str, lang: str) -> list[dict]:
    """Negative formulations as {text, char_start, char_end, category, suggestion}: the clause holding a match of a
    pattern in `negatives.toml`. Overlapping matches collapse into one item."""
    data = _negatives()
    lng = _lang(lang)
    found: list[dict] = []
    for ms, me, k in _raw_matches(text, lng):
        category = data[lng]["patterns"][k]["category"]
        s, e = _clause_bounds(text, ms, me)
        if any(s < f["char_end"] and f["char_start"] < e for f in found):
            continue
        found.append({"text": text[s:e], "char_start": s, "char_end": e, "category": category,
                      "suggestion": data["suggestions"][category][lng]})
    return sorted(found, key=lambda f: f["char_start"])


def pronouns(text: str, lang: str) -> dict:
    """Counts of first-person singular and plural forms, and the share of "I" among them (None when neither)."""
    lng = _lang(lang)
    n_i = n_we = 0
    for t in tokenize(text):
        if not t.is_word:
            continue
        form = t.norm
        if lng == "fr" and "'" in form:
            form = form.split("'")[0] + "'"
        if form in _I_FORMS[lng]:
            n_i += 1
        elif form in _WE_FORMS[lng]:
            n_we += 1
    share = round(n_i / (n_i + n_we), 3) if n_i + n_we else None
    return {"i": n_i, "we": n_we, "i_share": share}
