"""The whole interface in French: every catalogue entry translated and compiled, every screen walked in French
without a visible English word of the app's own strings, Qt's standard buttons in French, the first run following
the system locale, and the language switch offering a restart."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from app.ui.i18n import LOCALE_DIR
from tests.practice.clips import make_test_clip
from tests.practice.conftest import FAKE_OK

ROOT = Path(__file__).resolve().parents[2]
TS = LOCALE_DIR / "rebond_fr.ts"
WORD = re.compile(r"[A-Za-zÀ-ÿ']{4,}")


def _catalogue() -> list[tuple[str, str, str]]:
    """(context, English source, French translation) of every entry."""
    out = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            out.append((ctx.findtext("name"), m.findtext("source"), "" if t.get("type") else (t.text or "")))
    return out


def english_only_words() -> set[str]:
    """Words of the app's English strings that none of its French strings uses: seeing one on a French screen
    means an untranslated text."""
    english, french = set(), set()
    for _ctx, src, fr in _catalogue():
        english |= {w.lower() for w in WORD.findall(re.sub(r"<[^>]+>|&", "", src))}
        french |= {w.lower() for w in WORD.findall(re.sub(r"<[^>]+>|&", "", fr))}
    # language names are written in their own language in language pickers ("English", "Français")
    return english - french - {"english"}


def test_every_entry_is_translated_and_compiled():
    entries = _catalogue()
    assert len(entries) > 400
    assert [src for _c, src, fr in entries if not fr] == []
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= TS.stat().st_mtime - 1, "run pyside6-lrelease (locale/README.md)"


def test_every_string_in_the_code_is_in_the_catalogue():
    """Every literal passed to tr()/translate() in app/ui and app/services (lupdate's input) is in the .ts."""
    sources = {src for _c, src, _fr in _catalogue()}
    missing = []
    for path in list((ROOT / "app" / "ui").rglob("*.py")) + list((ROOT / "app" / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            args = node.args
            if name == "tr" and args and isinstance(args[0], ast.Constant):
                text = args[0].value
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and isinstance(args[1], ast.Constant):
                text = args[1].value
            else:
                continue
            if isinstance(text, str) and text not in sources:
                missing.append((path.name, text))
    assert missing == [], "run pyside6-lupdate (locale/README.md)"


def visible_texts(widget: QWidget) -> list[str]:
    """What a user reads on `widget` and its visible children (user content such as transcripts excluded)."""
    texts = [widget.windowTitle()]
    bar = getattr(widget, "statusBar", None)
    if callable(bar):
        texts.append(bar().currentMessage())
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QComboBox):
            texts.append(w.currentText())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            texts += [w.horizontalHeaderItem(c).text() for c in range(w.columnCount()) if w.horizontalHeaderItem(c)]
            texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                      if w.item(r, c) and c != 1]  # column 1 is the question: user content
    return [t for t in texts if t]


def english_on(widget: QWidget, words: set[str]) -> list[tuple[str, str]]:
    found = []
    for text in visible_texts(widget):
        plain = re.sub(r"<[^>]+>|&(?=\w)", "", text)
        plain = re.sub(r"(?:/[\w.-]+)+", "", plain)  # a folder path (the data folder in Settings) is not language
        found += [(w, plain[:80]) for w in WORD.findall(plain) if w.lower() in words]
    return found


FRENCH_STORY = ("Dans mon ancienne équipe, les livraisons prenaient du retard. Je devais réduire ce délai. "
                "J'ai mis en place une revue de code quotidienne, euh, et j'ai automatisé les tests. "
                "Résultat : les livraisons sont passées de trois semaines à une semaine.")


@pytest.fixture(scope="module")
def test_clip(tmp_path_factory):
    return make_test_clip(tmp_path_factory.mktemp("clips") / "clip.mkv", seconds=2.0)


@pytest.fixture
def french(qapp):
    from app.ui import i18n

    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


def test_walk_every_screen_in_french(qtbot, qapp, french, test_clip):
    from PySide6.QtCore import Qt

    from app.engine.analyze import analyze_text
    from app.services.settings import Key
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    words = english_only_words()
    assert {"answer", "recording", "session"} <= words  # the list is the app's own English
    ctx = AppContext(fake_camera=test_clip, fake_speed=0, analyzer=FAKE_OK)
    ctx.settings.set(Key.PREP_S, 0)
    ctx.settings.set(Key.LIMIT_S, 30)
    win = MainWindow(ctx, recover=False)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    problems: dict[str, list] = {}

    def check(name: str, widget: QWidget) -> None:
        qtbot.wait(50)
        found = english_on(widget, words)
        if found:
            problems[name] = found

    qtbot.waitUntil(lambda: win.home.start_button.isEnabled(), timeout=5000)
    check("home", win)
    win.home.language.setCurrentIndex(win.home.language.findData("fr"))
    win.home.count.setValue(1)
    win.home.calibrate.setChecked(False)
    qtbot.mouseClick(win.home.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.ctl.state == "recording", timeout=5000)
    qtbot.waitUntil(lambda: ctx.capture().recording_time() >= 1.0, timeout=10000)
    check("practice, recording", win)
    win.practice._stop()
    check("practice, analysing", win)
    panel = win.practice.feedback
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.result, timeout=20000)
    check("practice, analysed", win)
    win.ctl.next()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.summary, timeout=5000)
    check("summary", win)
    # an analysed French answer with a transcript, tips and STAR parts for the review
    s = ctx.store.create_session("fr")
    a = ctx.store.add_answer(s.id, question="Parlez-moi d'un processus que vous avez amélioré.",
                             question_id="q-improve", question_note="Situation, action, résultat mesuré.")
    ctx.store.save_report(a.id, analyze_text(FRENCH_STORY, lang="fr", question=a.question))
    win.navigate("sessions")
    check("sessions", win)
    win.open_review(s.id, a.index)
    check("review", win)
    for i in range(win._review_page.screen.tabs.count()):
        win._review_page.screen.tabs.setCurrentIndex(i)
        check(f"review tab {i}", win)
    for key in ("compare", "progress", "journal", "written"):
        win.navigate(key)
        page = win.stack.currentWidget()
        qtbot.waitUntil(lambda p=page: getattr(p, "screen", True) is not None, timeout=5000)
        check(key, win)
    from app.ui.device_check import DeviceCheckDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.shortcuts_dialog import ShortcutsDialog

    for dialog_cls in (SettingsDialog, ShortcutsDialog, DeviceCheckDialog):
        dialog = dialog_cls(win) if dialog_cls is ShortcutsDialog else dialog_cls(ctx, win)
        dialog.show()
        if dialog_cls is DeviceCheckDialog:
            qtbot.waitUntil(lambda d=dialog: d.light_state.text() != "", timeout=10000)
        check(dialog_cls.__name__, dialog)
        boxes = dialog.findChildren(QDialogButtonBox)
        for box in boxes:  # Qt's own buttons come from qtbase_fr
            for button in box.buttons():
                assert button.text().replace("&", "") not in ("Cancel", "Close", "Save", "Apply"), button.text()
        dialog.close()
        dialog.deleteLater()
    win.close()
    win.deleteLater()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_standard_buttons_in_french(qtbot, french):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Open)
    qtbot.addWidget(box)
    texts = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == ["Annuler", "Enregistrer", "Ouvrir"]


def test_first_run_follows_the_system_locale(qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    from app.services.settings import Key, Settings

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.French,
                                                                         QLocale.Country.France)))
    s = Settings()
    assert s.get(Key.UI_LANGUAGE) == "fr"  # nothing stored yet: the system's language
    s.set(Key.UI_LANGUAGE, "en")
    assert s.get(Key.UI_LANGUAGE) == "en"  # a choice once made is kept


def test_lang_fr_environment_starts_in_french(tmp_path):
    """Started with an empty configuration and LANG=fr_FR.UTF-8, the window is in French (a child process: the
    system locale is read once per process)."""
    import os
    import subprocess
    import sys

    code = ("from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from app.services.settings import Key, Settings; from app.ui import i18n;"
            "i18n.install(app, Settings().get(Key.UI_LANGUAGE));"
            "from app.ui.context import AppContext; from app.ui.main_window import MainWindow;"
            "ctx = AppContext(); ctx.capture = lambda: None; w = MainWindow(ctx, recover=False);"
            "print(w.home.start_button.text()); import os; os._exit(0)")
    env = dict(os.environ, LANG="fr_FR.UTF-8", LC_ALL="", LANGUAGE="", PYTHONPATH=str(ROOT),
               QT_QPA_PLATFORM="offscreen", REBOND_CONFIG_DIR=str(tmp_path / "cfg"),
               REBOND_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "&Commencer", out.stderr[-2000:]


def test_changing_the_language_offers_a_restart(qtbot, tmp_path, monkeypatch):
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ctx = AppContext()
    ctx.capture = lambda: None
    win = MainWindow(ctx, recover=False)
    qtbot.addWidget(win)
    started = []
    from PySide6.QtCore import QProcess

    monkeypatch.setattr(QProcess, "startDetached", staticmethod(lambda *a: started.append(a) or True))
    asked = []
    assert not win.offer_restart(ask=lambda q: asked.append(q) or False)
    assert asked and "restart" in asked[0].lower() and started == []
    assert win.offer_restart(ask=lambda q: True)
    assert started, "restarted with the same command line"


def test_the_french_window_fits_1280_px(qtbot, french):
    """French labels are longer: no screen may push the window past a 1280-pixel-wide display."""
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ctx = AppContext()
    ctx.capture = lambda: None
    win = MainWindow(ctx, recover=False)
    qtbot.addWidget(win)
    for key in ("compare", "progress", "journal", "written"):
        win.page(key)
    win.practice.stop_b.setText(win.practice.tr("Record now (Space)"))  # the longest label the row takes
    assert win.minimumSizeHint().width() <= 1280
