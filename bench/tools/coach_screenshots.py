"""Screenshots of the Coach section at 1280x720, light and dark, English and French (not a test).

The data folder is a temporary copy of the feature tests' seeded data (tests/features/seed.py: four practice days,
a journal with a recurring point, goals and one written answer), plus one one-way interview made from two of its
answers; "today" is pinned to the seeded Friday so the plan is the one the tests check.

    xvfb-run -a -s "-screen 0 1280x720x24" env PYTHONPATH=$PWD python bench/tools/coach_screenshots.py \
        --out docs/screenshots

Writes coach_{plan,jobad,attempts,one_way,progress,settings,practice_cue}_{en,fr}[_dark].png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

AD = {"en": ("Operations Analyst (London). You are a team player with strong communication skills who thrives "
             "under pressure and meets tight deadlines. You will lead a team of two interns, analyse data (SQL, "
             "dashboards) and solve problems for our customers. Attention to detail is a must."),
      "fr": ("Chef de projet digital (H/F) — Lyon. Vous piloterez une équipe de 4 développeurs et animerez les "
             "ateliers avec les clients. Profil : rigoureux(se), autonome, excellent relationnel, esprit d'équipe. "
             "Gestion des priorités et respect des délais. Maîtrise d'Excel.")}


def _wait(app, cond, timeout_s: float = 10.0) -> None:
    import time

    end = time.monotonic() + timeout_s
    while not cond() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    out = Path(args.out)
    os.environ.setdefault("REBOND_CONFIG_DIR", tempfile.mkdtemp(prefix="rebond-cfg-"))
    from PySide6.QtWidgets import QApplication

    import app.services.coaching as coaching
    from app.ui import i18n, theme
    from tests.features.seed import TODAY, seed

    class _Date(coaching.date):
        @classmethod
        def today(cls):
            return TODAY

    coaching.date = _Date
    from app.ui.review.pages.data_pages import ProgressPage

    ProgressPage.today = TODAY  # the Progress charts and this week's plan line agree on the day
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="rebond-coach-shots-"))
    store, refs = seed(data)
    _media_from_shared(store, refs)
    sid, _ = refs["retry"].split(":")
    answers = store.get_session(sid).answers
    coaching.save_one_way(store, sid, [
        {"answer_id": answers[0].id, "index": 1, "question": answers[0].question, "reading_s": 30.0,
         "answer_limit_s": 26.0, "recorded_s": 26.0, "stopped_by": "limit"},
        {"answer_id": answers[1].id, "index": 2, "question": answers[1].question, "reading_s": 30.0,
         "answer_limit_s": 90.0, "recorded_s": 21.0, "stopped_by": "user"}], ["skip"])
    for scheme in ("light", "dark"):
        theme.force_scheme(qapp, scheme)
        for lang in ("en", "fr"):
            i18n.install(qapp, lang)
            suffix = f"_{lang}" if scheme == "light" else f"_dark_{lang}"
            _shoot(qapp, store, refs, lang, scheme, suffix, out)
    store.close()
    print(f"screenshots in {out}")
    return 0


def _shoot(qapp, store, refs, lang: str, scheme: str, suffix: str, out: Path) -> None:
    """Every Coach screenshot of one language and scheme."""
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ctx = AppContext(store=store, fake_camera=None)
    ctx.capture = lambda: None
    ctx.camera_problem = "no camera"
    win = MainWindow(ctx, recover=False)
    win.resize(1280, 720)
    win.show()
    _wait(qapp, lambda: win.isVisible())
    win.navigate("coach")
    page = win.stack.currentWidget()
    _wait(qapp, lambda: len(page.plan.cards) >= 2)
    page.plan.scroll.verticalScrollBar().setValue(0)
    win.grab().save(str(out / f"coach_plan{suffix}.png"))
    tab = page.show_tab("jobad")
    tab.text.setPlainText(AD[lang])
    tab.analyse()
    _wait(qapp, lambda: tab.doc is not None)
    win.grab().save(str(out / f"coach_jobad{suffix}.png"))
    att = page.show_tab("attempts")
    _wait(qapp, lambda: att.doc is not None)
    att.show_pair(refs["first"], refs["retry"])
    _wait(qapp, lambda: att.doc is not None and att.doc["a"]["ref"] == refs["first"])
    att.player.jump(1)  # both attempts at their Task part, a moment of playing, then paused on a frame
    att.player.toggle()
    _wait(qapp, lambda: False, 1.5)
    att.player.toggle()
    _wait(qapp, lambda: False, 0.5)
    from bench.tools.screenshots import grab_window  # the X screen: QWidget.grab() cannot see video surfaces

    grab_window(win, out / f"coach_attempts{suffix}.png")
    ow = page.show_tab("one_way")
    _wait(qapp, lambda: ow.table.rowCount() > 0)
    win.grab().save(str(out / f"coach_one_way{suffix}.png"))
    win.navigate("progress")
    prog = win.stack.currentWidget()
    _wait(qapp, lambda: prog.screen is not None)
    _wait(qapp, lambda: False, 1.5)
    win.grab().save(str(out / f"coach_progress{suffix}.png"))
    if scheme == "light":
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(ctx, win)
        dialog.cues.setChecked(True)
        dialog.show()
        _wait(qapp, lambda: dialog.isVisible())
        dialog.grab().save(str(out / f"coach_settings{suffix}.png"))
        dialog.close()
        dialog.deleteLater()
        _practice_cue(qapp, win, out / f"coach_practice_cue{suffix}.png")
    win.close()
    win.deleteLater()
    _wait(qapp, lambda: False, 0.2)


def _media_from_shared(store, refs) -> None:
    """Give the two compared answers a video (shared clips of people talking; copied to the temporary data folder,
    nothing is committed). Without the shared data the players say "No recording"."""
    import shutil

    from bench.data import shared_data_dir

    video = shared_data_dir() / "video"
    for ref, clip in ((refs["first"], "vid_talk_katiehill.mp4"), (refs["retry"], "vid_lookaway_woman_d10.mp4")):
        sid, idx = ref.split(":")
        answer = store.find_answer(sid, int(idx))
        if (video / clip).is_file():
            shutil.copy(video / clip, answer.media)


def _practice_cue(qapp, win, path: Path) -> None:
    """The practice screen of a one-way interview during its reading time, with a cue shown (no camera here: the
    preview keeps its placeholder; the cue is raised by hand, as the cue service would)."""
    from PySide6.QtCore import QObject, Signal

    from app.storage import question_bank
    from app.ui.coach.practice_extras import CueToast, attach_extras

    class Ctl(QObject):
        refused, countdown, stateChanged, finished = Signal(str), Signal(int), Signal(str), Signal(str)
        one_way, live_enabled, timelines = True, False, []

    ctl = Ctl(win)
    win.setProperty("oneWayThinkDisplay", True)
    attach_extras(win, ctl)
    q = question_bank.by_id("fr" if "_fr" in path.name else "en")["deadline-01"]
    win.practice.question.setText(q.text)
    win.practice.progress_label.setText(win.practice.tr("Question %1 of %2").replace("%1", "1").replace("%2", "3"))
    win.stack.setCurrentWidget(win.practice)
    ctl.countdown.emit(24)
    toast = CueToast(win.practice.preview)
    _wait(qapp, lambda: win.practice.isVisible())
    toast.show_cue("fillers")
    _wait(qapp, lambda: False, 0.3)
    win.grab().save(str(path))
    win.stack.setCurrentWidget(win.home)


if __name__ == "__main__":
    raise SystemExit(main())
