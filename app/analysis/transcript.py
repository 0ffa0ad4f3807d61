"""The transcript as analysis input: text, timed words with character offsets, and a tokeniser shared by every
text analysis (fillers, repetitions, hedges, negatives, STAR)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: A word: letters/digits with inner apostrophes or hyphens ("j'ai", "post-op", "3.4"), or a single punctuation mark.
_TOKEN_RE = re.compile(r"[^\W_]+(?:[’'.,\-][^\W_]+)*[’']?|[^\w\s]", re.UNICODE)
_WORD_RE = re.compile(r"[^\W_]", re.UNICODE)


@dataclass
class Word:
    """One transcribed word; times in seconds (None for text input), offsets index `Transcript.text`."""

    text: str
    start: float | None
    end: float | None
    char_start: int
    char_end: int
    prob: float | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "start": _r(self.start), "end": _r(self.end), "char_start": self.char_start,
                "char_end": self.char_end, "prob": None if self.prob is None else round(self.prob, 3)}


@dataclass
class Token:
    """A word or punctuation token of the text (lower-cased form in `norm`)."""

    text: str
    norm: str
    char_start: int
    char_end: int
    is_word: bool


@dataclass
class Transcript:
    """Text plus words; `timed` is False for written answers."""

    text: str
    words: list[Word] = field(default_factory=list)
    language: str = "en"

    @property
    def timed(self) -> bool:
        return bool(self.words) and self.words[0].start is not None

    def to_dict(self) -> dict:
        return {"text": self.text, "words": [w.to_dict() for w in self.words]}

    def time_at(self, char_pos: int, *, end: bool = False) -> float | None:
        """The time of the word covering (or nearest after/before) a character offset; None for text input."""
        if not self.timed:
            return None
        best = None
        for w in self.words:
            if end:
                if w.char_start < char_pos:
                    best = w.end
                else:
                    break
            elif w.char_end > char_pos:
                return w.start
        return best if end else (self.words[-1].end if self.words else None)


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 3)


def normalise(text: str) -> str:
    """Lower case with typographic apostrophes unified (used for lexicon matching)."""
    return text.lower().replace("’", "'")


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with their character offsets (the numbers "3.4" and "1,200" stay one token)."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group(0)
        out.append(Token(tok, normalise(tok), m.start(), m.end(), bool(_WORD_RE.match(tok))))
    return out


def from_text(text: str, language: str = "en") -> Transcript:
    """A transcript for a written answer: words from the text, no times."""
    words = [Word(t.text, None, None, t.char_start, t.char_end) for t in tokenize(text) if t.is_word]
    return Transcript(text, words, language)


def from_timed_words(items: list[tuple[str, float, float, float]], language: str) -> Transcript:
    """A transcript from recogniser words `(text, start, end, prob)`; the text is their concatenation (Whisper words
    carry their leading space), so every word's character span is exact."""
    parts: list[str] = []
    words: list[Word] = []
    pos = 0
    for raw, start, end, prob in items:
        piece = raw if parts else raw.lstrip()
        if parts and not piece.startswith(" "):
            piece = piece if piece[:1] in ",.;:!?%'’-" else " " + piece
        stripped = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        if stripped:
            words.append(Word(stripped, start, end, pos + lead, pos + lead + len(stripped), prob))
        parts.append(piece)
        pos += len(piece)
    return Transcript("".join(parts), words, language)
