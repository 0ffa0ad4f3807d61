"""The main window. For now a welcome screen that states honestly what this build can do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app import __version__


class MainWindow(QMainWindow):
    """Top-level window; screens are added as the practice and review issues land."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rebond — interview practice"))
        self.resize(1280, 720)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(48, 48, 48, 48)
        title = QLabel(self.tr("Rebond"), central)
        title.setObjectName("title")
        font = title.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(
            self.tr(
                "Practise interview answers, then review them with everything a coach would point at.\n"
                "Everything stays on this computer.\n\n"
                "This build contains the foundation: the model manager (rebond models) and the command line. "
                "Practice and review screens arrive with the next releases."
            ),
            central,
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        layout.addWidget(body, 1)
        layout.addWidget(QLabel(f"v{__version__}", central))
        self.setCentralWidget(central)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)
