"""Still frames of a recording (for the PDF's key moments): decoded by `app.ml.key_frames`, off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np


def frames_at(path: Path, times: Sequence[float], width: int = 320) -> list[np.ndarray | None]:
    """One RGB array per time (None where the video has no frame there); never raises on a bad file."""
    from app.ml.key_frames import frames_at as decode

    return decode(Path(path), times, width)
