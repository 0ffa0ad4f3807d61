"""Loading the literal example reports of tests/data/review."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "review"


@cache
def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def report(name: str) -> dict:
    """A fresh copy of `tests/data/review/<name>.json` (tests may mutate it)."""
    return copy.deepcopy(_load(f"{name}.json"))
