"""Options shared by the practice-related subcommands (`--data-dir`, `--fake-camera`) and their env variables."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.core.errors import InputError


def add_data_dir(parser, *, nested: bool = False) -> None:
    """`nested` for an option repeated on a sub-subcommand: it must not reset the parent's value."""
    kwargs = {"default": argparse.SUPPRESS} if nested else {}
    parser.add_argument("--data-dir", metavar="DIR", help="where sessions are stored (env REBOND_DATA_DIR)",
                        **kwargs)


def add_fake_camera(parser) -> None:
    parser.add_argument("--fake-camera", metavar="FILE",
                        help="use a video file as camera and microphone (env REBOND_FAKE_CAMERA)")


def apply_data_dir(args) -> None:
    """`--data-dir` wins over REBOND_DATA_DIR; both end up in the environment so child processes agree."""
    if getattr(args, "data_dir", None):
        os.environ["REBOND_DATA_DIR"] = str(Path(args.data_dir).expanduser().resolve())


def fake_camera(args, required: bool = False) -> Path | None:
    """The fake camera file from the option or REBOND_FAKE_CAMERA (checked to exist)."""
    value = getattr(args, "fake_camera", None) or os.environ.get("REBOND_FAKE_CAMERA", "").strip()
    if not value:
        if required:
            raise InputError("This command needs a video file as fake camera.",
                             hint="Pass --fake-camera FILE or set REBOND_FAKE_CAMERA.")
        return None
    path = Path(value).expanduser().resolve()
    if not path.is_file():
        raise InputError(f"Fake camera file not found: {path}")
    return path


def open_store():
    """The store of the current data folder, after crash recovery of its database rows and media."""
    from app.services.recovery import recover
    from app.storage.store import Store

    store = Store()
    recover(store)
    return store


def exit_now(code: int) -> int:
    """Return the exit code of a Qt/PyAV command (kept as one place to end such commands)."""
    return code
