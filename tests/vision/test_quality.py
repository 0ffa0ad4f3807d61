"""Dark and blurred picture statements."""

from __future__ import annotations

import numpy as np

from app.analysis.vision_quality import frame_quality, quality_warnings


def checkerboard(level=200, cell=8, size=(480, 640)):
    y, x = np.indices(size)
    img = (((x // cell + y // cell) % 2) * level).astype(np.uint8)
    return np.repeat(img[..., None], 3, axis=2)


def box_blur(img, k=9):
    out = img.astype(np.float32)
    for axis in (0, 1):
        out = sum(np.roll(out, s, axis=axis) for s in range(-(k // 2), k // 2 + 1)) / k
    return out.astype(np.uint8)


def test_sharp_bright_picture_has_no_warning():
    q = [frame_quality(checkerboard())] * 3
    assert quality_warnings(q, dark=45, blur=15) == []


def test_blurred_and_dark_pictures_are_reported():
    blurred = [frame_quality(box_blur(checkerboard(cell=4), k=15))] * 3
    assert [w["code"] for w in quality_warnings(blurred, dark=45, blur=15)] == ["video_blurred"]
    dark = [frame_quality(checkerboard(level=20))] * 3
    assert "video_dark" in [w["code"] for w in quality_warnings(dark, dark=45, blur=15)]


def test_sharpness_does_not_depend_much_on_resolution():
    small = frame_quality(checkerboard(cell=8, size=(480, 640)))[1]
    large = frame_quality(checkerboard(cell=16, size=(960, 1280)))[1]
    assert 0.5 < small / large < 2.0
