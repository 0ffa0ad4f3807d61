"""Where the benchmarks find the real media they measure on. The media are never part of the product or the repo."""

from __future__ import annotations

import os
from pathlib import Path

#: The checkout's root (the folder holding `app/`, `bench/`, `tests/`).
REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    """$REBOND_SHARED_DATA, else the first `shared/data` beside the checkout or one level up (git worktrees).

    Returns the default location even when it does not exist; callers say so to the user."""
    env = os.environ.get("REBOND_SHARED_DATA", "").strip()
    if env:
        return Path(env).expanduser()
    for base in (REPO_ROOT.parent, REPO_ROOT.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared" / "data"
    return REPO_ROOT.parent / "shared" / "data"
