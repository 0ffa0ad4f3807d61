"""Home: choose language, a category or set, how many questions, calibration; start; import; sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import questions as question_bank
from app.services.questions import list_sets
from app.services.settings import Key
from app.ui import style
from app.ui.i18n import current_language
from app.ui.messages import message_text


class HomeScreen(QWidget):
    """Emits `startRequested(language, choice, count, calibrate)`; choice is a category id, "rebound",
    "set:<name>" or "" (all)."""

    startRequested = Signal(str, str, int, bool)
    importRequested = Signal()
    sessionsRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(style.SPACE_XL, style.SPACE_XL, style.SPACE_XL, style.SPACE_XL)
        # one card, at a reading width, for the one thing this screen is for
        card = style.card(self, "homeCard")
        card.setMaximumWidth(760)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        outer.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(style.SPACE_XL, style.SPACE_L, style.SPACE_XL, style.SPACE_L)
        layout.setSpacing(style.SPACE_M)
        title = QLabel(self.tr("Practise an interview"), self)
        style.set_font(title, "display")
        layout.addWidget(title)
        intro = QLabel(self.tr("Answer out loud as in a real interview. Each answer is recorded, then analysed "
                               "on this computer while you go on. Nothing leaves your machine."), self)
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.choice = QComboBox(self)
        self.count = QSpinBox(self)
        self.count.setRange(1, 20)
        self.calibrate = QCheckBox(self.tr("Start with 3 seconds looking at the lens (calibration)"), self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Questions from:"), self.choice)
        form.addRow(self.tr("&Number of questions:"), self.count)
        form.addRow("", self.calibrate)
        layout.addLayout(form)

        self.device_note = QLabel(self)
        self.device_note.setWordWrap(True)
        self.device_note.setObjectName("deviceNote")
        layout.addWidget(self.device_note)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start practice"), self)
        self.start_button.setDefault(True)
        style.primary(self.start_button)
        self.import_button = QPushButton(self.tr("&Import a recording…"), self)
        self.sessions_button = QPushButton(self.tr("Past s&essions"), self)
        self.settings_button = QPushButton(self.tr("Se&ttings"), self)
        for b, name in ((self.start_button, "play"), (self.import_button, "upload"),
                        (self.sessions_button, "history"), (self.settings_button, "settings")):
            style.with_icon(b, name)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(self._start)
        self.import_button.clicked.connect(self.importRequested)
        self.sessions_button.clicked.connect(self.sessionsRequested)
        self.settings_button.clicked.connect(self.settingsRequested)
        self.language.currentIndexChanged.connect(self._fill_choices)
        self._load_settings()

    def _load_settings(self) -> None:
        s = self.ctx.settings
        lang = s.get(Key.ANALYSIS_LANGUAGE)
        if lang not in ("fr", "en"):  # "auto": practise in the interface's language
            lang = current_language()
        self.language.setCurrentIndex(1 if lang == "fr" else 0)
        self.count.setValue(s.get(Key.QUESTIONS))
        self.calibrate.setChecked(s.get(Key.CALIBRATE))
        self._fill_choices()
        idx = self.choice.findData(s.get(Key.CATEGORY))
        if idx >= 0:
            self.choice.setCurrentIndex(idx)

    def _fill_choices(self) -> None:
        lang = self.language.currentData()
        self.choice.clear()
        self.choice.addItem(self.tr("All categories"), "")
        for cid, label in question_bank.categories(lang):
            self.choice.addItem(label, cid)
        for qset in list_sets(self.ctx.store):
            self.choice.addItem(self.tr("Set: %1").replace("%1", qset.name), f"set:{qset.name}")

    def refresh_devices(self, problem: str | None) -> None:
        """Show the camera situation in one friendly sentence."""
        if problem:
            self.device_note.setText(message_text(problem))
            self.start_button.setEnabled(False)
        else:
            self.device_note.setText(self.ctx.camera_label())
            self.start_button.setEnabled(True)
        self.device_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _start(self) -> None:
        s = self.ctx.settings
        s.set(Key.QUESTIONS, self.count.value())
        s.set(Key.CALIBRATE, self.calibrate.isChecked())
        s.set(Key.CATEGORY, self.choice.currentData() or "")
        self.startRequested.emit(self.language.currentData(), self.choice.currentData() or "", self.count.value(),
                                 self.calibrate.isChecked())
