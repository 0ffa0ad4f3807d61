"""Verbatim transcription with faster-whisper: a per-language disfluency strategy and guards against loops.

Strategy, measured on ../shared/data/audio (whisper base int8, beam 5; see `rebond bench speech`):
- Whisper drops natural fillers unless its context already holds some. With a short prompt full of hesitations it
  writes them: en_batchalign_um.mp3 went from 0 to both "um"s and all three "I like" (no prompt: none, one "I like");
  fr_qc_interview_1.wav kept its "euh" only with a prompt. Prompts are per language and short: the long French prompt
  of the first trials was echoed into the transcript, the short one below was not on any shared file.
- Beam 5, not greedy: greedy decoding dropped every French "euh". Beam 3/2 saved little time on the 20-30 s clips.
- French keeps its prompt (measured 2026-11-26 on every French file, through the chunked path `analyze_file` uses).
  fr_cv_consulat.wav ("... et conseiller général") comes out "conseillés générales" (WER 15.4%) with this prompt,
  WITHOUT any prompt, with two other hesitation prompts, and with beam 4/5/8/10, patience 2 or length_penalty 1; a
  third prompt gives "conseillers générales" (15.4% too). The two spellings sound the same (/kɔ̃sɛje ʒeneʁal/): it is
  the model's agreement choice, not a hearing error. Only unprompted decoding with beam <= 3 spelled it right (0%),
  and that costs what the prompt is for on spontaneous French: fr_qc_interview_1 lost its labelled "euh" (which
  the audio detector cannot recover: Whisper stretches "Je" over it, 0.78-1.66 s) and "c'est... attendez" became
  "c'est attendu"; the restarts "de... de" (interview_2) and "à la... à la" (interview_4) were merged; interview_5
  became another sentence. A second unprompted pass for the text would double the decoding cost (RTF over 0.3).
- The language is detected among FR/EN only (fr_bonjour_pauses.mp3 was detected as Polish when unrestricted).
- Long silences (measured on the audio) are not decoded (`clip_timestamps`): fr_bonjour_pauses.mp3 took 118 s and
  produced "Moussoul !" over its 29 s silence; skipping it gave the right text in 21 s.
  A silence is not skipped when less than 1 s of sound precedes it (`MIN_CLIP_S`): en_phonecall_sample.wav has a
  0.25 s click at 2.4 s, then 4 s of silence; decoded on its own, the click cost two 30 s encoder windows, an echo of
  the prompt and a temperature fallback (12 of the 19 CPU-seconds of the ASR). Decoded with the speech that follows,
  the file needs one window: RTF 0.376 -> 0.148 (median of 3, load 2.5), same words and fillers.
- `condition_on_previous_text=False` so that an invented phrase cannot feed the next window (the loop mechanism);
  `hallucination_silence_threshold` skips text invented over silences.
- After decoding, segments are dropped when they echo the prompt, look like Whisper's no-speech case
  (no_speech_prob > 0.5 and avg_logprob < -0.6: "Okay. Okay. Okay." over the phone call's leading noise), have a
  compression ratio above 2.4, or repeat the previous segment with a low probability; any word n-gram repeated more
  than three times in a row is cut (a natural "I like, I like, I like" stays). Where text was removed is kept
  (`dropped_spans`): the voice there is speech without its words, not hesitations the recogniser left out (a looped
  clip, fr_qc_interview_3 x12: 4 "heard" hesitations all inside removed passages).
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field

import numpy as np

from app.core.progress import CancelToken, ProgressFn, no_progress

log = logging.getLogger(__name__)

PROMPTS = {
    "en": "Umm, let me think like, hmm... Okay, here's what I'm, like, thinking.",
    "fr": "Euh, bon, alors... je pense que, hum, c'était, euh, bien.",
}
# Prompt every 30 s window (English) or only the first (French). Measured on files built by joining the shared clips
# so that the natural fillers come after 30 s: English (60 s and 99 s) first-window-only found 0 of the hesitations
# after 30 s and one "I like" of three; every window found them all ("um" x2, "uh", "I like" x3) for about the same
# CPU (RTF 0.113 -> 0.132 and 0.137 -> 0.120). French (50 s of read + Quebec interview clips): every window cost
# RTF 0.156 -> 0.436 (temperature fallbacks) and found no extra "euh", so French keeps the first window only.
# Cost seen on English: on the 2-minute latency talk video (no hesitations in it) every-window prompting wrote 233
# words instead of 267; one window near 105 s ended early on "Oh god, get it." (about 25 words lost). Kept because
# first-window-only misses every filler after 30 s, which biases the filler rate of any answer over 30 s.
PROMPT_EVERY_WINDOW = {"en": True, "fr": False}
# Above this length the language is detected on its own window (the whole-file features would be computed twice).
REUSE_ENCODING_MAX_S = 600.0
MAX_NGRAM_REPEATS = 3
MAX_COMPRESSION = 2.4
MIN_CLIP_S = 1.0
SUPPORTED = ("en", "fr")
# Temperature fallback when a window's decoding fails the compression/log-probability checks; callers pass the first
# one only where the audio is mostly not speech (sampling again over non-speech is how Whisper loops).
TEMPERATURES = (0.0, 0.2, 0.4, 0.6)
# Speech in another language is not transcribed when detection is sure of it: forced into EN/FR, Whisper translates
# or invents (lp_d20.mp4, Mandarin, zh 0.987 / en 0.005: "My name is Zhang Bao. I've always been in a big business
# family" and, for the same audio resampled once more, "I'm called Zhang Bao. I've never been in a house like this").
# Measured on the first chunk with speech of every clip of the shared data: English and French clips 0.889-0.999 for
# their language, except fr_bonjour_pauses (fr 0.023, but no other language above 0.3: kept); detected as surely
# another language: lp_d20 zh 0.988, gh_stage_speech zh 0.976, vid_lookaway_woman_d10 pt 0.959 (EN/FR <= 0.02).
# The thresholds leave a wide margin on both sides (design choice).
OTHER_LANGUAGE_MIN_P = 0.8  # the other language is this sure ...
SUPPORTED_MAX_P = 0.1  # ... and EN/FR this unlikely


@dataclass
class AsrWord:
    text: str
    start: float
    end: float
    prob: float


@dataclass
class AsrResult:
    language: str
    language_probability: float
    words: list[AsrWord] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # texts removed by the guards (for warnings and the bench)
    # where those texts were (seconds): voice there is speech the guards removed, not an unwritten hesitation
    dropped_spans: list[tuple[float, float]] = field(default_factory=list)
    model_id: str = ""
    prompt_used: bool = False
    other_language: tuple[str, float] | None = None  # set (nothing decoded) when the speech is in another language


def _norm(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def _echoes_prompt(text: str, prompt: str | None) -> bool:
    """True when the segment is mostly a copy of the prompt (4+ consecutive prompt words)."""
    if not prompt:
        return False
    seg, pr = _norm(text), " ".join(_norm(prompt))
    if len(seg) < 4:
        return False
    hits = sum(1 for i in range(len(seg) - 3) if " ".join(seg[i:i + 4]) in pr)
    return hits >= max(1, (len(seg) - 3) // 2)


def collapse_loops(words: list[AsrWord], max_repeats: int = MAX_NGRAM_REPEATS) -> tuple[list[AsrWord], list[str]]:
    """Cut runs where an n-gram (n = 1..6) repeats more than `max_repeats` times in a row: a decoding loop.

    Natural repetitions ("I like, I like, I like") stay: three in a row are allowed."""
    norms = [" ".join(_norm(w.text)) for w in words]
    keep = [True] * len(words)
    dropped: list[str] = []
    i = 0
    while i < len(words):
        cut = False
        for n in range(1, 7):
            unit = norms[i:i + n]
            if len(unit) < n or not all(unit):
                continue
            count = 1
            while norms[i + count * n:i + (count + 1) * n] == unit:
                count += 1
            if count > max_repeats:
                for k in range(i + max_repeats * n, i + count * n):
                    keep[k] = False
                dropped.append(f"{' '.join(unit)} ×{count}")
                i += count * n
                cut = True
                break
        if not cut:
            i += 1
    return [w for w, k in zip(words, keep, strict=True) if k], dropped


def removed_spans(before: list[AsrWord], after: list[AsrWord]) -> list[tuple[float, float]]:
    """Time spans of the words of `before` that are not in `after` (consecutive removed words merged)."""
    kept = {id(w) for w in after}
    spans: list[tuple[float, float]] = []
    run = False
    for w in before:
        if id(w) in kept:
            run = False
        elif run:
            spans[-1] = (spans[-1][0], max(spans[-1][1], w.end))
        else:
            spans.append((w.start, w.end))
            run = True
    return spans


def speech_clips(duration: float, skip: list[tuple[float, float]], pad: float = 0.2,
                 bounds: tuple[float, float] | None = None) -> list[float] | str:
    """faster-whisper `clip_timestamps` covering the speech (`bounds`, padded) minus the skipped silences.

    Leaving out the silent tail matters: a stray last window of silence was decoded to the token limit, through
    every fallback temperature (14 s of CPU for the 2.5 s fr_dictee.aiff)."""
    lo, hi = (0.0, duration) if bounds is None else (max(0.0, bounds[0] - 0.3), min(duration, bounds[1] + 0.5))
    edges: list[float] = []
    cursor = lo
    for s, e in sorted(skip):
        s, e = s + pad, e - pad
        if e - s < 1.0 or s <= cursor or e >= hi:
            continue
        if s - cursor < MIN_CLIP_S:
            # A sub-second blip before a silence (the phone call's click at 2.4 s) would cost two whole 30 s
            # encoder windows and a temperature fallback on noise; decode it together with what follows instead.
            continue
        edges += [round(cursor, 3), round(s, 3)]
        cursor = e
    if not edges and bounds is None:
        return "0"
    edges += [round(cursor, 3), round(hi, 3)]
    return edges


def _seed_sampling(seed: int = 0) -> None:
    try:
        import ctranslate2

        ctranslate2.set_random_seed(seed)
    except (ImportError, AttributeError):  # another engine (tests' fakes): nothing to seed
        pass


def detect_language(model, samples: np.ndarray) -> tuple[str, float]:
    """Language of the first 30 s among FR/EN (other languages fall back to the most likely of the two)."""
    best, prob, _other = _pick_language(dict(model.detect_language(samples[: 16000 * 30])[2]))
    return best, prob


def _pick_language(probs: dict[str, float]) -> tuple[str, float, tuple[str, float] | None]:
    """(best of EN/FR, its probability, (other language, probability) when the speech is surely another one)."""
    best = max(SUPPORTED, key=lambda k: probs.get(k, 0.0))
    top = max(probs, key=probs.get) if probs else best
    other = None
    if top not in SUPPORTED and probs[top] >= OTHER_LANGUAGE_MIN_P and probs.get(best, 0.0) <= SUPPORTED_MAX_P:
        other = (top, round(float(probs[top]), 3))
    return best, float(probs.get(best, 0.0)), other


def transcribe(
    model,
    samples: np.ndarray,
    *,
    language: str = "auto",
    use_prompt: bool = True,
    beam_size: int = 5,
    skip: list[tuple[float, float]] | None = None,
    bounds: tuple[float, float] | None = None,
    temperatures: tuple[float, ...] = TEMPERATURES,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AsrResult:
    """Timed words of `samples` (16 kHz mono float32) with the disfluency strategy and loop guards.

    `skip` lists long silent intervals (measured on the audio) that Whisper does not decode: decoding silence costs
    time and is where it invents text. `bounds` = (first, last) time with voice: nothing outside is decoded.
    With language "auto", speech that detection finds surely in another language is not decoded: the result has no
    words and `other_language` set."""
    duration = max(len(samples) / 16000, 1e-6)
    # Temperature fallback samples at random (lp_d20.mp4 gave 17 or 25 words from run to run once a fallback was
    # sampled). CTranslate2 seeds a worker thread's generator once, when that thread first samples, from the seed
    # set before (ctranslate2 src/random.cc): setting it here makes a process's fallbacks reproducible from its
    # start, not each call on its own.
    _seed_sampling()
    clips = speech_clips(duration, skip or [], bounds=bounds)
    first_encoding = other = None
    if language == "auto" and hasattr(model, "feature_extractor") and duration <= REUSE_ENCODING_MAX_S:
        lang, lang_prob, other, first_encoding = _detect_on_first_window(model, samples, clips, duration)
    elif language == "auto":
        lang, lang_prob, other = _pick_language(dict(model.detect_language(samples[: 16000 * 30])[2]))
    else:
        lang, lang_prob = language, 1.0
    if other is not None:
        return AsrResult(lang, lang_prob, other_language=other)
    prompt = PROMPTS.get(lang) if use_prompt else None
    # faster-whisper keeps `initial_prompt` for the first 30 s window only when condition_on_previous_text=False;
    # `hotwords` is put in front of every window's context (same tokens, same place for the first window).
    every = prompt is not None and PROMPT_EVERY_WINDOW.get(lang, False)
    segments, _info = model.transcribe(
        samples, language=lang, beam_size=beam_size, word_timestamps=True,
        initial_prompt=None if every else prompt, hotwords=prompt if every else None,
        condition_on_previous_text=False, compression_ratio_threshold=MAX_COMPRESSION,
        vad_filter=False, clip_timestamps=clips,
        temperature=tuple(temperatures), best_of=2,
    )
    result = AsrResult(lang, lang_prob, prompt_used=prompt is not None)
    if first_encoding is not None:
        model.encode = _EncodeOnce(model, first_encoding)
    try:
        _collect(segments, result, prompt, duration, bounds, progress, cancel)
    finally:
        if isinstance(model.__dict__.get("encode"), _EncodeOnce):
            del model.encode
    words = result.words
    result.words, loops = collapse_loops(words)
    result.dropped.extend(loops)
    result.dropped_spans.extend(removed_spans(words, result.words))
    progress(1.0, "transcribed")
    return result


def _collect(segments, result: AsrResult, prompt: str | None, duration: float, bounds, progress: ProgressFn,
             cancel: CancelToken | None) -> None:
    """Words of the kept segments into `result` (the guards drop echoes, silences, loops)."""
    prev_text = None
    for seg in segments:
        if cancel:
            cancel.check()
        progress(min(1.0, seg.end / duration), "transcribing")
        text = seg.text.strip()
        if not text:
            continue
        if (_echoes_prompt(text, prompt)
                or (seg.no_speech_prob > 0.5 and seg.avg_logprob < -0.6)  # Whisper's own silence rule, stricter
                or seg.compression_ratio > MAX_COMPRESSION
                or (prev_text is not None and _norm(text) == _norm(prev_text) and seg.avg_logprob < -0.5)):
            result.dropped.append(text)
            result.dropped_spans.append((float(seg.start), float(seg.end)))
            continue
        prev_text = text
        for w in seg.words or []:
            if w.end - w.start <= 0.0 and not w.word.strip():
                continue
            result.words.append(AsrWord(w.word, float(w.start), float(w.end), float(w.probability)))
        if bounds is not None and seg.end >= bounds[1] - 0.3:
            break  # the voice has ended: do not let Whisper decode the silent tail (segments are generated lazily)


def _detect_on_first_window(model, samples: np.ndarray, clips, duration: float):
    """Language (FR/EN) of the first window that will be decoded, and that window's encoder output.

    The 30 s encoder pass is the fixed cost of every file (about 2 CPU-s with base int8 on this machine): detecting
    the language on a separate window doubled it. The features and the window are computed exactly as
    faster-whisper 1.2 does for its first window (whole-file log-mel, whose level clamp depends on the whole file;
    up to 30 s, not past the clip's end), so handing this encoding to the first decoding step gives the same text."""
    from faster_whisper.audio import pad_or_trim

    fe = model.feature_extractor
    features = fe(samples)
    content = features.shape[-1] - 1
    fps = 16000 // fe.hop_length
    start, end = (0, content) if isinstance(clips, str) else (round(clips[0] * fps), min(round(clips[1] * fps), content))
    size = min(fe.nb_max_frames, content - start, end - start)
    encoding = model.encode(pad_or_trim(features[:, start:start + size]))
    probs = {token[2:-2]: p for token, p in model.model.detect_language(encoding)[0]}
    best, prob, other = _pick_language(probs)
    return best, prob, other, encoding


class _EncodeOnce:
    """Stands in for `model.encode` during one transcription: the first call from this thread gets the encoding
    already computed for language detection; every other call (later windows, other threads) encodes as usual."""

    def __init__(self, model, encoding):
        self.model, self.encoding, self.owner = model, encoding, threading.get_ident()

    def __call__(self, features):
        if self.encoding is not None and threading.get_ident() == self.owner:
            encoding, self.encoding = self.encoding, None
            return encoding
        return type(self.model).encode(self.model, features)
