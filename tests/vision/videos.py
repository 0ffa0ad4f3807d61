"""Tiny videos generated on the fly with PyAV for the vision tests (nothing binary is committed)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np

from app.core.paths import resource


def write_video(path: Path, frames, *, fps: int = 15, codec: str = "libx264", pix_fmt: str = "yuv420p",
                pts_ms: list[int] | None = None) -> Path:
    """Encode RGB uint8 frames. With `pts_ms`, frames get those timestamps (variable frame rate)."""
    import av

    frames = list(frames)
    h, w = frames[0].shape[:2]
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, pix_fmt
        if pts_ms is not None:
            stream.codec_context.time_base = Fraction(1, 1000)
        for i, img in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            if pts_ms is not None:
                frame.pts = pts_ms[i]
                frame.time_base = Fraction(1, 1000)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def astronaut(size: int = 320) -> np.ndarray:
    import av

    with av.open(str(resource("demo", "astronaut.jpg"))) as c:
        frame = next(c.decode(video=0))
        return frame.to_ndarray(format="rgb24", width=size, height=size)


def astronaut_clip(path: Path, seconds: float = 2.0, fps: int = 15) -> Path:
    """The demo portrait with a small horizontal sway, like a person on a webcam."""
    base = astronaut()
    n = int(seconds * fps)
    frames = []
    for i in range(n):
        shift = int(round(4 * np.sin(2 * np.pi * i / n)))
        frames.append(np.roll(base, shift, axis=1))
    return write_video(path, frames, fps=fps)


def blank_clip(path: Path, seconds: float = 2.0, fps: int = 15, level: int = 128) -> Path:
    img = np.full((240, 320, 3), level, dtype=np.uint8)
    return write_video(path, [img] * int(seconds * fps), fps=fps)


def astronaut_head(size: int) -> np.ndarray:
    """A square crop around the portrait's head, resized to `size` (the face detector needs faces that are not
    tiny relative to the frame)."""
    import cv2

    crop = astronaut(512)[10:330, 100:420]
    return cv2.resize(crop, (size, size), interpolation=cv2.INTER_AREA)
