"""The review screen of one answer: recording, annotated timeline, transcript, STAR checklist, metric cards, tips."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.analysis.metric_cards import build_cards
from app.analysis.timeline_marks import Mark, build_marks, lane_available, timeline_duration, visible_lanes
from app.media.player import NullPlayer, PlayerBase, QtMediaPlayer
from app.services.feedback import visible_tips
from app.ui.i18n import current_language
from app.ui.messages import error_text
from app.ui.review.extra_cards import extra_cards, posture_visibility
from app.ui.review.labels import describe_mark, lane_titles, warning_text
from app.ui.review.style import fmt_time
from app.ui.review.transport import SKIP_S, TransportBar
from app.ui.widgets.metric_cards import MetricCardsWidget
from app.ui.widgets.star_checklist import StarChecklist
from app.ui.widgets.timeline import TimelineWidget
from app.ui.widgets.transcript_view import TranscriptView

PlayerFactory = Callable[[Path | None, float], PlayerBase]


def default_player(media_path: Path | None, duration: float) -> PlayerBase:
    """A Qt Multimedia player for an existing file, else a position-only player."""
    if media_path is not None and Path(media_path).is_file():
        return QtMediaPlayer(Path(media_path))
    return NullPlayer(duration)


class ReviewScreen(QWidget):
    """Everything about one answer. `exported(path)` after a PDF or CSV export."""

    exported = Signal(Path)
    deleted = Signal()

    def __init__(self, report: Mapping[str, Any], media_path: Path | None = None, question: str | None = None,
                 question_note: str | None = None, accessibility: bool = False, parent: QWidget | None = None,
                 player_factory: PlayerFactory = default_player, thresholds_text: str | None = None,
                 delete_answer: Callable[[], None] | None = None, data_location: Path | None = None,
                 confirm: Callable[[str], bool] | None = None, tasks=None, header_actions: list | None = None,
                 written_plan: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        # With a TaskManager, the PDF (key frames decoded from the video) is written off the GUI thread.
        self._tasks = tasks
        self._header_actions = header_actions or []
        # Deleting is the storage layer's job: the screen asks, then calls `delete_answer` (ask ≠ do).
        self._delete_answer = delete_answer
        self._data_location = data_location
        self._confirm = confirm or self._ask_confirm
        self.report = report
        self.written_plan = written_plan  # plan_match result when the question has a saved written answer
        self.accessibility = accessibility
        self.question, self.question_note = question, question_note
        self._media_path = media_path
        self._thresholds_text = thresholds_text  # None: the shipped app/resources/thresholds.toml
        self.marks: list[Mark] = build_marks(report, accessibility=accessibility)
        self.duration = timeline_duration(report, self.marks)
        self.player = player_factory(media_path, self.duration or 0.0)
        self.player.setParent(self)

        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(8)
        root.addLayout(self._header(question))

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        video_panel = self._video_panel(media_path)
        split.addWidget(video_panel)
        # A written answer has nothing to play: the transcript and checklist take the whole width.
        video_panel.setVisible(self.duration is not None)
        split.addWidget(self._side_panel(question_note))
        # Without a picture, the side panel (transcript, checklist, cards) gets the room.
        has_video = self.player.video_widget() is not None
        split.setStretchFactor(0, 11 if has_video else 4)
        split.setStretchFactor(1, 9 if has_video else 7)
        root.addWidget(split, 1)

        self.timeline = TimelineWidget(self)
        self._fill_timeline()
        root.addWidget(self.timeline)
        # A written answer has nothing to place in time: the rows would only repeat "no timing".
        self.timeline.setVisible(self.duration is not None)

        self.timeline.seekRequested.connect(self.seek)
        self.transcript.seekRequested.connect(self.seek)
        self.star.seekRequested.connect(self.seek)
        self.star.spanActivated.connect(self._show_span)
        # Media is opened once the screen is on show (see QtMediaPlayer): queued, so it runs after this paint.
        self.timeline.firstPainted.connect(self._load_media, Qt.ConnectionType.QueuedConnection)
        if self.duration is None:  # no timeline to paint: nothing to wait for
            QTimer.singleShot(0, self.player.load)
        self.player.positionChanged.connect(self._on_position)
        self.player.errorOccurred.connect(self._on_player_error)
        self._shortcuts()

    # ----- building -------------------------------------------------------------------------------------------------
    def _header(self, question: str | None) -> QHBoxLayout:
        row = QHBoxLayout()
        col = QVBoxLayout()
        title = QLabel(question or self.tr("Review of your answer"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setObjectName("reviewTitle")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        col.addWidget(title)
        notes = [warning_text(w) for w in self.report.get("warnings") or [] if isinstance(w, Mapping)]
        if self.duration is None and not notes:  # the analysis usually says so itself
            notes.append(self.tr("Written answer: there is no recording to play; the transcript, STAR checklist, "
                                 "metrics and tips below still apply."))
        if self.accessibility:
            notes.append(self.tr("Accessibility mode: eye contact and expression are not scored."))
        if notes:
            info = QLabel(" · ".join(notes), self)
            info.setTextFormat(Qt.TextFormat.PlainText)
            info.setObjectName("reviewNotes")
            info.setWordWrap(True)
            col.addWidget(info)
        row.addLayout(col, 1)
        for button in self._header_actions:  # e.g. "Compare attempts", given by the window
            button.setParent(self)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        from app.ui import style

        pdf = style.with_icon(QPushButton(self.tr("Export PDF…"), self), "file-down")
        pdf.clicked.connect(self._ask_export_pdf)
        csv = style.with_icon(QPushButton(self.tr("Export CSV…"), self), "sheet")
        csv.clicked.connect(self._ask_export_csv)
        row.addWidget(pdf, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(csv, 0, Qt.AlignmentFlag.AlignTop)
        self._compact = [pdf, csv]
        if self._delete_answer is not None:
            self.delete_button = style.with_icon(QPushButton(self.tr("Delete…"), self), "trash-2")
            self.delete_button.clicked.connect(self.delete)
            row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
            self._compact.append(self.delete_button)
        if self._data_location is not None:
            # where the files are is one click away, not a path printed in every header
            self.folder_button = style.with_icon(QPushButton(self.tr("Show folder"), self), "folder-open")
            self.folder_button.setObjectName("dataLocation")
            self.folder_button.setToolTip(str(self._data_location))
            self.folder_button.clicked.connect(self._show_folder)
            row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
            self._compact.append(self.folder_button)
        for button in self._compact:
            # file actions as icons with their name in the tooltip: the header keeps room for the question
            label = button.text().replace("&", "")
            button.setText("")
            button.setToolTip(label + (f"\n{button.toolTip()}" if button.toolTip() else ""))
            button.setAccessibleName(label)
        return row

    def _show_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_location)))

    def _ask_confirm(self, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Delete this answer"), text)
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> bool:
        """Ask, then delete the answer (recording, report and rows) through the injected function."""
        if self._delete_answer is None:
            return False
        text = self.tr("Delete this answer: its recording, its analysis and its metrics? This cannot be undone.")
        if not self._confirm(text):
            return False
        from app.core.errors import RebondError

        try:
            self._delete_answer()
        except RebondError as exc:
            self.transport.time_label.setText(error_text(exc))
            return False
        self.player.close()
        self.deleted.emit()
        return True

    def _video_panel(self, media_path: Path | None) -> QWidget:
        panel = QWidget(self)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        video = self.player.video_widget()
        if video is not None:
            video.setParent(panel)
            video.setMinimumSize(320, 180)
            lay.addWidget(video, 1)
        else:
            if media_path is not None:
                msg = self.tr("The recording could not be found at %1. The timeline and transcript still work; "
                              "record the question again to see yourself.").replace("%1", str(media_path))
            else:
                msg = self.tr("No recording for this answer. Click the timeline or a word to move through the "
                              "answer; record the question again to see yourself.")
            empty = QLabel(msg, panel)
            empty.setObjectName("videoEmpty")
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setFrameShape(QFrame.Shape.StyledPanel)
            empty.setMargin(24)
            lay.addWidget(empty, 1)
        self.transport = TransportBar(self.player, self.duration or 0.0, panel)
        self.transport.setVisible(self.duration is not None)
        lay.addWidget(self.transport)
        return panel

    def _side_panel(self, question_note: str | None) -> QWidget:
        panel = QWidget(self)
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        tips_box = QGroupBox(self.tr("Top tips"), panel)
        tips_lay = QVBoxLayout(tips_box)
        tips = visible_tips(self.report, accessibility=self.accessibility, lang=current_language())
        self.tip_labels: list[QLabel] = []
        play = self.tr("play")
        for tip in tips:
            text = "• " + html.escape(str(tip.get("text") or tip.get("code")))
            start = _tip_start(tip)
            if start is not None and self.duration is not None:
                text += f" <a href='seek:{start}'>▶ {fmt_time(start)} {html.escape(play)}</a>"
            label = QLabel(text, tips_box)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.linkActivated.connect(lambda link: self.seek(float(link.split(":", 1)[1])))
            tips_lay.addWidget(label)
            self.tip_labels.append(label)
        if not tips:
            tips_lay.addWidget(QLabel(self.tr("No tips for this answer: nothing stood out."), tips_box))
        lay.addWidget(tips_box)

        self.tabs = QTabWidget(panel)
        transcript_page = QWidget(self.tabs)
        tlay = QVBoxLayout(transcript_page)
        tlay.setContentsMargins(4, 4, 4, 4)
        tlay.addWidget(self._legend(transcript_page))
        self.transcript = TranscriptView(transcript_page)
        self.transcript.set_report(self.report)
        tlay.addWidget(self.transcript, 1)
        self.tabs.addTab(transcript_page, self.tr("Transcript"))

        self.star = StarChecklist()
        self.star.set_report(self.report, question_note)
        self.tabs.addTab(_scroll(self.star, self.tabs), self.tr("STAR"))

        self.cards = MetricCardsWidget()
        cards = build_cards(self.report, accessibility=self.accessibility, thresholds_text=self._thresholds_text,
                            lang=current_language())
        self.cards.set_cards(posture_visibility(cards, self.report) + extra_cards(self.report, current_language()))
        self.tabs.addTab(_scroll(self.cards, self.tabs), self.tr("Metrics"))
        self.plan_view = None
        if self.written_plan and self.written_plan.get("points"):
            from app.ui.review.plan_view import PlanView

            self.plan_view = PlanView(self.written_plan)
            self.plan_view.seekRequested.connect(self.seek)
            self.tabs.addTab(_scroll(self.plan_view, self.tabs), self.tr("Your plan"))
        lay.addWidget(self.tabs, 1)
        return panel

    def _legend(self, parent: QWidget) -> QLabel:
        self.legend = QLabel(self._legend_html(), parent)
        self.legend.setWordWrap(True)
        return self.legend

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from app.ui.review.style import scheme_changed

        super().changeEvent(event)
        if scheme_changed(event) and hasattr(self, "legend"):
            self.legend.setText(self._legend_html())  # the legend's colours follow light/dark

    def _legend_html(self) -> str:
        from app.ui.review.style import is_dark, lane_color, readable, star_color

        dark = is_dark(self)
        star = " ".join(f"<span style='background:{star_color(p).name()}; color:black'>&nbsp;{p}&nbsp;</span>"
                        for p in "STAR")
        filler, hedge, negative = self.tr("filler"), self.tr("hedge"), self.tr("negative phrasing")
        return (f"<b style='color:{readable(lane_color('fillers'), dark).name()}'>{html.escape(filler)}</b> · "
                f"<i><u>{html.escape(hedge)}</u></i> · "
                f"<u style='color:{readable(lane_color('negatives'), dark).name()}'>{html.escape(negative)}</u> · "
                f"{star}")

    def _fill_timeline(self) -> None:
        lanes = visible_lanes(self.accessibility)
        status = {}
        for lane in lanes:
            if not lane_available(self.report, lane):
                status[lane] = self.tr("not analysed for this answer")
            elif lane == "posture" and (self.report.get("posture") or {}).get("visible") is False:
                # no event because the shoulders were never seen: say so, not "nothing found"
                status[lane] = self.tr("not visible — sit back so your shoulders are in frame")
            elif not any(m.lane == lane for m in self.marks):
                status[lane] = self.tr("nothing found")
        if self.duration is None:
            status = {lane: self.tr("no timing in a written answer") for lane in lanes}
        self.timeline.set_lanes(lanes, lane_titles(), status)
        self.timeline.set_marks(self.marks, self.duration)
        self.timeline.set_describer(describe_mark)

    def _shortcuts(self) -> None:
        keys = {
            Qt.Key.Key_Space: self.player.toggle, Qt.Key.Key_K: self.player.toggle,
            Qt.Key.Key_Left: lambda: self.transport.skip(-SKIP_S), Qt.Key.Key_Right: lambda: self.transport.skip(SKIP_S),
            Qt.Key.Key_Comma: lambda: self.player.step_frames(-1), Qt.Key.Key_Period: lambda: self.player.step_frames(1),
            Qt.Key.Key_BracketLeft: lambda: self.transport.change_speed(-1),
            Qt.Key.Key_BracketRight: lambda: self.transport.change_speed(1),
            Qt.Key.Key_Home: lambda: self.seek(0.0),
            Qt.Key.Key_N: lambda: self.timeline.jump(1), Qt.Key.Key_P: lambda: self.timeline.jump(-1),
        }
        for key, slot in keys.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    def _load_media(self) -> None:
        """Open the recording and show its first frame (a poster) instead of a black surface until Play."""
        self.player.load()
        if not self.player.is_playing():
            self.player.pause()  # a paused player decodes and shows the frame at its position

    # ----- behaviour ------------------------------------------------------------------------------------------------
    def seek(self, seconds: float) -> None:
        """Move the recording (and with it the playhead and the current word) to `seconds`."""
        self.player.seek(seconds)

    def _on_position(self, seconds: float) -> None:
        self.timeline.set_position(seconds)
        self.transcript.set_position(seconds)

    def _show_span(self, char_start: int, char_end: int) -> None:
        self.tabs.setCurrentIndex(0)
        cursor = self.transcript.textCursor()
        cursor.setPosition(char_start)
        self.transcript.setTextCursor(cursor)
        self.transcript.ensureCursorVisible()

    def _on_player_error(self, text: str) -> None:
        self.transport.time_label.setText(self.tr("Cannot play the recording: %1").replace("%1", text))

    def export_pdf(self, path: Path) -> Path:
        """Write this answer's PDF (raises RebondError with a readable message on failure)."""
        from app.ui.review.pdf_export import export_answer_pdf

        out = export_answer_pdf(path, self.report, question=self.question, question_note=self.question_note,
                                media_path=self._media_path,
                                accessibility=self.accessibility, thresholds_text=self._thresholds_text)
        self.exported.emit(out)
        return out

    def export_csv(self, path: Path) -> Path:
        """Write this answer's metrics as one CSV row."""
        from app.ui.review.csv_export import rows_from_reports, write_metrics_csv

        write_metrics_csv(path, rows_from_reports([(self.report, {"question": self.question or ""})]))
        self.exported.emit(Path(path))
        return Path(path)

    def _ask_export(self, caption: str, pattern: str, suffix: str, action) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app.core.errors import RebondError

        name, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / f"rebond-answer{suffix}"), pattern)
        if not name:
            return
        try:
            action(Path(name))
        except RebondError as exc:
            QMessageBox.warning(self, caption, error_text(exc))

    def _ask_export_pdf(self) -> None:
        if self._tasks is None:
            self._ask_export(self.tr("Export PDF"), self.tr("PDF files (*.pdf)"), ".pdf", self.export_pdf)
            return
        from app.ui.review.pages.exporting import ask_path

        path = ask_path(self, self.tr("Export PDF"), self.tr("PDF files (*.pdf)"), "rebond-answer.pdf")
        if path is not None:
            self.export_pdf_in_background(path)

    def export_pdf_in_background(self, path: Path) -> None:
        """Write this answer's PDF on the task manager's worker (progress dialog; `exported(path)` when done)."""
        from app.ui.review.pages.exporting import export_pdf

        item = {"report": self.report, "question": self.question, "question_note": self.question_note,
                "media_path": self._media_path}
        export_pdf(self, self._tasks, path, [item], title=self.question or "Rebond", accessibility=self.accessibility,
                   on_done=self.exported.emit)

    def _ask_export_csv(self) -> None:
        self._ask_export(self.tr("Export CSV"), self.tr("CSV files (*.csv)"), ".csv", self.export_csv)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.player.close()
        super().closeEvent(event)


def _tip_start(tip: Mapping[str, Any]) -> float | None:
    """The first evidence time of a tip (`evidence[].start`, or `params.start`), if the report gives one."""
    for ev in tip.get("evidence") or []:
        if isinstance(ev, Mapping) and isinstance(ev.get("start"), int | float):
            return float(ev["start"])
    params = tip.get("params") or {}
    start = params.get("start") if isinstance(params, Mapping) else None
    return float(start) if isinstance(start, int | float) else None


def _scroll(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
