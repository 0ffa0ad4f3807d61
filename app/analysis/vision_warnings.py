"""Warnings of the vision analysis, worded in app/resources/tips/vision.toml (`[vision_warning_<code>]`, EN and FR)."""

from __future__ import annotations

from typing import Any

from app.analysis.warnings import make_warning


def warning(code: str, **params: Any) -> dict[str, Any]:
    """`{code, message, params}` for a vision warning code such as `no_face` (see app.analysis.warnings)."""
    return make_warning(code, **params)
