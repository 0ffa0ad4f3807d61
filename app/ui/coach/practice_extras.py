"""What the Coach features add to a running practice session, without changing the practice screen's code: the
one-way interview rules on screen (no Re-record / Skip buttons, an optional hidden countdown, the time-use summary
saved at the end) and the gentle live cues (Settings, off by default)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

log = logging.getLogger(__name__)

#: How long a cue stays on screen. Design choice: long enough to read five words, short enough to stay discreet.
CUE_VISIBLE_MS = 4000


def cue_texts() -> dict[str, str]:
    """What each cue says: an observable, a suggestion, never a judgement (context "Cue")."""
    return {"fillers": QCoreApplication.translate("Cue", "Several fillers: a silent pause works too"),
            "pace_fast": QCoreApplication.translate("Cue", "Fast for a while: slow down a little"),
            "pace_slow": QCoreApplication.translate("Cue", "Slow for a while: a little more pace"),
            "gaze": QCoreApplication.translate("Cue", "Away from the lens for a while")}


class CueToast(QLabel):
    """A small rounded note in the corner of the preview, gone after a few seconds."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cueToast")
        self.setStyleSheet("#cueToast { background: rgba(32,33,36,200); color: #f1f3f4; border-radius: 8px;"
                           " padding: 6px 10px; }")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_cue(self, kind: str) -> None:
        self.setText(cue_texts().get(kind, kind))
        self.adjustSize()
        parent = self.parentWidget()
        self.move(max(8, parent.width() - self.width() - 12), 12)
        self.show()
        self.raise_()
        self._timer.start(CUE_VISIBLE_MS)


def attach_extras(window, ctl) -> None:
    """Called by the main window right after a practice controller is attached to the practice screen."""
    screen = window.practice
    one_way = bool(getattr(ctl, "one_way", False))
    for button in (screen.rerecord_b, screen.skip_b):
        button.setVisible(not one_way)
    if one_way:
        _one_way(window, ctl)
    from app.services.settings import Key

    if window.ctx.settings.get(Key.LIVE_CUES) and ctl.live_enabled:
        from app.services.live_cues import LiveCueService

        toast = getattr(screen, "_cue_toast", None)
        if toast is None:
            toast = screen._cue_toast = CueToast(screen.preview)
        service = LiveCueService(ctl, parent=ctl)
        service.cue.connect(toast.show_cue)
        ctl.stateChanged.connect(lambda st: toast.hide() if st != "recording" else None)


def _one_way(window, ctl) -> None:
    screen = window.practice
    think = window.property("oneWayThinkDisplay")
    refused: list[str] = []
    ctl.refused.connect(refused.append)

    def on_countdown(left: int) -> None:
        if think is False:
            screen.phase.setText(QCoreApplication.translate("Coach", "Read the question: recording starts by itself"))
        else:
            screen.phase.setText(QCoreApplication.translate(
                "Coach", "Reading time: %1 s, then recording starts by itself").replace("%1", str(left)))

    ctl.countdown.connect(on_countdown)
    ctl.stateChanged.connect(lambda st: screen.next_b.setEnabled(st == "answered"))
    ctl.stateChanged.connect(lambda st: screen.stop_b.setEnabled(st == "recording"))  # no early start

    def on_finished(session_id: str) -> None:
        from app.services.coaching import save_one_way

        store, timelines = window.ctx.store, list(ctl.timelines)
        window.ctx.tasks.run(lambda: save_one_way(store, session_id, timelines, refused),
                             on_error=lambda err: log.warning("one-way summary not saved: %s", err))

    ctl.finished.connect(on_finished)
