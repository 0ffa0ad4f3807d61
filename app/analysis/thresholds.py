"""The single thresholds file (`app/resources/thresholds.toml`): every number shown to the user, with its source."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Any

from app.core.paths import resource


@lru_cache(maxsize=1)
def thresholds() -> dict[str, Any]:
    """All tables of `app/resources/thresholds.toml` (read once)."""
    with open(resource("thresholds.toml"), "rb") as fh:
        return tomllib.load(fh)


def section(name: str) -> dict[str, Any]:
    """One domain's table, e.g. `section("speech")["long_pause_s"]`."""
    return thresholds().get(name, {})
