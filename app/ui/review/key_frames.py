"""Still frames of a recording as QImages, for the PDF report: decoding is `app.services.frames` (PyAV, no Qt); only
the conversion to QImage lives here."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from app.services.frames import frames_at as decode_frames_at


def to_qimage(rgb: np.ndarray) -> QImage:
    """A deep-copied QImage of an RGB uint8 array (the array may be freed afterwards)."""
    rgb = np.ascontiguousarray(rgb)
    h, w, _ = rgb.shape
    return QImage(rgb.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def frames_at(path: Path, times: Sequence[float], width: int = 320) -> list[QImage | None]:
    """One image per time (None where the video has no frame there); never raises on a bad file."""
    return [None if rgb is None else to_qimage(rgb) for rgb in decode_frames_at(Path(path), times, width)]
