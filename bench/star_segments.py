"""Build STAR jsonl answers (the star_dev.jsonl format, see ../shared/data/labels/star_GUIDE.md) from a plain-text
segment file, so that hand-written answers get exact character offsets.

Format: a header line `## id=<id> lang=<en|fr> rq=<0|1> [afp=<0|1>] [q=<question>]` then one line per clause group,
`S: text`, `T: text`, `A: text`, `R: text` or `-: text` (left unlabelled). Lines are joined with one space; a line
starting with `+` is glued to the previous one without a space (for a comma or a full stop). `rq` is the annotator's
`result_quantified`; `afp` (action_first_person) is required when the answer has an A part.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_HEAD = re.compile(r"^##\s+(.*)$")


def _quality(present: dict, rq: bool, afp: bool | None) -> str:
    if not any(present.values()):
        return "generic"
    if present["A"] and afp is False:
        return "we_only"
    if present["A"] and not present["S"] and not present["T"]:
        return "no_context"
    if (present["S"] or present["T"]) and present["A"] and not present["R"]:
        return "no_result"
    if all(present.values()):
        return "full_quantified" if rq else "full_vague"
    return "partial"


def parse(text: str, note: str = "") -> list[dict]:
    rows: list[dict] = []
    cur: dict | None = None

    def close() -> None:
        if cur is None:
            return
        body, spans = "", []
        for part, seg in cur["segs"]:
            glue = seg.startswith("+")
            seg = seg[1:] if glue else seg
            if body and not glue:
                body += " "
            start = len(body)
            body += seg
            if part != "-":
                end = len(body)
                s, e = start, end
                while e > s and body[e - 1] in " ,;:":
                    e -= 1
                if spans and spans[-1]["part"] == part and not body[spans[-1]["end"]:s].strip(" ,;:"):
                    spans[-1]["end"] = e
                else:
                    spans.append({"part": part, "start": s, "end": e})
        present = {p: any(sp["part"] == p for sp in spans) for p in "STAR"}
        meta = cur["meta"]
        rq = meta.get("rq") == "1"
        if rq and not present["R"]:
            raise ValueError(f"{meta['id']}: rq=1 without R")
        afp = None if not present["A"] else meta["afp"] == "1"
        rows.append({"id": meta["id"], "lang": meta["lang"], "question": meta.get("q", ""), "text": body,
                     "spans": spans, "present": present, "result_quantified": rq, "action_first_person": afp,
                     "negative_phrases": [], "fillers": [], "quality": _quality(present, rq, afp), "notes": note,
                     "filler_spans": [], "negative_spans": []})

    for raw in text.splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        m = _HEAD.match(line)
        if m:
            close()
            meta = dict(re.findall(r"(\w+)=((?:(?!\s\w+=).)*)", m.group(1)))
            cur = {"meta": meta, "segs": []}
            continue
        part, _, seg = line.partition(":")
        if part not in ("S", "T", "A", "R", "-") or cur is None:
            raise ValueError(f"bad line: {line!r}")
        cur["segs"].append((part, seg.strip() if not seg.strip().startswith("+") else seg.strip()))
    close()
    return rows


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="star-segments", description="segment file -> STAR jsonl")
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("note", nargs="?", default="")
    args = ap.parse_args(argv)
    src, dst, note = args.src, args.dst, args.note
    rows = parse(src.read_text(encoding="utf-8"), note)
    dst.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} answers -> {dst}")
    return 0


def register(sub) -> None:
    """`rebond bench star-segments [ARGS...]`"""
    import argparse

    parser = sub.add_parser("star-segments", help="build a STAR jsonl from a segment file")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    parser.set_defaults(func=lambda a: main(a.args))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
