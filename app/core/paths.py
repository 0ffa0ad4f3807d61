"""Where Rebond keeps things on this machine. Every location can be overridden by an environment variable."""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

import platformdirs

APP_NAME = "Rebond"
APP_AUTHOR = "Rebond"

#: Files the app reads at run time ship inside the `app` package (package data), so a wheel installed anywhere, or a
#: frozen one-folder build, finds them. `importlib.resources` gives a real folder for an ordinary install and for
#: PyInstaller; Rebond is never imported from a zip, which the `Path` conversion below would not support.
RESOURCES_DIR = Path(str(importlib.resources.files("app") / "resources"))
MODELS_MANIFEST = RESOURCES_DIR / "models" / "manifest.toml"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser().resolve() if value else None


def model_dir() -> Path:
    """Model cache: `REBOND_MODEL_DIR` or the per-user cache dir."""
    return _env_path("REBOND_MODEL_DIR") or Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "models"


def data_dir() -> Path:
    """Sessions, recordings and the database: `REBOND_DATA_DIR` or the per-user data dir."""
    return _env_path("REBOND_DATA_DIR") or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Rotating log files: `REBOND_LOG_DIR` or the per-user log dir."""
    return _env_path("REBOND_LOG_DIR") or Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def resource(*parts: str) -> Path:
    """Path of a file shipped in the package data (`app/resources/`)."""
    return RESOURCES_DIR.joinpath(*parts)
