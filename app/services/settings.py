"""Typed settings over QSettings. Keys are `group/key` strings in one enum; every value has a type and a default.

Where they live: an INI file in `REBOND_CONFIG_DIR` when that variable is set (tests set it to a temp folder),
otherwise Qt's native per-user location for organisation/application "Rebond".
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

#: Default hard limit of one answer. Source: widespread interview-coaching guidance (university career-service
#: guides on behavioural/STAR answers) that an answer should take about 1 to 2 minutes; we take the upper end so
#: the limit stops rambling, never a complete answer. A guideline, not a measured number; users can change it.
DEFAULT_ANSWER_LIMIT_S = 120
#: Preparation countdown before recording. Source: design choice (short enough to keep the rhythm of a real
#: interview, long enough to read the question twice); users can change it.
DEFAULT_PREP_S = 10
CALIBRATION_S = 3  # "look at the lens" for 3 s (issue 5)
WHISPER_SIZES = ("base", "tiny.en", "small", "medium", "large-v3")


class Key(StrEnum):
    UI_LANGUAGE = "ui/language"
    ANALYSIS_LANGUAGE = "analysis/language"
    MODEL_SIZE = "analysis/model_size"
    ACCESSIBILITY = "analysis/accessibility"
    LIVE_ANALYSIS = "analysis/live_analysis"  # analyse while recording (issue 7); off = only after Stop
    LIVE_CUES = "practice/live_cues"  # gentle cues for clusters while recording; off by default
    CAMERA = "devices/camera"
    MICROPHONE = "devices/microphone"
    PREP_S = "timers/prep_s"
    LIMIT_S = "timers/answer_limit_s"
    CALIBRATE = "practice/calibrate"
    QUESTIONS = "practice/questions"
    CATEGORY = "practice/category"


DEFAULTS: dict[Key, Any] = {
    Key.UI_LANGUAGE: "en",
    Key.ANALYSIS_LANGUAGE: "auto",
    Key.MODEL_SIZE: "base",
    Key.ACCESSIBILITY: False,
    Key.LIVE_ANALYSIS: True,
    Key.LIVE_CUES: False,
    Key.CAMERA: "",
    Key.MICROPHONE: "",
    Key.PREP_S: DEFAULT_PREP_S,
    Key.LIMIT_S: DEFAULT_ANSWER_LIMIT_S,
    Key.CALIBRATE: False,
    Key.QUESTIONS: 3,
    Key.CATEGORY: "",
}


def system_ui_language() -> str:
    """ "fr" when the system locale is French (LANG=fr_FR.UTF-8, fr_CA, …), else "en" (the source language)."""
    from PySide6.QtCore import QLocale

    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


class Settings:
    """`settings.get(Key.PREP_S)` returns an int; `set` stores and syncs."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            folder = os.environ.get("REBOND_CONFIG_DIR", "").strip()
            if folder:
                Path(folder).mkdir(parents=True, exist_ok=True)
                qsettings = QSettings(str(Path(folder) / "rebond.ini"), QSettings.Format.IniFormat)
            else:
                qsettings = QSettings("Rebond", "Rebond")
        self._q = qsettings

    def get(self, key: Key) -> Any:
        default = DEFAULTS[key]
        if key == Key.UI_LANGUAGE and not self._q.contains(key.value):
            default = system_ui_language()  # first run: the system's language when we have it
        value = self._q.value(key.value, default)
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return "" if value is None else str(value)

    def set(self, key: Key, value: Any) -> None:
        expected = type(DEFAULTS[key])
        if not isinstance(value, expected):
            raise TypeError(f"{key.value} expects {expected.__name__}, got {type(value).__name__}")
        self._q.setValue(key.value, value)
        self._q.sync()

    def file_name(self) -> str:
        return self._q.fileName()


def speech_models_available() -> set[str]:
    """The Whisper sizes ("tiny", "base", …) whose model files are present and verified (for the Settings list)."""
    from app.ml.model_store import ModelStore

    try:
        store = ModelStore()
        return {mid.removeprefix("whisper-") for mid in store.specs if store.is_ok(mid)}
    except Exception:  # a broken manifest must not block the settings
        return set()
