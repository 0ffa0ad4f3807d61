"""Assemble the speech/language/STAR sections of a `rebond.report/1` and their tip candidates (pure function).

The engine (app/engine/analyze.py) feeds it a transcript and, for audio, the measured silences, voice statistics and
hesitation sounds heard in the audio; it adds vision sections and the envelope (schema, status, warnings, meta).
"""

from __future__ import annotations

from collections import Counter

from app.analysis import fillers as F
from app.analysis.language import find_hedges, find_negatives, pronouns
from app.analysis.pace import compute_pace, find_pauses, speech_span
from app.analysis.repetitions import find_repetitions, find_restarts
from app.analysis.star import analyze_star_text
from app.analysis.thresholds import section
from app.analysis.transcript import Transcript
from app.core.tips import TipCandidate

_STAR_MISSING = {"A": "star_missing_action", "R": "star_missing_result", "S": "star_missing_situation",
                 "T": "star_missing_task"}


def merge_audio_hesitations(events: list[F.FillerEvent], heard: list[tuple[float, float]], form: str,
                            tr: Transcript | None = None) -> list[F.FillerEvent]:
    """Add hesitations heard in the audio that no transcript filler already covers (source "audio"; anchored on
    the word of `tr` they were heard in or beside, see fillers.heard_event)."""
    out = list(events)
    for s, e in heard:
        if any(ev.start is not None and ev.start < e + 0.3 and s - 0.3 < ev.end for ev in events):
            continue
        out.append(F.heard_event(tr, s, e, form) if tr is not None
                   else F.FillerEvent(form, "hesitation", s, e, None, None, source="audio"))
    return out


def outside_spans(heard: list[tuple[float, float]], spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The heard stretches that lie mostly (more than half) outside every span."""
    out = []
    for s, e in heard:
        inside = sum(max(0.0, min(e, b) - max(s, a)) for a, b in spans)
        if inside <= 0.5 * (e - s):
            out.append((s, e))
    return out


def rate_minutes(word_span: tuple[float, float] | None, voiced_span: tuple[float, float] | None) -> float | None:
    """Minutes of the answer that per-minute rates (fillers) are divided by: from the first to the last moment of
    speech, heard (first/last voiced frame of the audio) or transcribed, whichever reaches further.

    The transcript alone can be much shorter than the answer: the loop guards drop the words of a passage Whisper
    looped on, while hesitations heard in the audio are still counted over the whole answer (a looped talking clip
    gave 366 fillers/min when they were divided by the transcript span)."""
    spans = [s for s in (word_span, voiced_span) if s is not None and s[1] > s[0]]
    if not spans:
        return None
    return (max(e for _s, e in spans) - min(s for s, _e in spans)) / 60.0


def _timed_star(star: dict, tr: Transcript) -> dict:
    if not tr.timed:
        return star
    durations = Counter()
    for sp in star["spans"]:
        sp["start"] = tr.time_at(sp["char_start"])
        sp["end"] = tr.time_at(sp["char_end"], end=True)
        if sp["start"] is not None and sp["end"] is not None:
            durations[sp["part"]] += max(0.0, sp["end"] - sp["start"])
    total = sum(durations.values())
    if total > 0:
        star["share"] = {p: round(durations[p] / total, 3) for p in "STAR"}
    return star


def build_speech_sections(
    tr: Transcript,
    lang: str,
    *,
    silences: list[tuple[float, float]] | None = None,
    voice: dict | None = None,
    heard_hesitations: list[tuple[float, float]] | None = None,
    dropped_spans: list[tuple[float, float]] | None = None,
    star_embedder=None,
) -> tuple[dict, list[TipCandidate]]:
    """Report sections (transcript, fillers, repetitions, restarts, pace, pauses, voice, hedges, negatives, pronouns,
    star) and the tip candidates they justify.

    `dropped_spans` are where the ASR guards removed text (a loop, an echo): voice there is speech without its words,
    so no hesitation heard inside them is counted. `star_embedder` (app.ml.sentence_embedder) turns on the STAR
    classifier; without it STAR is decided by the cue rules."""
    cfg = section("speech")
    hes = F.hesitation_forms(lang)
    events = F.find_fillers(tr, lang)
    if heard_hesitations and dropped_spans:
        heard_hesitations = outside_spans(heard_hesitations, dropped_spans)
    if heard_hesitations:
        events = merge_audio_hesitations(events, heard_hesitations, "euh" if lang == "fr" else "um", tr)
    pauses = find_pauses(tr, silences) if tr.timed else []
    pace = compute_pace(tr, pauses, hes) if tr.timed else None
    minutes = None
    if pace:
        vspan = (voice or {}).get("voiced_span")
        minutes = rate_minutes(speech_span(tr), tuple(vspan) if vspan else None)
    fill = F.summarise(events, minutes)
    reps = find_repetitions(tr)
    hedges = find_hedges(tr.text, lang)
    negatives = find_negatives(tr.text, lang)
    star = _timed_star(analyze_star_text(tr.text, lang, embedder=star_embedder), tr)
    sections = {
        "transcript": tr.to_dict(), "fillers": fill, "repetitions": reps, "restarts": find_restarts(tr),
        "pace": pace, "pauses": pauses if tr.timed else None, "voice": voice, "hedges": hedges,
        "negatives": negatives, "pronouns": pronouns(tr.text, lang), "star": star,
    }
    tips: list[TipCandidate] = []
    if fill["per_minute"] is not None and fill["per_minute"] > cfg["fillers_per_min_high"] and fill["by_form"]:
        top = max(fill["by_form"].items(), key=lambda kv: kv[1])[0]
        over = fill["per_minute"] / cfg["fillers_per_min_high"]
        tips.append(TipCandidate("fillers_high", {"count": fill["count"], "per_minute": fill["per_minute"],
                                                  "minutes": round(minutes, 1), "top_form": top},
                                 min(0.9, 0.4 + 0.15 * over),
                                 tuple({"start": e["start"], "end": e["end"]} for e in fill["events"][:10])))
    longs = [p for p in pauses if p["long"]]
    if longs:
        tips.append(TipCandidate("long_pauses", {"count": len(longs), "threshold_s": cfg["long_pause_s"],
                                                 "longest_s": round(max(p["duration"] for p in longs), 1)},
                                 min(0.85, 0.35 + 0.1 * len(longs)),
                                 tuple({"start": p["start"], "end": p["end"]} for p in longs)))
    if pace and pace["verdict"] != "in_band":
        low, high = pace["band"]
        code = "pace_fast" if pace["verdict"] == "fast" else "pace_slow"
        tips.append(TipCandidate(code, {"wpm": round(pace["wpm"]), "low": low, "high": high}, 0.45,
                                 ({"start": pace["over_time"][0]["start"] if pace["over_time"] else None,
                                   "end": pace["over_time"][-1]["end"] if pace["over_time"] else None},)))
    if voice and voice.get("monotone"):
        tips.append(TipCandidate("monotone", {"pitch_sd": voice["pitch_sd_semitones"],
                                              "threshold": cfg["monotone_semitones"]}, 0.35))
    if len(reps) >= 3:
        tips.append(TipCandidate("repetitions", {"count": len(reps), "example": reps[0]["text"]}, 0.3,
                                 tuple({"start": r["start"], "end": r["end"], "char_start": r["char_start"],
                                        "char_end": r["char_end"]} for r in reps[:5])))
    if len(hedges) >= cfg["hedges_high"]:
        tips.append(TipCandidate("hedges_high", {"count": len(hedges), "example": hedges[0]["text"]}, 0.35,
                                 tuple({"char_start": h["char_start"], "char_end": h["char_end"]} for h in hedges)))
    if negatives:
        n0 = negatives[0]
        tips.append(TipCandidate("negative_phrasing", {"example": n0["text"], "suggestion": n0["suggestion"],
                                                       "count": len(negatives)},
                                 min(0.95, 0.7 + 0.05 * len(negatives)),
                                 tuple({"char_start": n["char_start"], "char_end": n["char_end"]} for n in negatives)))
    tips.extend(_star_tips(star, tr))
    return sections, tips


def _star_tips(star: dict, tr: Transcript) -> list[TipCandidate]:
    n_words = len(tr.words)
    present = star["present"]
    if n_words < 20:
        return []
    if not any(present.values()):
        return [TipCandidate("star_no_episode", {}, 0.9)]
    tips = []
    for part, code in _STAR_MISSING.items():
        if not present[part]:
            sev = {"A": 0.8, "R": 0.7, "S": 0.55, "T": 0.45}[part]
            tips.append(TipCandidate(code, {}, sev))
    spans = star["spans"]
    if present["R"] and not star["result_quantified"]:
        r = [s for s in spans if s["part"] == "R"]
        tips.append(TipCandidate("result_not_quantified", {}, 0.5, tuple(
            {"char_start": s["char_start"], "char_end": s["char_end"], "start": s["start"], "end": s["end"]}
            for s in r)))
    if star["action_first_person"] is False:
        tips.append(TipCandidate("action_we_only", {}, 0.55, tuple(
            {"char_start": s["char_start"], "char_end": s["char_end"]} for s in spans if s["part"] == "A")))
    return tips
