"""The weekly plan's stored state (schema v5): a week's plan frozen as JSON once the user acts on it, and the state
of each item (accepted, edited with the user's text, skipped, done)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.core.errors import InputError
from app.storage.store import Store, now_iso

#: What the user can do with an item ("proposed" is the absence of a row).
ITEM_STATES = ("accepted", "edited", "skipped", "done")


@dataclass(frozen=True)
class ItemState:
    """One item's state; `text` is the user's wording when edited (else None)."""

    item_id: str
    state: str
    text: str | None
    updated_at: str


def load_plan(store: Store, week: str) -> dict[str, Any] | None:
    """The frozen plan of the week starting `week` (ISO Monday), or None when none was saved."""
    row = store._exec("SELECT plan FROM plans WHERE week=?", (week,)).fetchone()
    if row is None:
        return None
    try:
        return json.loads(row["plan"])
    except ValueError:  # a damaged row: propose again rather than fail
        return None


def save_plan(store: Store, week: str, plan: dict[str, Any]) -> None:
    """Freeze a week's plan (kept as first saved: later calls do not replace it)."""
    store._exec("INSERT OR IGNORE INTO plans(week, plan, created_at) VALUES (?,?,?)",
                (week, json.dumps(plan, ensure_ascii=False), now_iso()))


def delete_plan(store: Store, week: str) -> None:
    """Forget a week's frozen plan and its item states (the next look proposes afresh)."""
    with store._tx() as c:
        c.execute("DELETE FROM plan_items WHERE week=?", (week,))
        c.execute("DELETE FROM plans WHERE week=?", (week,))


def item_states(store: Store, week: str) -> dict[str, ItemState]:
    """Item id → state of the week's items the user acted on."""
    rows = store._exec("SELECT item_id, state, text, updated_at FROM plan_items WHERE week=?", (week,)).fetchall()
    return {r["item_id"]: ItemState(r["item_id"], r["state"], r["text"], r["updated_at"]) for r in rows}


def set_item_state(store: Store, week: str, plan: dict[str, Any], item_id: str, state: str,
                   text: str | None = None) -> ItemState:
    """Record the user's decision on an item; freezes the week's plan first. Raises InputError for an unknown
    item or state, or an edit without text."""
    if state not in ITEM_STATES:
        raise InputError(f"Unknown plan item state {state!r}.", hint=f"One of: {', '.join(ITEM_STATES)}.")
    if item_id not in {i["id"] for i in plan.get("items", ())}:
        raise InputError(f"This week's plan has no item {item_id!r}.", hint="List them with `rebond plan`.")
    if state == "edited" and not (text or "").strip():
        raise InputError("An edited item needs its new text.")
    save_plan(store, week, plan)
    now = now_iso()
    keep_text = text.strip() if text and text.strip() else None
    if keep_text is None and state != "edited":  # accepting/finishing an edited item keeps the user's wording
        old = item_states(store, week).get(item_id)
        keep_text = old.text if old else None
    store._exec("INSERT OR REPLACE INTO plan_items(week, item_id, state, text, updated_at) VALUES (?,?,?,?,?)",
                (week, item_id, state, keep_text, now))
    return ItemState(item_id, state, keep_text, now)
