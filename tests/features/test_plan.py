"""`rebond plan`: the weekly plan from the journal, weak points and goals, with its reasons and stored decisions."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.analysis.journal import JournalEntry
from app.analysis.plan import PlanInputs, build_plan, load_rules, next_review
from app.analysis.progress_series import Goal
from app.cli import main
from app.storage import question_bank
from tests.features.seed import LAST_WEEK, TODAY


def _plan_json(capsys, *args) -> dict:
    assert main(["plan", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def pinned_today(monkeypatch):
    """`rebond plan` runs on the seeded Friday."""
    import app.services.coaching as c

    class _Date(date):
        @classmethod
        def today(cls):
            return TODAY

    monkeypatch.setattr(c, "date", _Date)


def test_plan_json_on_seeded_data_says_why(seeded, capsys, pinned_today):
    plan = _plan_json(capsys)
    assert plan["week"] == "2026-11-30" and plan["week_end"] == "2026-12-06"
    assert plan["next_monthly_review"] == "2026-12-07"  # first Monday of December (monthly cadence)
    items = {i["id"]: i for i in plan["items"]}
    # fillers: recurring in the journal (2 interviews), goal <= 3 missed, band <= 4 (thresholds.toml) missed, and
    # worse than the baseline (median of the first three days, 2.1): all four reasons, and it ranks first
    drill = plan["items"][0]
    assert drill["id"] == "drill:fillers_per_min" and drill["metric"] == "fillers_per_min"
    codes = [w["code"] for w in drill["why"]]
    assert codes[:4] == ["journal", "goal", "band", "baseline"]
    assert drill["why"][0]["params"] == {"tag": "fillers", "count": 2, "companies": "Globex, ACME"}
    assert drill["why"][3]["params"]["baseline"] == "2.1" and drill["why"][3]["params"]["value"] == "5.5"
    assert len(drill["question_ids"]) == 2 and drill["target"] == 4
    # the questions practised least: the seeded question (8 attempts) is not proposed again
    assert "deadline-01" not in drill["question_ids"]
    # eye contact is above its goal (78/91 %): not a drill
    assert "drill:eye_contact" not in items
    # the written task: 'leadership' was raised and no story covers it with a number
    task = items["task:quantify:leadership"]
    assert task["kind"] == "task" and task["why"][0]["code"] == "quantify_journal"
    assert [k["code"] for k in plan["keep"]] == ["strengths"]
    assert all(i["state"] == "proposed" and i["progress"]["done"] == 0 for i in plan["items"])
    assert plan["frozen"] is False


def test_accept_edit_skip_are_stored_and_freeze_the_plan(seeded, capsys, pinned_today):
    store, _ = seeded
    plan = _plan_json(capsys, "--accept", "drill:fillers_per_min")
    assert plan["frozen"] is True and plan["items"][0]["state"] == "accepted"
    plan = _plan_json(capsys, "--edit", "task:quantify:leadership", "Write the team-migration story with numbers")
    task = next(i for i in plan["items"] if i["id"] == "task:quantify:leadership")
    assert task["state"] == "edited" and task["user_text"] == "Write the team-migration story with numbers"
    # new data after freezing does not change the week's proposals
    from app.storage import journal as j

    j.save_entry(store, j.JournalRow("Initech", (LAST_WEEK).isoformat(), "", "", ("eye contact", "eye contact")))
    again = _plan_json(capsys)
    assert [i["id"] for i in again["items"]] == [i["id"] for i in plan["items"]]
    plan = _plan_json(capsys, "--skip", "drill:fillers_per_min")
    assert plan["items"][0]["state"] == "skipped" and plan["active"] == len(plan["items"]) - 1
    # unknown item: a readable error, exit code 2
    assert main(["plan", "--skip", "drill:nope"]) == 2
    assert "no item 'drill:nope'" in capsys.readouterr().err
    plan = _plan_json(capsys, "--reset")
    assert plan["frozen"] is False and all(i["state"] == "proposed" for i in plan["items"])


def test_progress_counts_the_weeks_answers_to_the_drilled_questions(seeded, capsys, pinned_today):
    from tests.features.seed import add_answer

    store, _ = seeded
    plan = _plan_json(capsys, "--accept", "drill:fillers_per_min")
    qid = plan["items"][0]["question_ids"][0]
    text = question_bank.by_id("en")[qid].text
    s = store.create_session("en")
    add_answer(store, s.id, date(2026, 12, 1), 9, "answer_short_retry", qid, text, fillers=3.0)
    add_answer(store, s.id, date(2026, 12, 1), 10, "answer_short_retry", "conflict-01", "Other", fillers=1.0)
    plan = _plan_json(capsys, "--week", "2026-12-02")
    prog = plan["items"][0]["progress"]
    assert prog == {"item_id": "drill:fillers_per_min", "done": 1, "target": 4, "metric_week": 3.0,
                    "complete": False}
    plan = _plan_json(capsys, "--week", "2026-12-02", "--done", "drill:fillers_per_min")
    assert plan["items"][0]["progress"]["complete"] is True and plan["complete"] == 1


def test_empty_data_proposes_a_baseline_and_the_core_task(capsys, pinned_today):
    plan = _plan_json(capsys, "--lang", "fr")
    assert plan["items"][0]["id"] == "drill:baseline" and plan["items"][0]["why"][0]["code"] == "no_data"
    assert len(plan["items"][0]["question_ids"]) == load_rules()["baseline_drill"]["answers"]
    task = plan["items"][-1]
    assert task["id"] == "task:quantify:problem_solving" and "exemple chiffré" in task["text"]


def test_rejection_answer_task_and_monthly_review_rules():
    qs = question_bank.bank("en")
    entries = [JournalEntry("ACME", date(2026, 11, 20), tags=("nervous",))]
    # first week of December: the monthly review is proposed; a journal without a competency tag asks for the
    # "why were you not selected" answer (no written answer to rebound-01 yet)
    plan = build_plan(PlanInputs(entries, (), (Goal("wpm", "<=", 150),), qs, (), (), date(2026, 11, 27)),
                      week=date(2026, 12, 7))
    kinds = {i.id: i for i in plan.items}
    assert "task:written:rebound-01" in kinds and "review:2026-12" in kinds
    assert kinds["review:2026-12"].reasons[0].code == "monthly_review"
    assert next_review(date(2026, 12, 14)) == date(2027, 1, 4)


def test_rules_name_their_sources():
    text = (question_bank.resource("coaching", "plan_rules.toml")).read_text(encoding="utf-8")
    for needed in ("seed method", "STAR guides", "thresholds.toml"):
        assert f"- {needed}" in text or needed in text.split("Sources named below:")[1][:2000]
    assert text.count("source:") >= 8


def test_weak_points_band_and_baseline_margin():
    from app.analysis.plan import metric_bands, weak_points

    rules = load_rules()
    import tomllib

    from app.core.paths import resource

    bands = metric_bands(rules, tomllib.loads(resource("thresholds.toml").read_text(encoding="utf-8")))
    assert bands["wpm"] == (110.0, 170.0) and bands["fillers_per_min"] == (None, 4.0)
    assert bands["eye_contact"] == (60.0, None)  # tip_eye_contact_ratio 0.6, in percent

    def rows(last_fillers, last_wpm=140, last_eye=80):
        days = [date(2026, 11, d) for d in (2, 4, 6, 9)]
        vals = [(2.0, 140, 80), (2.0, 140, 80), (2.0, 140, 80), (last_fillers, last_wpm, last_eye)]
        return [{"date": d, "fillers_per_min": f, "wpm": w, "eye_contact": e} for d, (f, w, e)
                in zip(days, vals, strict=True)]

    week = date(2026, 11, 16)
    assert weak_points(rows(2.1), week, rules, bands) == {}  # 5% worse than the baseline: within the margin
    found = weak_points(rows(2.3, last_wpm=180, last_eye=55), week, rules, bands)
    assert [r.code for r in found["fillers_per_min"]] == ["baseline"]
    assert [r.code for r in found["wpm"]] == ["band"] and found["wpm"][0].params["band"] == "110–170"
    assert [r.code for r in found["eye_contact"]] == ["band", "baseline"]
    # with only the baseline days themselves, no "worse than your baseline" yet
    assert weak_points(rows(2.3)[:3], week, rules, bands) == {}
