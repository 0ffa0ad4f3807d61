"""Still frames of a recording at given times (for the PDF report), decoded with PyAV. No Qt: the caller turns the
RGB arrays into whatever image type it draws with."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


def frames_at(path: Path, times: Sequence[float], width: int = 320) -> list[np.ndarray | None]:
    """One RGB array (height x `width` x 3, uint8) per time; None where the video has no frame there.

    Never raises on a bad or missing file: a report without pictures is better than no report."""
    try:
        import av
    except ImportError:  # pragma: no cover - av is a declared dependency
        return [None] * len(times)
    out: list[np.ndarray | None] = []
    try:
        with av.open(str(path)) as container:
            stream = next((s for s in container.streams if s.type == "video"), None)
            if stream is None:
                return [None] * len(times)
            for t in times:
                out.append(_frame(container, stream, t, width))
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        log.warning("key frames unavailable for %s: %s", path, exc)
        return [None] * len(times)
    return out


def _frame(container, stream, t: float, width: int) -> np.ndarray | None:
    # Seek to the key frame before t, then decode forward to the first frame at or after t.
    container.seek(int(max(0.0, t) / stream.time_base), stream=stream, backward=True, any_frame=False)
    for frame in container.decode(stream):
        if frame.time is None or frame.time + 1e-3 >= t:
            height = max(2, round(frame.height * width / frame.width / 2) * 2)
            return frame.reformat(width=width, height=height, format="rgb24").to_ndarray()
    return None
