"""The demo: a fake-camera clip generated from shipped public-domain/synthetic material, recorded through the same
practice path as a real session and labelled synthetic everywhere."""

from __future__ import annotations

from pathlib import Path

from app.core.paths import data_dir, resource

DEMO_IMAGE = resource("demo", "astronaut.jpg")  # NASA portrait, public domain (as shipped by scikit-image)
DEMO_AUDIO = resource("demo", "demo_answer_en.ogg")  # synthetic speech (espeak-ng)
DEMO_QUESTION = "leadership-01"  # the synthetic answer tells of leading a team of four developers
DEMO_TITLE = "Demo — synthetic (animated NASA portrait + espeak-ng voice)"


def demo_clip() -> Path:
    """The demo clip, generated once into the data folder (about 15 s on a 2-core machine)."""
    from app.media.clipgen import make_clip

    out = data_dir() / "demo" / "demo_clip_v1.mkv"
    if not out.exists():
        make_clip(DEMO_IMAGE, DEMO_AUDIO, out, label="SYNTHETIC DEMO: animated NASA portrait, espeak-ng voice")
    return out
