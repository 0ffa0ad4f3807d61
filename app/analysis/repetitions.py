"""Repetitions and restarts: the same word or short phrase said twice or more in a row ("I like, I like, I like",
"je je"), and cut-off words ("L'arri-")."""

from __future__ import annotations

from app.analysis.transcript import Transcript, tokenize

# Grammatical doubles that are not disfluencies (French reflexives, emphatic "very very" is kept as a repetition).
_ALLOWED_DOUBLES = {("nous", "nous"), ("vous", "vous"), ("that", "that"), ("had", "had"), ("bien", "bien")}
_MAX_N = 4


def find_repetitions(transcript: Transcript) -> list[dict]:
    """Immediate repetitions of 1–4 word sequences (punctuation ignored), longest first, with count, span and times.

    Each item: {text, count, start, end, char_start, char_end}; times are None for written answers."""
    toks = [t for t in tokenize(transcript.text) if t.is_word]
    norms = [t.norm for t in toks]
    out: list[dict] = []
    i = 0
    while i < len(toks):
        found = False
        for n in range(_MAX_N, 0, -1):
            if i + 2 * n > len(toks):
                continue
            unit = norms[i:i + n]
            count = 1
            while norms[i + count * n:i + (count + 1) * n] == unit:
                count += 1
            if count < 2 or (n == 1 and count == 2 and (unit[0], unit[0]) in _ALLOWED_DOUBLES):
                continue
            if n == 1 and not any(c.isalpha() for c in unit[0]):
                continue
            first, last = toks[i], toks[i + count * n - 1]
            out.append({
                "text": transcript.text[first.char_start:toks[i + n - 1].char_end],
                "count": count,
                "start": transcript.time_at(first.char_start),
                "end": transcript.time_at(last.char_end, end=True),
                "char_start": first.char_start,
                "char_end": last.char_end,
            })
            i += count * n
            found = True
            break
        if not found:
            i += 1
    return out


def find_restarts(transcript: Transcript) -> list[dict]:
    """Words cut off and restarted, written with a trailing hyphen by transcribers ("L'arri- la grand-mère")."""
    out = []
    for w in transcript.words:
        if w.text.endswith("-") and len(w.text) > 2:
            out.append({"text": w.text, "start": w.start, "end": w.end, "char_start": w.char_start,
                        "char_end": w.char_end})
    return out
