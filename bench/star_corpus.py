"""Generate the STAR training corpus (bench/data/star_train_generated.jsonl) from the clause pools in
bench/data/star_pools_{en,fr}.txt. Not part of the product.

Each answer is a random episode (or a generic answer) built from labelled clauses, then rendered in one of several
styles so that the classifier sees the variety users produce: written answers, speech-recogniser run-ons (lower
case, no punctuation, fillers, "and so"), résumé bullets without a subject, third-person accounts, answers lacking
a part, habits and opinions with no episode, and unlabelled openers and closers. The labels follow
../shared/data/labels/star_GUIDE.md: every clause keeps the part of the pool it came from; result_quantified is true
when an R clause comes from a measured-outcome pool (Rq, RB); numbers in S, T and A are traps.

    python -m bench.star_corpus [--n 480] [--seed 13]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from bench.star_segments import _quality

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
OUT = DATA / "star_train_generated.jsonl"

FILLERS = {"en": ["um", "uh", "like", "you know", "basically", "I mean"],
           "fr": ["euh", "ben", "en fait", "du coup", "genre", "bah"]}
JOINS = {"en": ["and", "so", "and then", "and so", "then"], "fr": ["et", "donc", "alors", "et du coup", "et puis", "après"]}
QUESTIONS = {"en": "Tell me about a time you faced a challenge at work.",
             "fr": "Parlez-moi d'une situation difficile que vous avez gérée."}


def load_pools(lang: str) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {}
    cur = None
    for line in (DATA / f"star_pools_{lang}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            pools[cur] = []
        else:
            pools[cur].append(line)
    return pools


_EN_THIRD = [(r"\bI'm\b", "{P} is"), (r"\bI was\b", "{P} was"), (r"\bI had\b", "{P} had"), (r"\bI\b", "{P}"),
             (r"\bmy\b", "{poss}"), (r"\bMy\b", "{Poss}"), (r"\bme\b", "{obj}"), (r"\bmyself\b", "{refl}")]
_FR_THIRD = [(r"\bJ'ai\b", "{P} a"), (r"\bj'ai\b", "{p} a"), (r"\bje suis\b", "{p} est"), (r"\bJe suis\b", "{P} est"),
             (r"\bj'étais\b", "{p} était"), (r"\bJ'étais\b", "{P} était"), (r"\bje devais\b", "{p} devait"),
             (r"\bJe devais\b", "{P} devait"), (r"\bje voulais\b", "{p} voulait"), (r"\bJe voulais\b", "{P} voulait"),
             (r"\bj'avais\b", "{p} avait"), (r"\bJ'avais\b", "{P} avait"), (r"\bje l'ai\b", "{p} l'a"),
             (r"\bje les ai\b", "{p} les a"), (r"\bje leur ai\b", "{p} leur a"), (r"\bje lui ai\b", "{p} lui a"),
             (r"\bje me suis\b", "{p} s'est"), (r"\bJe me suis\b", "{P} s'est"), (r"\bm'a\b", "lui a"),
             (r"\bmon\b", "son"), (r"\bma\b", "sa"), (r"\bmes\b", "ses"), (r"\bMon\b", "Son"), (r"\bMa\b", "Sa"),
             (r"\bje\b", "{p}"), (r"\bj'", "{p} ")]


def third_person(text: str, lang: str, she: bool) -> str | None:
    """The clause told about someone else; None when the rewrite would leave a first-person form behind."""
    if lang == "en":
        subs = {"P": "She" if she else "He", "poss": "her" if she else "his", "Poss": "Her" if she else "His",
                "obj": "her" if she else "him", "refl": "herself" if she else "himself"}
        out = text
        for rx, rep in _EN_THIRD:
            out = re.sub(rx, rep.format(**subs), out)
        out = re.sub(r"(?<=[a-z,] )(She|He)\b", lambda m: m.group(1).lower(), out)
        return out if not re.search(r"\b(I|me|my|we|our)\b", out) else None
    subs = {"P": "Elle" if she else "Il", "p": "elle" if she else "il"}
    out = text
    for rx, rep in _FR_THIRD:
        out = re.sub(rx, rep.format(**subs), out)
    out = re.sub(r"\bque (il|elle)\b", r"qu'\1", out)
    return out if not re.search(r"\b(je|j'|me|m'|on|nous)\b", out, re.I) else None


def first_person_action(clause: str) -> bool:
    return bool(re.match(r"^(?:then |ensuite |alors |so )?(?:i\b|j'|je\b)", clause.strip(), re.I))


def _runon(text: str, lang: str, rng: random.Random) -> str:
    t = text.rstrip(".!?")
    t = re.sub(r",", "", t) if rng.random() < 0.7 else t
    if not t.startswith("I ") and not t.startswith("I'"):
        t = t[:1].lower() + t[1:]
    if rng.random() < 0.45:
        words = t.split()
        k = rng.randrange(0, max(1, len(words)))
        words.insert(k, rng.choice(FILLERS[lang]))
        t = " ".join(words)
    return t


def make_answer(lang: str, pools: dict[str, list[str]], rng: random.Random, k: int) -> dict:
    r = rng.random()
    style = ("generic" if r < 0.12 else "bullets" if r < 0.22 else "runon" if r < 0.47 else "third" if r < 0.57
             else "written")
    segs: list[tuple[str, str]] = []  # (part or "-", clause)
    rq = False
    afp: bool | None = None
    if style == "generic":
        for g in rng.sample(pools["G"], rng.randint(2, 4)):
            segs.append(("-", g))
        if rng.random() < 0.3:
            segs.append(("-", rng.choice(pools["O"])))
    elif style == "bullets":
        if rng.random() < 0.3:
            segs.append(("S", rng.choice(pools["S"])))
        for a in rng.sample(pools["AB"], rng.randint(1, 3)):
            segs.append(("A", a + rng.choice([".", ";", ","])))
        if rng.random() < 0.8:
            for rb in rng.sample(pools["RB"], rng.randint(1, 2)):
                seg = rb[:1].upper() + rb[1:] if rng.random() < 0.6 else rb
                segs.append(("R", seg + rng.choice([".", ";", ","])))
            rq = True
        segs = [(p, s.rstrip(";,") + ("." if i == len(segs) - 1 else s[-1] if s[-1] in ";,." else ""))
                for i, (p, s) in enumerate(segs)]
        afp = True
    else:
        pattern = rng.random()
        parts = ("STAR" if pattern < 0.45 else "SAR" if pattern < 0.60 else "STA" if pattern < 0.74 else
                 "TAR" if pattern < 0.82 else "AR" if pattern < 0.88 else "SA" if pattern < 0.92 else
                 "S" if pattern < 0.95 else "A" if pattern < 0.97 else "RSTA")
        if rng.random() < 0.12:
            segs.append(("-", rng.choice(pools["O"])))
        for part in parts:
            if part == "S":
                for s in rng.sample(pools["S"], 1 if rng.random() < 0.75 else 2):
                    segs.append(("S", s))
            elif part == "T":
                segs.append(("T", rng.choice(pools["T"])))
            elif part == "A":
                acts = rng.sample(pools["A"], rng.choice([1, 2, 2, 3]))
                for a in acts:
                    segs.append(("A", a))
            elif part == "R":
                quant = rng.random() < 0.5
                segs.append(("R", rng.choice(pools["Rq" if quant else "Rv"])))
                rq = rq or quant
                if rng.random() < 0.2:
                    segs.append(("R", rng.choice(pools["Rv"])))
        if rng.random() < 0.2:
            segs.append(("-", rng.choice(pools["O"] + pools["G"][:4])))
        if style == "third":
            rewritten = []
            she = rng.random() < 0.5
            for p, s in segs:
                t = third_person(s, lang, she) if p != "-" else s
                if t is None:
                    t = s
                rewritten.append((p, t))
            segs = rewritten
        acts = [s for p, s in segs if p == "A"]
        afp = any(first_person_action(a) for a in acts) if acts else None
    if style == "runon":
        out = []
        for i, (p, s) in enumerate(segs):
            t = _runon(s, lang, rng)
            if i and rng.random() < 0.6:
                t = rng.choice(JOINS[lang]) + " " + t
            if i == 0 and rng.random() < 0.4:
                t = rng.choice(["so", "well", "um so"] if lang == "en" else ["alors", "euh", "bon alors"]) + " " + t
            out.append((p, t))
        segs = out
    elif style in ("written", "third") and len(segs) > 1 and rng.random() < 0.3:
        # one sentence holding two clauses of different parts ("…, and I had to…")
        i = rng.randrange(0, len(segs) - 1)
        p, s = segs[i]
        if s.endswith("."):
            nxt = segs[i + 1][1]
            if not nxt.startswith(("I ", "I'")):
                nxt = nxt[:1].lower() + nxt[1:]
            segs[i] = (p, s[:-1] + ",")
            segs[i + 1] = (segs[i + 1][0], rng.choice(JOINS[lang][:2]) + " " + nxt)
    text, spans = "", []
    for p, s in segs:
        if text:
            text += " "
        start = len(text)
        text += s
        if p == "-":
            continue
        e = len(text)
        while e > start and text[e - 1] in " ,;:":
            e -= 1
        if spans and spans[-1]["part"] == p and not text[spans[-1]["end"]:start].strip(" ,;:"):
            spans[-1]["end"] = e
        else:
            spans.append({"part": p, "start": start, "end": e})
    present = {p: any(sp["part"] == p for sp in spans) for p in "STAR"}
    if not present["R"]:
        rq = False
    if not present["A"]:
        afp = None
    return {"id": f"gen-{lang}-{k:03d}", "lang": lang, "question": QUESTIONS[lang], "text": text, "spans": spans,
            "present": present, "result_quantified": rq, "action_first_person": afp, "negative_phrases": [],
            "fillers": [], "quality": _quality(present, rq, afp), "notes": f"generated ({style})",
            "filler_spans": [], "negative_spans": []}


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    pools = {lang: load_pools(lang) for lang in ("en", "fr")}
    return [make_answer("en" if k % 2 == 0 else "fr", pools["en" if k % 2 == 0 else "fr"], rng, k) for k in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=480)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    rows = generate(args.n, args.seed)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} answers -> {OUT}")
    return 0


def register(sub) -> None:
    """`rebond bench star-corpus [ARGS...]`"""
    import argparse

    parser = sub.add_parser("star-corpus", help="regenerate the generated STAR training corpus")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    parser.set_defaults(func=lambda a: main(a.args))


if __name__ == "__main__":
    raise SystemExit(main())
