import json
import subprocess
import sys

from app.cli import main


def test_help_lists_the_subcommands():
    proc = subprocess.run([sys.executable, "-m", "app.cli", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    for name in ("models", "demo", "gui"):
        assert name in proc.stdout


def test_models_list_json_in_an_empty_cache(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REBOND_MODEL_DIR", str(tmp_path))
    assert main(["models", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["model_dir"] == str(tmp_path)
    states = {m["id"]: m["state"] for m in data["models"]}
    assert states["whisper-base"] == "missing" and states["whisper-small"] == "unpinned"


def test_verify_fails_loudly_when_models_are_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REBOND_MODEL_DIR", str(tmp_path))
    assert main(["models", "verify", "face_landmarker"]) == 3
    assert "MISSING" in capsys.readouterr().err


def test_unknown_model_is_a_clean_error(capsys):
    assert main(["models", "fetch", "nope"]) == 2
    assert "Unknown model 'nope'" in capsys.readouterr().err


def test_main_window_opens_and_closes(qtbot):
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Rebond" in window.windowTitle()
    window.close()
    assert not window.isVisible()
