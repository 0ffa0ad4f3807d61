"""Measured quantities in an answer, French and English (pure, no I/O): the evidence behind "result quantified".

`find_quantities(text)` returns each measure with its kind and character span:

* `count`: digits ("600 complaints", "1,200", "1 200", "3,4") and spelled numbers ("nine days", "fifty-one thousand",
  "deux mois", "quatre-vingt-dix", "a dozen", "une centaine", "zéro écart");
* `percent`: "15 percent", "40 %", "trois pour cent";
* `money`: "€45k", "45 000 euros", "fifty-one thousand dollars", "£300";
* `duration`: a number with a unit of time ("in nine days", "35 minutes", "deux semaines"), or one unit said as how
  fast or how early ("a day early", "une journée d'avance", "within a week", "en une semaine");
* `ratio`: "doubled", "halved", "tripled", "twice as fast", "three times more", "de moitié", "divisé par deux",
  "multiplié par trois", "a third", "un tiers";
* `rank`: "first place", "ranked second", "top 3", "number one", "premier du classement", "1er", "4.7 out of 5",
  "five-star";
* `change`: "from 1.2 s to 280 ms", "de 3,1 à 4,2", "passé de douze à quatre" (the whole before→after phrase).

Not measures (star_GUIDE.md section 3): clock times ("at 6", "3am", "by 9 that night", "14h"), years ("in 2021"),
dates ("on the 3rd", "le 31"), numbers that pick things out ("the two", "both", "one of them", "les deux", "l'un des"),
and the article "a/an/un/une" alone. Whether a measure belongs to the Result is the caller's business
(app/analysis/star.py only looks inside Result spans).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_F = re.IGNORECASE

_EN_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
             "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_FR_UNITS = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
             "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
             "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
             "soixante": 60, "et": 0}
_FR_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9,
              "milliards": 10**9}
# approximate counts: "a dozen", "une centaine", "des milliers"
_APPROX = {"dozen": 12, "dozens": 12, "douzaine": 12, "douzaines": 12, "dizaine": 10, "dizaines": 10,
           "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
           "soixantaine": 60, "centaine": 100, "centaines": 100, "millier": 1000, "milliers": 1000,
           "hundreds": 100, "thousands": 1000, "millions": 10**6}

_WORD_NUM = ("(?:" + "|".join(sorted({*_EN_UNITS, *_EN_SCALES, *_FR_UNITS, *_FR_SCALES} - {"et", "un", "une", "one"},
                                     key=len, reverse=True)) + ")")
# a spelled number: words joined by spaces, hyphens or "and"/"et" ("fifty-one thousand", "quatre-vingt-dix",
# "trois cent vingt", "vingt et un", "two hundred and fifty")
SPELLED = re.compile(
    rf"\b(?:(?:one|un|une)[\s-]+(?=(?:hundred|thousand|million|billion|cent|mille|million|milliard)s?\b))?"
    rf"{_WORD_NUM}(?:(?:[\s-]+|\s+(?:and|et)\s+|-et-)(?:{_WORD_NUM}|one\b|un\b|une\b))*\b", _F)
DIGITS = re.compile(r"(?<![\w.,])[-+]?\d{1,3}(?:(?:[,\u202f\u00a0 ]\d{3})+)?(?:[.,]\d+)?(?![\w])|(?<![\w.,])\d+(?:[.,]\d+)?",
                    _F)
_DIG = rf"(?:{DIGITS.pattern})"
_SP = rf"(?:{SPELLED.pattern})"

_TIME_UNITS = (r"(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|quarters?|"
               r"secondes?|heures?|jours?|journées?|semaines?|mois|ans|années?|trimestres?|ms|milliseconds?)")
_MONEY_WORDS = r"(?:euros?|dollars?|pounds?|bucks|francs?|k€|k\$|€|\$|£|eur|usd|gbp)"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("change", re.compile(
        rf"\b(?:from|de|d')\s*(?:about\s+|around\s+|environ\s+|près\s+de\s+)?(?:{_DIG}|{_SP})"
        rf"(?:\s*(?:%|percent|per cent|pour ?cent|{_TIME_UNITS}|{_MONEY_WORDS}|stars?|étoiles?|[a-zàâçéèêëîïôûùüÿœ]+))?"
        rf"\s+(?:to|à|a)\s+(?:about\s+|around\s+|under\s+|over\s+|less\s+than\s+|moins\s+de\s+|plus\s+de\s+)?"
        rf"(?:{_DIG}|{_SP})"
        rf"(?:\s*(?:%|percent|per cent|pour ?cent|{_TIME_UNITS}\b|{_MONEY_WORDS}))?", _F)),
    ("percent", re.compile(rf"(?:{_DIG}|{_SP}|\b(?:one|un)\b)\s*(?:%|percent\b|per\s*cent\b|pour\s*cent\b|"
                           r"pct\b|points? de pourcentage|percentage points?)", _F)),
    ("money", re.compile(rf"(?:[€$£]\s*{_DIG}(?:\s*(?:k|m|million|thousand|bn)\b)?|"
                         rf"(?:{_DIG}|{_SP})\s*(?:k|m|million|thousand|mille|millions?)?\s*"
                         rf"(?:d')?\s*{_MONEY_WORDS}(?![\w]))", _F)),
    ("ratio", re.compile(
        r"\b(?:doubled|halved|tripled|quadrupled|doubling|halving|tripling|double the|half the|"
        r"(?:twice|thrice|(?:two|three|four|five|ten|\d+)\s+times)\s+(?:as|more|less|fewer|faster|slower|higher|lower|"
        r"bigger|smaller|the|over)|(?:cut|reduced|dropped|fell|down|up|grew|rose|increased|decreased)\s+(?:by\s+)?"
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+)?"
        r"(?:half|a half|a third|two thirds|a quarter|three quarters)|by half|in half|by a (?:third|quarter)|"
        r"a (?:third|quarter) (?:as|of the)|"
        r"doublée?s?|triplée?s?|quadruplée?s?|de moitié|(?:divisée?s?|multipliée?s?)\s+par\s+(?:deux|trois|quatre|"
        r"cinq|dix|\d+)|la moitié|d'un (?:tiers|quart)|des deux tiers|(?:deux|trois|quatre|\d+) fois (?:plus|moins)|"
        r"x\s?\d+)\b", _F)),
    ("rank", re.compile(
        r"\b(?:(?:first|second|third|1st|2nd|3rd|\d+th)\s+(?:place|prize|out of)|top\s+(?:\d+|three|five|ten)|"
        r"number one|no\.\s?1|#1|ranked\s+(?:first|second|third|top|\d+\w*)|came\s+(?:first|second|third)|"
        r"finished\s+(?:first|second|third)|(?:one|two|three|four|five|\d)[- ]stars?|"
        rf"(?:{_DIG}|{_SP})\s+(?:out of|sur|/)\s+(?:{_DIG}|{_SP})|"
        r"(?:premier|première|second|seconde|\w+ième|1er|1re|\d+e)s?\s+(?:place|prix|du classement|"
        r"sur\s+\w+)|(?:classée?s?|arrivée?s?|finie?s?|fini)\s+(?:premier|première|second|\w+ième|\d+e)|"
        r"(?:une|deux|trois|quatre|cinq|\d)\s+étoiles?)\b", _F)),
    ("duration", re.compile(
        rf"(?:{_DIG}|{_SP}|(?:a|an|one|un|une)\s+(?:couple\s+of\s+|demi-?\s*)?)"
        rf"\s*(?:more\s+|de plus\s+|full\s+|whole\s+)?{_TIME_UNITS}\b(?:\s+(?:early|earlier|ahead|sooner|"
        r"d'avance|plus tôt|en avance))?", _F)),
    ("count", re.compile(rf"\b(?:a|an|une?|des)\s+(?:{'|'.join(_APPROX)})\b|\b(?:{'|'.join(_APPROX)})\s+(?:of|de|d')", _F)),
    ("count", DIGITS),
    ("count", SPELLED),
]

# Not measures: clock times, years, dates, picking out.
_CLOCK_AT = (r"\b(?:at|by|around|about|before|after|until|till|vers|à|avant|après|jusqu'à|dès)\s+"
             rf"(?:\d{{1,2}}(?:[:h.]\d{{2}})?|{_SP}|une|midi|minuit)")
_NOT_MEASURE = [
    re.compile(_CLOCK_AT + r"\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|h\d*\b|heures?(?:\s+(?:du matin|du soir|"
               r"de l'après-midi|et quart|et demie|moins le quart|\d{1,2}|trente|quinze|quarante-cinq))?)", _F),
    re.compile(_CLOCK_AT + r"(?=\s+(?:that|this|the next|in the|du|ce)\s+(?:night|morning|evening|afternoon|day|"
               r"matin|soir|après-midi|nuit|jour)\b)", _F),
    re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|\b\d{1,2}h\d{0,2}\b", _F),
    re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]|\s*(?:%|percent|pour ?cent|euros?|dollars?|€|\$|£|k\b))", _F),
    re.compile(r"\bon the \d{1,2}(?:st|nd|rd|th)?\b|\b(?:le|du|au)\s+\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|"
               r"mai|juin|juillet|août|septembre|octobre|novembre|décembre)|\b(?:january|february|march|april|may|"
               r"june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b", _F),
    re.compile(r"\b(?:the two|both|one of|les deux|l'un(?:e)? des?|un des|une des|ces deux|those two|these two)\b",
               _F),
]


@dataclass(frozen=True)
class Quantity:
    kind: str  # count | percent | money | duration | ratio | rank | change
    text: str
    char_start: int
    char_end: int


def _excluded(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for rx in _NOT_MEASURE for m in rx.finditer(text)]


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every measure in `text`, left to right, without overlaps (the longest, most specific match wins). `lang` is
    accepted for symmetry with the other analysers; both languages' patterns always run (speakers mix them)."""
    excluded = _excluded(text)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in " -":
                e -= 1
            while s < e and text[s] in " -":
                s += 1
            if e <= s or any(s < b and a < e for a, b in taken):
                continue
            if any(a <= s and e <= b for a, b in excluded):
                continue
            frag = text[s:e]
            if kind == "count" and _article_only(frag):
                continue
            found.append(Quantity(kind, frag, s, e))
            taken.append((s, e))
    return sorted(found, key=lambda q: q.char_start)


def _article_only(frag: str) -> bool:
    """"one"/"un"/"une" alone is an article or a pronoun, not a measure ("one customer", "un client")."""
    return frag.lower() in {"one", "un", "une", "a", "an"}


def has_measure(text: str, lang: str | None = None) -> bool:
    return bool(find_quantities(text, lang))
