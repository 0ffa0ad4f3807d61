"""Writes the literal example reports used by the review tests (run once; the JSON files are committed).

The reports follow the documented `rebond.report/1` fields (issue 3 item 9, issue 4 item 6). They are hand-shaped
examples, not analysis output: the review side is built and tested against the format, not against an analyser.

    python tests/data/review/make_reports.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _build_words(tokens: list[str | float], t0: float = 0.6, word_s: float = 0.28, gap_s: float = 0.06):
    """Tokens are words, or a float = a silent pause of that many seconds before the next word."""
    text, words, t, pending_pause = "", [], t0, 0.0
    for tok in tokens:
        if isinstance(tok, float):
            pending_pause += tok
            continue
        if text:
            text += " "
        t += pending_pause
        pending_pause = 0.0
        dur = word_s + 0.02 * (len(tok) % 4)
        start = round(t, 2)
        end = round(t + dur, 2)
        words.append({"text": tok, "start": start, "end": end, "char_start": len(text),
                      "char_end": len(text) + len(tok), "prob": 0.93})
        text += tok
        t = end + gap_s
    return text, words


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def _span_times(words, cs, ce):
    inside = [w for w in words if w["char_end"] > cs and w["char_start"] < ce]
    return (inside[0]["start"], inside[-1]["end"]) if inside else (None, None)


def _speech_sections(text, words, fillers, reps, negs, hedges, star_cuts, duration):
    """Filler/negative/hedge/STAR sections from the literal phrases named by the caller."""
    events, by_form, cursor = [], {}, 0
    for form, kind in fillers:
        cs, ce = _find(text, form.rstrip(","), cursor)
        cursor = ce
        s, e = _span_times(words, cs, ce)
        events.append({"form": form.strip(",.").lower(), "kind": kind, "start": s, "end": e, "char_start": cs,
                       "char_end": ce, "source": "transcript"})
        by_form[form.strip(",.").lower()] = by_form.get(form.strip(",.").lower(), 0) + 1
    repetitions = []
    for phrase, count in reps:
        cs, ce = _find(text, phrase)
        s, e = _span_times(words, cs, ce)
        repetitions.append({"text": phrase.split(",")[0], "count": count, "start": s, "end": e})
    negatives = []
    for phrase, suggestion in negs:
        cs, ce = _find(text, phrase)
        negatives.append({"text": phrase, "char_start": cs, "char_end": ce, "suggestion": suggestion})
    hedge_rows = []
    for phrase in hedges:
        cs, ce = _find(text, phrase)
        hedge_rows.append({"text": phrase, "char_start": cs, "char_end": ce})
    spans, bounds = [], [_find(text, cut)[0] for _, cut in star_cuts] + [len(text)]
    for i, (part, _) in enumerate(star_cuts):
        cs, ce = bounds[i], bounds[i + 1] - (1 if i + 1 < len(star_cuts) else 0)
        s, e = _span_times(words, cs, ce)
        spans.append({"part": part, "char_start": cs, "char_end": ce, "start": s, "end": e})
    speech_time = sum(w["end"] - w["start"] for w in words)
    share = {}
    for sp in spans:
        share[sp["part"]] = round((sp["end"] - sp["start"]) / max(1e-6, words[-1]["end"] - words[0]["start"]), 3)
    return {
        "fillers": {"count": len(events), "per_minute": round(len(events) / (duration / 60), 2), "by_form": by_form,
                    "events": events},
        "repetitions": repetitions,
        "negatives": negatives,
        "hedges": hedge_rows,
        "star_spans": spans,
        "share": share,
        "speaking_time_s": round(speech_time, 2),
    }


def _pauses(words, min_s=1.0, long_s=2.0):
    out = []
    for a, b in zip(words, words[1:], strict=False):
        gap = b["start"] - a["end"]
        if gap >= min_s:
            out.append({"start": a["end"], "end": b["start"], "long": gap >= long_s})
    return out


SHORT_TOKENS = (
    "At my last job, um, our release process took two days. <1.2> I had to cut the build time before the launch. "
    "I like, I like, I like rewrote the pipeline and, um, basically added a cache. <2.4> Unfortunately my manager "
    "was not helpful. I think maybe it worked. As a result the build time dropped by 40 percent."
)


RETRY_TOKENS = (
    "At my last job our release process took two days. I had to cut the build time before the launch. "
    "I rewrote the pipeline and, um, added a cache. I also showed the team how to use it. <1.1> As a result "
    "the build time dropped by 40 percent in one month."
)


def retry_report() -> dict:
    """A second attempt at the same question: fewer fillers, no negative phrase, steadier eye contact."""
    tokens: list[str | float] = []
    for tok in RETRY_TOKENS.split(" "):
        tokens.append(float(tok[1:-1]) if tok.startswith("<") else tok)
    text, words = _build_words(tokens)
    duration = round(words[-1]["end"] + 0.6, 2)
    sec = _speech_sections(
        text, words, fillers=[("um,", "hesitation")], reps=[], negs=[], hedges=[],
        star_cuts=[("S", "At my last job"), ("T", "I had to"), ("A", "I rewrote"), ("R", "As a result")],
        duration=duration,
    )
    rep = short_report()
    rep.update({
        "duration_s": duration, "transcript": {"text": text, "words": words}, "fillers": sec["fillers"],
        "repetitions": [], "negatives": [], "hedges": [], "pauses": _pauses(words),
        "pace": {"wpm": round(len(words) / (sec["speaking_time_s"] / 60) * 0.8, 1),
                 "speaking_time_s": sec["speaking_time_s"]},
        "voice": {"pitch_sd_semitones": 2.6, "monotone": False, "loudness_sd_db": 4.0},
        "tips": [{"code": "result_timeframe", "params": {}, "text": "The result names a number and a time frame."}],
    })
    rep["star"] = dict(rep["star"], spans=sec["star_spans"], share=sec["share"])
    rep["eye_contact"] = {"ratio": 0.91, "confidence": 0.92,
                          "samples": [{"t": round(i * 0.2, 2), "state": "camera"} for i in range(int(duration * 5))],
                          "lookaways": [], "glances": []}
    rep["head_pose"] = {"samples": rep["head_pose"]["samples"][: int(duration * 5)], "turns": [], "nods": []}
    rep["posture"] = {"events": [{"kind": "fidgeting", "start": 4.0, "end": 4.8}]}
    rep["framing"] = {"face_size_ratio": 0.2, "events": []}
    return rep


def short_report() -> dict:
    tokens: list[str | float] = []
    for tok in SHORT_TOKENS.split(" "):
        # "<1.2>" marks a silent pause of 1.2 s before the next word
        tokens.append(float(tok[1:-1]) if tok.startswith("<") else tok)
    text, words = _build_words(tokens)
    duration = round(words[-1]["end"] + 0.7, 2)
    sec = _speech_sections(
        text, words,
        fillers=[("um,", "hesitation"), ("um,", "hesitation"), ("basically", "lexical")],
        reps=[("I like, I like, I like", 3)],
        negs=[("Unfortunately my manager was not helpful.",
               "Describe what you did about the situation rather than who failed you.")],
        hedges=["I think maybe"],
        star_cuts=[("S", "At my last job"), ("T", "I had to"), ("A", "I like, I like"), ("R", "As a result")],
        duration=duration,
    )
    report = {
        "schema": "rebond.report/1",
        "status": "complete",
        "warnings": [],
        "language": "en",
        "duration_s": duration,
        "transcript": {"text": text, "words": words},
        "fillers": sec["fillers"],
        "repetitions": sec["repetitions"],
        "pace": {"wpm": round(len(words) / (sec["speaking_time_s"] / 60) * 0.8, 1),
                 "speaking_time_s": sec["speaking_time_s"]},
        "pauses": _pauses(words),
        "voice": {"pitch_sd_semitones": 2.1, "monotone": False, "loudness_sd_db": 4.2},
        "hedges": sec["hedges"],
        "negatives": sec["negatives"],
        "star": {"present": {"S": True, "T": True, "A": True, "R": True}, "spans": sec["star_spans"],
                 "result_quantified": True, "action_first_person": True, "share": sec["share"]},
        "tips": [
            {"code": "long_pause", "params": {"count": 1, "part": "A"},
             "text": "1 pause over 2 s in the Action.", "evidence": [{"start": 15.18, "end": 17.64}]},
            {"code": "negative_phrase", "params": {"text": "Unfortunately my manager was not helpful."},
             "text": "“Unfortunately my manager was not helpful.” puts the focus on someone else."},
        ],
        "eye_contact": {"ratio": 0.78, "confidence": 0.9,
                        "samples": [{"t": round(i * 0.2, 2), "state": "away" if 30 <= i < 42 else "camera"}
                                    for i in range(int(duration * 5))],
                        "lookaways": [{"start": 6.0, "end": 8.4}], "glances": [{"start": 19.0, "end": 19.4}]},
        "head_pose": {"samples": [{"t": round(i * 0.2, 2), "yaw": 2.0, "pitch": -3.0, "roll": 0.5}
                                  for i in range(int(duration * 5))], "turns": [], "nods": []},
        "framing": {"face_size_ratio": 0.18, "events": [{"kind": "off_centre", "start": 12.0, "end": 14.5}]},
        "posture": {"events": [{"kind": "fidgeting", "start": 9.0, "end": 10.2},
                               {"kind": "hand_to_face", "start": 15.1, "end": 15.9}]},
        "expression": {"smile_ratio": 0.12, "indicative": True},
    }
    return report


LONG_SENTENCES = [
    "In my previous role at a logistics company our warehouse team was losing orders every week.",
    "The tracking tool was old and nobody owned the problem.",
    "My manager asked me to find out why and to fix it within one quarter.",
    "I had to keep the warehouse running while we changed the tool.",
    "First I interviewed the six shift leads to map where orders went missing.",
    "Then I wrote a small script that compared scanned parcels with the order list every night.",
    "I presented the gaps to the team every Monday and we agreed on two changes to the packing step.",
    "I also trained the new hires on the scanner so that the changes would stick.",
    "After three months the lost orders went down from forty a week to five a week.",
    "The company kept the nightly check and rolled it out to two other sites.",
    "Looking back I would involve the shift leads even earlier because they knew where the problems were.",
    "We also learned that the night shift had a different packing table which explained half of the gaps.",
    "I wrote a one page guide so that every site could run the same check on its own.",
    "Customer complaints about missing parcels fell by a third over the same quarter.",
    "My manager asked me to present the approach to the regional directors at the end of the year.",
    "Today the check runs every night in five warehouses and flags about ten parcels a week.",
]


def long_report() -> dict:
    rng = random.Random(6)
    fillers_at = {7, 19, 33, 41, 58, 64, 80, 95, 113, 127, 140, 151, 170, 188, 201}
    tokens: list[str | float] = []
    filler_plan = []
    n = 0
    for _take in range(1):
        for si, sentence in enumerate(LONG_SENTENCES):
            if si in (3, 6):
                tokens.append(2.6)
            elif si in (8, 12):
                tokens.append(1.3)
            for w in sentence.split(" "):
                if n in fillers_at:
                    form = rng.choice(["um,", "uh,", "you know,", "like,"])
                    tokens.append(form)
                    filler_plan.append((form, "hesitation" if form in ("um,", "uh,") else "lexical"))
                tokens.append(w)
                n += 1
    text, words = _build_words(tokens, word_s=0.32, gap_s=0.08)
    duration = round(words[-1]["end"] + 1.0, 2)
    sec = _speech_sections(
        text, words,
        fillers=filler_plan,
        reps=[],
        negs=[("nobody owned the problem.", "Say what was missing, then what you did about it.")],
        hedges=[],
        star_cuts=[("S", "In my previous role"), ("T", "My manager asked"), ("A", "First I interviewed"),
                   ("R", "After three months")],

        duration=duration,
    )
    frames = int(duration * 5)
    away = set()
    lookaways = []
    for start in (22.0, 57.5, 96.0):
        lookaways.append({"start": start, "end": start + 1.8})
        away.update(range(int(start * 5), int((start + 1.8) * 5)))
    report = {
        "schema": "rebond.report/1",
        "status": "complete",
        "warnings": [],
        "language": "en",
        "duration_s": duration,
        "transcript": {"text": text, "words": words},
        "fillers": sec["fillers"],
        "repetitions": [{"text": "I", "count": 2, "start": 31.2, "end": 31.9}],
        "pace": {"wpm": round(len(words) / (duration / 60), 1), "speaking_time_s": sec["speaking_time_s"]},
        "pauses": _pauses(words),
        "voice": {"pitch_sd_semitones": 1.4, "monotone": False, "loudness_sd_db": 3.1},
        "hedges": sec["hedges"],
        "negatives": sec["negatives"],
        "star": {"present": {"S": True, "T": True, "A": True, "R": True}, "spans": sec["star_spans"],
                 "result_quantified": True, "action_first_person": True, "share": sec["share"]},
        "tips": [
            {"code": "fillers_rate", "params": {"per_minute": sec["fillers"]["per_minute"]},
             "text": f"{sec['fillers']['per_minute']} fillers per minute, mostly “um” and “like”."},
            {"code": "long_pause", "params": {"count": 2, "part": "T"}, "text": "2 pauses over 2 s around the Task."},
            {"code": "lookaway", "params": {"count": 3}, "text": "3 look-aways over 1 s, during the Action."},
        ],
        "eye_contact": {"ratio": round(1 - len(away) / frames, 3), "confidence": 0.88,
                        "samples": [{"t": round(i * 0.2, 1), "state": "away" if i in away else "camera"}
                                    for i in range(frames)],
                        "lookaways": lookaways, "glances": [{"start": 33.0, "end": 33.6}]},
        "head_pose": {"samples": [{"t": round(i * 0.2, 1), "yaw": round(rng.uniform(-6, 6), 1),
                                   "pitch": round(rng.uniform(-5, 3), 1), "roll": round(rng.uniform(-2, 2), 1)}
                                  for i in range(frames)], "turns": [], "nods": []},
        "framing": {"face_size_ratio": 0.16,
                    "events": [{"kind": "face_too_small", "start": 70.0, "end": 76.0}]},
        "posture": {"events": [{"kind": "fidgeting", "start": 40.0, "end": 43.5},
                               {"kind": "slouch", "start": 88.0, "end": 95.0},
                               {"kind": "hand_to_face", "start": 101.0, "end": 102.2}]},
        "expression": {"smile_ratio": 0.2, "indicative": True},
    }
    return report


def text_report() -> dict:
    """A written answer (`.txt` input): every time is null, char offsets still index the text."""
    rep = short_report()
    rep.pop("eye_contact"), rep.pop("head_pose"), rep.pop("framing"), rep.pop("posture"), rep.pop("expression")
    rep["duration_s"] = None
    for w in rep["transcript"]["words"]:
        w["start"] = w["end"] = None
        w["prob"] = None
    for ev in rep["fillers"]["events"]:
        ev["start"] = ev["end"] = None
    rep["fillers"]["per_minute"] = None
    for r in rep["repetitions"]:
        r["start"] = r["end"] = None
    rep["pace"] = None
    rep["pauses"] = []
    rep["voice"] = None
    for sp in rep["star"]["spans"]:
        sp["start"] = sp["end"] = None
    # a written answer's share of each part is counted in characters
    spans = rep["star"]["spans"]
    total = sum(sp["char_end"] - sp["char_start"] for sp in spans)
    rep["star"]["share"] = {sp["part"]: round((sp["char_end"] - sp["char_start"]) / total, 3) for sp in spans}
    rep["tips"] = [t for t in rep["tips"] if t["code"] != "long_pause"]
    rep["status"] = "partial"
    rep["warnings"] = [{"code": "text_only", "message": "Written answer: no timing, voice or video."}]
    return rep


def speech_only_report() -> dict:
    """A recording analysed without the vision sections (audio file, or vision unavailable)."""
    rep = short_report()
    for key in ("eye_contact", "head_pose", "framing", "posture", "expression"):
        rep.pop(key)
    rep["warnings"] = [{"code": "no_video", "message": "Audio only: no eye contact or posture."}]
    rep["status"] = "partial"
    return rep


def main() -> None:
    for name, rep in (("answer_short.json", short_report()), ("answer_2min.json", long_report()),
                      ("answer_text.json", text_report()),
                      ("answer_short_retry.json", retry_report()), ("answer_speech_only.json", speech_only_report())):
        (HERE / name).write_text(json.dumps(rep, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(name, (HERE / name).stat().st_size)


if __name__ == "__main__":
    main()

# demo_answer_en.speech.json is not made here: it is the output of the speech analysis (`rebond analyze
# app/resources/demo/demo_answer_en.ogg --json …`, speech branch at c8dff2f, whisper-base), kept as a real report.
