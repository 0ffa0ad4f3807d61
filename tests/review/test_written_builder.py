"""Written answer builder: debounced live analysis through an injected function, highlights, save."""

from __future__ import annotations

from app.ui.review.written_builder import WrittenAnswerBuilder
from tests.review.reports import report


def fake_analyze(calls):
    """Answers with the literal written-answer report when given its text, else a report with no STAR part."""

    def analyze(text, lang):
        calls.append((text, lang))
        rep = report("answer_text")
        if text != rep["transcript"]["text"]:
            rep["transcript"] = {"text": text, "words": []}
            rep["star"] = {"present": {p: False for p in "STAR"}, "spans": [], "result_quantified": False,
                           "action_first_person": None, "share": None}
            rep["negatives"], rep["hedges"] = [], []
        return rep

    return analyze


def test_typing_is_debounced_then_analysed(qtbot):
    calls, saved = [], []
    text = report("answer_text")["transcript"]["text"]
    w = WrittenAnswerBuilder("Tell me about a process you improved.", fake_analyze(calls),
                             lambda q, t, r: saved.append((q, t, r)), lang="en", debounce_ms=50)
    qtbot.addWidget(w)
    w.show()
    for i in range(1, 6):
        w.editor.setPlainText(text[: i * 10])
    w.editor.setPlainText(text)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=2000)
    qtbot.wait(120)
    assert calls == [(text, "en")]  # one analysis for the burst of edits, on the final text
    assert w.star.evidence_label("R") is not None
    assert "Unfortunately my manager was not helpful." in w.language_notes.text()
    assert len(w.editor.extraSelections()) >= 4  # STAR parts + negative + hedge painted
    assert w.save()
    assert saved == [("Tell me about a process you improved.", text, w.report)]


def test_edit_after_analysis_drops_stale_highlights_and_report_on_save(qtbot):
    calls, saved = [], []
    text = report("answer_text")["transcript"]["text"]
    w = WrittenAnswerBuilder("Q", fake_analyze(calls), lambda q, t, r: saved.append(r), debounce_ms=10_000)
    qtbot.addWidget(w)
    w.editor.setPlainText(text)
    w.analyze_now()
    w.editor.setPlainText(text + " More.")
    assert w.save()  # saving with a pending edit analyses first, so the saved report matches the text
    assert saved[-1]["transcript"]["text"] == text + " More."


def test_without_analysis_the_user_can_still_write_and_save(qtbot):
    saved = []
    w = WrittenAnswerBuilder("Q", None, lambda q, t, r: saved.append((t, r)))
    qtbot.addWidget(w)
    assert "not available" in w.status.text()
    assert not w.save()
    w.editor.setPlainText("My answer.")
    assert w.save() and saved == [("My answer.", None)]


def test_analysis_failure_keeps_the_text(qtbot):
    def broken(text, lang):
        raise ValueError("bug")

    w = WrittenAnswerBuilder("Q", broken)
    qtbot.addWidget(w)
    w.editor.setPlainText("Some answer")
    w.analyze_now()
    assert w.editor.toPlainText() == "Some answer" and "not lost" in w.status.text()


def test_repeated_analyses_leave_one_checklist_on_screen(qtbot):
    from PySide6.QtWidgets import QLabel

    text = report("answer_text")["transcript"]["text"]
    w = WrittenAnswerBuilder("Q", fake_analyze([]))
    qtbot.addWidget(w)
    w.show()
    for t in (text, text + " Again.", text):
        w.editor.setPlainText(t)
        w.analyze_now()
    visible = [lbl for lbl in w.star.findChildren(QLabel) if lbl.isVisibleTo(w.star) and "Situation" in lbl.text()]
    assert len(visible) == 1


def test_evidence_link_selects_the_part_in_the_editor(qtbot):
    text = report("answer_text")["transcript"]["text"]
    w = WrittenAnswerBuilder("Q", fake_analyze([]), text=text)
    qtbot.addWidget(w)
    w.analyze_now()
    label = w.star.evidence_label("R")
    label.linkActivated.emit(label.text().split("href='")[1].split("'")[0])
    assert w.editor.textCursor().selectedText() == "As a result the build time dropped by 40 percent."
