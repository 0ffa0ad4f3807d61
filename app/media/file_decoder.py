"""Endless decoding of a media file for the fake camera: RGB frames and 48 kHz mono audio, looping at the end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np

from app.core.errors import InputError

AUDIO_RATE = 48_000


def probe(path: Path) -> dict:
    """Size, frame rate, duration and whether the file has audio; raises InputError if it has no video."""
    try:
        with av.open(str(path)) as c:
            if not c.streams.video:
                raise InputError(f"{Path(path).name} has no video track.", hint="Choose a video file.")
            v = c.streams.video[0]
            fps = float(v.average_rate or v.guessed_rate or 30) or 30.0
            duration = float(c.duration / 1e6) if c.duration else (float(v.duration * v.time_base)
                                                                    if v.duration else 0.0)
            return {"width": v.codec_context.width, "height": v.codec_context.height, "fps": fps,
                    "duration": duration, "has_audio": bool(c.streams.audio)}
    except InputError:
        raise
    except (av.FFmpegError, OSError) as exc:
        raise InputError(f"Cannot read {Path(path).name} as a video ({exc}).") from exc


def video_frames(path: Path, loop: bool = True) -> Iterator[np.ndarray]:
    """RGB24 frames in decode order, forever when `loop`."""
    while True:
        with av.open(str(path)) as c:
            c.streams.video[0].thread_type = "AUTO"
            for frame in c.decode(video=0):
                yield frame.to_ndarray(format="rgb24")
        if not loop:
            return


def audio_chunks(path: Path, loop: bool = True, chunk_s: float = 0.02) -> Iterator[np.ndarray]:
    """Mono float32 chunks at 48 kHz; silence forever if the file has no audio track."""
    silence = np.zeros(int(AUDIO_RATE * chunk_s), dtype=np.float32)
    while True:
        with av.open(str(path)) as c:
            if not c.streams.audio:
                while True:
                    yield silence
            resampler = av.AudioResampler(format="flt", layout="mono", rate=AUDIO_RATE)
            for frame in c.decode(audio=0):
                for out in resampler.resample(frame):
                    yield out.to_ndarray().reshape(-1).astype(np.float32, copy=False)
            for out in resampler.resample(None):
                yield out.to_ndarray().reshape(-1).astype(np.float32, copy=False)
        if not loop:
            return
