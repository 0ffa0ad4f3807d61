"""What the practice screen shows about an answer right after it is analysed: its top tips and a few key figures
(eye contact, fillers per minute, pace, STAR parts found), each against its band. No widgets: the screen turns the
figure ids into translated labels.

The tips and bands come from the same functions as the review (`app.analysis.metric_cards`), so the practice screen
never disagrees with the review it links to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.analysis.metric_cards import build_cards, star_completeness, top_tips

#: Figures shown on the practice screen, in order. Eye contact is dropped in accessibility mode (as in the review).
KEY_FIGURES = ("eye_contact", "fillers_per_min", "wpm")

#: Tip codes about where the eyes or the face go. The review's own filter matches code *prefixes* ("eye", "gaze"…),
#: but the vision tips are named `vision_eye_contact_low`, `vision_lookaways`: matched here anywhere in the code so
#: an answer analysed before accessibility mode was turned on shows no eye-contact tip once it is.
_EYE_TIP_WORDS = ("eye_contact", "lookaway", "look_away", "gaze", "smile", "expression")


@dataclass(frozen=True)
class Figure:
    """One key figure: `id` (a metric id or "star"), its value, the unit shown after it, and where it stands
    against its band ("in", "high", "low", or None without a band)."""

    id: str
    value: float | None
    unit: str = ""
    status: str | None = None


@dataclass(frozen=True)
class AnswerFeedback:
    """An analysed answer as the practice screen shows it."""

    answer_id: int
    session_id: str
    index: int
    tips: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


def is_eye_tip(code: str) -> bool:
    """True for tips about eye contact or facial expression (hidden in accessibility mode)."""
    return any(word in code for word in _EYE_TIP_WORDS)


def visible_tips(report: Mapping[str, Any], *, accessibility: bool, lang: str, limit: int = 3) -> list[Mapping]:
    """The report's top tips in `lang`, without the eye-contact ones in accessibility mode."""
    rows = top_tips(report, limit=limit + 8, accessibility=accessibility, lang=lang)
    if accessibility:
        rows = [t for t in rows if not is_eye_tip(str(t.get("code", "")))]
    return rows[:limit]


def feedback_from_report(report: Mapping[str, Any], *, answer_id: int = 0, session_id: str = "", index: int = 0,
                         accessibility: bool = False, lang: str = "en", limit: int = 3) -> AnswerFeedback:
    """Tips and key figures of one report (pure: used by the screen and by its tests)."""
    tips = [str(t.get("text") or t.get("code")) for t in visible_tips(report, accessibility=accessibility, lang=lang,
                                                                      limit=limit)]
    cards = {c.id: c for c in build_cards(report, accessibility=accessibility, lang=lang)}
    figures = [Figure(m, cards[m].value, cards[m].unit, cards[m].status) for m in KEY_FIGURES if m in cards]
    star = star_completeness(report)
    # STAR parts found: no band (a full story has all four), so no status either
    figures.append(Figure("star", None if star is None else round(star * 4), "/4", None))
    return AnswerFeedback(answer_id, session_id, index, tips, figures)


def answer_feedback(store, answer_id: int, *, accessibility: bool, lang: str, limit: int = 3) -> AnswerFeedback | None:
    """The feedback of a stored answer, or None while it has no report."""
    answer = store.get_answer(answer_id)
    report = store.load_report(answer_id)
    if not report:
        return None
    return feedback_from_report(report, answer_id=answer_id, session_id=answer.session_id, index=answer.index,
                                accessibility=accessibility, lang=lang, limit=limit)
