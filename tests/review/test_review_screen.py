"""The review screen with a fake player: clicking a mark or a word seeks; playback moves playhead and word."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app.ui.review.review_screen import ReviewScreen
from tests.review.fakes import fake_factory, tiny_video
from tests.review.reports import report


@pytest.fixture
def screen(qtbot):
    players: list = []

    def make(name="answer_short", **kw):
        w = ReviewScreen(report(name), None, "Tell me about a time you improved a process.", "Name a measured result.",
                         player_factory=fake_factory(players), **kw)
        qtbot.addWidget(w)
        w.resize(1280, 720)
        w.show()
        qtbot.waitExposed(w)
        return w, players[-1]

    return make


def test_clicking_every_mark_seeks_the_player_to_its_start(screen, qtbot):
    w, player = screen()
    marks = w.timeline.marks()
    assert len(marks) == len([m for m in w.marks if m.timed]) > 10
    for mark, rect in zip(marks, w.timeline.mark_rects(), strict=True):
        assert rect.width() >= 6 and w.timeline.rect().contains(rect.toRect())
        # Click the middle of the part of the mark that no narrower mark covers.
        pos = rect.center()
        if w.timeline.mark_at(pos) is None or w.timeline.marks()[w.timeline.mark_at(pos)] != mark:
            continue
        qtbot.mouseClick(w.timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
        assert player.seeks[-1] == pytest.approx(mark.start)
    clicked = {round(s, 3) for s in player.seeks}
    assert {round(m.start, 3) for m in marks if m.lane == "fillers"} <= clicked


def test_clicking_a_word_seeks_to_its_start(screen, qtbot):
    w, player = screen()
    words = w.transcript.words()
    target = next(i for i, x in enumerate(words) if x["text"] == "Unfortunately")
    qtbot.mouseClick(w.transcript.viewport(), Qt.MouseButton.LeftButton, pos=w.transcript.word_rect_center(target))
    assert player.seeks[-1] == pytest.approx(words[target]["start"])
    assert w.transcript.current_word() == target
    assert w.timeline.position() == pytest.approx(words[target]["start"])


def test_playback_position_moves_current_word_and_playhead(screen):
    w, player = screen()
    words = w.transcript.words()
    player.positionChanged.emit(words[10]["start"] + 0.05)
    assert w.transcript.current_word() == 10
    assert w.timeline.position() == pytest.approx(words[10]["start"] + 0.05)


def test_star_evidence_click_plays_the_part(screen, qtbot):
    w, player = screen()
    label = w.star.evidence_label("R")
    assert label is not None
    link = label.text().split("href='")[1].split("'")[0]
    label.linkActivated.emit(link)
    r_span = next(s for s in w.report["star"]["spans"] if s["part"] == "R")
    assert player.seeks[-1] == pytest.approx(r_span["start"])


def test_shortcuts_and_speed(screen, qtbot):
    w, player = screen()
    w.seek(10.0)
    # offscreen: activation is asynchronous and qtbot.waitActive does not wait for it
    w.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert player.seeks[-1] == pytest.approx(15.0)
    qtbot.keyClick(w, Qt.Key.Key_BracketRight)
    assert player.rates[-1] == 1.25
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert player.is_playing()


def test_accessibility_hides_eye_contact_everywhere(screen):
    w, _ = screen(accessibility=True)
    assert "eye_contact" not in {m.lane for m in w.timeline.marks()}
    assert w.cards.card("eye_contact") is None
    assert all("look" not in lbl.text().lower() for lbl in w.tip_labels)


def test_text_only_report_opens_with_explanations(screen):
    w, player = screen("answer_text")
    assert w.timeline.marks() == []
    assert not w.transport.isVisible()
    assert w.findChild(type(w.transcript)).toPlainText().startswith("At my last job")


def test_opening_a_two_minute_review_is_fast(qtbot):
    timings = []
    for _ in range(3):
        rep = report("answer_2min")
        t0 = time.perf_counter()
        w = ReviewScreen(rep, None, "Q", None, player_factory=fake_factory([]))
        qtbot.addWidget(w)
        w.resize(1280, 720)
        w.show()
        while w.timeline.paint_count == 0:
            QApplication.processEvents()
        timings.append(time.perf_counter() - t0)
        w.close()
    timings.sort()
    print(f"review open (2-min report): median {timings[1] * 1000:.0f} ms")
    assert timings[1] <= 1.0


def test_close_releases_the_player(screen):
    w, player = screen()
    w.close()
    assert player.closed


def test_export_buttons_write_files(screen, tmp_path):
    w, _ = screen()
    done = []
    w.exported.connect(done.append)
    pdf = w.export_pdf(tmp_path / "a.pdf")
    csv_path = w.export_csv(tmp_path / "a.csv")
    assert pdf.stat().st_size > 1000 and csv_path.read_text(encoding="utf-8-sig").count("\n") == 2
    assert done == [pdf, csv_path]


def test_real_qt_media_player_plays_and_seeks(qtbot, tmp_path):
    """The Qt Multimedia adapter on a tiny generated video (offscreen, no audio device)."""
    from app.media.player import QtMediaPlayer

    path = tiny_video(tmp_path / "tiny.mp4", 2.0)
    player = QtMediaPlayer(path)
    holder = QWidget()
    qtbot.addWidget(holder)
    player.video_widget().setParent(holder)
    player.seek(0.5)  # before loading: remembered and reported at once
    assert player.position() == 0.5
    with qtbot.waitSignal(player.durationChanged, timeout=5000):
        player.load()
    assert player.duration() == pytest.approx(2.0, abs=0.2)
    player.seek(1.0)
    qtbot.waitUntil(lambda: abs(player.position() - 1.0) < 0.15, timeout=5000)
    assert player.frame_rate() == pytest.approx(10, abs=0.5)
    player.step_frames(2)
    qtbot.waitUntil(lambda: abs(player.position() - 1.2) < 0.15, timeout=5000)
    player.close()


def test_tip_with_evidence_plays_it_and_n_p_jump_between_marks(screen, qtbot):
    w, player = screen()
    label = w.tip_labels[0]
    assert "▶ 0:15" in label.text()
    label.linkActivated.emit(label.text().split("href='")[1].split("'")[0])
    assert player.seeks[-1] == pytest.approx(15.18)
    assert "href" not in w.tip_labels[1].text()  # no evidence time: nothing to play
    w.seek(0.0)
    first = min(m.start for m in w.timeline.marks())
    assert w.timeline.jump(1) == pytest.approx(first) and player.seeks[-1] == pytest.approx(first)


def test_review_screen_with_a_real_recording_loads_after_first_paint_and_seeks(qtbot, tmp_path):
    rep = report("answer_short")
    video = tiny_video(tmp_path / "answer.mp4", rep["duration_s"])
    w = ReviewScreen(rep, video, "Q", None)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    with qtbot.waitSignal(w.player.durationChanged, timeout=5000):
        w.show()
    assert w.player.duration() == pytest.approx(rep["duration_s"], abs=0.3)
    mark = next(m for m in w.timeline.marks() if m.kind == "negative")
    index = w.timeline.marks().index(mark)
    qtbot.mouseClick(w.timeline, Qt.MouseButton.LeftButton, pos=w.timeline.mark_rects()[index].center().toPoint())
    qtbot.waitUntil(lambda: abs(w.player.position() - mark.start) < 0.15, timeout=5000)
    qtbot.waitUntil(lambda: w.timeline.position() == pytest.approx(w.player.position()), timeout=5000)


def test_delete_asks_first_then_calls_the_storage(qtbot, tmp_path):
    calls, answers = [], iter([False, True])
    w = ReviewScreen(report("answer_short"), None, "Q", None, player_factory=fake_factory([]),
                     delete_answer=lambda: calls.append("deleted"), data_location=tmp_path / "sessions" / "s1",
                     confirm=lambda text: next(answers))
    qtbot.addWidget(w)
    # the folder is behind "Show folder" (its path in the tooltip), not printed in the header
    assert str(tmp_path / "sessions" / "s1") in w.findChild(QPushButton, "dataLocation").toolTip()
    assert not w.delete() and calls == []  # the user said no
    with qtbot.waitSignal(w.deleted):
        assert w.delete()
    assert calls == ["deleted"]


def test_hovering_a_mark_says_what_it_is(screen, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    w, _ = screen()
    marks = w.timeline.marks()
    index = next(i for i, m in enumerate(marks) if m.kind == "negative")
    pos = w.timeline.mark_rects()[index].center().toPoint()
    QApplication.sendEvent(w.timeline, QHelpEvent(QEvent.Type.ToolTip, pos, w.timeline.mapToGlobal(pos)))
    assert QToolTip.text().startswith("Negative phrasing: “Unfortunately my manager was not helpful.”")
    assert "0:17" in QToolTip.text()
    QToolTip.hideText()


def test_star_part_in_several_pieces_links_each(qtbot):
    from app.ui.widgets.star_checklist import StarChecklist

    rep = report("answer_short")
    spans = rep["star"]["spans"]
    a = next(s for s in spans if s["part"] == "A")
    spans.append({"part": "A", "char_start": a["char_start"] + 10, "char_end": a["char_end"], "start": 12.0,
                  "end": 13.0})
    rep["pronouns"] = {"i": 6, "we": 2, "i_share": 0.75}
    star = StarChecklist()
    qtbot.addWidget(star)
    star.set_report(rep)
    assert star.evidence_label("A").text().count("href=") == 2
    assert any("“I” ×6, “we” ×2" in lbl.text() for lbl in star.findChildren(QLabel))


def test_mark_descriptions_carry_the_suggestion_and_the_source():
    from app.analysis.timeline_marks import Mark
    from app.ui.review.labels import describe_mark

    neg = Mark("negative", "negatives", 1.0, 2.0, "I failed", {"suggestion": "Say what you learned."})
    assert describe_mark(neg) == "Negative phrasing: “I failed”\nTry: Say what you learned."
    heard = Mark("filler", "fillers", 1.0, 1.2, "euh", {"source": "audio"})
    assert describe_mark(heard).endswith("(heard in the audio, not in the transcript)")


def test_review_opens_on_a_poster_frame_not_a_black_surface(qtbot, tmp_path):
    """Once on screen, the recording is loaded and paused: Qt decodes and shows its first frame (before, the video
    stayed black until Play)."""
    from PySide6.QtMultimedia import QMediaPlayer

    path = tiny_video(tmp_path / "tiny.mp4", 2.0)
    rep = report("answer_short")
    rep["duration_s"] = 2.0
    w = ReviewScreen(rep, path, "Q", None)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitUntil(lambda: w.player._player is not None, timeout=5000)
    state = w.player._player.playbackState
    qtbot.waitUntil(lambda: state() == QMediaPlayer.PlaybackState.PausedState, timeout=5000)
    assert not w.player.is_playing()
    w.player.close()
