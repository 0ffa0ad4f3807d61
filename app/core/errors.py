"""Typed errors carrying a message meant for the user (never a traceback)."""

from __future__ import annotations


class RebondError(Exception):
    """Base class: `str(err)` is a complete, user-readable sentence; `hint` says what to do about it."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def user_text(self) -> str:
        """The message and its hint, ready to print or show in a dialog."""
        return f"{self.message}\n{self.hint}" if self.hint else self.message


class InputError(RebondError):
    """The user's input (a file, an option) cannot be used."""

    exit_code = 2


class ModelMissingError(RebondError):
    """A model file is not on this machine."""

    exit_code = 3


class ModelIntegrityError(RebondError):
    """A model file is present but its sha256 does not match the manifest: it is never loaded."""

    exit_code = 3


class FetchError(RebondError):
    """No source could deliver a model file."""

    exit_code = 4


class Cancelled(RebondError):
    """The work was cancelled through its token. Cancellation is silent in the GUI."""

    exit_code = 130

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)


class StorageError(RebondError):
    """The data folder or the session database cannot be used as needed (full disk, read-only folder, damaged file,
    a path outside the data folder). `path` is the file or folder at fault; the message names it and the hint says
    what to do, so the CLI prints it and the GUI shows it in a dialog as is."""

    exit_code = 5

    def __init__(self, message: str, *, path: object = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.path = path


class DiskFullError(StorageError):
    """A write failed for lack of space (ENOSPC, or SQLite's "database or disk is full")."""


class DeleteIncompleteError(StorageError):
    """A delete could not remove everything: `remaining` lists each path left on disk with the reason."""

    def __init__(self, message: str, *, remaining: list[tuple[str, str]], path: object = None,
                 hint: str | None = None) -> None:
        super().__init__(message, path=path, hint=hint)
        self.remaining = remaining

    def user_text(self) -> str:
        lines = [self.message] + [f"  still there: {p} ({why})" for p, why in self.remaining]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)
