"""After a crash: make a truncated Matroska recording whole again (stream copy, no re-encoding) and measure files."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import av

log = logging.getLogger(__name__)


def media_info(path: Path) -> dict:
    """Decode the whole file: video frame count, last frame time, audio seconds, and a decode error if any."""
    info = {"frames": 0, "video_end_s": 0.0, "audio_s": 0.0, "error": None}
    try:
        with av.open(str(path)) as c:
            fps = float(c.streams.video[0].average_rate or 30) if c.streams.video else 30.0
            for f in c.decode(video=0):
                info["frames"] += 1
                if f.time is not None:
                    info["video_end_s"] = float(f.time) + 1 / fps
        with av.open(str(path)) as c:
            if c.streams.audio:
                samples = 0
                rate = 48000
                for f in c.decode(audio=0):
                    samples += f.samples
                    rate = f.sample_rate
                info["audio_s"] = samples / rate
    except (av.FFmpegError, OSError, IndexError) as exc:
        info["error"] = str(exc)
    return info


def repair(path: Path) -> float:
    """Rewrite `path` by copying every packet that still demuxes into a fresh Matroska file (so that it gets a
    duration and cues), replacing the original atomically. Returns the media duration kept, in seconds."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.repair.mkv")
    end = 0.0
    try:
        with av.open(str(path)) as src, av.open(str(tmp), "w", format="matroska") as dst:
            mapping = {}
            for s in src.streams:
                if s.type in ("video", "audio"):
                    mapping[s.index] = dst.add_stream_from_template(s)
            for packet in src.demux():
                if packet.stream.index not in mapping or packet.dts is None:
                    continue
                if packet.pts is not None:
                    end = max(end, float((packet.pts + (packet.duration or 0)) * packet.time_base))
                packet.stream = mapping[packet.stream.index]
                dst.mux(packet)
    except (av.FFmpegError, OSError) as exc:
        # a truncated last cluster ends demuxing with an error: what was copied before it is kept
        log.info("repair of %s stopped early: %s", path, exc)
    if tmp.exists() and tmp.stat().st_size > 0:
        os.replace(tmp, path)
    else:
        tmp.unlink(missing_ok=True)
    return end
