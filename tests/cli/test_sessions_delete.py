"""`rebond sessions delete`: asks before deleting, `--yes` skips the question, unknown ids fail cleanly."""

import io
import json
from pathlib import Path

from app.cli import main
from app.storage.store import Store

REPORT = Path(__file__).resolve().parents[1] / "data" / "review" / "answer_short.json"


def _seed() -> tuple[str, Path]:
    store = Store()
    s = store.create_session("en", title="delete test")
    a = store.add_answer(s.id, question="Tell me about a failure.")
    store.save_report(a.id, json.loads(REPORT.read_text(encoding="utf-8")))
    folder = store.get_session(s.id).folder
    store.close()
    return s.id, folder


def _ids() -> list[str]:
    store = Store()
    try:
        return [s.id for s in store.list_sessions()]
    finally:
        store.close()


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_delete_with_yes_removes_rows_and_folder(capsys):
    sid, folder = _seed()
    assert folder.exists()
    assert main(["sessions", "delete", sid, "--yes"]) == 0
    assert sid not in _ids() and not folder.exists()


def test_delete_asks_and_keeps_the_session_when_the_answer_is_no(monkeypatch, capsys):
    sid, folder = _seed()
    monkeypatch.setattr("sys.stdin", _Tty("n\n"))
    assert main(["sessions", "delete", sid]) == 1
    assert sid in _ids() and folder.exists()
    assert "1 answer(s)" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", _Tty("y\n"))
    assert main(["sessions", "delete", sid]) == 0
    assert sid not in _ids() and not folder.exists()


def test_delete_without_a_terminal_needs_yes(monkeypatch, capsys):
    sid, folder = _seed()
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # piped input is not a confirmation
    assert main(["sessions", "delete", sid]) == 2
    assert sid in _ids() and folder.exists()
    assert "--yes" in capsys.readouterr().err


def test_delete_unknown_session_is_a_clean_error(capsys):
    assert main(["sessions", "delete", "no-such-session", "--yes"]) == 2
    assert "No session" in capsys.readouterr().err
