"""One-way interview mode: fixed reading time, one take (re-record, skip and starting early refused), time use."""

from __future__ import annotations

import json

import pytest

from app.analysis.one_way import QuestionTimeline, question_usage, summarize
from app.cli import main
from tests.practice.clips import make_test_clip

FAKE_WORDS = "tests.features.fake_analyzer:analyze_words"


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    return make_test_clip(tmp_path_factory.mktemp("clips") / "clip.mkv", seconds=2.0)


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """pytest-qt's QApplication first, so the headless flow in this process reuses it."""
    return qapp


def test_headless_one_way_refuses_second_takes_and_reports_time_use(clip, capsys):
    code = main(["practice", "--headless", "--fake-camera", str(clip), "--one-way", "--reading-seconds", "1",
                 "--answer-seconds", "1.5", "--fast", "--questions", "2", "--no-live", "--try", "rerecord",
                 "--try", "skip", "--try", "start_early", "--json", "--analyzer", FAKE_WORDS])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["mode"] == "one_way" and len(doc["questions"]) == 2
    # every forbidden action was tried once per question and refused
    assert sorted(doc["refused"]) == sorted(["rerecord", "skip", "start_early"] * 2)
    for q in doc["questions"]:
        assert q["reading_s"] == 1.0 and q["answer_limit_s"] == 1.5 and q["stopped_by"] == "limit"
        assert q["recorded_s"] == pytest.approx(1.5, abs=0.1)
        assert q["time_to_speak_s"] == 0.7  # the fake transcript's first word
        assert q["overrun"] is True  # still speaking 0.2 s before the cut
    assert doc["overruns"] == 2 and doc["mean_time_to_speak_s"] == 0.7
    # the skip was refused: both questions have their one recorded, analysed answer
    assert main(["sessions", "list", "--json"]) == 0
    (session,) = json.loads(capsys.readouterr().out)["sessions"]
    assert session["id"] == doc["session_id"] and [a["status"] for a in session["answers"]] == ["done", "done"]


def test_one_way_options_need_the_mode(clip, capsys):
    assert main(["practice", "--headless", "--fake-camera", str(clip), "--try", "skip"]) == 2
    assert "--one-way" in capsys.readouterr().err


def test_time_use_rules():
    t = QuestionTimeline(1, "q", 30.0, 90.0, 42.0, "user")
    words = {"transcript": {"words": [{"text": "so", "start": 3.2, "end": 3.5}, {"text": "done", "start": 40.0,
                                                                                  "end": 41.0}]}}
    row = question_usage(t, words)
    assert row["time_to_speak_s"] == 3.2 and row["unused_s"] == 49.0 and row["overrun"] is False
    cut = question_usage(QuestionTimeline(2, "q", 30.0, 90.0, 90.0, "limit"),
                         {"transcript": {"words": [{"text": "and", "start": 1.0, "end": 89.5}]}})
    assert cut["overrun"] is True and cut["unused_s"] == 0.5
    calm = question_usage(QuestionTimeline(3, "q", 30.0, 90.0, 90.0, "limit"),
                          {"transcript": {"words": [{"text": "end", "start": 1.0, "end": 80.0}]}})
    assert calm["overrun"] is False  # stopped talking 10 s before the cut: not an overrun
    none = question_usage(QuestionTimeline(4, "q", 30.0, 90.0, 60.0, "user"), None)
    assert none["time_to_speak_s"] is None and none["unused_s"] == 30.0 and none["overrun"] is None
    s = summarize([t], {1: words})
    assert s["stopped_early"] == 1 and s["unused_total_s"] == 49.0
