"""Atomic file writes: a reader (or a crash) sees the old content or the new one, never a half-written file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

FILE_MODE = 0o600
DIR_MODE = 0o700


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not supported on every platform (Windows): the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temp file in the same folder, fsync it, then rename over `path` (owner-only mode)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def write_json_atomic(path: Path, obj: Any) -> None:
    """Serialise `obj` as UTF-8 JSON (indented, non-ASCII kept) and write it atomically."""
    write_bytes_atomic(path, json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8"))


def read_json(path: Path) -> Any:
    """Parse a JSON file written by `write_json_atomic`."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def ensure_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) and make it owner-only (0700); returns it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(folder, DIR_MODE)
    except OSError:  # e.g. a folder owned by someone else: still usable, just not tightened
        pass
    return folder
