"""The main window's navigation: every section reachable (bar and Ctrl+number), empty states for a new user, review →
compare, export in the background, delete with confirmation, goals / journal / written answers saved in SQLite."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from app.storage import journal as rows
from app.storage.store import Store
from tests.review.reports import report


@pytest.fixture
def window(qtbot, tmp_path):
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    store = Store(tmp_path / "data")
    ctx = AppContext(store=store, fake_camera=None)
    ctx.capture = lambda: None  # no camera in tests: the home screen shows its note
    ctx.camera_problem = "no camera in tests"
    win = MainWindow(ctx, recover=False)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    yield win
    win.close()
    win.deleteLater()


def _answer(store: Store, question_id: str, rep: dict, when: str | None = None):
    s = store.create_session("en")
    a = store.add_answer(s.id, question="Tell me about a process you improved.", question_id=question_id,
                         question_note="Situation, action, measured result.")
    store.save_report(a.id, rep)
    if when:  # pretend it was recorded on another day (progress charts use the day)
        store._exec("UPDATE answers SET started_at=? WHERE id=?", (when, a.id))
        store._exec("UPDATE sessions SET started_at=? WHERE id=?", (when, s.id))
    return store.get_answer(a.id)


def _visible_text(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_every_section_is_reachable_with_its_shortcut_and_shows_an_empty_state(window, qtbot):
    from app.ui.nav import SECTIONS

    go = next(m for m in window.menuBar().actions() if m.text() == "&Go").menu()
    shortcuts = {a.shortcut().toString(): a for a in go.actions()}
    assert sorted(shortcuts) == [f"Ctrl+{i}" for i in range(1, len(SECTIONS) + 1)]
    expected = {"Ctrl+2": "SessionsScreen", "Ctrl+3": "ComparePage", "Ctrl+4": "ProgressPage",
                "Ctrl+5": "JournalPage", "Ctrl+6": "WrittenPage", "Ctrl+1": "HomeScreen"}
    for keys, cls in expected.items():
        shortcuts[keys].trigger()
        qtbot.waitUntil(lambda c=cls: type(window.stack.currentWidget()).__name__ == c, timeout=3000)
        assert window.nav.current() == SECTIONS[int(keys[-1]) - 1]
    window.navigate("sessions")
    assert window.sessions.empty.isVisible() and "No sessions yet" in window.sessions.empty.text()
    # plain words on screen; the path is one click (Show folder) or a tooltip away
    assert str(window.ctx.store.root) not in window.sessions.where.text()
    assert window.sessions.where.toolTip() == str(window.ctx.store.root)
    window.navigate("compare")
    assert "two analysed answers to the same question" in window.page("compare").empty.text()
    window.navigate("progress")
    page = window.page("progress")
    qtbot.waitUntil(lambda: page.screen is not None, timeout=5000)
    assert "No practice yet" in _visible_text(page.screen)
    window.navigate("journal")
    journal = window.page("journal")
    qtbot.waitUntil(lambda: journal.screen is not None, timeout=5000)
    assert journal.screen.empty.isVisible()


def test_the_sidebar_always_navigates_even_from_a_review(window, qtbot):
    """Clicking "Sessions" (or Ctrl+2) while a review of the sessions section is open goes to the sessions list."""
    from PySide6.QtCore import Qt

    a = _answer(window.ctx.store, "q-improve", report("answer_short"))
    for how in ("click", "shortcut"):
        window.navigate("sessions")
        window.open_review(a.session_id, a.index)
        assert window.stack.currentWidget() is window._review_page and window.nav.current() == "sessions"
        if how == "click":
            item = window.nav.list.item(1)
            rect = window.nav.list.visualItemRect(item)
            qtbot.mouseClick(window.nav.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        else:
            next(act for act in window.findChildren(type(window.menuBar().actions()[0]))
                 if act.shortcut().toString() == "Ctrl+2").trigger()
        assert window.stack.currentWidget() is window.sessions, how


def test_review_opens_compare_and_delete_leaves_nothing(window, qtbot, tmp_path):
    store = window.ctx.store
    first = _answer(store, "q-improve", report("answer_short"))
    second = _answer(store, "q-improve", report("answer_short_retry"))
    window.navigate("sessions")
    window.open_review(second.session_id, second.index)
    page = window._review_page
    assert window.stack.currentWidget() is page and window.nav.current() == "sessions"
    assert page.compare_button.isEnabled()
    page.compare_button.click()
    compare = window.page("compare")
    assert window.stack.currentWidget() is compare and window.nav.current() == "compare"
    assert [compare.earlier.currentData(), compare.later.currentData()] == [first.id, second.id]
    assert compare.view is not None and compare.view.table.rowCount() > 3

    # deleting the second session from the sessions screen (confirmation answered yes)
    window.navigate("sessions")
    window.sessions.reload(second.session_id)
    asked = []
    window.sessions._confirm = lambda title, text: asked.append(text) or True
    window.sessions.delete_b.click()
    assert asked and "This cannot be undone" in asked[0] and "/" not in asked[0]  # no storage path
    assert not second.media.parent.exists()
    assert [s.id for s in store.list_sessions()] == [first.session_id]
    assert store._exec("SELECT COUNT(*) FROM metrics WHERE answer_id=?", (second.id,)).fetchone()[0] == 0


def test_session_pdf_is_written_off_the_gui_thread(window, qtbot, tmp_path):
    store = window.ctx.store
    a = _answer(store, "q1", report("answer_short"))
    window.show_sessions(a.session_id)
    done = []
    assert window.sessions.export_pdf_to(tmp_path / "out.pdf", on_done=done.append)
    assert not done  # returned at once: the work is on the worker
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    text = " ".join(p.extract_text() for p in PdfReader(str(done[0])).pages)
    assert "Tell me about a process you improved." in " ".join(text.split())
    assert window.sessions.export_csv_to(tmp_path / "out.csv") == 1
    assert "fillers_per_min" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()[0]


def test_progress_with_five_sessions_and_goals_saved(window, qtbot):
    store = window.ctx.store
    today = date.today()
    for i in range(5):
        rep = report("answer_short")
        rep["fillers"]["per_minute"] = 6.0 - i
        _answer(store, f"q{i}", rep, when=f"{(today - timedelta(days=4 - i)).isoformat()}T12:00:00+00:00")
    page = window.show_page("progress")
    qtbot.waitUntil(lambda: page.screen is not None, timeout=8000)
    chart = page.screen.charts["fillers_per_min"]
    assert len(chart.figure.axes[0].lines[0].get_xdata()) == 5
    from app.analysis.progress_series import Goal

    page.screen.set_goals([Goal("fillers_per_min", "<=", 2.5)])
    assert rows.load_goals(store) == [rows.GoalRow("fillers_per_min", "<=", 2.5)]
    window.navigate("practice")
    window.navigate("progress")  # nothing changed: the same screen is kept
    assert page.screen.goals == [Goal("fillers_per_min", "<=", 2.5)]


def test_journal_and_written_answers_are_stored(window, qtbot):
    journal = window.show_page("journal")
    qtbot.waitUntil(lambda: journal.screen is not None, timeout=5000)
    screen = journal.screen
    screen.new_entry()
    screen.company.setText("Acme")
    screen.tags.setText("too long, no numbers")
    assert screen.save_current() is not None
    assert [r.tags for r in rows.list_entries(window.ctx.store)] == [("too long", "no numbers")]

    written = window.show_page("written")
    builder = written.builder
    text = report("answer_text")["transcript"]["text"]
    builder.editor.setPlainText(text)
    builder.analyze_now()  # the real text analysis
    assert builder.report is not None and set(builder.report["star"]["present"]) == set("STAR")
    assert builder.save()
    saved = rows.list_written(window.ctx.store)
    assert [(w.question, w.text) for w in saved] == [(builder.question, text)]
    assert saved[0].report is not None
    assert written.delete_b.isEnabled()
    asked = []
    written._confirm = lambda title, text: asked.append(text) or False  # "No": nothing deleted
    written.delete_b.click()
    assert asked and len(rows.list_written(window.ctx.store)) == 1
    written._confirm = lambda title, text: True
    written.delete_b.click()
    assert rows.list_written(window.ctx.store) == []
    assert written.builder is not None and written.builder.editor.toPlainText() == ""  # nothing saved left to show
    assert not written.delete_b.isEnabled()


def test_french_navigation_and_every_ts_entry_translated(qapp, qtbot, tmp_path):
    import xml.etree.ElementTree as ET

    from app.ui import i18n
    from app.ui.nav import NavBar, section_titles
    from app.ui.review.translations import I18N_DIR

    root = ET.parse(I18N_DIR / "rebond_fr.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []
    i18n.install(qapp, "fr")
    try:
        assert list(section_titles().values()) == ["Entraînement", "Séances", "Comparer", "Progrès", "Journal",
                                                   "Réponses écrites", "Coach", "Réglages"]
        bar = NavBar()
        qtbot.addWidget(bar)
        assert bar.list.item(5).text() == "Réponses écrites"
    finally:
        i18n.install(qapp, "en")


def test_pdf_with_key_frames_from_the_review_page_worker(window, qtbot, tmp_path, capfd):
    import shutil

    from tests.review.fakes import tiny_video

    store = window.ctx.store
    rep = report("answer_2min")
    a = _answer(store, "q2", rep)
    shutil.copy(tiny_video(tmp_path / "a.mp4", rep["duration_s"], fps=5), a.media)
    window.open_review(a.session_id, a.index)
    screen = window._review_page.screen
    exported = []
    screen.exported.connect(exported.append)
    screen.export_pdf_in_background(tmp_path / "answer.pdf")
    assert not exported
    qtbot.waitUntil(lambda: bool(exported), timeout=30000)
    reader = PdfReader(str(exported[0]))
    assert sum(len(p.images) for p in reader.pages) >= 5  # timeline + 4 key frames, drawn on the worker
    assert "not safe" not in capfd.readouterr().err  # no "QPixmap: it is not safe to use pixmaps outside the GUI"


def test_review_page_keys_drive_the_player_and_practise_again_asks_for_the_question(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    store = window.ctx.store
    a = _answer(store, "classic-01", report("answer_short"))
    window.open_review(a.session_id, a.index)
    page = window._review_page
    assert not page.compare_button.isEnabled()  # one attempt only: nothing to compare yet
    qtbot.waitUntil(lambda: page.screen.hasFocus(), timeout=2000)
    qtbot.keyClick(page.screen, Qt.Key.Key_Right)  # forward 5 s
    assert page.screen.player.position() == pytest.approx(5.0)
    calls = []
    monkeypatch.setattr(window, "start_practice", lambda *args, **kw: calls.append((args, kw)))
    page.again_button.click()
    assert calls == [(("en", "", 1, False), {"question_ids": ["classic-01"]})]
    own = _answer(store, "user-7", report("answer_short"))  # the user's own question: text and note come along
    calls.clear()
    window.practise_again(own)
    [(args, kw)] = calls
    assert args == ("en", "", 1, False)
    [q] = kw["questions"]
    assert (q.text, q.note, q.language) == (own.question, own.question_note, "en")
