"""`rebond compare SESSION_ID:N SESSION_ID:M`: two analysed answers side by side — each metric's change, the
word-level transcript difference (by STAR part or answer time), and the written plan against each answer when the
question has a saved written answer."""

from __future__ import annotations

import json

from app.cli.cmd_practice import add_data_dir, apply_data_dir


def register(sub) -> None:
    p = sub.add_parser("compare", help="two answers: metric changes, transcript difference, written plan")
    p.add_argument("a", metavar="SESSION_ID:N", help="the earlier answer")
    p.add_argument("b", metavar="SESSION_ID:M", help="the later answer")
    p.add_argument("--align", choices=("auto", "star", "time"), default="auto",
                   help="align the transcripts by STAR part or by answer time (default: STAR when labelled)")
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_run)


def _run(args) -> int:
    apply_data_dir(args)
    from app.cli.cmd_practice import open_store
    from app.services import coaching

    store = open_store()
    try:
        doc = coaching.compare_answers(store, args.a, args.b, align=args.align)
    finally:
        store.close()
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    print(f"A {doc['a']['ref']}: {doc['a']['question']}\nB {doc['b']['ref']}: {doc['b']['question']}")
    if not doc["same_question"]:
        print("(different questions)")
    for m in doc["metrics"]:
        if m["a"] is None and m["b"] is None:
            continue
        print(f"  {m['metric']:<20} {_n(m['a']):>7} → {_n(m['b']):<7} {m['verdict'] or ''}")
    tr = doc["transcript"]
    print(f"\nTranscript (aligned by {tr['align']}, similarity {_n(tr['similarity'])}):")
    for piece in tr["pieces"]:
        line = " ".join(_op(o) for o in piece["ops"])
        print(f"  [{piece['key']}] {line}")
    wp = doc.get("written_plan")
    if wp:
        for side in ("a", "b"):
            m = wp[side]
            print(f"\nWritten plan vs {side.upper()}: {m['said']} said, {m['forgotten']} forgotten, "
                  f"{len(m['added'])} added")
            for p in m["points"]:
                at = f" at {p['start']:.1f} s" if p["start"] is not None else ""
                print(f"  [{p['status']}{at}] {p['text']}")
    return 0


def _n(v) -> str:
    return "—" if v is None else (f"{v:.0f}" if abs(v) >= 10 else f"{v:.2f}".rstrip("0").rstrip("."))


def _op(o) -> str:
    if o["op"] == "equal":
        return " ".join(o["a"])
    a, b = " ".join(o["a"]), " ".join(o["b"])
    return f"[-{a}-]{{+{b}+}}" if a and b else (f"[-{a}-]" if a else f"{{+{b}+}}")
