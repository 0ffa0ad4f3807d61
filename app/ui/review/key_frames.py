"""Still frames of a recording at given times, for the PDF report.

Decoding uses PyAV (already a dependency). It belongs with the other decoding adapters in `app/ml` once that layer
offers a frame-at-time helper; only the conversion to QImage needs Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QImage

log = logging.getLogger(__name__)


def frames_at(path: Path, times: Sequence[float], width: int = 320) -> list[QImage | None]:
    """One image per time (None where the video has no frame there). Never raises on a bad file: a PDF without
    pictures is better than no PDF."""
    try:
        import av
    except ImportError:  # pragma: no cover - av is a declared dependency
        return [None] * len(times)
    out: list[QImage | None] = []
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


def _frame(container, stream, t: float, width: int) -> QImage | None:
    # Seek to the key frame before t, then decode forward to the first frame at or after t.
    container.seek(int(max(0.0, t) / stream.time_base), stream=stream, backward=True, any_frame=False)
    for frame in container.decode(stream):
        if frame.time is None or frame.time + 1e-3 >= t:
            height = max(2, round(frame.height * width / frame.width / 2) * 2)
            rgb = frame.reformat(width=width, height=height, format="rgb24").to_ndarray()
            h, w, _ = rgb.shape
            return QImage(rgb.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    return None
