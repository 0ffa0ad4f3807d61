"""The pre-flight device check's measurements: picture brightness against the analysis' own dark threshold, the
voice level, and a short "say something" sample transcribed back (so the user hears whether the microphone and
the speech recognition understand them before a session)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAY_SECONDS = 3.0
CAPTURE_RATE = 48_000  # the capture's audio (app.media.mkv_writer.AUDIO_RATE)
WHISPER_RATE = 16_000
#: Smoothed level (capture.level, RMS x 8) above which the voice counts as heard: the practice screen's VOICE_ON.
VOICE_LEVEL = 0.05


def dark_luma() -> float:
    """The median grey level under which the analysis calls a video too dark (thresholds.toml [vision] dark_luma,
    with its source there), so the check and the analysis agree."""
    from app.analysis.thresholds import section

    return float(section("vision").get("dark_luma", 45.0))


@dataclass(frozen=True)
class LightCheck:
    luma: float  # median grey level, 0-255
    dark: bool


def light_check(rgb: np.ndarray) -> LightCheck:
    """Median grey level of an RGB frame (ITU-R BT.601 weights) against `dark_luma()`."""
    grey = rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114
    luma = float(np.median(grey))
    return LightCheck(luma, luma < dark_luma())


def transcribe_sample(samples: np.ndarray, language: str = "auto") -> str:
    """What the speech recognition understands of a few seconds of 48 kHz capture audio (run off the GUI thread)."""
    from app.ml.asr import transcribe
    from app.ml.whisper_loader import load_whisper

    audio = np.asarray(samples, dtype=np.float32)
    # 48 kHz -> 16 kHz: the capture rate is an exact multiple; averaging each 3 samples is the low-pass
    n = len(audio) // 3 * 3
    audio16 = audio[:n].reshape(-1, 3).mean(axis=1).astype(np.float32)
    result = transcribe(load_whisper(), audio16, language=language, use_prompt=False, beam_size=1)
    return " ".join(w.text.strip() for w in result.words).strip()
