"""Texts that come from below the interface (devices, services, the analysis queue) and are shown to the user:
turned into translated, plain-language sentences here, in one place (`error_text` for exceptions).

The lower layers write English for logs and the CLI; the interface never shows them as they are when a better
sentence exists (no command-line options, no Python exception names)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.errors import RebondError

log = logging.getLogger(__name__)

# Known English texts of app.media / app.services / app.storage, with the sentence the interface shows instead.
# Sources: app/media/devices.py (device_problem, NoDeviceError), app/services/analysis_queue.py, practice.py.
_REPLACED: dict[str, str] = {
    "No camera and no microphone were found. You can still import a recording made elsewhere "
    "(File > Import a recording) or practise with a video file as a fake camera (--fake-camera).":
        QT_TRANSLATE_NOOP("messages", "No camera and no microphone were found. Plug them in and restart Rebond, or "
                                      "import a recording made elsewhere (File > Import a recording)."),
}
_KNOWN = (
    QT_TRANSLATE_NOOP("messages", "No camera was found. Check that it is plugged in and not used by another "
                                  "application."),
    QT_TRANSLATE_NOOP("messages", "No microphone was found. Check that it is plugged in and allowed in your system "
                                  "settings."),
    QT_TRANSLATE_NOOP("messages", "The microphone could not be opened (permission denied or in use)."),
    QT_TRANSLATE_NOOP("messages", "Analysis cancelled."),
    QT_TRANSLATE_NOOP("messages", "The recording file is missing, so it cannot be analysed."),
    QT_TRANSLATE_NOOP("messages", "Nothing was recorded."),
    QT_TRANSLATE_NOOP("messages", "The recording could not be written completely; what was captured is kept."),
)


def message_text(text: str) -> str:
    """A sentence from a lower layer, in the interface language (unknown sentences are shown as they are)."""
    text = _REPLACED.get(text, text)
    return QCoreApplication.translate("messages", text)


def error_text(err: BaseException) -> str:
    """The one way an exception becomes text for the user: our own errors say what happened and what to do;
    anything else is an unexpected problem (details go to the log, never a traceback on screen)."""
    if isinstance(err, RebondError):
        parts = [err.message, err.hint] if getattr(err, "message", None) else [err.user_text()]
        return "\n".join(message_text(p) for p in parts if p)
    return QCoreApplication.translate(
        "messages", "Something unexpected went wrong. What you recorded is kept; the details are in the log file.")
