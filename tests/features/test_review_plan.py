"""The review of an answer whose question has a saved written answer shows that plan against what was said."""

from __future__ import annotations


def test_review_shows_the_written_plan_against_the_answer(qtbot, seeded):
    from app.services.coaching import plan_against_answer
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    store, refs = seeded
    session_id, index = refs["first"].split(":")
    answer = store.get_session(session_id).answers[int(index) - 1]
    expected = plan_against_answer(store, answer.id)
    assert expected and expected["points"]
    ctx = AppContext(store=store, fake_camera=None)
    ctx.capture = lambda: None
    ctx.camera_problem = "no camera in tests"
    win = MainWindow(ctx, recover=False)
    qtbot.addWidget(win)
    try:
        win.open_review(session_id, int(index))
        screen = win.stack.currentWidget().screen
        titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
        assert "Your plan" in titles
        view = screen.plan_view
        said = sum(p["status"] == "said" for p in expected["points"])
        assert view.said_box.title() == f"Said ({said})"
        assert view.forgotten_box.title() == f"Forgotten ({len(expected['points']) - said})"
        # a said point's time button seeks the player there
        if said:
            first = next(p for p in expected["points"] if p["status"] == "said")
            seeks = []
            view.seekRequested.connect(seeks.append)
            from PySide6.QtWidgets import QPushButton

            buttons = view.said_box.findChildren(QPushButton)
            buttons[0].click()
            assert seeks and abs(seeks[0] - float(first["start"])) < 1e-6
    finally:
        win.close()
        win.deleteLater()
