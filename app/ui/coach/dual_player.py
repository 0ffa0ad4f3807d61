"""Two recordings side by side, synchronised by STAR part or by answer time: one Play/Pause for both, and one button
per piece of the comparison (S, T, A, R — or 0-15 s, 15-30 s, …) that brings each video to where that piece starts
in it. Media is opened only on the first Play or jump (as in the review)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.media.player import NullPlayer, PlayerBase, QtMediaPlayer


def make_player(media: str | None, duration: float) -> PlayerBase:
    """A Qt Multimedia player when the file exists, else a position-only player."""
    if media and Path(media).is_file():
        return QtMediaPlayer(Path(media))
    return NullPlayer(duration)


class DualPlayer(QWidget):
    """`show_pair(doc)` takes a `compare_answers` document (its `a`/`b` media and its transcript pieces)."""

    def __init__(self, parent: QWidget | None = None, factory=make_player) -> None:
        super().__init__(parent)
        self.factory = factory
        self.players: list[PlayerBase] = []
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self.videos = QHBoxLayout()
        root.addLayout(self.videos, 1)
        self.controls = QHBoxLayout()
        self.play_b = QPushButton(self.tr("Play both"), self)
        self.play_b.clicked.connect(self.toggle)
        self.controls.addWidget(self.play_b)
        self.jump_label = QLabel(self.tr("Jump both to:"), self)
        self.controls.addWidget(self.jump_label)
        self.jumps: list[QPushButton] = []
        self.controls.addStretch(1)
        root.addLayout(self.controls)
        self.pieces: list[dict] = []
        self.align = "star"

    def show_pair(self, doc: dict) -> None:
        self.close_media()
        for side in ("a", "b"):
            p = self.factory(doc[side].get("media"), float(doc[side].get("duration_s") or 0.0))
            p.setParent(self)
            self.players.append(p)
            widget = p.video_widget()
            if widget is None:
                widget = QLabel(self.tr("No recording"), self)
            widget.setMinimumHeight(160)
            self.videos.addWidget(widget, 1)
        for b in self.jumps:
            self.controls.removeWidget(b)
            b.deleteLater()
        self.jumps = []
        names = {"S": self.tr("Situation"), "T": self.tr("Task"), "A": self.tr("Action"), "R": self.tr("Result")}
        self.align = doc["transcript"]["align"]
        self.pieces = [p for p in doc["transcript"]["pieces"] if p["a_start"] is not None or p["b_start"] is not None]
        for i, piece in enumerate(self.pieces):
            b = QPushButton(names.get(piece["key"], piece["key"]), self)
            b.clicked.connect(lambda _c=False, k=i: self.jump(k))
            self.controls.insertWidget(self.controls.count() - 1, b)
            self.jumps.append(b)
        self.play_b.setText(self.tr("Play both"))

    def jump(self, index: int) -> None:
        """By STAR part: each video to where that part starts in it (the other's start when a side lacks it).
        By answer time: both to the same moment, the start of the window."""
        piece = self.pieces[index]
        if self.align == "time":
            t = float(piece["key"].split("-")[0])
            starts = (t, t)
        else:
            starts = (piece["a_start"], piece["b_start"])
        for player, start in zip(self.players, starts, strict=True):
            player.seek(float(start if start is not None else next(s for s in starts if s is not None)))

    def toggle(self) -> None:
        playing = any(p.is_playing() for p in self.players)
        for p in self.players:
            p.pause() if playing else p.play()
        self.play_b.setText(self.tr("Play both") if playing else self.tr("Pause both"))

    def positions(self) -> list[float]:
        return [p.position() for p in self.players]

    def close_media(self) -> None:
        for p in self.players:
            p.close()
            w = p.video_widget()
            if w is not None:
                self.videos.removeWidget(w)
                w.hide()
                w.deleteLater()
            p.deleteLater()
        while self.videos.count():
            item = self.videos.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.players = []
