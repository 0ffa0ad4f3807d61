"""Progress series, baseline, goals and streak, from literal and seeded sessions; the progress screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from app.analysis.progress_series import (
    Goal,
    all_series,
    calendar_weeks,
    goal_status,
    metric_row,
    series,
    streak,
)
from app.ui.review.progress_screen import ProgressScreen
from tests.review.reports import report
from tests.review.seeded import seeded_rows

ROWS = [
    {"date": "2026-11-02", "fillers_per_min": 6.0, "wpm": 170},
    {"date": "2026-11-02", "fillers_per_min": 4.0, "wpm": 150},
    {"date": "2026-11-05", "fillers_per_min": 5.5, "wpm": None},
    {"date": "2026-11-09", "fillers_per_min": 4.5, "wpm": 140},
    {"date": "2026-11-23", "fillers_per_min": 3.0, "wpm": 150},
    {"date": "2026-11-24", "fillers_per_min": 2.0, "wpm": 145},
    {"date": "2026-11-25", "fillers_per_min": 2.6, "wpm": 142},
]


def test_daily_points_baseline_and_change():
    s = series(ROWS, "fillers_per_min")
    assert [d.isoformat() for d, _ in s.points] == ["2026-11-02", "2026-11-05", "2026-11-09", "2026-11-23",
                                                     "2026-11-24", "2026-11-25"]
    assert s.points[0][1] == 5.0  # the mean of that day's two answers
    assert s.baseline == 5.0  # median of the first three days: 5.0, 5.5, 4.5
    assert s.latest_vs_baseline == -2.4
    wpm = series(ROWS, "wpm")
    assert len(wpm.points) == 5  # the day without a value is skipped, not drawn as zero


def test_goals_for_the_current_week():
    today = date(2026, 11, 25)  # a Wednesday: the week runs from Monday 23
    statuses = goal_status(ROWS, [Goal("fillers_per_min", "<=", 3), Goal("sessions", ">=", 4),
                                  Goal("wpm", ">=", 150)], today)
    fillers, sessions, wpm = statuses
    assert fillers.current == 2.53 and fillers.met is True
    assert sessions.current == 3 and sessions.met is False
    assert wpm.current == 145.67 and wpm.met is False
    assert goal_status(ROWS, [Goal("fillers_per_min", "<=", 3)], date(2026, 12, 9))[0].met is None


def test_streak_and_calendar():
    assert streak(ROWS, date(2026, 11, 25)) == 3
    assert streak(ROWS, date(2026, 11, 26)) == 3  # today not practised yet: the streak is not lost
    assert streak(ROWS, date(2026, 11, 27)) == 0
    weeks = calendar_weeks(ROWS, date(2026, 11, 25), weeks=4)
    assert len(weeks) == 4 and all(len(w) == 7 for w in weeks)
    assert weeks[0][0][0] == date(2026, 11, 2) and weeks[0][0][1] == 2
    assert weeks[-1][2] == (date(2026, 11, 25), 1)


def test_seeded_sessions_trend_and_metric_row():
    rows = seeded_rows()
    s = all_series(rows)
    assert len(s["fillers_per_min"].points) == 9
    assert s["fillers_per_min"].latest_vs_baseline < 0 and s["eye_contact"].latest_vs_baseline > 0
    row = metric_row(report("answer_short"), date="2026-11-25")
    assert row["fillers_per_min"] == report("answer_short")["fillers"]["per_minute"]
    assert row["star_completeness"] == 100.0 and row["result_quantified"] == 100.0 and row["eye_contact"] == 78.0


def test_progress_screen_draws_series_baseline_and_goal(qtbot):
    rows = seeded_rows()
    screen = ProgressScreen(rows, [Goal("fillers_per_min", "<=", 3), Goal("sessions", ">=", 4)],
                            today=date(2026, 11, 25))
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    chart = screen.charts["fillers_per_min"]
    lines = chart.lines()
    values = series(rows, "fillers_per_min")
    assert list(lines[0].get_ydata()) == [v for _, v in values.points]
    assert list(lines[1].get_ydata()) == [values.baseline] * 2
    assert list(lines[2].get_ydata()) == [3, 3]
    assert len(screen.charts) == 6
    assert screen.streak_label.text().endswith("4")


def test_empty_progress_tells_what_to_do(qtbot):
    screen = ProgressScreen([], today=date(2026, 11, 25))
    qtbot.addWidget(screen)
    label = screen.findChild(QLabel, "progressEmpty")
    assert "Record an answer" in label.text()


def test_editing_goals_updates_status_and_chart(qtbot):
    from app.ui.review.goals_dialog import GoalsDialog

    rows = seeded_rows()
    screen = ProgressScreen(rows, [Goal("sessions", ">=", 4)], today=date(2026, 11, 25))
    qtbot.addWidget(screen)
    dialog = GoalsDialog(screen.goals)
    qtbot.addWidget(dialog)
    box, spin, _ = dialog.rows["fillers_per_min"]
    box.setChecked(True)
    spin.setValue(2.5)
    dialog.rows["sessions"][0].setChecked(False)
    assert dialog.goals() == [Goal("fillers_per_min", "<=", 2.5)]
    with qtbot.waitSignal(screen.goalsChanged) as sig:
        screen.set_goals(dialog.goals())
    assert sig.args[0] == [Goal("fillers_per_min", "<=", 2.5)]
    assert [s.goal.metric for s in screen.statuses] == ["fillers_per_min"]
    assert list(screen.charts["fillers_per_min"].lines()[2].get_ydata()) == [2.5, 2.5]
    quiet = GoalsDialog([], accessibility=True)
    qtbot.addWidget(quiet)
    assert "eye_contact" not in quiet.rows


def test_practice_on_a_single_day_shows_its_points_and_asks_for_another_day(qtbot):
    """All practice on one day: the point is inside the visible range (matplotlib counts days from 1970; an
    ordinal limit put it in the year 3995) and the chart says why there is no trend."""
    import matplotlib.dates as mdates

    rows = [{"date": "2026-12-04", "fillers_per_min": 4.0, "wpm": 150},
            {"date": "2026-12-04", "fillers_per_min": 3.0, "wpm": 140}]
    screen = ProgressScreen(rows, today=date(2026, 12, 4))
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    chart = screen.charts["fillers_per_min"]
    ax = chart.figure.axes[0]
    lo, hi = ax.get_xlim()
    day = mdates.date2num(date(2026, 12, 4))
    assert lo < day < hi and hi - lo == 6
    assert len(chart.lines()[0].get_xdata()) == 1  # one point per day
    assert any("another day" in t.get_text() for t in ax.texts)
