"""Warnings `{code, message}` of the vision analysis, worded in resources/tips/vision.toml (EN and FR)."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from app.core.paths import resource


@lru_cache(maxsize=1)
def _texts() -> dict:
    with open(resource("tips", "vision.toml"), "rb") as fh:
        return tomllib.load(fh)


def warning(code: str, lang: str = "en", **params) -> dict[str, str]:
    """`{code, message}` for a warning code such as `no_face`; the message comes from `vision_warning_<code>`."""
    entry = _texts().get(f"vision_warning_{code}", {})
    text = entry.get(lang) or entry.get("en") or code
    return {"code": code, "message": text.format(**params)}
