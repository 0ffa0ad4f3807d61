"""Use-cases that connect the journal, goals, written answers and recordings: the weekly plan, the job-ad view, the
comparison of two answers (metrics, transcript difference, written plan). Shared by `rebond plan|jobad|compare` and
the Coach page. No Qt here: these read the store and call the pure functions of `app.analysis`; the GUI runs them
on a worker thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.analysis.compare import compare_reports
from app.analysis.jobad import Story, analyse_ad
from app.analysis.journal import JournalEntry, parse_tags
from app.analysis.plan import PlanInputs, WrittenRef, build_plan, next_monday, plan_progress
from app.analysis.plan_match import TextMatcher, match_plan
from app.analysis.progress_series import Goal, week_start
from app.analysis.star import analyze_star_text
from app.analysis.transcript_diff import transcript_diff
from app.core.errors import InputError
from app.services.progress_data import metric_rows
from app.storage import journal as jstore
from app.storage import plans as pstore
from app.storage import question_bank
from app.storage.models import DONE
from app.storage.store import Store
from app.storage.user_questions import list_user_questions


def answer_rows(store: Store) -> list[dict[str, Any]]:
    """One metric row per analysed answer of the user's own practice (the synthetic demo left out), oldest first,
    with its date, question id and text: the rows Progress plots."""
    return metric_rows(store)


def journal_entries(store: Store) -> list[JournalEntry]:
    """The journal as analysis entries (rows with a bad date are left out rather than failing the plan)."""
    out = []
    for r in jstore.list_entries(store):
        try:
            when = date.fromisoformat(r.interview_date[:10])
        except ValueError:
            continue
        out.append(JournalEntry(r.company, when, r.recruiter_said, r.strengths, parse_tags(",".join(r.tags)), r.id))
    return out


def goals(store: Store) -> list[Goal]:
    """The user's weekly goals (none when never set)."""
    return [Goal(g.metric, g.op, g.target) for g in (jstore.load_goals(store) or [])]


def questions(store: Store, lang: str) -> list[Any]:
    """The bank's questions in `lang` followed by the user's own."""
    own = [question_bank.Question(q["id"], q["category"], q["text"], q["note"], q["language"])
           for q in list_user_questions(store) if q["language"] in (lang, "auto")]
    return [*question_bank.bank(lang), *own]


def _category_of(question_id: str | None, categories: dict[str, str]) -> str:
    return categories.get(question_id or "", "")


def stories(store: Store) -> list[Story]:
    """The story bank: every saved written answer, and every analysed recording with a transcript. Quantified =
    the STAR analysis found a number in the result."""
    cats = {q.id: q.category for q in question_bank.bank("en")}
    out: list[Story] = []
    for w in jstore.list_written(store):
        star = (w.report or {}).get("star") if isinstance(w.report, dict) else None
        if not isinstance(star, dict) or "result_quantified" not in star:
            star = analyze_star_text(w.text, w.language if w.language in ("fr", "en") else "en")
        out.append(Story(f"written:{w.id}", "written", w.question, w.text, bool(star.get("result_quantified")),
                         _category_of(w.question_id, cats)))
    for session in store.list_sessions():
        if session.synthetic:
            continue
        for a in session.answers:
            if a.status != DONE:
                continue
            report = store.load_report(a.id) or {}
            text = (report.get("transcript") or {}).get("text") or ""
            if not text.strip():
                continue
            quantified = bool((report.get("star") or {}).get("result_quantified"))
            out.append(Story(f"answer:{session.id}:{a.index}", "recording", a.question, text, quantified,
                             _category_of(a.question_id, cats)))
    return out


def written_refs(store: Store) -> list[WrittenRef]:
    """Saved written answers as the planner sees them."""
    return [WrittenRef(w.id or 0, w.question_id, w.question, w.updated_at) for w in jstore.list_written(store)]


def resolve_week(value: str | None, today: date) -> date:
    """"next" (default), "this", or an ISO date → the Monday of that week."""
    if not value or value == "next":
        return next_monday(today)
    if value == "this":
        return week_start(today)
    try:
        return week_start(date.fromisoformat(value))
    except ValueError as exc:
        raise InputError(f"Not a week: {value!r}.", hint="Use next, this, or a date like 2026-12-07.") from exc


def weekly_plan(store: Store, *, week: str | None = None, lang: str = "en", today: date | None = None
                ) -> dict[str, Any]:
    """The plan of a week (next week by default): the frozen one when the user already acted on it, else a fresh
    proposal from the data before that Monday; with each item's state and this week's progress."""
    today = today or date.today()
    monday = resolve_week(week, today)
    rows = answer_rows(store)
    bank_stories = stories(store)
    written = written_refs(store)
    frozen = pstore.load_plan(store, monday.isoformat())
    if frozen is None:
        inputs = PlanInputs(journal_entries(store), rows, goals(store), questions(store, lang), bank_stories,
                            written, today)
        plan = build_plan(inputs, week=monday, lang=lang).to_dict()
    else:
        plan = frozen
    states = pstore.item_states(store, monday.isoformat())
    progress = {p.item_id: p.to_dict() for p in plan_progress(plan, rows, written, bank_stories,
                                                              {k: v.state for k, v in states.items()})}
    for item in plan["items"]:
        st = states.get(item["id"])
        item["state"] = st.state if st else "proposed"
        item["user_text"] = st.text if st else None
        item["progress"] = progress.get(item["id"])
    active = [i for i in plan["items"] if i["state"] != "skipped"]
    plan["frozen"] = frozen is not None
    plan["complete"] = sum(1 for i in active if (i["progress"] or {}).get("complete"))
    plan["active"] = len(active)
    return plan


def set_plan_item(store: Store, item_id: str, state: str, *, text: str | None = None, week: str | None = None,
                  lang: str = "en", today: date | None = None) -> dict[str, Any]:
    """Accept, edit, skip or finish an item of a week's plan (the plan is frozen on first action); returns the
    updated plan."""
    today = today or date.today()
    plan = weekly_plan(store, week=week, lang=lang, today=today)
    clean = {k: v for k, v in plan.items() if k not in ("frozen", "complete", "active")}
    clean["items"] = [{k: v for k, v in i.items() if k not in ("state", "user_text", "progress")}
                      for i in plan["items"]]
    pstore.set_item_state(store, plan["week"], clean, item_id, state, text)
    return weekly_plan(store, week=plan["week"], lang=lang, today=today)


def reset_plan(store: Store, *, week: str | None = None, today: date | None = None) -> None:
    """Forget a week's frozen plan and decisions."""
    pstore.delete_plan(store, resolve_week(week, today or date.today()).isoformat())


def jobad(store: Store, text: str, *, lang: str | None = None) -> dict[str, Any]:
    """Competencies of a job ad, matching questions and the story-bank matrix."""
    if not text.strip():
        raise InputError("The job advertisement is empty.")
    from app.analysis.jobad import detect_language

    lang = lang or detect_language(text)
    return analyse_ad(text, questions(store, lang), stories(store), lang=lang)


def parse_answer_ref(ref: str) -> tuple[str, int]:
    """"SESSION_ID:N" → (session id, answer index)."""
    sid, sep, idx = ref.rpartition(":")
    if not sep or not sid or not idx.isdigit():
        raise InputError(f"Not an answer reference: {ref!r}.", hint="Write SESSION_ID:N (N from 1), as listed by "
                                                                    "`rebond sessions list`.")
    return sid, int(idx)


def compare_answers(store: Store, ref_a: str, ref_b: str, *, align: str = "auto",
                    matcher: TextMatcher | None = None) -> dict[str, Any]:
    """Two analysed answers: each metric's change, the word-level transcript difference (by STAR part or answer
    time), and, when the question has a saved written answer, the written plan against each spoken answer."""
    docs = []
    for ref in (ref_a, ref_b):
        sid, idx = parse_answer_ref(ref)
        answer = store.find_answer(sid, idx)
        report = store.load_report(answer.id)
        if not report:
            raise InputError(f"Answer {ref} has no analysis yet.", hint="Wait for it, or run `rebond sessions "
                                                                        "reanalyze`.")
        docs.append((ref, answer, report))
    (ra, a, rep_a), (rb, b, rep_b) = docs
    rows = compare_reports(rep_a, rep_b)
    out: dict[str, Any] = {
        "a": {"ref": ra, "question": a.question, "question_id": a.question_id, "started_at": a.started_at,
              "duration_s": rep_a.get("duration_s"), "media": str(a.media) if a.media else None},
        "b": {"ref": rb, "question": b.question, "question_id": b.question_id, "started_at": b.started_at,
              "duration_s": rep_b.get("duration_s"), "media": str(b.media) if b.media else None},
        "same_question": (a.question_id or a.question) == (b.question_id or b.question),
        "metrics": [{"metric": r.metric, "a": r.a, "b": r.b, "delta": r.delta, "better": r.better,
                     "verdict": r.verdict} for r in rows],
        "transcript": transcript_diff(rep_a, rep_b, align=align),
    }
    written = _written_for(store, a.question_id, a.question)
    if written is not None:
        out["written_plan"] = {"written_id": written.id, "text": written.text,
                               "a": match_plan(written.text, rep_a, matcher),
                               "b": match_plan(written.text, rep_b, matcher)}
    else:
        out["written_plan"] = None
    return out


def analysed_answers(store: Store) -> list[tuple[str, str, str]]:
    """Every analysed answer, oldest first: ("SESSION:N", "date — question", question key) for pickers."""
    out = []
    for s in reversed(store.list_sessions()):
        for a in s.answers:
            if a.status == DONE:
                out.append((f"{s.id}:{a.index}", f"{a.started_at[:16].replace('T', ' ')} — {a.question}",
                            a.question_id or a.question))
    return out


def _written_for(store: Store, question_id: str | None, question: str):
    """The most recently edited written answer of this question (by bank id, else by text)."""
    for w in jstore.list_written(store):
        if (question_id and w.question_id == question_id) or w.question.strip() == question.strip():
            return w
    return None


def plan_against_answer(store: Store, answer_id: int, matcher: TextMatcher | None = None) -> dict[str, Any] | None:
    """The written plan of this answer's question against the answer (None without a written answer or report)."""
    answer = store.get_answer(answer_id)
    written = _written_for(store, answer.question_id, answer.question)
    report = store.load_report(answer_id)
    if written is None or not report:
        return None
    return {"written_id": written.id, "text": written.text, **match_plan(written.text, report, matcher)}


# ----- one-way interviews ---------------------------------------------------------------------------------------
ONE_WAY_FILE = "one_way.json"


def save_one_way(store: Store, session_id: str, timelines: list[dict], refused: list[str]) -> dict[str, Any]:
    """Keep a one-way interview's timelines beside its answers (`one_way.json`) and return its time-use summary.
    The summary is computed again on each look (`one_way_summary`): analyses may finish after the session."""
    from app.storage.atomic import write_json_atomic

    write_json_atomic(store.get_session(session_id).folder / ONE_WAY_FILE,
                      {"session_id": session_id, "timelines": timelines, "refused": refused})
    return one_way_summary(store, session_id)


def one_way_summary(store: Store, session_id: str) -> dict[str, Any] | None:
    """The time-use summary of a one-way session from its timelines and the answers' current reports (None when
    the session was not a one-way interview)."""
    from app.analysis.one_way import QuestionTimeline, summarize
    from app.storage.atomic import read_json

    path = store.get_session(session_id).folder / ONE_WAY_FILE
    if not path.is_file():
        return None
    doc = read_json(path)
    lines, reports = [], {}
    for t in doc.get("timelines") or ():
        lines.append(QuestionTimeline(t["index"], t["question"], t["reading_s"], t["answer_limit_s"],
                                      t["recorded_s"], t["stopped_by"]))
        try:
            reports[t["index"]] = store.load_report(t["answer_id"])
        except InputError:  # the answer was deleted since
            reports[t["index"]] = None
    return {"session_id": session_id, **summarize(lines, reports), "refused": list(doc.get("refused") or ())}


def one_way_sessions(store: Store) -> list[dict[str, Any]]:
    """Every one-way interview, most recent first, with its summary."""
    out = []
    for s in store.list_sessions(with_answers=False):
        if (s.folder / ONE_WAY_FILE).is_file():
            summary = one_way_summary(store, s.id)
            if summary is not None:
                out.append({"started_at": s.started_at, **summary})
    return out
