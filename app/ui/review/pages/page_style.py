"""Shared look of the pages: a page title and a calm empty-state message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def page_title(text: str, parent: QWidget) -> QLabel:
    """A large bold title, the same on every page."""
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def empty_state(text: str, parent: QWidget) -> QLabel:
    """A centred, word-wrapped message telling a new user what to do next."""
    label = QLabel(text, parent)
    label.setObjectName("emptyState")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(48)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
