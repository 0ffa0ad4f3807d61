"""Screenshots of the review screens at 1280x720 (not a test): run under Xvfb from the repository root.

    xvfb-run -a -s "-screen 0 1280x800x24" env PYTHONPATH=$PWD python tests/review/make_screenshots.py docs/screenshots \
        [THRESHOLDS.toml]

THRESHOLDS.toml (optional) replaces resources/thresholds.toml for the metric cards, e.g. to show bands before the
analyses have filled their tables.

Makes a small silent video from `resources/demo/astronaut.jpg` with PyAV (a slow zoom, so frames differ) to play
under the literal two-minute example report, and writes review_*_{en,fr}.png plus a PDF page (pdftoppm).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def make_video(path: Path, seconds: float, fps: int = 10, size: tuple[int, int] = (640, 480)) -> Path:
    """A silent MPEG-4 video of the astronaut portrait slowly zooming in and out."""
    import av
    import numpy as np
    from PIL import Image

    src = Image.open(ROOT / "resources" / "demo" / "astronaut.jpg").convert("RGB")
    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=fps)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        stream.bit_rate = 600_000
        for i in range(int(seconds * fps)):
            zoom = 1.0 + 0.08 * abs(((i / fps) % 8) - 4) / 4
            w, h = src.width / zoom, src.height / zoom
            box = ((src.width - w) / 2, (src.height - h) / 2, (src.width + w) / 2, (src.height + h) / 2)
            frame = src.resize(size, box=box)
            canvas = np.asarray(frame)
            for packet in stream.encode(av.VideoFrame.from_ndarray(canvas, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def entries_fr():
    from app.analysis.journal import JournalEntry, parse_tags

    return [
        JournalEntry("Acme", date(2026, 10, 2), "Réponses trop longues.", "Exemples clairs",
                     parse_tags("trop long, pas de chiffres")),
        JournalEntry("Globex", date(2026, 10, 20), "Donnez des résultats concrets.", "",
                     parse_tags("pas de chiffres, hésitations")),
        JournalEntry("Initech", date(2026, 11, 3), "Beaucoup de « euh ».", "Bonne énergie",
                     parse_tags("hésitations, trop long")),
        JournalEntry("Umbrella", date(2026, 11, 10), "", "Sympathique", parse_tags("débit rapide")),
    ]


def grab_screen(widget, target: Path) -> None:
    """The widget's area of the X screen (ImageMagick `import`), cropped to the widget."""
    from PIL import Image

    full = target.with_suffix(".full.png")
    subprocess.run(["import", "-window", "root", str(full)], check=True)
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    with Image.open(full) as img:
        img.crop((top_left.x(), top_left.y(), top_left.x() + widget.width(), top_left.y() + widget.height())).save(target)
    full.unlink()


def settle(app, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def main(out_dir: str, thresholds: str | None = None) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.analysis.journal import InMemoryJournal
    from app.analysis.progress_series import Goal
    from app.ui.review.compare_view import CompareView
    from app.ui.review.journal_screen import JournalScreen
    from app.ui.review.pdf_export import export_answer_pdf
    from app.ui.review.progress_screen import ProgressScreen
    from app.ui.review.review_screen import ReviewScreen
    from app.ui.review.translations import install_review_translator
    from tests.review.reports import report
    from tests.review.seeded import seeded_rows
    from tests.review.test_journal import ENTRIES

    thresholds_text = Path(thresholds).read_text(encoding="utf-8") if thresholds else None
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="rebond-shots-"))
    rep = report("answer_2min")
    video = make_video(tmp / "answer.mp4", rep["duration_s"])
    question = {"en": "Tell me about a time you solved a problem nobody owned.",
                "fr": "Parlez-moi d'un problème que personne ne prenait en charge et que vous avez résolu."}
    note = {"en": "A strong answer names the problem, what you did yourself, and a measured result.",
            "fr": "Une bonne réponse nomme le problème, ce que vous avez fait vous-même et un résultat mesuré."}
    for lang in ("en", "fr"):
        translator = install_review_translator(lang)
        shots = []

        t0 = time.perf_counter()
        # Where the practice storage keeps an answer (shown in the header; deleting is not wired in this script).
        where = Path.home() / ".local" / "share" / "Rebond" / "sessions" / "2026-11-25_0930" / "answer-1"
        w = ReviewScreen(rep, video, question[lang], note[lang], thresholds_text=thresholds_text,
                         delete_answer=lambda: None, data_location=where)
        w.resize(1280, 720)
        w.move(0, 0)
        w.show()
        while w.timeline.paint_count == 0:
            app.processEvents()
        opened = time.perf_counter() - t0
        w.player.play()
        settle(app, 800)
        w.player.pause()
        w.seek(41.9)
        settle(app, 900)
        shots.append(("review", w))
        print(f"[{lang}] review opened and painted in {opened * 1000:.0f} ms (with a real QMediaPlayer)")

        w2 = ReviewScreen(report("answer_short"), None, question[lang], note[lang], accessibility=True,
                          thresholds_text=thresholds_text)
        w2.resize(1280, 720)
        w2.show()
        w2.tabs.setCurrentIndex(2)
        w2.seek(13.5)
        shots.append(("review_nomedia_metrics", w2))

        w3 = ReviewScreen(report("answer_text"), None, question[lang], note[lang])
        w3.resize(1280, 720)
        w3.show()
        w3.tabs.setCurrentIndex(1)
        shots.append(("review_written_star", w3))

        c = CompareView(report("answer_short"), report("answer_short_retry"), "23/11", "25/11", question[lang])
        c.resize(1280, 720)
        c.show()
        shots.append(("compare", c))

        p = ProgressScreen(seeded_rows(), [Goal("sessions", ">=", 4), Goal("fillers_per_min", "<=", 3),
                                           Goal("eye_contact", ">=", 70)], today=date(2026, 11, 25))
        p.resize(1280, 720)
        p.show()
        shots.append(("progress", p))

        repo = InMemoryJournal()
        for e in ENTRIES if lang == "en" else entries_fr():
            repo.save(e)
        j = JournalScreen(repo, seeded_rows())
        j.resize(1280, 720)
        j.show()
        j.list.setCurrentRow(1)
        shots.append(("journal", j))

        from app.ui.review.written_builder import WrittenAnswerBuilder
        from tests.review.test_written_builder import fake_analyze

        b = WrittenAnswerBuilder(question[lang], fake_analyze([]), lambda *_: None, lang=lang,
                                 question_note=note[lang], text=report("answer_text")["transcript"]["text"])
        b.resize(1280, 720)
        b.show()
        b.analyze_now()
        shots.append(("written_builder", b))

        settle(app, 400)
        for name, widget in shots:
            target = out / f"review_{name}_{lang}.png"
            if name == "review":
                # The video is drawn in a native child window that QWidget.grab() cannot see: grab the X screen.
                widget.raise_()
                settle(app, 300)
                grab_screen(widget, target)
            else:
                widget.grab().save(str(target))
            widget.close()
            widget.deleteLater()
        pdf = export_answer_pdf(tmp / f"answer_{lang}.pdf", rep, question=question[lang], question_note=note[lang],
                                when=date(2026, 11, 25), thresholds_text=thresholds_text, media_path=video)
        prefix = tmp / f"pdf_{lang}"
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "2", str(pdf), str(prefix)], check=True)
        for i, page in enumerate(sorted(tmp.glob(f"pdf_{lang}*.png")), start=1):
            page.replace(out / f"review_pdf_page{i}_{lang}.png")
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        settle(app, 200)
    dark_variant(app, out, thresholds_text)
    print("screenshots in", out)


def dark_variant(app, out: Path, thresholds_text: str | None) -> None:
    """The review screen under a dark palette (what a dark desktop theme hands to Qt)."""
    from PySide6.QtGui import QColor, QPalette

    from app.ui.review.review_screen import ReviewScreen
    from tests.review.reports import report

    role = QPalette.ColorRole
    pal = QPalette()
    for r, c in {role.Window: "#2b2b2b", role.WindowText: "#e6e6e6", role.Base: "#1e1e1e",
                 role.AlternateBase: "#262626", role.Text: "#e6e6e6", role.Button: "#353535",
                 role.ButtonText: "#e6e6e6", role.Highlight: "#3d8ee6", role.HighlightedText: "#ffffff",
                 role.PlaceholderText: "#9a9a9a", role.Link: "#7fb6ff", role.Mid: "#555555"}.items():
        pal.setColor(r, QColor(c))
    app.setPalette(pal)
    w = ReviewScreen(report("answer_2min"), None, "Tell me about a time you solved a problem nobody owned.", None,
                     thresholds_text=thresholds_text)
    w.resize(1280, 720)
    w.show()
    w.seek(41.9)
    settle(app, 300)
    w.grab().save(str(out / "review_review_dark_en.png"))
    w.tabs.setCurrentIndex(2)
    settle(app, 200)
    w.grab().save(str(out / "review_review_dark_metrics_en.png"))
    w.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", sys.argv[2] if len(sys.argv) > 2 else None)
