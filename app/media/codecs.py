"""Pick the encoders for recordings at run time, from what the installed PyAV/FFmpeg build offers.

Why these orders (measured on the 2-core dev machine, 640x480 noise worst case, frames/s of one core):
MPEG-4 Part 2 146, Motion JPEG 180 (but 1.5x the size), libx264 92, VP9 realtime 32, VP8 16. MPEG-4 Part 2 is the
fastest compact LGPL encoder and every player (Qt's FFmpeg backend included) decodes it; libx264 is left out on
purpose because it is GPL. Audio: Opus (BSD) at 48 kHz, else FFmpeg's native AAC, else FLAC.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import av

from app.core.errors import RebondError

VIDEO_PREFERENCE = ("mpeg4", "mjpeg")
AUDIO_PREFERENCE = ("libopus", "aac", "flac")


@dataclass(frozen=True)
class CodecChoice:
    """The encoders a recording uses."""

    video: str
    audio: str


def _has_encoder(name: str) -> bool:
    try:
        av.codec.Codec(name, "w")
    except Exception:  # PyAV raises different types across versions for an unknown codec
        return False
    return True


@lru_cache(maxsize=1)
def pick_codecs() -> CodecChoice:
    """The first available video and audio encoder of each preference list."""
    video = next((c for c in VIDEO_PREFERENCE if _has_encoder(c)), None)
    audio = next((c for c in AUDIO_PREFERENCE if _has_encoder(c)), None)
    if video is None or audio is None:
        raise RebondError("This installation cannot encode video recordings (no usable encoder in PyAV).",
                          hint="Reinstall Rebond's dependencies (the `av` package).")
    return CodecChoice(video, audio)
