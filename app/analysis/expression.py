"""Expressiveness from blendshapes, reported as indicative only (smiles are culture- and person-dependent)."""

from __future__ import annotations

from collections.abc import Sequence


def expression_section(blendshapes: Sequence[dict[str, float] | None], *, smile_threshold: float = 0.4) -> dict:
    """`{smile_ratio, indicative: true, frames}`: the share of face frames whose mean mouthSmile blendshape is at
    least `smile_threshold`."""
    vals = [
        (b.get("mouthSmileLeft", 0.0) + b.get("mouthSmileRight", 0.0)) / 2 for b in blendshapes if b is not None
    ]
    if not vals:
        return {"smile_ratio": None, "indicative": True, "frames": 0}
    ratio = sum(v >= smile_threshold for v in vals) / len(vals)
    return {"smile_ratio": round(ratio, 3), "indicative": True, "frames": len(vals)}
