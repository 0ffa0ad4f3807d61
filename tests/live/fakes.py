"""Test doubles for the live analysis: a Whisper stand-in that 'hears' tone bursts, a slow face tracker."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.ml.face_landmarker import FaceObservation

SR = 16000


def burst_signal(n: int, *, gap_s: float = 0.7, word_s: float = 0.35, lead_s: float = 0.5, sr: int = 48000,
                 seed: int = 0) -> tuple[np.ndarray, list[tuple[float, float, int]]]:
    """`n` tone bursts ('words'), burst k at 300 + 40 k Hz, separated by silences of `gap_s` (every 5th gap is
    short, 0.2 s, like the gap between two words of a phrase). Returns the signal and [(start, end, k)]."""
    rng = np.random.default_rng(seed)
    parts, words, t = [np.zeros(int(lead_s * sr), np.float32)], [], lead_s
    for k in range(n):
        tt = np.arange(int(word_s * sr)) / sr
        parts.append((0.3 * np.sin(2 * np.pi * (300 + 40 * k) * tt)).astype(np.float32))
        words.append((t, t + word_s, k))
        t += word_s
        gap = 0.2 if k % 5 == 4 else gap_s
        parts.append((0.001 * rng.standard_normal(int(gap * sr))).astype(np.float32))
        t += gap
    return np.concatenate(parts), words


@dataclass
class _W:
    word: str
    start: float
    end: float
    probability: float = 0.9


@dataclass
class _Seg:
    text: str
    start: float
    end: float
    words: list = field(default_factory=list)
    no_speech_prob: float = 0.0
    avg_logprob: float = -0.1
    compression_ratio: float = 1.0


class BurstWhisper:
    """Answers `transcribe` like faster-whisper: one word per tone burst, named after its frequency."""

    def __init__(self) -> None:
        self.calls: list[float] = []
        self.beams: list[int] = []

    def speech_spans(self, samples):
        """The speech gate of the engine (Silero VAD for the real model): here every loud 10 ms frame is 'speech',
        since this stand-in's words are tone bursts, which a real VAD rightly calls non-speech."""
        frame = SR // 100
        n = len(samples) // frame
        loud = [i for i in range(n) if np.sqrt(np.mean(samples[i * frame:(i + 1) * frame] ** 2)) > 0.05]
        return [(i / 100, (i + 1) / 100) for i in loud]

    def detect_language(self, samples):
        return "en", 0.99, [("en", 0.99), ("fr", 0.01)]

    def transcribe(self, samples, **kw):
        self.calls.append(len(samples) / SR)
        self.beams.append(kw.get("beam_size", 5))
        frame = SR // 100
        n = len(samples) // frame
        loud = np.array([np.sqrt(np.mean(samples[i * frame:(i + 1) * frame] ** 2)) > 0.05 for i in range(n)])
        words, i = [], 0
        while i < n:
            if loud[i]:
                j = i
                while j < n and loud[j]:
                    j += 1
                seg = samples[i * frame:j * frame]
                crossings = np.count_nonzero(np.diff(np.signbit(seg))) / 2 / (len(seg) / SR)
                k = int(round((crossings - 300) / 40))
                words.append(_W(f" w{k}", i / 100, j / 100))
                i = j
            else:
                i += 1
        segs = [_Seg(" ".join(w.word for w in words), words[0].start, words[-1].end, words)] if words else []
        return iter(segs), None


class SlowFaceTracker:
    """A face tracker that takes `delay_s` per frame and never finds a face."""

    max_faces = 1

    def __init__(self, delay_s: float = 0.05, max_faces: int = 1) -> None:
        self.delay_s = delay_s
        self.max_faces = max_faces
        self.frames = 0

    def process(self, rgb, t):
        time.sleep(self.delay_s)
        self.frames += 1
        return FaceObservation(n_faces=0)

    def close(self) -> None:
        pass


class DummyStore:
    def resolve(self, model_id: str) -> Path:
        return Path("/nonexistent") / model_id
