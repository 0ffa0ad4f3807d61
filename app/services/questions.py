"""Question use-cases for the screens: the banks, the user's own question sets, and the list of questions a
practice session asks (from a category or a set)."""

from __future__ import annotations

from app.storage import question_bank
from app.storage.question_bank import Question, bank, by_id, categories, pick
from app.storage.user_questions import add_user_question, list_sets, list_user_questions, save_set

__all__ = ["Question", "add_user_question", "bank", "by_id", "categories", "list_sets", "pick", "save_set",
           "session_questions"]


def session_questions(store, language: str, choice: str, count: int) -> list[Question]:
    """The questions of a session: `choice` is a category id ("" for all) or "set:NAME" (a user's set, whose
    questions may come from the bank or be the user's own)."""
    if choice.startswith("set:"):
        name = choice[4:]
        qset = next((s for s in list_sets(store) if s.name == name), None)
        known = question_bank.by_id(language)
        users = {q["id"]: Question(q["id"], q["category"], q["text"], q["note"], q["language"])
                 for q in list_user_questions(store)}
        ids = qset.question_ids if qset else ()
        return [known.get(i) or users.get(i) for i in ids if (known.get(i) or users.get(i))][:count]
    return pick(language, count, category=choice)
