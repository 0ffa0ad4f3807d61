"""Video decoding with PyAV for the vision analysis: frames sampled at a chosen rate, upright, RGB, bounded size.

Why PyAV: it reads the container's own timestamps (variable frame rate works), exposes the display-matrix rotation
of phone videos, and scales/converts with swscale in C, so only the frames we keep are converted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.errors import InputError
from app.core.progress import CancelToken

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VideoInfo:
    """What the container says about its first video stream (sizes are the upright display size)."""

    has_video: bool
    has_audio: bool
    width: int = 0
    height: int = 0
    rotation: int = 0  # degrees clockwise to apply to decoded frames to make them upright
    duration_s: float = 0.0
    fps: float = 0.0
    codec: str = ""


def _open(path: Path):
    import av

    try:
        return av.open(str(path))
    except (av.error.FFmpegError, OSError) as exc:  # type: ignore[attr-defined]
        raise InputError(f"Cannot read the file {path.name}: it is not a readable audio or video file.") from exc


def _clockwise(display_rotation: float | int | None) -> int:
    """PyAV reports the display matrix as a counter-clockwise angle; return the clockwise turn (0/90/180/270)."""
    if not display_rotation:
        return 0
    return int(round(-float(display_rotation) / 90.0)) * 90 % 360


def probe(path: Path) -> VideoInfo:
    """Stream facts without decoding the whole file (the rotation needs the first frame)."""
    with _open(path) as container:
        has_audio = bool(container.streams.audio)
        if not container.streams.video:
            return VideoInfo(has_video=False, has_audio=has_audio)
        stream = container.streams.video[0]
        duration = 0.0
        if stream.duration and stream.time_base:
            duration = float(stream.duration * stream.time_base)
        elif container.duration:
            duration = container.duration / 1_000_000
        rotation = 0
        try:
            for frame in container.decode(stream):
                rotation = _clockwise(getattr(frame, "rotation", 0))
                break
        except Exception as exc:  # a stream that declares video but cannot decode it
            log.info("probe: cannot decode first frame of %s: %s", path, exc)
            return VideoInfo(has_video=False, has_audio=has_audio, duration_s=duration)
        w, h = stream.codec_context.width, stream.codec_context.height
        if rotation in (90, 270):
            w, h = h, w
        fps = float(stream.average_rate) if stream.average_rate else 0.0
        return VideoInfo(True, has_audio, w, h, rotation, duration, fps, stream.codec_context.name)


def _target_size(w: int, h: int, max_side: int) -> tuple[int, int]:
    """Scale so the longer side is at most `max_side`; even dimensions keep swscale and MediaPipe happy."""
    scale = min(1.0, max_side / max(w, h))
    return max(2, int(round(w * scale / 2)) * 2), max(2, int(round(h * scale / 2)) * 2)


def iter_frames(
    path: Path, fps: float, *, max_side: int = 640, cancel: CancelToken | None = None, skip_nonref: bool = True
) -> Iterator[tuple[float, np.ndarray]]:
    """Yield `(t_seconds, rgb_uint8[h, w, 3])` at about `fps`, upright, timestamps strictly increasing.

    Frames are chosen by their own timestamps (not by index) so variable-frame-rate video is sampled evenly; frames
    whose timestamp does not move forward are dropped because MediaPipe's VIDEO mode requires monotonic time.

    With `skip_nonref`, when the stream has at least twice the wanted rate, the decoder skips frames nothing else
    refers to (typically B-frames): this halves H.264 decoding time and still leaves more frames than we sample.
    """
    import av

    step = 1.0 / fps
    with _open(path) as container:
        if not container.streams.video:
            return
        stream = container.streams.video[0]
        # No frame threading: it hides decode latency but costs CPU (H.264 640x480, 30 fps, NONREF skip, 120 s:
        # 2.87 CPU-s with "AUTO" against 1.91 with "SLICE"), and this decoder already has its own thread
        # (`prefetched`) while the models and Whisper keep both cores busy.
        stream.thread_type = "SLICE"
        if skip_nonref and stream.average_rate and float(stream.average_rate) >= 2 * fps:
            stream.codec_context.skip_frame = "NONREF"
        start = None
        next_t = 0.0
        last_t = -1.0
        try:
            for frame in container.decode(stream):
                if frame.time is None:
                    continue
                if start is None:
                    start = frame.time  # some files start at a non-zero pts: report times from the first frame
                t = frame.time - start
                if t <= last_t or t + 1e-6 < next_t:
                    continue
                if cancel:
                    cancel.check()
                rot = _clockwise(getattr(frame, "rotation", 0))
                src_w, src_h = (frame.height, frame.width) if rot in (90, 270) else (frame.width, frame.height)
                tw, th = _target_size(src_w, src_h, max_side)
                if rot in (90, 270):
                    tw, th = th, tw
                # fast bilinear: the face and pose models resample their crops anyway; this is the cheapest swscale mode
                img = frame.to_ndarray(format="rgb24", width=tw, height=th, interpolation="FAST_BILINEAR")
                if rot:
                    img = np.ascontiguousarray(np.rot90(img, k=-rot // 90))
                last_t = t
                # keep the sampling grid anchored so that rounding does not drift the rate
                next_t = max(next_t + step, t + step * 0.5)
                yield t, img
        except av.error.FFmpegError as exc:  # type: ignore[attr-defined]
            # a truncated file (e.g. a recording cut by a crash) still gives what was decoded so far
            log.warning("decoding stopped early in %s: %s", path, exc)


def prefetched(frames: Iterator[tuple[float, np.ndarray]], depth: int = 6) -> Iterator[tuple[float, np.ndarray]]:
    """Run a frame iterator in a background thread, `depth` frames ahead.

    PyAV decodes and MediaPipe infers with the GIL released, so on two cores decoding the next frames while the
    models work on the current one cuts the wall-clock time. Errors raised by the decoder are re-raised here; closing
    this generator stops the thread.
    """
    import queue
    import threading

    q: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def produce() -> None:
        try:
            for item in frames:
                while not stop.is_set():
                    try:
                        q.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            q.put(done)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            q.put(exc)

    thread = threading.Thread(target=produce, name="rebond-decode", daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():
            try:
                q.get_nowait()
            except queue.Empty:
                thread.join(0.05)
        if hasattr(frames, "close"):
            frames.close()


def frame_times(path: Path) -> list[float]:
    """Presentation times (seconds from the first frame) of every frame of the first video stream, from the packet
    timestamps alone (no decoding). Used by the benchmark to find which frame a 2 fps label describes."""
    with _open(path) as container:
        if not container.streams.video:
            return []
        stream = container.streams.video[0]
        pts = sorted(p.pts for p in container.demux(stream) if p.pts is not None)
        if not pts or not stream.time_base:
            return []
        base = float(stream.time_base)
        return [(p - pts[0]) * base for p in pts]
