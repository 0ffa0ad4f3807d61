"""Word-level difference between two spoken answers, aligned by STAR part or by answer time.

Two attempts at one question are compared piece by piece so that a difference reads as "in the Result you now say
'by 40 percent'" rather than one long diff: by STAR part when both reports label the parts, else by windows of
answer time. Inside a piece, `difflib.SequenceMatcher` aligns the words (compared lower case, without punctuation);
each operation keeps the words' times so a player can jump to them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from app.analysis.jobad import fold

PARTS = ("S", "T", "A", "R")
#: Width of an answer-time window when the parts are not labelled. Design choice: 15 s is the pace window of
#: thresholds.toml (speech.pace_window_s), about two sentences.
TIME_WINDOW_S = 15.0
_WORD = re.compile(r"[\w']+")


def _key(text: str) -> str:
    return "".join(_WORD.findall(fold(text)))


def report_words(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The transcript words of a report ({text, start, end, char_start, char_end}), empty ones left out."""
    words = ((report.get("transcript") or {}).get("words")) or []
    return [w for w in words if isinstance(w, Mapping) and _key(str(w.get("text", "")))]


def star_pieces(report: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]] | None:
    """Words grouped by STAR part (by character span), or None when the report has no usable spans."""
    spans = ((report.get("star") or {}).get("spans")) or []
    words = report_words(report)
    if not spans or not words or any("char_start" not in w for w in words):
        return None
    out: dict[str, list[dict[str, Any]]] = {p: [] for p in PARTS}
    for w in words:
        mid = (w["char_start"] + w["char_end"]) / 2
        for sp in spans:
            if sp.get("part") in out and sp["char_start"] <= mid < sp["char_end"] + 1:
                out[sp["part"]].append(w)
                break
    return out


def time_pieces(report: Mapping[str, Any], window_s: float = TIME_WINDOW_S, count: int | None = None
                ) -> dict[str, list[dict[str, Any]]]:
    """Words grouped by answer-time window ("0-15 s", "15-30 s", …), `count` windows at least."""
    words = report_words(report)
    last = max((float(w.get("end") or 0) for w in words), default=0.0)
    n = max(count or 0, int(last // window_s) + 1 if words else 0)
    out = {f"{int(i * window_s)}-{int((i + 1) * window_s)} s": [] for i in range(n)}
    keys = list(out)
    for w in words:
        i = min(int(float(w.get("start") or 0) // window_s), n - 1)
        out[keys[i]].append(w)
    return out


def diff_words(a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Operations turning word list `a` into `b`: {op: equal|delete|insert|replace, a: [...], b: [...], a_start,
    b_start} with the original word texts and the start time of each side (None when that side is empty)."""
    ka, kb = [_key(str(w["text"])) for w in a], [_key(str(w["text"])) for w in b]
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=ka, b=kb, autojunk=False).get_opcodes():
        wa, wb = a[i1:i2], b[j1:j2]
        ops.append({"op": tag, "a": [str(w["text"]) for w in wa], "b": [str(w["text"]) for w in wb],
                    "a_start": wa[0].get("start") if wa else None, "b_start": wb[0].get("start") if wb else None})
    return ops


def _ratio(ops: Sequence[Mapping[str, Any]]) -> float | None:
    same = sum(len(o["a"]) for o in ops if o["op"] == "equal")
    total = sum(len(o["a"]) + len(o["b"]) for o in ops)
    return round(2 * same / total, 3) if total else None


def transcript_diff(a: Mapping[str, Any], b: Mapping[str, Any], align: str = "auto",
                    window_s: float = TIME_WINDOW_S) -> dict[str, Any]:
    """The word-level difference of two reports' transcripts.

    `align`: "star" (by STAR part; needs labelled parts in both), "time" (by answer-time windows) or "auto" (STAR
    when both have parts, else time). Returns {align, pieces: [{key, ops, similarity, a_start, b_start}], similarity,
    added, removed} where `similarity` is difflib's ratio over the words (1 = same words in the same order)."""
    pa, pb = star_pieces(a), star_pieces(b)
    use_star = align == "star" or (align == "auto" and pa is not None and pb is not None)
    if use_star and (pa is None or pb is None):
        use_star = False
    if use_star:
        groups_a, groups_b = pa, pb
    else:
        ta, tb = time_pieces(a, window_s), time_pieces(b, window_s)
        n = max(len(ta), len(tb))
        groups_a, groups_b = time_pieces(a, window_s, n), time_pieces(b, window_s, n)
    pieces = []
    for key in groups_a:
        wa, wb = groups_a[key], groups_b.get(key, [])
        ops = diff_words(wa, wb)
        pieces.append({"key": key, "ops": ops, "similarity": _ratio(ops),
                       "a_start": wa[0].get("start") if wa else None, "b_start": wb[0].get("start") if wb else None})
    all_ops = diff_words(report_words(a), report_words(b))
    return {"align": "star" if use_star else "time", "pieces": pieces, "similarity": _ratio(all_ops),
            "added": [w for o in all_ops if o["op"] in ("insert", "replace") for w in o["b"]],
            "removed": [w for o in all_ops if o["op"] in ("delete", "replace") for w in o["a"]]}
