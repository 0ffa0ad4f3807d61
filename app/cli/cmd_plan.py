"""`rebond plan`: next week's practice plan from the journal, the latest weak points and the weekly goals; accept,
edit, skip or finish its items (`--json` for scripts)."""

from __future__ import annotations

import json

from app.cli.cmd_practice import add_data_dir, apply_data_dir


def register(sub) -> None:
    p = sub.add_parser("plan", help="next week's practice plan (journal, weak points, goals), with the reasons")
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--week", default="next", metavar="WEEK",
                   help="next (default), this, or any date of the week (YYYY-MM-DD)")
    p.add_argument("--lang", choices=("fr", "en"), default="en", help="language of the questions and reasons")
    act = p.add_mutually_exclusive_group()
    act.add_argument("--accept", metavar="ITEM", help="accept an item (its id, e.g. drill:fillers_per_min)")
    act.add_argument("--skip", metavar="ITEM", help="skip an item this week")
    act.add_argument("--done", metavar="ITEM", help="mark an item done")
    act.add_argument("--edit", nargs=2, metavar=("ITEM", "TEXT"), help="replace an item's wording")
    act.add_argument("--reset", action="store_true", help="forget this week's decisions and propose again")
    p.set_defaults(func=_run)


def _run(args) -> int:
    apply_data_dir(args)
    from app.cli.cmd_practice import open_store
    from app.services import coaching

    store = open_store()
    try:
        if args.reset:
            coaching.reset_plan(store, week=args.week)
            plan = coaching.weekly_plan(store, week=args.week, lang=args.lang)
        elif args.accept or args.skip or args.done or args.edit:
            item, state, text = ((args.accept, "accepted", None) if args.accept else
                                 (args.skip, "skipped", None) if args.skip else
                                 (args.done, "done", None) if args.done else (args.edit[0], "edited", args.edit[1]))
            plan = coaching.set_plan_item(store, item, state, text=text, week=args.week, lang=args.lang)
        else:
            plan = coaching.weekly_plan(store, week=args.week, lang=args.lang)
    finally:
        store.close()
    if args.json:
        print(json.dumps(plan, ensure_ascii=False, indent=2))
        return 0
    print(f"Plan for the week of {plan['week']} to {plan['week_end']}"
          f" ({plan['complete']} of {plan['active']} items complete; next monthly review {plan['next_monthly_review']})")
    for item in plan["items"]:
        prog = item.get("progress") or {}
        text = item.get("user_text") or item["text"]
        print(f"\n[{item['state']}] {item['id']}  ({prog.get('done', 0)}/{prog.get('target', 0)})\n  {text}")
        for why in item["why"]:
            print(f"  - why: {why['text']}")
    for keep in plan.get("keep", ()):
        print(f"\n{keep['text']}")
    return 0
