"""Framing of the face in the picture: too small, too large, off-centre, out of frame, with times."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.analysis.vision_events import runs_to_events


def framing_section(
    times: Sequence[float],
    boxes: Sequence[tuple[float, float, float, float] | None],
    *,
    small_height: float = 0.15,
    large_height: float = 0.65,
    off_centre: float = 0.22,
    min_s: float = 1.0,
) -> dict:
    """Events from face boxes (x0, y0, x1, y1 normalised to the frame; None = no face).

    `small_height`/`large_height` bound the face height as a fraction of the frame height; `off_centre` bounds the
    distance of the face centre from the frame centre (fraction of width/height). Returns `{events[{kind,start,end}],
    face_height_median, centre_median, out_of_frame_ratio}`.
    """
    if not times:
        return {"events": [], "face_height_median": None, "centre_median": None, "out_of_frame_ratio": None}
    heights, cx, cy, absent, edge = [], [], [], [], []
    for b in boxes:
        if b is None:
            heights.append(np.nan)
            cx.append(np.nan)
            cy.append(np.nan)
            absent.append(True)
            edge.append(False)
            continue
        x0, y0, x1, y1 = b
        heights.append(y1 - y0)
        cx.append((x0 + x1) / 2)
        cy.append((y0 + y1) / 2)
        absent.append(False)
        # the face box reaching past an edge means part of the face is cut off
        edge.append(x0 < -0.02 or y0 < -0.02 or x1 > 1.02 or y1 > 1.02)
    h = np.array(heights)
    x, y = np.array(cx), np.array(cy)
    kinds = {
        "out_of_frame": [a or e for a, e in zip(absent, edge, strict=True)],
        "face_too_small": list(np.nan_to_num(h, nan=1.0) < small_height),
        "face_too_large": list(np.nan_to_num(h, nan=0.0) > large_height),
        "off_centre": list(
            (np.abs(np.nan_to_num(x, nan=0.5) - 0.5) > off_centre) | (np.abs(np.nan_to_num(y, nan=0.5) - 0.5) > off_centre)
        ),
    }
    events = [
        {"kind": kind, "start": s, "end": e}
        for kind, flags in kinds.items()
        for s, e in runs_to_events(times, [bool(f) for f in flags], min_s=min_s, max_gap_s=0.3)
    ]
    events.sort(key=lambda ev: ev["start"])
    present = ~np.isnan(h)
    return {
        "events": events,
        "face_height_median": round(float(np.median(h[present])), 3) if present.any() else None,
        "centre_median": [round(float(np.median(x[present])), 3), round(float(np.median(y[present])), 3)]
        if present.any() else None,
        "out_of_frame_ratio": round(float(np.mean(kinds["out_of_frame"])), 3),
    }
