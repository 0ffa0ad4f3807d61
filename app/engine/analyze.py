"""The single analysis entry point: a media file or a written answer in, a validated `rebond.report/1` dict out.

`analyze_file` decodes the audio (streamed, bounded), transcribes it with the disfluency strategy, measures voice and
silences, runs the speech/language/STAR analyses, adds vision for videos (app.engine.vision), merges every tip
candidate into one list of at most three, and validates the report. `analyze_text` does the text-only part.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from pathlib import Path

import numpy as np

from app import __version__
from app.analysis import tips as tipsmod
from app.analysis import voice as V
from app.analysis.hesitation import heard_hesitations
from app.analysis.report_build import build_speech_sections
from app.analysis.report_schema import SCHEMA_ID, validate_report
from app.analysis.thresholds import section
from app.analysis.transcript import from_text, from_timed_words
from app.analysis.warnings import make_warning
from app.core.errors import Cancelled, InputError
from app.core.progress import CancelToken, ProgressFn, no_progress, scaled
from app.core.tips import TipCandidate
from app.engine import vision as vision_engine
from app.engine.speech_chunks import transcribe_chunked
from app.ml import asr
from app.ml.audio_decode import decode_audio, probe
from app.ml.prosody import extract_tracks
from app.ml.sentence_embedder import default_embedder as star_embedder
from app.ml.whisper_loader import DEFAULT_WHISPER, load_offline_whisper

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
#: Vision warnings meaning "no face was measured at all": a video report without any face section is not complete.
_NO_FACE_CODES = ("no_face", "no_frames", "no_person")
_SPEECH_KEYS = ("transcript", "fillers", "repetitions", "restarts", "pace", "pauses", "voice", "hedges", "negatives",
                "pronouns", "star")
_FR_WORDS = {"je", "j'ai", "et", "le", "la", "les", "des", "une", "un", "est", "c'est", "que", "qui", "pour", "avec",
             "pas", "on", "nous", "du", "dans", "mais", "donc", "alors", "euh", "était", "avait"}
_EN_WORDS = {"i", "the", "and", "a", "to", "of", "was", "we", "it", "that", "in", "my", "with", "for", "but", "so",
             "had", "they", "um", "uh", "is", "on"}


def report_warning(code: str, **params) -> dict:
    """One entry of a report's `warnings` (shared by the offline and the live analysis); the texts are in
    app/resources/tips/warnings.toml, see app.analysis.warnings."""
    return make_warning(code, **params)


def guess_text_language(text: str) -> str:
    """'fr' or 'en' from function-word counts (good enough for a written answer of a sentence or more)."""
    toks = re.findall(r"[\w']+", text.lower().replace("’", "'"))
    fr = sum(t in _FR_WORDS for t in toks)
    en = sum(t in _EN_WORDS for t in toks)
    return "fr" if fr > en else "en"


def report_envelope(lang: str, duration: float | None, kind: str, path: str | None, question: str | None) -> dict:
    """An empty report (every section None) that the analysis steps fill in."""
    report = {"schema": SCHEMA_ID, "status": "complete", "warnings": [], "language": lang,
              "duration_s": None if duration is None else round(duration, 3),
              "input": {"path": path or "", "kind": kind}, "question": question}
    report.update({k: None for k in _SPEECH_KEYS})
    report["tips"] = []
    report["meta"] = {"version": __version__, "models": {}, "timings_s": {}, "strategy": {}}
    return report


def finish_report(report: dict, candidates: list[TipCandidate]) -> dict:
    """Choose the tips among the candidates and validate the report against the schema. A video report in which
    no face was measured (vision warning no_face/no_frames/no_person) is `partial`, for the live path as well."""
    if report["input"]["kind"] == "video" and any(w.get("code") in _NO_FACE_CODES for w in report["warnings"]):
        report["status"] = "partial"
    report["tips"] = tipsmod.prioritise(candidates, report["language"], section("speech").get("max_tips", 3))
    validate_report(report)
    return report


def analyze_text(text: str, *, lang: str = "auto", question: str | None = None, path: str | None = None) -> dict:
    """Text-only analysis of a written answer (times are null). Raises InputError for an empty text."""
    if not text or not text.strip():
        raise InputError("The answer is empty: there is nothing to analyse.")
    language = guess_text_language(text) if lang == "auto" else lang
    t0 = time.perf_counter()
    report = report_envelope(language, None, "text", path, question)
    tr = from_text(text, language)
    sections, candidates = build_speech_sections(tr, language, star_embedder=star_embedder())
    report.update(sections)
    report["meta"]["timings_s"]["analysis"] = round(time.perf_counter() - t0, 4)
    return finish_report(report, candidates)


def analyze_file(
    path: Path,
    *,
    lang: str = "auto",
    question: str | None = None,
    calibration: Path | None = None,
    accessibility: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> dict:
    """Analyse a video, audio or text file into a validated `rebond.report/1` dict.

    Raises InputError for unreadable/empty/too long inputs; media that can be partly analysed (no audio, silence,
    no speech) gives a report with `status: partial` and a warning."""
    path = Path(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        if not path.is_file():
            raise InputError(f"File not found: {path}.")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{path.name} is not UTF-8 text.") from None
        progress(0.0, "analysing text")
        report = analyze_text(text, lang=lang, question=question, path=str(path))
        progress(1.0, "done")
        return report
    cfg = section("speech")
    timings: dict[str, float] = {}
    info = probe(path)
    if not info.has_audio and not info.has_video:
        raise InputError(f"{path.name} has neither audio nor video.")
    kind = "video" if info.has_video else "audio"
    speech_end = 0.6 if kind == "video" else 0.95
    progress(0.0, "reading the file")
    # speech (Whisper) and vision (MediaPipe) run side by side: each alone leaves part of the 2 cores idle
    # (decoding, Python steps, single-threaded graph stages), so the whole file is ready sooner
    joint = _JointProgress(progress, speech_end) if kind == "video" else None
    vision_job = _VisionJob(path, calibration, accessibility, joint.vision if joint else progress, cancel) \
        if kind == "video" else None
    speech_progress = joint.speech if joint else progress
    try:
        report, candidates = _speech_part(path, info, kind, lang, question, cfg, timings, speech_progress, cancel)
    except BaseException:
        if vision_job is not None:
            vision_job.abort()
        raise
    if vision_job is not None:
        vres, timings["vision"] = vision_job.result()
        if vres is None:
            report["warnings"].append(report_warning("vision_unavailable"))
        else:
            report.update(vres.sections)
            report["warnings"].extend(vres.warnings)
            candidates.extend(vres.tips)
        report["meta"]["strategy"]["speech_vision_parallel"] = True
    _integrity_check(report, path, timings)
    report["meta"]["timings_s"] = {k: round(v, 3) for k, v in timings.items()}
    report = finish_report(report, candidates)
    progress(1.0, "done")
    return report


def _speech_part(path: Path, info, kind: str, lang: str, question: str | None, cfg: dict, timings: dict,
                 progress: ProgressFn, cancel: CancelToken | None) -> tuple[dict, list]:
    """Decode the audio and fill the speech sections; returns the report so far and its tip candidates."""
    t = time.perf_counter()
    audio = decode_audio(path, max_duration_s=cfg["max_duration_s"], progress=scaled(progress, 0.0, 0.08),
                         cancel=cancel)
    timings["decode"] = time.perf_counter() - t
    duration = audio.duration_s if audio is not None else info.duration_s
    report = report_envelope(lang if lang in ("en", "fr") else "en", duration, kind, str(path), question)
    candidates: list[TipCandidate] = []
    if audio is None:
        report["status"] = "partial"
        report["warnings"].append(report_warning("no_audio"))
    elif audio.duration_s < 0.3 or float(np.max(np.abs(audio.samples))) < 1e-4:
        report["status"] = "partial"
        report["warnings"].append(report_warning("silence"))
    else:
        _speech(report, audio.samples, lang, candidates, timings, scaled(progress, 0.08, 1.0), cancel)
    return report, candidates


def _integrity_check(report: dict, path: Path, timings: dict) -> None:
    """Mark the report `partial`, with a warning, when the file is cut or damaged (app.ml.media_integrity: length
    read against length declared, damaged packets, container sizes that do not tile the file): a report made from
    part of a recording must not read as complete."""
    from app.ml import media_integrity

    t = time.perf_counter()
    res = media_integrity.check(path)
    timings["integrity"] = time.perf_counter() - t
    cut = ("truncated" in res.problems and res.declared_s and res.readable_s is not None
           and res.declared_s - res.readable_s > 0)
    if cut:
        report["warnings"].append(report_warning("media_truncated", readable_s=round(res.readable_s, 1),
                                                 declared_s=round(res.declared_s, 1)))
    if "damaged" in res.problems or (res.problems and not cut):
        report["warnings"].append(report_warning("media_damaged"))
    if res.problems:
        report["status"] = "partial"
        report["meta"]["strategy"]["integrity"] = res.detail  # what was found, for a developer reading the JSON


class _LinkedCancel(CancelToken):
    """Cancelled by its own `cancel()` or by the caller's token."""

    def __init__(self, parent: CancelToken | None) -> None:
        super().__init__()
        self._parent = parent

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or (self._parent is not None and self._parent.cancelled)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


class _VisionJob:
    """`vision_engine.analyze_vision` on a thread; `result()` joins and re-raises its error."""

    def __init__(self, path: Path, calibration, accessibility: bool, progress: ProgressFn,
                 cancel: CancelToken | None) -> None:
        self._cancel = _LinkedCancel(cancel)
        self._box: dict = {}
        self._thread = threading.Thread(target=self._run, name="analyze-vision", daemon=True,
                                        args=(path, calibration, accessibility, progress))
        self._thread.start()

    def _run(self, path, calibration, accessibility, progress) -> None:
        t = time.perf_counter()
        try:
            self._box["res"] = vision_engine.analyze_vision(path, calibration=calibration,
                                                            accessibility=accessibility, progress=progress,
                                                            cancel=self._cancel)
        except BaseException as exc:  # re-raised by result() on the caller's thread
            self._box["error"] = exc
        self._box["s"] = time.perf_counter() - t

    def abort(self) -> None:
        self._cancel.cancel()
        self._thread.join()

    def result(self):
        self._thread.join()
        if "error" in self._box:
            raise self._box["error"]
        return self._box["res"], self._box["s"]


class _JointProgress:
    """One monotonic progress for speech and vision running at once (weights: their usual share of the time)."""

    def __init__(self, progress: ProgressFn, speech_share: float) -> None:
        self._progress, self._share = progress, speech_share
        self._parts = [0.0, 0.0]
        self._shown = 0.0
        self._lock = threading.Lock()

    def _update(self, i: int, fraction: float | None, message: str) -> None:
        with self._lock:  # the child's pipe is not thread-safe
            if fraction is not None:
                self._parts[i] = max(self._parts[i], min(1.0, fraction))
            total = 0.98 * (self._share * self._parts[0] + (1 - self._share) * self._parts[1])
            self._shown = max(self._shown, total)
            self._progress(self._shown, message)

    def speech(self, fraction: float | None, message: str) -> None:
        self._update(0, fraction, message)

    def vision(self, fraction: float | None, message: str) -> None:
        self._update(1, fraction, message)


def _speech(report: dict, samples: np.ndarray, lang: str, candidates: list[TipCandidate], timings: dict,
            progress: ProgressFn, cancel: CancelToken | None) -> None:
    """Fill the speech sections of `report` (or mark it partial when nobody speaks)."""
    t = time.perf_counter()
    tracks = extract_tracks(samples)
    timings["prosody"] = time.perf_counter() - t
    if nobody_speaks(tracks):
        report["status"] = "partial"
        report["warnings"].append(report_warning("no_speech"))
        return
    progress(0.02, "loading the speech model")
    t = time.perf_counter()
    model, workers = load_offline_whisper(DEFAULT_WHISPER, alongside_vision=report["input"]["kind"] == "video")
    timings["model_load"] = time.perf_counter() - t
    t = time.perf_counter()
    # Chunked at pauses exactly as the live analysis cuts while recording (app.engine.speech_chunks), not in
    # Whisper's 30 s windows: measured on the 2-minute test video (the same talk clips repeated 5 times), the
    # whole-file pass lost or garbled words at its window seams (242 words; one repetition had 28 of its ~51
    # words and repeated a phrase) while the chunked pass gave 51, 51, 51, 46, 58 words per repetition (268 in
    # all), and in 46 CPU-s instead of 67 s. The same chunks also make the live and offline reports agree.
    res = transcribe_chunked(model, samples, language=lang, progress=scaled(progress, 0.05, 0.9), cancel=cancel,
                             workers=workers)
    timings["asr"] = time.perf_counter() - t
    # the prosody of each chunk (with context on both sides, stitched) as in the live path: the heard hesitations
    # and silences are then computed from the same tracks in both
    done = add_speech_sections(report, res, res.tracks if res.tracks is not None else tracks, candidates, timings,
                               cancel)
    report["meta"]["strategy"]["asr_chunks"] = len(res.meta.get("chunks", []))
    if done:
        progress(1.0, "speech analysed")


def nobody_speaks(tracks) -> bool:
    """Speech is voiced: under 0.2 s of loud voiced sound (silence, hum, steady noise) means nobody speaks, and
    Whisper would only invent words there. The live analysis asks the same before its report."""
    return tracks is not None and int(((tracks.f0 > 0) & V.speech_mask(tracks.db)[0]).sum()) * 0.01 < 0.2


SNAP_MIN_SILENT_S = 0.05  # a word start this far inside silence is moved to the voice onset
SNAP_GAP_S = 0.15  # a silence this long inside a word's span is a pause before it (stop closures are shorter)


def snap_word_starts(words: list, tracks) -> list:
    """Word starts moved out of the silence before them, to the voice onset on the intensity track.

    Whisper's cross-attention alignment often starts a word right where the previous one ends, across the pause in
    between, and how far depends on the audio around it: the same word was placed 0.4 s apart by a whole-file pass
    and by a live chunk of vid_talk_aoc ("for" at 4.30 vs 4.70 s; the track shows the end of "future" to 4.50 s,
    silence to 4.73 s, "for" from 4.75 s). The intensity track does not depend on that context, so both paths
    snap to it: a word whose span starts with >= SNAP_MIN_SILENT_S of silence, or holds a silence >= SNAP_GAP_S,
    starts at the first loud frame after that silence. Ends are left as Whisper gives them; a word with no loud
    frame after the silence is left as it is."""
    if tracks is None or not len(words) or not tracks.times.size:
        return list(words)
    loud, _thr = V.speech_mask(tracks.db)
    times = tracks.times
    step = float(times[1] - times[0]) if times.size > 1 else 0.01
    out = []
    for w in words:
        i0, i1 = (int(x) for x in np.searchsorted(times, [w.start, w.end]))
        seg = loud[i0:i1]
        onset = None
        if seg.size:
            quiet = np.concatenate([[False], ~seg, [False]])
            edges = np.flatnonzero(np.diff(quiet.astype(np.int8)))
            for a, b in zip(edges[::2], edges[1::2], strict=True):
                long_enough = (b - a) * step >= (SNAP_MIN_SILENT_S if a == 0 else SNAP_GAP_S)
                if long_enough and b < seg.size:  # followed by a loud frame inside the word
                    onset = float(times[i0 + int(b)])
        if onset is not None and onset < w.end:
            w = asr.AsrWord(w.text, round(onset, 3), w.end, w.prob)
        out.append(w)
    return out


def add_speech_sections(report: dict, res, tracks, candidates: list[TipCandidate], timings: dict,
                        cancel: CancelToken | None = None) -> bool:
    """Everything after the ASR call, shared by the offline path and the live one (app.engine.live).

    `res` carries `language, language_probability, prompt_used, dropped, words` (an `asr.AsrResult` or the live
    equivalent); `tracks` are the prosody tracks or None. Returns False when no word was recognised (report partial).
    """
    report["language"] = res.language
    report["meta"]["models"] = {"asr": DEFAULT_WHISPER}
    report["meta"]["strategy"] = {"prompt": res.prompt_used, "dropped_by_guards": len(res.dropped),
                                  "language_probability": round(res.language_probability, 3)}
    if res.dropped:
        report["warnings"].append(report_warning("asr_guard", count=len(res.dropped)))
    if not res.words:
        report["status"] = "partial"
        other = getattr(res, "other_language", None)
        if other is not None:  # not transcribed: forced into EN/FR, Whisper would translate or invent
            report["warnings"].append(report_warning("other_language", language=other[0]))
        elif getattr(res, "speech_s", None) == 0.0:  # sound, but no voice the VAD calls speech: music, tone, noise
            report["warnings"].append(report_warning("not_speech"))
        else:
            report["warnings"].append(report_warning("no_words"))
        return False
    if cancel:
        cancel.check()
    t = time.perf_counter()
    words = snap_word_starts(res.words, tracks)
    tr = from_timed_words([(w.text, w.start, w.end, w.prob) for w in words], res.language)
    silences = heard = voice = None
    if tracks is not None:
        silences = V.silences(tracks.times, tracks.db)
        voice = V.voice_stats(tracks.times, tracks.f0, tracks.db)
        heard = heard_hesitations(getattr(res, "samples", None), tracks, res.words)
    sections, cands = build_speech_sections(tr, res.language, silences=silences, voice=voice, heard_hesitations=heard,
                                             dropped_spans=getattr(res, "dropped_spans", None),
                                             star_embedder=star_embedder())
    report.update(sections)
    candidates.extend(cands)
    timings["analysis"] = time.perf_counter() - t
    return True
