import csv
import json
from pathlib import Path

import pypdf

from app.cli import main
from app.storage.store import Store

REPORT = Path(__file__).resolve().parents[1] / "data" / "review" / "answer_short.json"


def _seed() -> str:
    store = Store()
    s = store.create_session("en", title="export test")
    a = store.add_answer(s.id, question="Tell me about a failure.", question_note="Say what you learned.")
    store.save_report(a.id, json.loads(REPORT.read_text(encoding="utf-8")))
    store.add_answer(s.id, question="Not analysed yet")
    return s.id


def test_export_writes_a_readable_pdf_and_a_csv(tmp_path, capsys):
    sid = _seed()
    pdf, table = tmp_path / "s.pdf", tmp_path / "s.csv"
    assert main(["export", sid, "--pdf", str(pdf), "--csv", str(table)]) == 0
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    assert "Tell" in text and "failure" in text
    rows = list(csv.DictReader(table.open(encoding="utf-8-sig")))
    assert [(r["session_id"], r["answer"]) for r in rows] == [(sid, "1")]  # the unanalysed answer is not a row


def test_export_errors_are_clean(tmp_path, capsys):
    sid = _seed()
    assert main(["export", sid]) == 2
    assert main(["export", sid, "--answer", "2", "--csv", str(tmp_path / "x.csv")]) == 2
    assert main(["export", "no-such-session", "--csv", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert "Nothing to export" in err and "No analysed answer" in err
    assert not (tmp_path / "x.csv").exists()
