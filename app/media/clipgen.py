"""Make a fake-camera clip from a still portrait and a sound file: a slow zoom and pan (so that the picture moves
like a person sitting in front of a webcam) over the full length of the sound. Used by the demo."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from app.media.file_decoder import AUDIO_RATE


def _load_rgb(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        frame = next(c.decode(video=0))
        return frame.to_ndarray(format="rgb24")


def _crop_scaled(img: np.ndarray, cx: float, cy: float, zoom: float, w: int, h: int) -> np.ndarray:
    """Nearest-neighbour crop-and-scale (cheap, and the motion is slow enough for it to look smooth)."""
    ih, iw = img.shape[:2]
    scale = max(w / iw, h / ih) * zoom
    ys = np.clip(((np.arange(h) - h / 2) / scale + cy * ih).astype(np.int32), 0, ih - 1)
    xs = np.clip(((np.arange(w) - w / 2) / scale + cx * iw).astype(np.int32), 0, iw - 1)
    return img[ys[:, None], xs[None, :]]


def make_clip(image: Path, audio: Path, out: Path, *, width: int = 640, height: int = 480, fps: int = 30,
              duration: float | None = None, label: str = "SYNTHETIC DEMO") -> Path:
    """Write `out` (Matroska, MPEG-4 Part 2 + Opus/AAC) of the portrait gently animated for the sound's length."""
    from app.media.codecs import pick_codecs

    img = _load_rgb(image)
    with av.open(str(audio)) as c:
        res = av.AudioResampler(format="flt", layout="mono", rate=AUDIO_RATE)
        pcm = [f.to_ndarray().reshape(-1) for fr in c.decode(audio=0) for f in res.resample(fr)]
        pcm += [f.to_ndarray().reshape(-1) for f in res.resample(None)]
    samples = np.concatenate(pcm).astype(np.float32) if pcm else np.zeros(0, np.float32)
    total = duration or max(1.0, len(samples) / AUDIO_RATE + 0.5)
    codecs = pick_codecs()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp.mkv")
    with av.open(str(tmp), "w", format="matroska") as dst:
        dst.metadata["comment"] = label
        v = dst.add_stream(codecs.video, rate=fps)
        v.width, v.height, v.bit_rate = width, height, 1_500_000
        v.pix_fmt = "yuvj420p" if codecs.video == "mjpeg" else "yuv420p"
        a = dst.add_stream(codecs.audio, rate=AUDIO_RATE, layout="mono")
        fifo = av.AudioFifo()
        block = AUDIO_RATE // fps
        n = int(total * fps)
        padded = np.zeros(n * block, np.float32)
        padded[: min(len(samples), len(padded))] = samples[: len(padded)]
        for i in range(n):
            t = i / fps
            zoom = 1.05 + 0.04 * math.sin(2 * math.pi * t / 9)  # a breath-like drift, period 9 s
            cx = 0.5 + 0.015 * math.sin(2 * math.pi * t / 7)
            cy = 0.42 + 0.01 * math.sin(2 * math.pi * t / 5)
            frame = av.VideoFrame.from_ndarray(_crop_scaled(img, cx, cy, zoom, width, height), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, fps)
            for p in v.encode(frame):
                dst.mux(p)
            af = av.AudioFrame.from_ndarray(padded[i * block:(i + 1) * block][None, :], format="flt", layout="mono")
            af.sample_rate = AUDIO_RATE
            af.pts = None
            fifo.write(af)
            size = a.codec_context.frame_size or 1024
            while (chunk := fifo.read(size)) is not None:
                for p in a.encode(chunk):
                    dst.mux(p)
        for p in a.encode(None):
            dst.mux(p)
        for p in v.encode(None):
            dst.mux(p)
    tmp.replace(out)
    return out
