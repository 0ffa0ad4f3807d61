"""A fake analysis (run in the analysis child by import path) whose transcript has timed words: speech starts at
0.7 s and goes on until 0.2 s before the end of the recording, as when the time limit cuts a speaker off."""

from __future__ import annotations

import av

FIRST_WORD_S = 0.7


def analyze_words(path, *, lang="auto", question=None, progress=None, **_kw) -> dict:
    with av.open(str(path)) as c:
        duration = float(c.duration or 0) / av.time_base
    end = max(FIRST_WORD_S + 0.3, duration - 0.2)
    words, t = [], FIRST_WORD_S
    while t < end - 0.01:
        words.append({"text": "word", "start": round(t, 2), "end": round(min(end, t + 0.25), 2)})
        t += 0.3
    progress(1.0, "done")
    return {"schema": "rebond.report/1", "language": lang, "duration_s": duration,
            "transcript": {"text": " ".join(w["text"] for w in words), "words": words},
            "fillers": {"per_minute": 1.0}, "pace": {"wpm": 130.0}}
