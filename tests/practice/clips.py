"""Tiny test clips made on the fly (no binary fixtures): a moving gradient with a frame counter and a tone."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np


def make_test_clip(path: Path, seconds: float = 3.0, width: int = 320, height: int = 240, fps: int = 30,
                   audio: bool = True) -> Path:
    """MPEG-4 + Opus Matroska; frame i has its index encoded in the left column brightness."""
    with av.open(str(path), "w", format="matroska") as c:
        v = c.add_stream("mpeg4", rate=fps)
        v.width, v.height, v.pix_fmt = width, height, "yuv420p"
        a = c.add_stream("libopus", rate=48000, layout="mono") if audio else None
        fifo = av.AudioFifo()
        x = np.linspace(0, 255, width, dtype=np.float32)
        for i in range(int(seconds * fps)):
            img = np.empty((height, width, 3), np.uint8)
            img[..., 0] = (x[None, :] + i * 4) % 256
            img[..., 1] = 128
            img[..., 2] = (i * 8) % 256
            f = av.VideoFrame.from_ndarray(img, format="rgb24")
            f.pts, f.time_base = i, Fraction(1, fps)
            for p in v.encode(f):
                c.mux(p)
            if a is not None:
                t = (np.arange(1600) + i * 1600) / 48000
                tone = (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
                af = av.AudioFrame.from_ndarray(tone[None, :], format="flt", layout="mono")
                af.sample_rate = 48000
                fifo.write(af)
                while (chunk := fifo.read(960)) is not None:
                    for p in a.encode(chunk):
                        c.mux(p)
        if a is not None:
            for p in a.encode(None):
                c.mux(p)
        for p in v.encode(None):
            c.mux(p)
    return path
