"""Atomic file writes: a reader (or a crash) sees the old content or the new one, never a half-written file."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from app.core.errors import DiskFullError, StorageError

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
    try:
        _write_atomic(path, data)
    except StorageError:
        raise
    except OSError as exc:
        raise storage_error(exc, path, "write the file") from None


def _write_atomic(path: Path, data: bytes) -> None:
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
    """Create `folder` (and missing parents) owner-only (0700); returns it.

    A folder that already exists keeps its permissions: it may be the user's own choice (`--data-dir ~/shared`, a
    1777 scratch folder) and tightening it would break whoever else uses it. Only what Rebond creates is made 0700.
    Raises StorageError (naming the folder) when it cannot be created."""
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for part in reversed(missing):
        try:
            part.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        except OSError as exc:
            raise storage_error(exc, part, "create the folder") from None
        try:
            os.chmod(part, DIR_MODE)  # mkdir's mode is filtered by the umask
        except OSError:
            pass
    if not folder.is_dir():
        raise StorageError(f"{folder} is not a folder.", path=folder,
                           hint="Choose another data folder (--data-dir DIR or REBOND_DATA_DIR).")
    return folder


def storage_error(exc: BaseException, path: Path | str, action: str) -> StorageError:
    """A user-readable StorageError for an OSError (or SQLite error) met while trying to `action` on `path`."""
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code == errno.ENOSPC or code == errno.EDQUOT or "database or disk is full" in text:
        return DiskFullError(f"The disk is full: Rebond could not {action} ({path}).", path=path,
                             hint="Free some space on that disk, then try again; what was already saved is kept.")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly database" in text or "read-only" in text:
        return StorageError(f"Rebond may not write there: it could not {action} ({path}: {exc}).", path=path,
                            hint="Make the data folder writable for your user (or choose another one with "
                                 "--data-dir DIR / REBOND_DATA_DIR), then try again.")
    return StorageError(f"Rebond could not {action} ({path}: {exc}).", path=path,
                        hint="Check that the data folder is reachable and not damaged, then try again.")
