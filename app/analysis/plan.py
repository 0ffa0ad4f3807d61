"""Next week's practice plan, from the feedback journal, the latest measured weak points and the weekly goals.

Rule-based and explainable: the rules are data (`app/resources/coaching/plan_rules.toml`, with their sources) and
every proposal carries the reasons it was chosen, each as a code, its parameters and a sentence in the user's
language. The planner is a pure function of its inputs, so the same data always gives the same plan.

    plan = build_plan(PlanInputs(entries, rows, goals, questions, stories, written, today), week=monday, lang="en")

Weak points: a metric is weak when its latest practice day is outside the reference band (thresholds.toml) or worse
than the user's own baseline (the median of their first practice days, as on the Progress screen) by more than the
rules' margin. Priorities: journal (recurring points), then goals, then bands, then the baseline (rules' weights).
"""

from __future__ import annotations

import functools
import statistics
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.analysis.jobad import CompetencyDef, Story, lexicon, mentions, story_matrix, tokens
from app.analysis.journal import JournalEntry, recurring_tags
from app.analysis.progress_series import (
    BASELINE_SESSIONS,
    PROGRESS_METRICS,
    Goal,
    _as_date,
    series,
    week_start,
)
from app.core.paths import resource

RULES = ("coaching", "plan_rules.toml")
#: Metrics the planner can drill (the charted ones plus pitch variation); "better" direction of each.
PLAN_METRICS: dict[str, str] = {**PROGRESS_METRICS, "pitch_variation": "band"}

DRILL, TASK, REVIEW = "drill", "task", "review"
#: States an item can be in once the user acted on it; "proposed" until then.
STATES = ("proposed", "accepted", "edited", "skipped", "done")


@functools.cache
def load_rules() -> dict[str, Any]:
    """The shipped plan rules (read once)."""
    with open(resource(*RULES), "rb") as fh:
        return tomllib.load(fh)


@functools.cache
def _thresholds() -> dict[str, Any]:
    with open(resource("thresholds.toml"), "rb") as fh:
        return tomllib.load(fh)


def _lookup(tables: Mapping[str, Any], dotted: str) -> Any:
    node: Any = tables
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, Mapping) else None
    return node


def metric_bands(rules: Mapping[str, Any], thresholds: Mapping[str, Any]) -> dict[str, tuple[float | None, float | None]]:
    """(low, high) reference band of each metric, from the rules' `[bands]` pointing into thresholds.toml."""
    out: dict[str, tuple[float | None, float | None]] = {}
    for metric, spec in (rules.get("bands") or {}).items():
        scale = float(spec.get("scale", 1))
        low, high = spec.get("low"), spec.get("high")
        if "band_from" in spec:
            pair = _lookup(thresholds, spec["band_from"])
            if isinstance(pair, list) and len(pair) == 2:
                low, high = pair
        if "low_from" in spec:
            low = _lookup(thresholds, spec["low_from"])
        if "high_from" in spec:
            high = _lookup(thresholds, spec["high_from"])
        out[metric] = (None if low is None else float(low) * scale, None if high is None else float(high) * scale)
    return out


@dataclass(frozen=True)
class Reason:
    """Why an item was proposed: a stable code, its parameters, and the sentence shown."""

    code: str
    params: Mapping[str, Any]
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"code": self.code, "params": dict(self.params), "text": self.text}


@dataclass(frozen=True)
class PlanItem:
    """One proposal of the week. `id` is stable across runs of the same week (state is stored by it)."""

    id: str
    kind: str  # drill, task or review
    text: str
    reasons: tuple[Reason, ...]
    metric: str | None = None
    question_ids: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    target: int = 0  # attempts (drills) or 1 (tasks, review)
    competency: str | None = None
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"id": self.id, "kind": self.kind, "text": self.text, "metric": self.metric,
                "question_ids": list(self.question_ids), "questions": list(self.questions), "target": self.target,
                "competency": self.competency, "score": self.score, "why": [r.to_dict() for r in self.reasons]}


@dataclass(frozen=True)
class Plan:
    """The plan of the week starting `week` (a Monday)."""

    week: date
    items: tuple[PlanItem, ...]
    keep: tuple[Reason, ...]
    next_review: date
    language: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"week": self.week.isoformat(), "week_end": (self.week + timedelta(days=6)).isoformat(),
                "language": self.language, "next_monthly_review": self.next_review.isoformat(),
                "items": [i.to_dict() for i in self.items], "keep": [r.to_dict() for r in self.keep]}


@dataclass(frozen=True)
class WrittenRef:
    """A saved written answer, as the planner sees it (`updated_at` is ISO)."""

    id: int
    question_id: str | None
    question: str
    updated_at: str


@dataclass
class PlanInputs:
    """Everything the planner reads. `rows` are per-answer metric rows (`progress_series.metric_row` plus `date`,
    `question_id`, `question`); `questions` have `id`, `category`, `text`; `written` are the saved written
    answers (their stories are in `stories` as `written:<id>`)."""

    entries: Sequence[JournalEntry] = ()
    rows: Sequence[Mapping[str, Any]] = ()
    goals: Sequence[Goal] = ()
    questions: Sequence[Any] = ()
    stories: Sequence[Story] = ()
    written: Sequence[WrittenRef] = ()
    today: date = field(default_factory=date.today)


def next_monday(day: date) -> date:
    """The Monday after `day` (next week's start)."""
    return week_start(day) + timedelta(days=7)


def first_monday(year: int, month: int) -> date:
    """The first Monday of a month."""
    d = date(year, month, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)


def next_review(week: date) -> date:
    """The first Monday of a month on or after `week` (monthly review cadence)."""
    fm = first_monday(week.year, week.month)
    if fm >= week:
        return fm
    year, month = (week.year + 1, 1) if week.month == 12 else (week.year, week.month + 1)
    return first_monday(year, month)


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"


def _band_text(band: tuple[float | None, float | None]) -> str:
    low, high = band
    if low is not None and high is not None:
        return f"{_fmt(low)}–{_fmt(high)}"
    return f"≥ {_fmt(low)}" if low is not None else f"≤ {_fmt(high)}"


def _say(template: Mapping[str, Any], lang: str, key: str = "", **params: Any) -> str:
    text = template.get(f"{key}{'fr' if lang == 'fr' else 'en'}") or template.get(f"{key}en", "")
    return text.format(**params)


def latest_day_values(rows: Sequence[Mapping[str, Any]], metric: str, before: date) -> tuple[float | None, date | None]:
    """Mean of `metric` over the latest practice day before `before` that has a value."""
    by_day: dict[date, list[float]] = {}
    for row in rows:
        value = row.get(metric)
        day = _as_date(row["date"])
        if day < before and isinstance(value, int | float) and not isinstance(value, bool):
            by_day.setdefault(day, []).append(float(value))
    if not by_day:
        return None, None
    day = max(by_day)
    return round(statistics.fmean(by_day[day]), 2), day


def weak_points(rows: Sequence[Mapping[str, Any]], before: date, rules: Mapping[str, Any],
                bands: Mapping[str, tuple[float | None, float | None]], lang: str = "en"
                ) -> dict[str, list[Reason]]:
    """Metric → reasons it is weak (band and/or baseline), from the rows dated before `before`."""
    margin = float(rules["limits"]["baseline_margin"])
    texts = rules["reasons"]
    out: dict[str, list[Reason]] = {}
    past = [r for r in rows if _as_date(r["date"]) < before]
    for metric, better in PLAN_METRICS.items():
        value, _day = latest_day_values(past, metric, before)
        if value is None:
            continue
        reasons: list[Reason] = []
        band = bands.get(metric)
        if band is not None:
            low, high = band
            if (low is not None and value < low) or (high is not None and value > high):
                params = {"metric": _label(rules, metric, lang), "value": _fmt(value), "band": _band_text(band)}
                reasons.append(Reason("band", params, _say(texts["band"], lang, **params)))
        chart = series(past, metric)
        # only once the baseline days are behind (as the Progress screen's "latest vs baseline")
        if chart.baseline is not None and better in ("lower", "higher") and len(chart.points) > BASELINE_SESSIONS:
            base = chart.baseline
            worse = value > base * (1 + margin) if better == "lower" else value < base * (1 - margin)
            if worse:
                params = {"metric": _label(rules, metric, lang), "value": _fmt(value), "baseline": _fmt(base)}
                reasons.append(Reason("baseline", params, _say(texts["baseline"], lang, **params)))
        if reasons:
            out[metric] = reasons
    return out


def _practice_counts(rows: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        qid = row.get("question_id")
        if qid:
            counts[qid] = counts.get(qid, 0) + 1
    return counts


def _pick_questions(questions: Sequence[Any], categories: Sequence[str], counts: Mapping[str, int], n: int,
                    exclude: set[str]) -> list[Any]:
    """The `n` least practised questions of the categories (any when empty), bank order breaking ties; questions
    already picked for another drill this week are left out. The rebound drill stays in its own exercise."""
    pool = [q for q in questions if (not categories or q.category in categories) and q.id not in exclude
            and getattr(q, "drill", "") != "rebound"]
    order = {q.id: i for i, q in enumerate(pool)}
    pool.sort(key=lambda q: (counts.get(q.id, 0), order[q.id]))
    return pool[:n]


def _journal_competency(tag: str, lex: Sequence[CompetencyDef]) -> CompetencyDef | None:
    for comp in lex:
        if mentions(tag, comp.patterns) or tokens(tag) in (tokens(comp.en), tokens(comp.fr)):
            return comp
    return None


def build_plan(inputs: PlanInputs, *, week: date | None = None, lang: str = "en",
               rules: Mapping[str, Any] | None = None, thresholds: Mapping[str, Any] | None = None,
               lex: Sequence[CompetencyDef] | None = None) -> Plan:
    """The plan for the week starting `week` (default: next Monday after `inputs.today`), from the data dated
    before that Monday. At most `limits.max_drills` drills, one written task, and the monthly review in the first
    week of a month."""
    rules = load_rules() if rules is None else rules
    thresholds = _thresholds() if thresholds is None else thresholds
    lex = lexicon() if lex is None else lex
    week = week_start(week) if week is not None else next_monday(inputs.today)
    texts, limits, weights = rules["reasons"], rules["limits"], rules["weights"]
    bands = metric_bands(rules, thresholds)
    past_rows = [r for r in inputs.rows if _as_date(r["date"]) < week]
    entries = [e for e in inputs.entries if e.when < week]

    # ---- candidates: metric -> (score, reasons) ----------------------------------------------------------------
    scores: dict[str, float] = {}
    reasons: dict[str, list[Reason]] = {}

    def add(metric: str, weight: float, reason: Reason) -> None:
        scores[metric] = scores.get(metric, 0.0) + weight
        reasons.setdefault(metric, []).append(reason)

    for rec in recurring_tags(entries):
        for metric in rec.metrics:
            if metric in PLAN_METRICS:
                params = {"tag": rec.tag, "count": rec.count, "companies": ", ".join(rec.companies) or "—"}
                add(metric, weights["journal"] * rec.count, Reason("journal", params,
                                                                  _say(texts["journal"], lang, **params)))
    # a goal is judged on the latest practice day before the week (the same value as the weak points), so a goal
    # missed last time is worked on even after a week without practice
    for goal in inputs.goals:
        if goal.metric not in PLAN_METRICS:
            continue
        current, _day = latest_day_values(past_rows, goal.metric, week)
        if current is None or _meets(current, goal):
            continue
        params = {"metric": _label(rules, goal.metric, lang), "op": goal.op, "target": _fmt(goal.target),
                  "current": _fmt(current)}
        add(goal.metric, weights["goal"], Reason("goal", params, _say(texts["goal"], lang, **params)))
    for metric, found in weak_points(past_rows, week, rules, bands, lang).items():
        for reason in found:
            add(metric, weights[reason.code], reason)

    counts = _practice_counts(past_rows)
    used: set[str] = set()
    items: list[PlanItem] = []
    n_q = int(limits["questions_per_drill"])
    attempts = int(limits["attempts_per_question"])
    if not past_rows:
        spec = rules["baseline_drill"]
        qs = _pick_questions(inputs.questions, [], counts, int(spec["answers"]), used)
        used.update(q.id for q in qs)
        items.append(PlanItem("drill:baseline", DRILL, _say(spec, lang, questions=_quoted(qs)),
                              (Reason("no_data", {}, _say(texts["no_data"], lang)),),
                              None, tuple(q.id for q in qs), tuple(q.text for q in qs), len(qs)))
    ranked = sorted(scores, key=lambda m: (-scores[m], list(PLAN_METRICS).index(m)))
    for metric in ranked[:int(limits["max_drills"])]:
        spec = rules["drills"][metric]
        qs = _pick_questions(inputs.questions, spec.get("categories") or [], counts, n_q, used)
        used.update(q.id for q in qs)
        band = bands.get(metric)
        text = _say(spec, lang, questions=_quoted(qs), band=_band_text(band) if band else "")
        why = (*reasons[metric], Reason("least_practised", {}, _say(texts["least_practised"], lang)))
        items.append(PlanItem(f"drill:{metric}", DRILL, text, why, metric, tuple(q.id for q in qs),
                              tuple(q.text for q in qs), attempts * len(qs), score=scores[metric]))

    task = _written_task(inputs, entries, week, rules, lex, lang)
    if task is not None:
        items.append(task)
    if week.day <= int(rules["cadence"]["monthly_review_first_days"]):
        spec = rules["review"]
        items.append(PlanItem(f"review:{week.year}-{week.month:02d}", REVIEW, _say(spec, lang),
                              (Reason("monthly_review", {"month": f"{week.year}-{week.month:02d}"},
                                      _say(spec, lang, "why_")),), target=1))
    keep = []
    strengths = [e.strengths.strip() for e in entries if e.strengths.strip()]
    if strengths:
        params = {"strengths": "; ".join(dict.fromkeys(strengths[:3]))}
        keep.append(Reason("strengths", params, _say(texts["strengths"], lang, **params)))
    return Plan(week, tuple(items), tuple(keep), next_review(week + timedelta(days=7)), lang)


def _meets(value: float, goal: Goal) -> bool:
    return {"<=": value <= goal.target, "<": value < goal.target, ">=": value >= goal.target,
            ">": value > goal.target}.get(goal.op, True)


def _label(rules: Mapping[str, Any], metric: str, lang: str) -> str:
    """The metric's name for people (rules' `[labels]`), the id when it has none."""
    spec = (rules.get("labels") or {}).get(metric) or {}
    return spec.get("fr" if lang == "fr" else "en") or metric


def _quoted(questions: Sequence[Any]) -> str:
    return " / ".join(f"“{q.text}”" for q in questions) or "—"


def _written_task(inputs: PlanInputs, entries: Sequence[JournalEntry], week: date, rules: Mapping[str, Any],
                  lex: Sequence[CompetencyDef], lang: str) -> PlanItem | None:
    """The first task rule that applies (rules' `[[tasks]]` order)."""
    stories = list(inputs.stories)
    by_id = {c.id: c for c in lex}

    def quantified_for(cid: str) -> bool:
        return bool(story_matrix([cid], stories, lex, lang)[0].quantified)

    for spec in rules.get("tasks") or ():
        tid = spec["id"]
        if tid == "quantify_journal":
            for entry_tag in _tags_by_frequency(entries):
                comp = _journal_competency(entry_tag, lex)
                if comp is not None and not quantified_for(comp.id):
                    params = {"competency": comp.label(lang), "tag": entry_tag}
                    return PlanItem(f"task:quantify:{comp.id}", TASK, _say(spec, lang, **params),
                                    (Reason(tid, params, _say(spec, lang, "why_", **params)),), target=1,
                                    competency=comp.id)
        elif tid == "rejection_answer":
            qid = spec["question_id"]
            has_written = any(w.question_id == qid for w in inputs.written)
            if entries and not has_written:
                q = next((q for q in inputs.questions if q.id == qid), None)
                params = {"question": q.text if q else qid, "count": len(entries)}
                return PlanItem(f"task:written:{qid}", TASK, _say(spec, lang, **params),
                                (Reason(tid, params, _say(spec, lang, "why_", **params)),), None, (qid,),
                                (params["question"],), 1)
        elif tid == "quantify_core":
            for cid in spec.get("competencies") or ():
                if cid in by_id and not quantified_for(cid):
                    params = {"competency": by_id[cid].label(lang)}
                    return PlanItem(f"task:quantify:{cid}", TASK, _say(spec, lang, **params),
                                    (Reason(tid, params, _say(spec, lang, "why_", **params)),), target=1,
                                    competency=cid)
        else:  # fallback
            return PlanItem(f"task:{tid}", TASK, _say(spec, lang), (Reason(tid, {}, _say(spec, lang, "why_")),),
                            target=1)
    return None


def _tags_by_frequency(entries: Sequence[JournalEntry]) -> list[str]:
    """Every tag, most frequent first (recurring points first, then the rest by recency)."""
    rec = [r.tag for r in recurring_tags(entries)]
    rest = [t for e in entries for t in e.tags]
    return list(dict.fromkeys([*rec, *rest]))


# ----- progress of a week's plan --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemProgress:
    """How far an item got this week: `done` of `target`, and the week's mean of the drilled metric."""

    item_id: str
    done: int
    target: int
    metric_week: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"item_id": self.item_id, "done": self.done, "target": self.target, "metric_week": self.metric_week,
                "complete": self.target > 0 and self.done >= self.target}


def plan_progress(plan: Mapping[str, Any], rows: Sequence[Mapping[str, Any]],
                  written: Sequence[WrittenRef], stories: Sequence[Story],
                  states: Mapping[str, str], lex: Sequence[CompetencyDef] | None = None) -> list[ItemProgress]:
    """Progress of each item of a plan dict (`Plan.to_dict()`): drills count the week's answers to their questions
    (any answer for the baseline drill); written tasks are done once a matching written answer was saved during the
    week (a quantified story covering the competency, or the asked question); the review, when marked done."""
    lex = lexicon() if lex is None else lex
    monday = date.fromisoformat(plan["week"])
    sunday = monday + timedelta(days=6)
    week_rows = [r for r in rows if monday <= _as_date(r["date"]) <= sunday]
    week_written = [w for w in written if w.updated_at and monday <= _as_date(w.updated_at[:10]) <= sunday]
    out = []
    for item in plan["items"]:
        iid, target = item["id"], int(item.get("target") or 0)
        if states.get(iid) == "done":
            out.append(ItemProgress(iid, max(target, 1), max(target, 1)))
            continue
        if item["kind"] == DRILL:
            qids = set(item.get("question_ids") or ())
            mine = [r for r in week_rows if not qids or r.get("question_id") in qids or item["id"] == "drill:baseline"]
            metric = item.get("metric")
            values = [float(r[metric]) for r in mine if metric and isinstance(r.get(metric), int | float)]
            out.append(ItemProgress(iid, len(mine), target, round(statistics.fmean(values), 2) if values else None))
        elif item["kind"] == TASK:
            done = 0
            if item.get("competency"):
                ids = {f"written:{w.id}" for w in week_written}
                cov = story_matrix([item["competency"]], [s for s in stories if s.id in ids], lex)[0]
                done = 1 if cov.quantified else 0
            elif item.get("question_ids"):
                done = 1 if any(w.question_id in item["question_ids"] for w in week_written) else 0
            out.append(ItemProgress(iid, done, target))
        else:
            out.append(ItemProgress(iid, 0, target))
    return out
