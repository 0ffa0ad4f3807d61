"""The left navigation of the main window: one calm list of the places of the app, each with its Ctrl+number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

#: Lucide icon of each section (app/resources/icons).
ICONS = {"practice": "mic", "sessions": "history", "compare": "git-compare", "progress": "chart-line",
         "journal": "book-open", "written": "pen-line", "coach": "lightbulb", "settings": "settings"}

#: Navigation keys in order; Ctrl+1… follow this order.
SECTIONS: tuple[str, ...] = ("practice", "sessions", "compare", "progress", "journal", "written", "coach",
                             "settings")


def section_titles() -> dict[str, str]:
    """Translated titles of the sections (context "Nav")."""
    return {"practice": QCoreApplication.translate("Nav", "Practice"), "sessions": QCoreApplication.translate("Nav", "Sessions"), "compare": QCoreApplication.translate("Nav", "Compare"),
            "progress": QCoreApplication.translate("Nav", "Progress"), "journal": QCoreApplication.translate("Nav", "Journal"),
            "written": QCoreApplication.translate("Nav", "Written answers"),
            "coach": QCoreApplication.translate("Nav", "Coach"), "settings": QCoreApplication.translate("Nav", "Settings")}


def section_hints() -> dict[str, str]:
    """One line per section, shown as its tooltip."""
    return {"practice": QCoreApplication.translate("Nav", "Answer interview questions out loud, recorded and analysed on this computer"),
            "sessions": QCoreApplication.translate("Nav", "Your recorded answers: review, export or delete them"),
            "compare": QCoreApplication.translate("Nav", "Two attempts at the same question side by side"),
            "progress": QCoreApplication.translate("Nav", "Charts across sessions, weekly goals and your practice calendar"),
            "journal": QCoreApplication.translate("Nav", "Feedback from real interviews and the points that recur"),
            "written": QCoreApplication.translate("Nav", "Prepare an answer in writing with live STAR feedback"),
            "coach": QCoreApplication.translate("Nav", "Weekly plan, job ad and stories, two attempts word by word, "
                                                       "one-way interview"),
            "settings": QCoreApplication.translate("Nav", "Language, camera, timers, accessibility and where data is kept")}


class NavBar(QFrame):
    """`sectionRequested(key)` when the user picks a section; `select(key)` only moves the highlight."""

    sectionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        # Colours come from the palette, so light and dark system themes both read well (app.ui.theme applies the
        # style sheet again when the scheme changes at run time: palette(...) is read only when it is applied).
        self._restyle()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 14, 0, 10)
        brand = QLabel("Rebond", self)
        brand.setObjectName("brandName")
        font = brand.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        brand.setFont(font)
        brand.setContentsMargins(18, 0, 0, 10)
        lay.addWidget(brand)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        from app.ui import style

        titles, hints = section_titles(), section_hints()
        self.list.setIconSize(QSize(18, 18))
        width = 0
        for i, key in enumerate(SECTIONS):
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{hints[key]} (Ctrl+{i + 1})")
            item.setIcon(style.nav_icon(ICONS[key]))
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 20))
            self.list.addItem(item)
            width = max(width, self.fontMetrics().horizontalAdvance(titles[key]))
        self.setFixedWidth(max(190, width + 90))
        lay.addWidget(self.list, 1)
        self.list.itemClicked.connect(lambda item: self.sectionRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemActivated.connect(lambda item: self.sectionRequested.emit(item.data(Qt.ItemDataRole.UserRole)))

    def _restyle(self) -> None:
        """The selected section in the brand colour (design system), the rest from the palette."""
        from app.ui import style

        self._dark = style.is_dark()  # the application's scheme (this widget's own palette follows its sheet)
        c = style.colors()
        self.setStyleSheet(
            "#navBar { background: palette(alternate-base); border-right: 1px solid palette(mid); }"
            "#navBar QListWidget { background: transparent; border: none; outline: none; }"
            "#navBar QListWidget::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px; }"
            f"#navBar QListWidget::item:selected {{ background: {c.brand}; color: {c.on_brand}; }}"
            "#navBar QListWidget::item:hover:!selected { background: palette(midlight); }")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from app.ui.review.style import scheme_changed

        super().changeEvent(event)
        from app.ui import style

        # setting a style sheet sends a palette change too: restyle only when the scheme really changed
        if scheme_changed(event) and style.is_dark() != getattr(self, "_dark", None):
            self._restyle()
            for i in range(self.list.count()):
                item = self.list.item(i)
                item.setIcon(style.nav_icon(ICONS[item.data(Qt.ItemDataRole.UserRole)]))

    def select(self, key: str) -> None:
        """Highlight `key` without emitting anything."""
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)

    def current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
