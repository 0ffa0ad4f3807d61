"""Feedback journal: tags, recurring points, related metrics, the two repositories and the screen."""

from __future__ import annotations

from datetime import date

import pytest

from app.analysis.journal import (
    InMemoryJournal,
    JournalEntry,
    parse_tags,
    recurring_tags,
    related_metrics,
)
from app.core.errors import InputError
from app.services.journal import SqliteJournal
from app.storage.store import Store
from app.ui.review.journal_screen import JournalScreen
from tests.review.seeded import seeded_rows

ENTRIES = [
    JournalEntry("Acme", date(2026, 10, 2), "Answers too long.", "Clear examples", parse_tags("too long, no numbers")),
    JournalEntry("Globex", date(2026, 10, 20), "Give concrete results.", "", parse_tags("No Numbers; hésitations")),
    JournalEntry("Initech", date(2026, 11, 3), "Many euh.", "Good energy", parse_tags("Hesitations, too long")),
    JournalEntry("Umbrella", date(2026, 11, 10), "", "Friendly", parse_tags("start late")),
]


def test_tags_are_parsed_and_grouped_without_case_or_accents():
    assert parse_tags(" Too long ,too LONG; no numbers,, ") == ("too long", "no numbers")
    rec = recurring_tags(ENTRIES)
    assert [(r.tag, r.count) for r in rec] == [("hésitations", 2), ("too long", 2), ("no numbers", 2)]
    assert rec[0].companies == ("Globex", "Initech") and rec[0].last == date(2026, 11, 3)


def test_related_metrics():
    assert related_metrics("hésitations") == ("fillers_per_min",)
    assert related_metrics("no numbers") == ("result_quantified",)
    assert related_metrics("eye contact") == ("eye_contact",)
    assert related_metrics("start late") == ()  # "star" is a whole-word keyword
    assert related_metrics("débit trop rapide") == ("wpm",)


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_repositories_save_update_delete(tmp_path, kind):
    store = Store(tmp_path / "data") if kind == "sqlite" else None
    repo = SqliteJournal(store) if store else InMemoryJournal()
    a = repo.save(ENTRIES[0])
    b = repo.save(ENTRIES[1])
    assert a.id != b.id and {e.company for e in repo.list_entries()} == {"Acme", "Globex"}
    repo.save(JournalEntry("Acme Corp", a.when, a.recruiter_said, a.strengths, a.tags, a.id))
    assert [e.company for e in repo.list_entries()] == ["Globex", "Acme Corp"]  # newest first
    repo.delete(b.id)
    assert [e.id for e in repo.list_entries()] == [a.id]
    if store is not None:
        assert repo.list_entries()[0].tags == ENTRIES[0].tags  # tags keep their order
        store.close()


def test_an_old_json_journal_is_imported_once(tmp_path):
    import json

    root = tmp_path / "data"
    root.mkdir()
    (root / "journal.json").write_text(json.dumps([e.to_dict() for e in ENTRIES[:2]]), encoding="utf-8")
    with Store(root) as store:
        repo = SqliteJournal(store)
        assert [e.company for e in repo.list_entries()] == ["Globex", "Acme"]
        assert not (root / "journal.json").exists() and (root / "journal.json.imported").exists()
        assert len(SqliteJournal(store).list_entries()) == 2  # not imported twice


def test_a_broken_old_journal_is_left_in_place_and_reported(tmp_path):
    from app.storage.journal import import_legacy_journal

    root = tmp_path / "data"
    root.mkdir()
    (root / "journal.json").write_text("{not json", encoding="utf-8")
    with Store(root) as store:
        with pytest.raises(InputError, match="cannot be read"):
            import_legacy_journal(store)
        assert SqliteJournal(store).list_entries() == []  # the screen still opens
        assert (root / "journal.json").exists()


def test_journal_screen_adds_shows_recurring_and_deletes(qtbot):
    repo = InMemoryJournal()
    for e in ENTRIES[:2]:
        repo.save(e)
    screen = JournalScreen(repo, seeded_rows(), confirm_delete=lambda: True)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    assert screen.list.count() == 2 and not screen.empty.isVisible()
    assert "no numbers" in screen.recurring.text() and "Quantified results" in screen.recurring.text()
    screen.new_entry()
    screen.company.setText("Initech")
    screen.said.setPlainText("Too many hesitations.")
    screen.tags.setText("hésitations, too long")
    saved = screen.save_current()
    assert saved is not None and screen.list.count() == 3
    assert "too long" in screen.recurring.text() and "Fillers per minute: latest" in screen.recurring.text()
    screen.delete_current()
    assert screen.list.count() == 2 and all(e.company != "Initech" for e in repo.list_entries())


def test_empty_journal_tells_what_to_do(qtbot):
    screen = JournalScreen(InMemoryJournal())
    qtbot.addWidget(screen)
    screen.show()
    assert screen.empty.isVisible() and "New entry" in screen.empty.text()
    assert screen.save_current() is None and screen.message.text()
