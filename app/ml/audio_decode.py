"""Decode the audio track of any media file to 16 kHz mono float32 with PyAV, streamed packet by packet.

Memory stays bounded: frames are resampled as they arrive and decoding stops (with a clear error) past a duration
limit, so a 2-hour file is refused early instead of filling the RAM.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.errors import InputError
from app.core.progress import CancelToken, ProgressFn, no_progress

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000


@dataclass
class DecodedAudio:
    """Mono float32 samples at `SAMPLE_RATE`, plus what the container said about the file."""

    samples: np.ndarray
    sample_rate: int
    has_video: bool
    container_duration_s: float | None
    #: packets the decoder refused or the demuxer flagged as corrupt (skipped; the rest is kept)
    decode_errors: int = 0
    #: why reading stopped before the end of the file (a truncated or damaged file), None when it reached the end
    stopped_early: str | None = None
    #: the audio stream's own declared length (seconds), when the container gives one
    stream_duration_s: float | None = None

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate


@dataclass
class MediaProbe:
    has_audio: bool
    has_video: bool
    duration_s: float | None


def _open(path: Path):
    import av

    if not path.exists():
        raise InputError(f"File not found: {path}.")
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a media file.")
    if path.stat().st_size == 0:
        raise InputError(f"{path.name} is empty (0 bytes).", hint="Record or choose another file.")
    try:
        return av.open(str(path), mode="r")
    except (av.error.FFmpegError, OSError, ValueError, UnicodeDecodeError):
        raise InputError(
            f"{path.name} cannot be read as audio or video: it may be damaged, truncated or not a media file.",
            hint="Use a common audio/video format (mp4, mkv, webm, mp3, wav, ogg, flac).",
        ) from None


def probe(path: Path) -> MediaProbe:
    """Which streams the file has and its declared duration (raises InputError for unreadable files)."""
    with _open(path) as container:
        duration = container.duration / 1_000_000 if container.duration else None
        return MediaProbe(bool(container.streams.audio), bool(container.streams.video), duration)


def decode_audio(
    path: Path,
    *,
    max_duration_s: float,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> DecodedAudio | None:
    """The first audio stream as 16 kHz mono float32, or None when the file has no audio stream.

    Raises InputError when the file is unreadable, truncated before any audio, or longer than `max_duration_s`.
    """
    import av

    with _open(path) as container:
        has_video = bool(container.streams.video)
        declared = container.duration / 1_000_000 if container.duration else None
        if declared and declared > max_duration_s:
            raise InputError(
                f"{path.name} lasts {declared / 60:.0f} min; answers longer than {max_duration_s / 60:.0f} min are "
                "not analysed.",
                hint="Trim the recording to the answer itself.",
            )
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        stream_declared = float(stream.duration * stream.time_base) if stream.duration and stream.time_base \
            else None
        stopped: str | None = None
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        total = 0
        limit = int(max_duration_s * SAMPLE_RATE)
        errors = 0
        try:
            for packet in container.demux(stream):
                if cancel:
                    cancel.check()
                if packet.is_corrupt:
                    errors += 1
                try:
                    frames = packet.decode()
                except av.error.FFmpegError:
                    errors += 1  # a damaged packet: skip it, keep what decodes
                    if errors > 50:
                        stopped = "more than 50 damaged audio packets"
                        break
                    continue
                for frame in frames:
                    for out in resampler.resample(frame):
                        arr = out.to_ndarray().reshape(-1)
                        chunks.append(arr.copy())
                        total += arr.size
                if total > limit:
                    raise InputError(
                        f"{path.name} is longer than {max_duration_s / 60:.0f} min; it is not analysed.",
                        hint="Trim the recording to the answer itself.",
                    )
                if declared and chunks:
                    progress(min(1.0, total / SAMPLE_RATE / declared), "decoding audio")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1).copy())
        except av.error.FFmpegError as exc:
            if not chunks:
                raise InputError(f"{path.name} is damaged: its audio cannot be decoded ({exc}).") from None
            log.warning("decoding stopped early on %s: %s", path, exc)
            stopped = str(exc)
    if not chunks and errors:
        raise InputError(f"{path.name} is damaged: its audio cannot be decoded.")
    pcm = np.concatenate(chunks) if chunks else np.zeros(0, np.int16)
    samples = (pcm.astype(np.float32) / 32768.0).astype(np.float32)
    progress(1.0, "audio decoded")
    return DecodedAudio(samples, SAMPLE_RATE, has_video, declared, decode_errors=errors, stopped_early=stopped,
                        stream_duration_s=stream_declared)
