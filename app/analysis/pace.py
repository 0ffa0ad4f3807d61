"""Pace and pauses: words per minute (overall and over time), speaking time, silent pauses and long pauses.

Pauses come from the audio when a voice-activity track is given (exact silence edges; Whisper stretches word
timestamps over silences), otherwise from gaps between word timestamps.
"""

from __future__ import annotations

from app.analysis.thresholds import section
from app.analysis.transcript import Transcript


def _cfg() -> dict:
    return section("speech")


def count_words(transcript: Transcript, hesitations: set[str]) -> int:
    """Words that carry speech (hesitation sounds and punctuation are not counted)."""
    return sum(1 for w in transcript.words if w.text.strip(".,!?;:…").lower() not in hesitations
               and any(c.isalnum() for c in w.text))


def find_pauses(transcript: Transcript, silences: list[tuple[float, float]] | None = None) -> list[dict]:
    """Silent pauses of at least `min_pause_s` strictly inside the speech (between the first and last word).

    `silences` are silent intervals measured on the audio; without them, gaps between word timestamps are used.
    Each pause: {start, end, duration, long, source}."""
    cfg = _cfg()
    min_pause, long_pause = cfg["min_pause_s"], cfg["long_pause_s"]
    words = [w for w in transcript.words if w.start is not None]
    if len(words) < 2:
        return []
    first, last = words[0].start, words[-1].end
    if silences is not None:
        candidates = [(max(s, first), min(e, last), "audio") for s, e in silences if e > first and s < last]
    else:
        candidates = [(a.end, b.start, "transcript") for a, b in zip(words, words[1:], strict=False)]
    out = []
    for s, e, src in candidates:
        if e - s >= min_pause:
            out.append({"start": round(s, 3), "end": round(e, 3), "duration": round(e - s, 3),
                        "long": (e - s) >= long_pause, "source": src})
    return out


def speech_span(transcript: Transcript) -> tuple[float, float] | None:
    """(first word start, last word end) or None for untimed transcripts."""
    words = [w for w in transcript.words if w.start is not None]
    return (words[0].start, words[-1].end) if words else None


def compute_pace(transcript: Transcript, pauses: list[dict], hesitations: set[str]) -> dict | None:
    """The `pace` section: wpm over the speaking span, articulation rate (pauses removed), wpm per window, speaking
    time, band check. None for untimed transcripts or fewer than 3 words."""
    cfg = _cfg()
    span = speech_span(transcript)
    n_words = count_words(transcript, hesitations)
    if span is None or n_words < 3:
        return None
    start, end = span
    total = max(end - start, 1e-6)
    paused = sum(p["duration"] for p in pauses)
    speaking = max(total - paused, 1e-6)
    window = float(cfg["pace_window_s"])
    series = []
    t = start
    while t < end - 1e-6:
        w_end = min(t + window, end)
        n = sum(1 for w in transcript.words if w.start is not None and t <= w.start < w_end
                and w.text.strip(".,!?;:…").lower() not in hesitations and any(c.isalnum() for c in w.text))
        dur = w_end - t
        if dur >= window / 2:
            series.append({"start": round(t, 2), "end": round(w_end, 2), "wpm": round(60.0 * n / dur, 1)})
        t = w_end
    wpm = 60.0 * n_words / total
    low, high = cfg["wpm_band"]
    verdict = "slow" if wpm < low else "fast" if wpm > high else "in_band"
    return {"wpm": round(wpm, 1), "articulation_wpm": round(60.0 * n_words / speaking, 1), "words": n_words,
            "speaking_time_s": round(speaking, 2), "speech_span_s": round(total, 2), "band": [low, high],
            "verdict": verdict, "over_time": series}
