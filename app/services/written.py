"""Written answers: the live text analysis of the editor, and the saved answers per question."""

from __future__ import annotations

from app.storage.journal import WrittenRow, delete_written, list_written, save_written

__all__ = ["WrittenRow", "analyze_written", "delete_written", "list_written", "save_written", "warm_up"]


def warm_up() -> None:
    """Import the text analysis and run it once, off the GUI thread: the first import costs about 2 s here, which
    would otherwise freeze the editor at the first pause in typing. Later analyses take tens of milliseconds."""
    from app.engine.analyze import analyze_text

    analyze_text("I led the project and we finished two weeks early.", lang="en")


def analyze_written(text: str, lang: str, question: str | None) -> dict:
    """The report of a written answer (the engine is imported on first use: opening the window does not pay)."""
    from app.engine.analyze import analyze_text

    return analyze_text(text, lang=lang, question=question)
