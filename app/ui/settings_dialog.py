"""Settings: languages, devices, timers, model size, accessibility mode, and the data folder."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.settings import WHISPER_SIZES, Key, speech_models_available


class SettingsDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        s = ctx.settings
        form = QFormLayout()
        self.ui_lang = QComboBox(self)
        self.ui_lang.addItem("English", "en")
        self.ui_lang.addItem("Français", "fr")
        self.ui_lang.setToolTip(self.tr("Rebond offers to restart to show the new language."))
        self.language_changed = False
        self.an_lang = QComboBox(self)
        for label, code in ((self.tr("Detect automatically"), "auto"), ("English", "en"), ("Français", "fr")):
            self.an_lang.addItem(label, code)
        self.camera = QComboBox(self)
        self.mic = QComboBox(self)
        self._fill_devices()
        self.prep = QSpinBox(self)
        self.prep.setRange(0, 60)
        self.prep.setSuffix(" s")
        self.limit = QSpinBox(self)
        self.limit.setRange(30, 600)
        self.limit.setSuffix(" s")
        self.limit.setToolTip(self.tr("Default 2 minutes: coaching guides advise answers of about 1 to 2 minutes."))
        self.model = QComboBox(self)
        # plain names for the speech recognition models (tiny / base / small): speed against accuracy
        names = {"base": self.tr("Balanced (recommended)"), "tiny.en": self.tr("Fastest, English only"),
                 "small": self.tr("More accurate (slower)"), "medium": self.tr("Very accurate (much slower)"),
                 "large-v3": self.tr("Most accurate (very slow)")}
        available = speech_models_available()
        for size in WHISPER_SIZES:
            label = names.get(size, size)
            self.model.addItem(label + ("" if size in available else self.tr(" (not downloaded)")), size)
        self.access = QCheckBox(self.tr("Accessibility mode: no eye-contact or facial-expression scoring"), self)
        self.live = QCheckBox(self.tr("Analyse while recording (feedback a few seconds after Stop)"), self)
        self.live.setToolTip(self.tr("Off: the whole answer is analysed after Stop, which takes longer on a long answer."))
        self.cues = QCheckBox(self.tr("Gentle live cues while recording (only for clusters, never a score)"), self)
        self.cues.setToolTip(self.tr("A discreet cue for several fillers within 30 s, a pace out of band for 20 s, or "
                                     "the gaze off the camera for over 5 s. Needs the analysis while recording."))
        folder_row = QHBoxLayout()
        self.folder = QLabel(str(ctx.store.root), self)
        open_b = QPushButton(self.tr("Open folder"), self)
        open_b.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.store.root))))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(open_b)
        form.addRow(self.tr("Interface language:"), self.ui_lang)
        form.addRow(self.tr("Analysis language:"), self.an_lang)
        form.addRow(self.tr("Camera:"), self.camera)
        form.addRow(self.tr("Microphone:"), self.mic)
        check_b = QPushButton(self.tr("Check camera and microphone…"), self)
        check_b.clicked.connect(self._check_devices)
        form.addRow("", check_b)
        form.addRow(self.tr("Preparation time:"), self.prep)
        form.addRow(self.tr("Answer time limit:"), self.limit)
        form.addRow(self.tr("Transcription:"), self.model)
        form.addRow("", self.access)
        form.addRow("", self.live)
        form.addRow("", self.cues)
        form.addRow(self.tr("Data folder:"), folder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for combo, key in ((self.ui_lang, Key.UI_LANGUAGE), (self.an_lang, Key.ANALYSIS_LANGUAGE),
                           (self.camera, Key.CAMERA), (self.mic, Key.MICROPHONE), (self.model, Key.MODEL_SIZE)):
            idx = combo.findData(s.get(key))
            if idx >= 0:
                combo.setCurrentIndex(idx)
        self.prep.setValue(s.get(Key.PREP_S))
        self.limit.setValue(s.get(Key.LIMIT_S))
        self.access.setChecked(s.get(Key.ACCESSIBILITY))
        self.live.setChecked(s.get(Key.LIVE_ANALYSIS))
        self.cues.setChecked(s.get(Key.LIVE_CUES))

    def _fill_devices(self) -> None:
        from app.media.devices import list_cameras, list_microphones

        cams, mics = list_cameras(), list_microphones()
        self.camera.addItem(self.tr("Default camera") if cams else self.tr("No camera found"), "")
        for dev_id, name in cams:
            self.camera.addItem(name, dev_id)
        self.mic.addItem(self.tr("Default microphone") if mics else self.tr("No microphone found"), "")
        for dev_id, name in mics:
            self.mic.addItem(name, dev_id)
        if self.ctx.fake_camera:
            self.camera.setToolTip(self.tr("A fake camera (video file) is in use for this run."))

    def _check_devices(self) -> None:
        from app.ui.device_check import DeviceCheckDialog

        dialog = DeviceCheckDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def accept(self) -> None:
        s = self.ctx.settings
        self.language_changed = self.ui_lang.currentData() != s.get(Key.UI_LANGUAGE)
        s.set(Key.UI_LANGUAGE, self.ui_lang.currentData())
        s.set(Key.ANALYSIS_LANGUAGE, self.an_lang.currentData())
        s.set(Key.CAMERA, self.camera.currentData() or "")
        s.set(Key.MICROPHONE, self.mic.currentData() or "")
        s.set(Key.MODEL_SIZE, self.model.currentData())
        s.set(Key.PREP_S, self.prep.value())
        s.set(Key.LIMIT_S, self.limit.value())
        s.set(Key.ACCESSIBILITY, self.access.isChecked())
        s.set(Key.LIVE_ANALYSIS, self.live.isChecked())
        s.set(Key.LIVE_CUES, self.cues.isChecked())
        super().accept()
