"""Live analysis of an answer while it is recorded (issue 7): at Stop only the tail of the speech remains.

    session = LiveAnalysis(lang="auto", question=..., accessibility=False)
    session.push_video(rgb, t)                 # capture thread; never blocks, drops analysis frames under load
    session.push_audio(samples, 48000, t)      # capture thread; never blocks
    report = session.finish(media_path)        # validated rebond.report/1, same content as analyze_file(media_path)

Times are seconds of the recording (0 = its first video frame, as in the saved file). Speech runs on one worker
(app.engine.live_speech), face and pose on two more (app.engine.live_vision); the report is assembled with the same
builders as app.engine.analyze (speech sections, vision sections, prioritised tips, schema validation).
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from app.analysis import voice as V
from app.core.errors import Cancelled
from app.core.tips import TipCandidate
from app.engine.analyze import add_speech_sections, finish_report, nobody_speaks, report_envelope, report_warning
from app.engine.live_speech import LiveSpeech, SpeechLiveResult
from app.engine.live_vision import LiveVision
from app.ml.whisper_loader import DEFAULT_WHISPER, load_whisper

log = logging.getLogger(__name__)


def _speech_parts(chunks: list[dict]) -> list[dict]:
    """Consecutive chunks merged into parts transcribed `during` the recording or `after_stop`."""
    parts: list[dict] = []
    for c in chunks:
        when = "during" if c.get("live") else "after_stop"
        if parts and parts[-1]["when"] == when and abs(parts[-1]["end_s"] - c["start"]) < 0.02:
            parts[-1]["end_s"] = c["end"]
        else:
            parts.append({"start_s": c["start"], "end_s": c["end"], "when": when})
    return parts


def calibration_from_clip(path: Path):
    """The eye-contact calibration of a "look at the lens" clip, as the offline analysis reads it (None when the
    clip has no usable face): the same `calibrate` as the offline path."""
    from app.engine.vision import calibrate

    cal, _warnings = calibrate(Path(path))
    return cal


class LiveAnalysis:
    """One live-analysed answer. Not reusable: create one per recording."""

    def __init__(self, *, lang: str = "auto", question: str | None = None, accessibility: bool = False,
                 calibration=None, video: bool = True, store=None, model=None, tracker_factory=None,
                 pose_factory=None, with_pose: bool = True, vision_queue: int | None = None,
                 speech_degrade: bool = True) -> None:
        self.lang, self.question, self.accessibility = lang, question, accessibility
        self.calibration = calibration  # an app.analysis.eye_contact.Calibration, or None
        self._t_started = time.perf_counter()
        self._cpu_started = time.process_time()
        self._audio_s = 0.0
        self._video_t = -1.0
        self._frame_size: tuple[int, int] | None = None
        self._lock = threading.Lock()
        self._cancelled = False
        self._done = False
        self._finish_started = time.monotonic()
        t = time.perf_counter()
        self._model = model or load_whisper(DEFAULT_WHISPER)
        self._model_load_s = time.perf_counter() - t
        self.speech = LiveSpeech(self._model, language=lang, degrade=speech_degrade)
        # The STAR classifier's sentence encoder loads once per process (about 2.4 s of CPU here): load it while the
        # answer is being recorded, not at Stop, where the report would wait for it.
        threading.Thread(target=_preload_star_embedder, name="star-embedder-preload", daemon=True).start()
        self.vision: LiveVision | None = None
        if video:
            kwargs: dict[str, Any] = {"store": store, "tracker_factory": tracker_factory,
                                      "pose_factory": pose_factory, "with_pose": with_pose}
            if vision_queue:
                kwargs["queue_frames"] = vision_queue
            self.vision = LiveVision(**kwargs)

    # ---- input (capture thread) ---------------------------------------------------------------------------------
    def push_video(self, rgb: np.ndarray, t: float) -> None:
        """One camera frame at recording time `t` (s). Returns at once; analysis frames may be dropped."""
        if self._done or self.vision is None or t < 0:
            return
        self._video_t = max(self._video_t, t)
        if self._frame_size is None:
            self._frame_size = (int(rgb.shape[1]), int(rgb.shape[0]))
        self.vision.push(rgb, t)

    def push_audio(self, samples: np.ndarray, sample_rate: int, t: float) -> None:
        """Mono float32 samples starting at recording time `t` (s); audio before 0 is cut like the recorder does."""
        if self._done:
            return
        if t < 0:
            samples = samples[min(len(samples), int(round(-t * sample_rate))):]
        if len(samples):
            self._audio_s += len(samples) / sample_rate
            self.speech.push(samples, sample_rate)

    # ---- control ------------------------------------------------------------------------------------------------
    def cancel(self) -> None:
        """Stop every worker and forget the answer."""
        with self._lock:
            if self._done:
                return
            self._done = self._cancelled = True
        self.speech.cancel()
        if self.vision is not None:
            self.vision.cancel()

    def finish(self, media_path: Path | str | None = None) -> dict:
        """Finish the analysis after the last push; returns the validated report."""
        with self._lock:
            if self._cancelled:
                raise Cancelled("The live analysis was cancelled.")
            if self._done:
                raise RuntimeError("finish() called twice")
            self._done = True
        self._finish_started = time.monotonic()
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        rec_s = time.perf_counter() - self._t_started
        cpu_rec = time.process_time() - self._cpu_started
        vres_box: dict[str, Any] = {}

        def run_vision() -> None:
            try:
                vres_box["res"] = self.vision.finish(accessibility=self.accessibility, calibration=self.calibration,
                                                     video=self._video_meta())
            except BaseException as exc:  # re-raised on the caller's thread
                vres_box["error"] = exc

        vthread = None
        if self.vision is not None:  # vision drains on its own thread while the speech tail is transcribed
            vthread = threading.Thread(target=run_vision, name="live-vision-finish", daemon=True)
            vthread.start()
        sres = self.speech.finish()
        t_speech = time.perf_counter() - t0
        kind = "video" if self.vision is not None else "audio"
        duration = len(sres.samples) / 16000 if len(sres.samples) else max(self._video_t, 0.0)
        report = report_envelope(self.lang if self.lang in ("en", "fr") else "en", duration, kind,
                           str(media_path) if media_path else None, self.question)
        candidates: list[TipCandidate] = []
        timings: dict[str, float] = {}
        self._speech_sections(report, sres, candidates, timings)
        if vthread is not None:
            vthread.join()
            if "error" in vres_box:
                raise vres_box["error"]
            vres = vres_box["res"]
            report.update(vres.sections)
            report["warnings"].extend(vres.warnings)
            candidates.extend(vres.tips)
        finish_s = time.perf_counter() - t0
        timings["finish"] = finish_s
        report["meta"]["timings_s"] = {k: round(v, 3) for k, v in timings.items()}
        report["meta"]["streamed"] = True  # made during the recording (the offline report has no such key)
        report["meta"]["live"] = {
            "recorded_s": round(duration, 2),
            "wall_s": round(rec_s, 2),
            "cpu_s_while_recording": round(cpu_rec, 2),
            "cpu_share_while_recording": round(cpu_rec / rec_s, 3) if rec_s > 0 else None,
            "model_load_s": round(self._model_load_s, 3),
            "finish_s": round(finish_s, 3),
            "finish_cpu_s": round(time.process_time() - cpu0, 3),  # all threads: what an idle machine would need
            "finish_speech_s": round(t_speech, 3),
            "speech": sres.meta,
            # which parts were analysed during the recording and which after Stop (schema: meta.live.speech_parts)
            "speech_parts": _speech_parts(sres.meta.get("chunks", [])),
            "vision": self.vision.live_meta() if self.vision is not None else None,
            "degraded": bool(self.vision and (self.vision.stats.dropped or self.vision.stats.degradations)),
        }
        if report["meta"]["live"]["degraded"]:
            report["warnings"].append(report_warning("live_degraded"))
        if sres.meta.get("degradations"):
            report["meta"]["live"]["degraded"] = True
            report["warnings"].append(report_warning("live_speech_degraded"))
        return finish_report(report, candidates)

    def idle_s(self) -> float:
        """Seconds since the speech worker last finished a chunk (or since the session started): a finish that
        keeps progressing is never abandoned, only one that has stalled."""
        return time.monotonic() - max(self.speech.last_progress, self._finish_started)

    def _video_meta(self) -> dict[str, Any]:
        w, h = self._frame_size or (0, 0)
        return {"width": w, "height": h, "rotation": 0, "duration_s": round(max(self._video_t, 0.0), 2),
                "fps": None, "codec": "live"}

    def _speech_sections(self, report: dict, sres: SpeechLiveResult, candidates: list[TipCandidate],
                         timings: dict) -> None:
        """The live checks on the captured audio, then the steps shared with the offline path."""
        samples, tracks = sres.samples, sres.tracks
        if len(samples) / 16000 < 0.3 or not samples.size or float(np.max(np.abs(samples))) < 1e-4:
            report["status"] = "partial"
            if self._audio_s == 0 and report["input"]["kind"] == "video":
                report["warnings"].append(report_warning("no_audio"))
            else:
                report["warnings"].append(report_warning("silence"))
            return
        if tracks is not None and (not V.speech_mask(tracks.db)[0].any() or nobody_speaks(tracks)):
            report["status"] = "partial"
            report["warnings"].append(report_warning("no_speech"))
            return
        add_speech_sections(report, sres, tracks, candidates, timings)


def _preload_star_embedder() -> None:
    from app.ml.sentence_embedder import default_embedder

    default_embedder()  # cached for the process; failures are logged there and STAR falls back to its rules
