"""A small fuzz corpus made on the fly by a seeded script (no binary fixtures): three intact sources built from the
repository's own speech clip (MP4 with the index at the front, Matroska, WAV), then damaged copies of each.

    python -m tests.reliability.fuzzcorpus OUT_DIR [--seed N] [--per-kind K]

`REBOND_FUZZ_SEED` changes the seed of the test run (the default is fixed so that a failure can be replayed).
Mutations are of two families:
- structural ("cut", "delete", "insert", "head"): bytes missing, added or the header cut. The file no longer holds
  what it declares: an analysis must refuse it cleanly or mark its report partial, never "complete".
- in-place ("flip", "zero"): bytes changed, length kept. Some of these are invisible by nature (a flipped byte in
  PCM samples is a click; one in a metadata tag changes nothing heard); they must never crash or hang.
"""

from __future__ import annotations

import argparse
import os
import random
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SPEECH = ROOT / "app" / "resources" / "demo" / "demo_answer_en.ogg"
STRUCTURAL = ("cut", "delete", "insert", "head")
IN_PLACE = ("flip", "zero")
DEFAULT_SEED = 20261204


def seed_from_env() -> int:
    return int(os.environ.get("REBOND_FUZZ_SEED", DEFAULT_SEED))


def _speech(seconds: float, rate: int) -> np.ndarray:
    with av.open(str(SPEECH)) as c:
        res = av.AudioResampler(format="flt", layout="mono", rate=rate)
        pcm = [f.to_ndarray().reshape(-1) for fr in c.decode(audio=0) for f in res.resample(fr)]
    x = np.concatenate(pcm).astype(np.float32)
    return x[: int(seconds * rate)]


def _video_file(path: Path, fmt: str, audio_codec: str, seconds: float, options: dict | None = None) -> Path:
    fps, rate = 15, 48000
    speech = _speech(seconds, rate)
    with av.open(str(path), "w", format=fmt, options=options or {}) as c:
        v = c.add_stream("mpeg4", rate=fps)
        v.width, v.height, v.pix_fmt = 320, 240, "yuv420p"
        a = c.add_stream(audio_codec, rate=rate, layout="mono")
        fifo = av.AudioFifo()
        block = rate // fps
        x = np.linspace(0, 255, 320, dtype=np.float32)
        for i in range(int(seconds * fps)):
            img = np.empty((240, 320, 3), np.uint8)
            img[..., 0] = (x[None, :] + i * 4) % 256
            img[..., 1] = 128
            img[..., 2] = (i * 8) % 256
            f = av.VideoFrame.from_ndarray(img, format="rgb24")
            f.pts, f.time_base = i, Fraction(1, fps)
            for p in v.encode(f):
                c.mux(p)
            chunk = speech[i * block:(i + 1) * block]
            af = av.AudioFrame.from_ndarray(chunk[None, :].astype(np.float32), format="flt", layout="mono")
            af.sample_rate = rate
            fifo.write(af)
            size = a.codec_context.frame_size or 1024
            while (piece := fifo.read(size)) is not None:
                for p in a.encode(piece):
                    c.mux(p)
        for p in a.encode(None):
            c.mux(p)
        for p in v.encode(None):
            c.mux(p)
    return path


def _wav(path: Path, seconds: float) -> Path:
    rate = 16000
    pcm = (np.clip(_speech(seconds, rate), -1, 1) * 32767).astype("<i2")
    import wave

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def make_sources(folder: Path, seconds: float = 6.0) -> list[Path]:
    """The intact files: a faststart MP4 (MPEG-4 + AAC), a Matroska (MPEG-4 + Opus) and a 16 kHz PCM WAV."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        _video_file(folder / "src_faststart.mp4", "mp4", "aac", seconds, {"movflags": "faststart"}),
        _video_file(folder / "src.mkv", "matroska", "libopus", seconds),
        _wav(folder / "src.wav", seconds),
    ]


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    """One damaged copy of `data` (the first 64 bytes, headers, are left alone except by "head")."""
    n = len(data)
    lo = min(n - 1, 64)
    if kind == "cut":  # keep 25-75 %
        return data[: int(n * rng.uniform(0.25, 0.75))]
    if kind == "delete":  # a few bytes to a few KB gone from the body
        k = rng.choice([1, 2, 3, 7, 64, 512, 4096])
        at = rng.randrange(lo, max(lo + 1, n - k))
        return data[:at] + data[at + k:]
    if kind == "insert":
        k = rng.choice([1, 3, 100, 2048])
        at = rng.randrange(lo, n)
        return data[:at] + bytes(rng.randrange(256) for _ in range(k)) + data[at:]
    if kind == "head":  # the header cut off
        return data[rng.choice([8, 16, 40, 100]):]
    buf = bytearray(data)
    if kind == "flip":
        for _ in range(rng.choice([1, 5, 20, 100])):
            buf[rng.randrange(lo, n)] ^= 1 << rng.randrange(8)
        return bytes(buf)
    if kind == "zero":
        k = rng.choice([256, 2048, 16384])
        at = rng.randrange(lo, max(lo + 1, n - k))
        buf[at:at + k] = bytes(min(k, n - at))
        return bytes(buf)
    raise ValueError(kind)


def make_corpus(folder: Path, *, seed: int, per_kind: int = 2, sources: list[Path] | None = None
                ) -> list[tuple[Path, str]]:
    """`per_kind` damaged copies of every source for every mutation kind: [(path, kind)]."""
    rng = random.Random(seed)
    sources = sources or make_sources(folder / "sources")
    out = []
    for src in sources:
        data = src.read_bytes()
        for kind in STRUCTURAL + IN_PLACE:
            for i in range(per_kind):
                target = folder / f"{src.stem}.{kind}{i}{src.suffix}"
                target.write_bytes(mutate(data, kind, rng))
                out.append((target, kind))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=seed_from_env())
    ap.add_argument("--per-kind", type=int, default=2)
    args = ap.parse_args()
    for p, kind in make_corpus(args.out, seed=args.seed, per_kind=args.per_kind):
        print(kind, p)
