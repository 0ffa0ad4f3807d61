"""Help > Keyboard shortcuts: every key of the window, the practice screen and the review player in one table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), translated (context "Shortcuts")."""
    t = QCoreApplication.translate
    return [
        ("Ctrl+1 … Ctrl+7", t("Shortcuts", "Practice, Sessions, Compare, Progress, Journal, Written answers, Settings")),
        ("Ctrl+N", t("Shortcuts", "New practice")),
        ("Ctrl+I", t("Shortcuts", "Import a recording")),
        ("Ctrl+H", t("Shortcuts", "Past sessions")),
        ("Space", t("Shortcuts", "Practice: stop the recording · Review: play / pause")),
        ("R / S / N", t("Shortcuts", "Practice: record again / skip / next question")),
        ("K", t("Shortcuts", "Review: play / pause")),
        ("← / →", t("Shortcuts", "Review: back / forward 5 s")),
        (", / .", t("Shortcuts", "Review: previous / next frame")),
        ("[ / ]", t("Shortcuts", "Review: slower / faster (0.5× to 2×)")),
        ("N / P", t("Shortcuts", "Review: next / previous mark on the timeline")),
        ("Home", t("Shortcuts", "Review: back to the start")),
        ("F1", t("Shortcuts", "This list")),
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
