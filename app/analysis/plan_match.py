"""The spoken answer against the written plan: which points of a saved written answer were said (and when), which
were forgotten, and what was added.

Matching is by meaning through a small interface, `TextMatcher`: today a lexical matcher (TF-IDF cosine over
content words, pure Python + numpy); a sentence-embedding matcher can replace it without touching the rest.

Points are the sentences (or bullet lines) of the written answer. Spoken segments are the transcript's sentences
(split at . ! ? in the words), or runs of words when the transcript has no punctuation; a point may be said across
two consecutive segments, so pairs are tried too.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from app.analysis.jobad import tokens
from app.core.paths import resource

STOPWORDS = ("lexicons", "stopwords.toml")
#: Characters kept of each word: a crude stemmer that makes "delivered"/"delivery", "réduit"/"réduction" one term.
#: Source: McNamee, Nicholas & Mayfield (2009), "Addressing morphological variation in alphabetic languages"
#: (SIGIR): truncating words to their first 4-5 letters works about as well as a stemmer for retrieval in
#: European languages; 5 keeps short distinct words apart.
PREFIX = 5
#: Runs of words used as segments when the transcript has no sentence punctuation. Design choice: ~12 words is one
#: spoken sentence at interview pace (about 5 s at 140 wpm).
RUN_WORDS = 12
_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+|^\s*[-•*]\s*", re.MULTILINE)


@functools.cache
def stopwords() -> frozenset[str]:
    """Function words of both languages (folded)."""
    with open(resource(*STOPWORDS), "rb") as fh:
        data = tomllib.load(fh)
    return frozenset(w for lang in ("en", "fr") for w in data.get(lang, ()))


def content_terms(text: str) -> list[str]:
    """Folded content words of a text, truncated to `PREFIX` letters (numbers kept whole)."""
    stop = stopwords()
    return [t if t.isdigit() else t[:PREFIX] for t in tokens(text) if t not in stop]


class TextMatcher(Protocol):
    """How alike two lists of texts are: `similarity(a, b)` is a len(a) × len(b) matrix in [0, 1]; a pair is a
    match from `threshold` up."""

    name: str
    threshold: float

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        """Pairwise similarity."""
        ...


@dataclass
class TfidfMatcher:
    """Cosine similarity of TF-IDF vectors of content words, the IDF taken over the texts being compared (the
    written points and the spoken segments of one answer: a word used everywhere in this answer weighs little).

    `threshold`: judgement — a third of the weighted vocabulary in common. Paraphrases that share no content word
    are missed by any lexical matcher; this is what sentence embeddings will fix."""

    threshold: float = 0.3
    name: str = "tfidf"

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        """Pairwise cosine similarity (0 for a text without content words)."""
        docs = [content_terms(t) for t in (*a, *b)]
        vocab = {t: i for i, t in enumerate(dict.fromkeys(t for d in docs for t in d))}
        if not vocab:
            return np.zeros((len(a), len(b)))
        tf = np.zeros((len(docs), len(vocab)))
        for i, d in enumerate(docs):
            for t in d:
                tf[i, vocab[t]] += 1
        df = (tf > 0).sum(axis=0)
        idf = np.log((1 + len(docs)) / (1 + df)) + 1  # smoothed IDF (as scikit-learn's default)
        x = tf * idf
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        x = np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
        return np.clip(x[:len(a)] @ x[len(a):].T, 0.0, 1.0)


def split_points(text: str) -> list[str]:
    """The points of a written answer: its sentences and bullet lines, with at least two content words."""
    parts = [p.strip(" \t-•*") for p in _SPLIT.split(text or "")]
    return [p for p in parts if p and len(content_terms(p)) >= 2]


def spoken_segments(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Sentences of the transcript with their times: [{text, start, end}], from the words (punctuation at the end
    of a word closes a sentence); without punctuation, runs of `RUN_WORDS` words."""
    words = [w for w in ((report.get("transcript") or {}).get("words") or []) if str(w.get("text", "")).strip()]
    if not words:
        text = (report.get("transcript") or {}).get("text") or ""
        return [{"text": s, "start": None, "end": None} for s in split_points(text)]
    punctuated = any(str(w["text"]).rstrip().endswith((".", "!", "?", "…")) for w in words[:-1])
    segs, cur = [], []
    for i, w in enumerate(words):
        cur.append(w)
        end = str(w["text"]).rstrip().endswith((".", "!", "?", "…")) if punctuated else len(cur) >= RUN_WORDS
        if end or i == len(words) - 1:
            segs.append({"text": " ".join(str(x["text"]).strip() for x in cur), "start": cur[0].get("start"),
                         "end": cur[-1].get("end")})
            cur = []
    return segs


def match_plan(written: str, report: Mapping[str, Any], matcher: TextMatcher | None = None) -> dict[str, Any]:
    """Which points of `written` were said in the answer of `report`, when, and what the answer added.

    Returns {matcher, threshold, points: [{index, text, status: said|forgotten, similarity, start, end, spoken}],
    added: [{text, start, end, similarity}], said, forgotten, coverage}."""
    matcher = matcher or TfidfMatcher()
    points = split_points(written)
    segs = spoken_segments(report)
    # candidate spoken pieces: each segment, and each pair of consecutive segments
    cands = [(i, i) for i in range(len(segs))] + [(i, i + 1) for i in range(len(segs) - 1)]
    texts = [" ".join(s["text"] for s in segs[i:j + 1]) for i, j in cands]
    sim = matcher.similarity(points, texts) if points and texts else np.zeros((len(points), len(texts)))
    out_points, used = [], set()
    for k, point in enumerate(points):
        best = int(np.argmax(sim[k])) if texts else -1
        score = float(sim[k, best]) if best >= 0 else 0.0
        said = best >= 0 and score >= matcher.threshold
        row: dict[str, Any] = {"index": k + 1, "text": point, "status": "said" if said else "forgotten",
                               "similarity": round(score, 3), "start": None, "end": None, "spoken": None}
        if said:
            i, j = cands[best]
            row.update(start=segs[i]["start"], end=segs[j]["end"], spoken=texts[best])
            used.update(range(i, j + 1))
        out_points.append(row)
    seg_sim = matcher.similarity(points, [s["text"] for s in segs]) if points and segs else None
    added = []
    for i, seg in enumerate(segs):
        best = float(seg_sim[:, i].max()) if seg_sim is not None and seg_sim.size else 0.0
        # an added point has content of its own (fillers and "so, yes" are not points)
        if i not in used and best < matcher.threshold and len(content_terms(seg["text"])) >= 3:
            added.append({"text": seg["text"], "start": seg["start"], "end": seg["end"], "similarity": round(best, 3)})
    said = sum(p["status"] == "said" for p in out_points)
    return {"matcher": matcher.name, "threshold": matcher.threshold, "points": out_points, "added": added,
            "said": said, "forgotten": len(out_points) - said,
            "coverage": round(said / len(out_points), 3) if out_points else None}
