"""Picture quality checks for the vision analysis: too dark or too blurred to read the eyes."""

from __future__ import annotations

import numpy as np

from app.analysis.vision_warnings import warning


def frame_quality(rgb: np.ndarray) -> tuple[float, float]:
    """(brightness 0..255, sharpness) of one frame. Sharpness is the variance of a 4-neighbour Laplacian on a
    grey image brought to about 320 px wide, so the value does not depend on the video's resolution."""
    stride = max(1, rgb.shape[1] // 320)
    grey = rgb[::stride, ::stride].astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    lap = (
        -4 * grey[1:-1, 1:-1] + grey[:-2, 1:-1] + grey[2:, 1:-1] + grey[1:-1, :-2] + grey[1:-1, 2:]
    )
    return float(grey.mean()), float(lap.var())


def quality_warnings(samples: list[tuple[float, float]], *, dark: float, blur: float) -> list[dict]:
    """Warnings `{code, message}` when most sampled frames are darker than `dark` or less sharp than `blur`."""
    if not samples:
        return []
    bright = np.array([s[0] for s in samples])
    sharp = np.array([s[1] for s in samples])
    out = []
    if np.median(bright) < dark:
        out.append(warning("video_dark"))
    if np.median(sharp) < blur:
        out.append(warning("video_blurred"))
    return out
