"""Acceptance screenshots of the whole window at 1280x720, in English and French (not a test).

1. Make real analysed recordings with the headless practice path and the fake camera (clips from the shared data;
   nothing of them is committed, only the screenshots):

       PYTHONPATH=$PWD python bench/tools/screenshots.py record --data /tmp/rebond-shots-data

2. Take the screenshots under Xvfb (the data folder is copied to a temporary folder first, then seeded with
   practice sessions for the progress charts, journal entries and a written answer; the original is not touched):

       xvfb-run -a -s "-screen 0 1280x720x24" env PYTHONPATH=$PWD python bench/tools/screenshots.py shoot \
           --data /tmp/rebond-shots-data --out docs/screenshots

Writes window_{home,review,review_star,review_metrics,compare,progress,journal,written,sessions}_{en,fr}.png,
window_first_run_{sessions,compare}_{en,fr}.png (empty states) and window_pdf_page{1,2}_{en,fr}.png
(PDF pages rendered with pdftoppm), each reduced to an 8-bit palette when over 250 KB.

3. The dark scheme (as a desktop switched to dark would show it; the PDF stays light) and a subset:

       ... screenshots.py shoot --data /tmp/rebond-shots-data --scheme dark --lang en
       ... screenshots.py shoot --data /tmp/rebond-shots-data --scheme dark --lang fr --only review

   writes window_*_dark_{en,fr}.png.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
# /work/main/tools -> /work/shared; a worktree in /work/wt/NAME is one level deeper.
SHARED_VIDEO = next((p / "shared" / "data" / "video" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
                    ROOT.parent / "shared" / "data" / "video")
#: (clip, seconds, question id): two attempts at the same question, so that Compare has something to show.
RECORDINGS = (("vid_lookaway_woman_d10.mp4", 15.0, "classic-01"), ("vid_talk_katiehill.mp4", 8.0, "classic-01"))
MAX_BYTES = 250_000
#: Typed into the written-answer builder (English, as the question picked there).
WRITTEN_ANSWER = ("Last year our team at the bank was missing every release deadline because tests took six hours. "
                  "My task was to get the suite under one hour before the audit. Unfortunately my manager was not "
                  "convinced at first. I profiled the slowest tests, rewrote the database fixtures and ran the suite "
                  "in parallel on four machines. I think maybe the fixtures mattered most. As a result the suite now "
                  "runs in 40 minutes, and we shipped the next three releases on time.")


# ---- 1. recordings ------------------------------------------------------------------------------------------------
def _record_one(clip: str, seconds: str, question_id: str) -> None:
    from app.services.headless import HeadlessOptions, run_headless
    from app.storage.store import Store

    sid = run_headless(Store(), HeadlessOptions(fake_camera=Path(clip), question_ids=[question_id], speed=0,
                                                answer_s=float(seconds), language="en"))
    print("recorded session", sid, flush=True)
    os._exit(0)  # skip interpreter teardown (PySide6 6.12 refcount bugs can abort it)


def record(data: Path, video_dir: Path) -> None:
    """One headless practice run per recording, each in its own process (as `rebond practice --headless`)."""
    env = dict(os.environ, REBOND_DATA_DIR=str(data), PYTHONPATH=str(ROOT))
    for clip, seconds, qid in RECORDINGS:
        subprocess.run([sys.executable, __file__, "_record_one", str(video_dir / clip), str(seconds), qid], env=env,
                       check=True)


# ---- 2. seeding ---------------------------------------------------------------------------------------------------
def seed(store, lang: str, today: date, sessions: int = 8) -> None:
    """Practice sessions over the last weeks (literal test reports with varied metrics, slowly improving), marked
    "seeded" in their title, plus journal entries and a written answer."""
    import copy

    from app.storage import journal as j
    from tests.review.reports import report

    rng = random.Random(6)
    base = report("answer_short")
    for i in range(sessions):
        progress = i / (sessions - 1)
        day = today - timedelta(days=2 * (sessions - 1 - i) + (3 if i < 3 else 0))
        s = store.create_session("en", title="seeded")
        for k in range(2):
            rep = copy.deepcopy(base)
            rep["eye_contact"]["ratio"] = round(0.62 + 0.22 * progress + rng.uniform(-0.05, 0.05), 3)
            rep["fillers"]["per_minute"] = round(6.5 - 4 * progress + rng.uniform(-0.8, 0.8), 1)
            rep["pace"]["wpm"] = round(178 - 25 * progress + rng.uniform(-8, 8))
            longs = rng.choice([0, 1, 2, 3]) if progress < 0.5 else rng.choice([0, 0, 1])
            rep["pauses"] = [{"start": 3.0 + 4 * n, "end": 6.0 + 4 * n, "long": True} for n in range(longs)]
            present = rep["star"]["present"]
            present["R"] = progress > 0.3 or k == 1
            rep["star"]["result_quantified"] = progress > 0.5 and rng.random() < 0.7
            a = store.add_answer(s.id, question=f"Seeded question {k + 1}", question_id=f"seed-{k}")
            store.save_report(a.id, rep)
            when = datetime(day.year, day.month, day.day, 9 + k, 30, tzinfo=UTC).isoformat()
            store._exec("UPDATE answers SET started_at=? WHERE id=?", (when, a.id))
        store._exec("UPDATE sessions SET started_at=? WHERE id=?", (f"{day.isoformat()}T09:30:00+00:00", s.id))
    entries = {
        "en": [("Acme", "Answers too long.", "Clear examples", "too long, no numbers"),
               ("Globex", "Give concrete results.", "", "no numbers, hesitations"),
               ("Initech", "Many 'um'.", "Good energy", "hesitations, too long"),
               ("Umbrella", "", "Friendly", "fast pace")],
        "fr": [("Acme", "Réponses trop longues.", "Exemples clairs", "trop long, pas de chiffres"),
               ("Globex", "Donnez des résultats concrets.", "", "pas de chiffres, hésitations"),
               ("Initech", "Beaucoup de « euh ».", "Bonne énergie", "hésitations, trop long"),
               ("Umbrella", "", "Sympathique", "débit rapide")],
    }[lang]
    for n, (company, said, strengths, tags) in enumerate(entries):
        when = (today - timedelta(days=50 - 12 * n)).isoformat()
        j.save_entry(store, j.JournalRow(company, when, said, strengths, tuple(t.strip() for t in tags.split(","))))


# ---- 3. shooting --------------------------------------------------------------------------------------------------
def settle(app, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def save_png(image_path: Path) -> None:
    """Keep the file under MAX_BYTES: an 8-bit adaptive palette when the full-colour PNG is too big."""
    from PIL import Image

    if image_path.stat().st_size <= MAX_BYTES:
        return
    with Image.open(image_path) as img:
        small = img.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(image_path, optimize=True)


def grab_window(win, target: Path) -> None:
    """The window's area of the X screen: the video is a native surface that QWidget.grab() cannot see."""
    from PIL import Image

    full = target.with_suffix(".full.png")
    subprocess.run(["import", "-window", "root", str(full)], check=True)
    inner = win.geometry()  # the client area, without the (absent under Xvfb) window decorations
    with Image.open(full) as img:
        img.crop((inner.x(), inner.y(), inner.x() + inner.width(), inner.y() + inner.height())).save(target)
    full.unlink()
    save_png(target)


class Shots:
    """Where and which screenshots to write: window_NAME[_dark]_LANG.png, only the names in `only` if given."""

    def __init__(self, out: Path, scheme: str, only: set[str] | None) -> None:
        self.out, self.scheme, self.only = out, scheme, only

    def wanted(self, name: str) -> bool:
        return self.only is None or name in self.only

    def path(self, name: str, lang: str) -> Path:
        return self.out / f"window_{name}{'_dark' if self.scheme == 'dark' else ''}_{lang}.png"


def shoot(data: Path, out: Path, scheme: str = "light", langs: tuple[str, ...] = ("en", "fr"),
          only: set[str] | None = None) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from app.ui import theme

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Rebond")
    theme.force_scheme(app, scheme)  # before any widget exists, as on a desktop already in that scheme
    shots = Shots(out, scheme, only)
    for lang in langs:
        work = Path(tempfile.mkdtemp(prefix=f"rebond-shots-{lang}-"))
        shutil.copytree(data, work / "data")
        os.environ["REBOND_DATA_DIR"] = str(work / "data")
        os.environ["REBOND_CONFIG_DIR"] = str(work / "config")
        QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
        if any(shots.wanted(f"first_run_{s}") for s in ("sessions", "compare")):
            _shoot_first_run(app, lang, shots, work)
        _shoot_language(app, lang, shots, work)
        shutil.rmtree(work, ignore_errors=True)
    print("screenshots in", out)


def _shoot_first_run(app, lang: str, shots: Shots, work: Path) -> None:
    """What a new user sees: the empty states of Sessions and Compare, on an empty data folder."""
    from app.storage.store import Store
    from app.ui import i18n
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    i18n.install(app, lang)
    ctx = AppContext(store=Store(work / "empty"))
    ctx.capture = lambda: None
    win = MainWindow(ctx, recover=False)
    win.setGeometry(0, 0, 1280, 720)
    win.show()
    for section in ("sessions", "compare"):
        if not shots.wanted(f"first_run_{section}"):
            continue
        win.navigate(section)
        settle(app, 500)
        grab_window(win, shots.path(f"first_run_{section}", lang))
    win.close()
    settle(app, 200)
    win.deleteLater()
    settle(app, 200)


def _shoot_language(app, lang: str, shots: Shots, work: Path) -> None:
    from app.services.settings import Key
    from app.storage.store import Store
    from app.ui import i18n
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    store = Store()
    real = [a for s in store.list_sessions() for a in s.answers if a.status == "done"]
    if len(real) < 2:
        raise SystemExit("the data folder needs the two analysed recordings of `record`")
    real.sort(key=lambda a: a.started_at)
    seed(store, lang, date.today())
    i18n.install(app, lang)
    ctx = AppContext(store=store)
    ctx.settings.set(Key.UI_LANGUAGE, lang)
    ctx.capture = lambda: None
    ctx.camera_problem = None
    win = MainWindow(ctx, recover=False)
    win.setGeometry(0, 0, 1280, 720)
    win.show()
    settle(app, 600)

    def shot(name: str, wait_ms: int = 500) -> None:
        settle(app, wait_ms)
        if shots.wanted(name):
            grab_window(win, shots.path(name, lang))

    win.navigate("practice")
    shot("home", 300)

    # Review of the first real recording, paused on a look-away.
    target = real[0]
    win.navigate("sessions")
    win.open_review(target.session_id, target.index)
    page = win._review_page
    screen = page.screen
    while screen.timeline.paint_count == 0:
        app.processEvents()
    screen.player.play()
    settle(app, 1200)
    screen.player.pause()
    look = next((m for m in screen.marks if m.kind == "lookaway"), None)
    screen.seek(look.start + 0.2 if look else 2.0)
    shot("review", 1200)
    screen.tabs.setCurrentIndex(1)
    shot("review_star", 300)
    screen.tabs.setCurrentIndex(2)
    shot("review_metrics", 300)
    screen.tabs.setCurrentIndex(0)
    page.compare_button.click()
    shot("compare", 800)
    win.navigate("progress")
    progress = win.page("progress")
    while progress.screen is None:
        app.processEvents()
    shot("progress", 1500)
    win.navigate("journal")
    journal = win.page("journal")
    while journal.screen is None:
        app.processEvents()
    journal.screen.list.setCurrentRow(1)
    shot("journal", 600)
    win.navigate("written")
    written = win.page("written")
    written.select_question(written.question.itemText(
        next(i for i in range(written.question.count()) if "initiative" in written.question.itemText(i))))
    written.builder.editor.setPlainText(WRITTEN_ANSWER)
    written.builder.analyze_now()
    shot("written", 600)
    win.navigate("sessions")
    win.sessions.reload(target.session_id)
    shot("sessions", 500)
    if shots.scheme == "light" and shots.wanted("pdf"):  # the PDF is always printed light
        _pdf_pages(app, win, target, lang, shots.out, work)
    win.close()
    settle(app, 300)
    win.deleteLater()
    settle(app, 200)


def _pdf_pages(app, win, answer, lang: str, out: Path, work: Path) -> None:
    """Export the session of `answer` from the sessions screen (the worker path) and render pages 1 and 2."""
    win.sessions.reload(answer.session_id)
    done = []
    pdf = work / f"session_{lang}.pdf"
    win.sessions.export_pdf_to(pdf, on_done=done.append)
    deadline = time.perf_counter() + 60
    while not done and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if not done:
        raise SystemExit("the PDF export did not finish in 60 s")
    prefix = work / f"pdf_{lang}"
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "2", str(pdf), str(prefix)], check=True)
    for i, page in enumerate(sorted(work.glob(f"pdf_{lang}*.png")), start=1):
        target = out / f"window_pdf_page{i}_{lang}.png"
        page.replace(target)
        save_png(target)


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    if args and args[0] == "_record_one":
        _record_one(*args[1:4])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("record", "shoot"))
    parser.add_argument("--data", type=Path, required=True, help="data folder with the analysed recordings")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--video-dir", type=Path, default=SHARED_VIDEO)
    parser.add_argument("--scheme", choices=("light", "dark"), default="light",
                        help="colour scheme to show (dark files are named window_*_dark_LANG.png)")
    parser.add_argument("--lang", action="append", choices=("en", "fr"), help="interface language(s); default both")
    parser.add_argument("--only", help="comma-separated shot names (review, review_star, ..., home, pdf)")
    opts = parser.parse_args(args)
    if opts.action == "record":
        record(opts.data, opts.video_dir)
    else:
        shoot(opts.data, opts.out, opts.scheme, tuple(opts.lang or ("en", "fr")),
              set(opts.only.split(",")) if opts.only else None)
        os._exit(0)


if __name__ == "__main__":
    main()
