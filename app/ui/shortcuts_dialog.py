"""Help > Keyboard shortcuts: every key of the window, the practice screen and the review player in one table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout


def _key(name: str) -> str:
    """A key's name as the user's language writes it (Qt's own translations: "Espace", "Début")."""
    return QKeySequence(name).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), translated (context "Shortcuts")."""
    return [
        ("Ctrl+1 … Ctrl+7", QCoreApplication.translate("Shortcuts", "Practice, Sessions, Compare, Progress, Journal, Written answers, Settings")),
        ("Ctrl+N", QCoreApplication.translate("Shortcuts", "New practice")),
        ("Ctrl+I", QCoreApplication.translate("Shortcuts", "Import a recording")),
        ("Ctrl+H", QCoreApplication.translate("Shortcuts", "Past sessions")),
        (_key("Space"), QCoreApplication.translate("Shortcuts", "Practice: stop the recording · Review: play / pause")),
        ("R / S / N", QCoreApplication.translate("Shortcuts", "Practice: record again / skip / next question")),
        ("K", QCoreApplication.translate("Shortcuts", "Review: play / pause")),
        ("← / →", QCoreApplication.translate("Shortcuts", "Review: back / forward 5 s")),
        (", / .", QCoreApplication.translate("Shortcuts", "Review: previous / next frame")),
        ("[ / ]", QCoreApplication.translate("Shortcuts", "Review: slower / faster (0.5× to 2×)")),
        ("N / P", QCoreApplication.translate("Shortcuts", "Review: next / previous mark on the timeline")),
        (_key("Home"), QCoreApplication.translate("Shortcuts", "Review: back to the start")),
        ("F1", QCoreApplication.translate("Shortcuts", "This list")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, what) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(keys))
            table.setItem(r, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 460)
