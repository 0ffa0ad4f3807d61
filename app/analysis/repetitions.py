"""Repetitions and restarts: the same word or short phrase said twice or more in a row ("I like, I like, I like",
"je je"), and cut-off words ("L'arri-")."""

from __future__ import annotations

import re

from app.analysis.transcript import Transcript, tokenize

# Grammatical doubles that are not disfluencies (French reflexives, emphatic "very very" is kept as a repetition).
_ALLOWED_DOUBLES = {("nous", "nous"), ("vous", "vous"), ("that", "that"), ("had", "had"), ("bien", "bien")}
_MAX_N = 4
_CUT_RE = re.compile(r"(?<![\w'-])[^\W\d_][\w'’]+-(?=\s|$)")


def find_repetitions(transcript: Transcript) -> list[dict]:
    """Immediate repetitions of 1–4 word sequences (punctuation ignored), longest first, with count, span and times.

    Each item: {text, count, start, end, char_start, char_end}; times are None for written answers."""
    all_toks = tokenize(transcript.text)
    toks, sentence = [], []
    sid = 0
    for k, t in enumerate(all_toks):
        if t.is_word:
            toks.append(t)
            sentence.append(sid)
        elif t.norm in {".", "!", "?"} and not _in_ellipsis(all_toks, k):
            sid += 1  # a repetition never spans a sentence end ("beans. Beans are fun")
    norms = [f"{t.norm}\x00{sentence[k]}" for k, t in enumerate(toks)]
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
            if count < 2 or (n == 1 and count == 2 and (unit[0].split("\x00")[0],) * 2 in _ALLOWED_DOUBLES):
                continue
            if n == 1 and not any(c.isalpha() for c in unit[0].split("\x00")[0]):
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


def _in_ellipsis(toks, k: int) -> bool:
    return toks[k].norm == "." and any(0 <= j < len(toks) and toks[j].norm == "." and toks[j].char_start
                                       in (toks[k].char_end, toks[k].char_start - 1) for j in (k - 1, k + 1))


def find_restarts(transcript: Transcript) -> list[dict]:
    """Words cut off and restarted, written with a trailing hyphen by transcribers ("L'arri- la grand-mère")."""
    out = []
    for m in _CUT_RE.finditer(transcript.text):
        out.append({"text": m.group(0), "start": transcript.time_at(m.start()),
                    "end": transcript.time_at(m.end(), end=True), "char_start": m.start(), "char_end": m.end()})
    return out
