"""STAR segmentation of an answer (Situation, Task, Action, Result): a learned clause classifier on multilingual
sentence embeddings, a sequence step that knows the usual S→T→A→R order, and the cue rules as a fallback.

1. The text is cut into clauses (`_clauses`: sentence ends, commas, and conjunctions that open a new subject).
2. With an embedder (app.ml.sentence_embedder, injected by the caller), each clause becomes a feature vector: its
   sentence embedding, the embeddings of its neighbours, cue flags from app/analysis/star_cues.py (task, result,
   anchor, habit, past action, measure…) and its position. A linear softmax layer trained by bench/star_train.py
   (weights and how they were made: app/resources/star/) gives P(part | clause) over S, T, A, R and O (no part).
3. A Viterbi pass over the clauses (transition, start and end probabilities counted on the training answers) picks
   the most likely label sequence, so a lone "Result-looking" clause before any step stays Situation, and an answer
   made only of habits and opinions stays without parts.
4. Without an embedder, or when the trained weights are missing, the cue rules label the clauses (what Rebond did
   before; < 5 ms), and the report says `method: "rules"`.

"Result quantified" comes from the measures found by app/analysis/quantities.py inside Result spans only: numbers in
the Situation, Task or Action never count.

`analyze_star_text(text, lang, embedder=None)` is the pure entry point (no I/O besides the packaged weights, read
once).
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.analysis import star_cues as C
from app.analysis.language import find_negatives, negative_matches
from app.analysis.quantities import find_quantities
from app.core.paths import resource

log = logging.getLogger(__name__)

PARTS = ("S", "T", "A", "R")
_SENT_END = re.compile(r"(?<=[.!?…])\s+")
# A new clause starts at a comma/semicolon, or at a conjunction that introduces a new subject.
_SPLIT = re.compile(
    r"[,;:]\s+|\s+(?=(?:and|so|but|then|et|donc|mais|puis|pis|alors|fait que|et du coup|du coup)\s+"
    r"(?:(?:then|now|since then|in the end|depuis|maintenant|au final|finalement|ensuite|après)\s+)?"
    r"(?:i|we|they|he|she|it|my|this|there|everyone|nobody|the|je|j'|on|nous|il|elle|ils|elles|moi|"
    r"c'était|mon|ma|mes|notre|nos|son|sa|ses|leur|la|le|les|l'|tout|tous|personne|ça|y)\b)", re.IGNORECASE)
_MIN_WORDS = 4
_NEG = re.compile(r"\b(didn't|did not|n'ai pas|ai pas|a pas)\b", re.I)
_LEADING = {"and", "so", "then", "but", "um", "uh", "like", "et", "puis", "pis", "alors", "mais", "euh", "donc", "depuis",
            "now", "maintenant", "finally", "finalement", "ensuite"}


@dataclass
class Clause:
    start: int
    end: int
    text: str
    part: str | None = None


def _clauses(text: str) -> list[Clause]:
    """Clauses with character offsets; fragments of fewer than 4 words are glued to the previous clause."""
    out: list[Clause] = []
    pos = 0
    for sent in _SENT_END.split(text):
        s_start = text.index(sent, pos) if sent else pos
        pos = s_start + len(sent)
        cursor = s_start
        pieces = []
        for m in _SPLIT.finditer(sent):
            pieces.append((cursor, s_start + m.start()))
            cursor = s_start + m.end()
        pieces.append((cursor, s_start + len(sent)))
        for a, b in pieces:
            chunk = text[a:b]
            if not chunk.strip():
                continue
            if out and (len(chunk.split()) < _MIN_WORDS or len(out[-1].text.split()) < 2) and out[-1].end >= a - 2 \
                    and not out[-1].text.rstrip().endswith((".", "!", "?", "…")):
                out[-1].end = b
                out[-1].text = text[out[-1].start:b]
            else:
                out.append(Clause(a, b, chunk))
    # a short opener ("Alors, euh") belongs to the clause it opens
    merged: list[Clause] = []
    for c in out:
        if merged and len(merged[-1].text.split()) < _MIN_WORDS and not merged[-1].text.rstrip().endswith((".", "!", "?")):
            merged[-1].end = c.end
            merged[-1].text = text[merged[-1].start:c.end]
        else:
            merged.append(c)
    return merged


# Finer cuts for the classifier: speech-recogniser run-ons often chain clauses with no comma and no conjunction
# ("…planned by hand I was asked to…", "…avant l'ouverture après en fait j'ai rencontré…"). A new clause starts at a
# subject pronoun (optionally after a connector and fillers) unless the word before it subordinates the pronoun
# ("the day I joined", "ce que j'ai fait", "quand on est arrivés").
_FINE_CONNECTORS = (r"(?:(?:and then|and so|so then|but then|after that|and|so|then|but|et du coup|et puis|et après|et|"
                    r"donc|alors|puis|après|ensuite|mais|du coup)\s+)?(?:(?:um|uh|like|you know|basically|i mean|euh|"
                    r"ben|bah|en fait|du coup|genre|voilà),?\s+)*")
# the subject pronouns of each language ("on" is a French subject but an English preposition); an epistemic
# parenthetical ("worth, I think, around eighty thousand", "je pense") does not open a clause
_FINE_SPLIT = {
    "en": re.compile(r"\s+(?=" + _FINE_CONNECTORS + r"(?:i|we|they|she|he)\s(?!think\b|guess\b|mean\b|believe\b|"
                     r"suppose\b|reckon\b)|(?:and|so|but|then)\s+(?:our|their|his|her|its)\s+\w)",
                     re.IGNORECASE),
    "fr": re.compile(r"\s+(?=" + _FINE_CONNECTORS + r"(?:je\s|j'|on\s|nous\s|il\s|elle\s|ils\s|elles\s)"
                     r"(?!pense\b|crois\b|dirais\b|sais pas\b))", re.IGNORECASE),
}
_NO_CUT_AFTER = {
    "that", "when", "what", "where", "which", "who", "whom", "because", "if", "as", "before", "after", "until", "while",
    "since", "than", "how", "why", "whether", "so", "and", "then", "but", "or", "um", "uh", "like", "know", "mean",
    "said", "say", "think", "thought", "felt", "knew", "realised", "realized", "once", "guess", "hope", "sure", "time",
    "day", "moment", "way", "the", "a", "an", "que", "qu'", "quand", "où", "si", "comme", "lorsque", "parce", "et",
    "donc", "alors", "puis", "mais", "ou", "euh", "ben", "bah", "genre", "coup", "fait", "ce", "dont", "pendant",
    "dès", "depuis", "pour", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "jour",
    "fois", "ensuite", "après", "avant", "pense", "crois", "sais", "dit", "disait", "pensais", "croyais", "then,",
    "ai", "moi", "toi", "lui", "eux", "-", "voilà", "well", "okay", "honestly", "franchement", "bon",
}
_FINE_MIN_WORDS = 3


def fine_clauses(text: str, lang: str = "en") -> list[Clause]:
    """The clauses the classifier sees: `_clauses` cut further at subject pronouns (see `_FINE_SPLIT`)."""
    split = _FINE_SPLIT["fr" if lang == "fr" else "en"]
    out: list[Clause] = []
    for c in _clauses(text):
        cuts = [c.start]
        for m in split.finditer(c.text):
            before = c.text[:m.start()].split()
            if not before or before[-1].lower().strip(",;") in _NO_CUT_AFTER:
                continue
            pos = c.start + m.end()
            if len(text[cuts[-1]:pos].split()) >= _FINE_MIN_WORDS and len(text[pos:c.end].split()) >= _FINE_MIN_WORDS:
                cuts.append(pos)
        cuts.append(c.end)
        for a, b in itertools.pairwise(cuts):
            out.append(Clause(a, b, text[a:b]))
    return out


def _main_verb(t: str, m: re.Match) -> bool:
    """False when the matched "I/we + past verb" is not the clause's own narration: a relative clause ("the sofa we
    delivered"), a reported thought ("I thought we owned it") or a time/cause subordinate ("when I joined",
    "quand je suis arrivé"), which set the scene rather than tell a step."""
    return not C.NOT_MAIN_BEFORE.search(t[:m.start()])


def _is_action(t: str) -> bool:
    if C.EN_WHAT_I_DID.search(t) or C.FR_CE_QUE.search(t):
        return True
    # a negation before the verb ("j'ai pas cherché") is not a step; one later in the clause ("I removed every field
    # we didn't need") does not undo it
    return any(_main_verb(t, m) and not _NEG.search(t[:m.end()])
               for rx in (C.EN_PAST_ACTION, C.FR_PAST_ACTION) for m in rx.finditer(t))


def _label(clauses: list[Clause], negative_dominated: bool, neg_spans: list[tuple[int, int]]) -> None:
    """Assign parts in place. `neg_spans`: negative-formulation matches (EN and FR patterns) in the text."""
    actions = [i for i, c in enumerate(clauses) if _is_action(c.text) and not C.HABITUAL.search(c.text)]
    present = not actions and _present_narration(clauses)
    if present:
        actions = [i for i, c in enumerate(clauses) if C.PRESENT_ACTION.search(c.text) and not C.HABITUAL.search(c.text)]
    # "The best example is when I got them to sign…": the whole opening sentence announces the outcome.
    headline = set()
    if clauses and C.HEADLINE.search(clauses[0].text):
        for i, c in enumerate(clauses):
            headline.add(i)
            if c.text.rstrip().endswith((".", "!", "?")):
                break
        actions = [i for i in actions if i not in headline]
    else:
        headline = _flashback_headline(clauses, actions)
        actions = [i for i in actions if i not in headline]
    # In the closing sentence, "we filed two days early" reports the outcome, not one more step.
    last_sentence = _last_sentence_start(clauses)
    if len(actions) > 2:
        actions = [i for i in actions if not (i >= last_sentence and i > actions[1]
                                              and (C.RESULT.search(clauses[i].text) or _has_quantity(clauses[i].text)))]
    if len(actions) > 2 and last_sentence > actions[0] and last_sentence not in actions \
            and C.OTHER_PAST.search(clauses[last_sentence].text):
        actions = [i for i in actions if i < last_sentence]
    anchors = [i for i, c in enumerate(clauses) if C.ANCHOR.search(c.text) and not C.HABITUAL.search(c.text)]
    # "Two years ago I failed an exam." opening the answer, with the steps told in later sentences: the dated
    # opening event is the background (guide: the speaker's own earlier mistake is S).
    first_end = next((i for i, c in enumerate(clauses) if c.text.rstrip().endswith((".", "!", "?"))), len(clauses))
    if actions and actions[0] <= first_end and any(i > first_end for i in actions) \
            and any(C.ANCHOR.search(clauses[i].text) or C.MISTAKE.search(clauses[i].text) for i in range(first_end + 1)):
        actions = [i for i in actions if i > first_end]
    def holds_negative(c: Clause) -> bool:
        return any(c.start <= s and e <= c.end for s, e in neg_spans)

    negative = {i for i, c in enumerate(clauses) if holds_negative(c)}
    if negative_dominated and anchors and [i for i in actions if i not in negative and i > anchors[0]]:
        # A complaint that still tells an episode ("I failed it… I signed up for a prep course… I passed"): label
        # the episode, leave the complaints themselves out.
        actions = [i for i in actions if i not in negative]
        negative_dominated = False
    else:
        negative = set()
    if negative_dominated or not actions:
        # Complaint or no narrated action: at most the concrete background is there (guide: only S).
        if negative_dominated and anchors:
            out: list[Clause] = []
            for c in clauses:
                if (C.ANCHOR.search(c.text) or C.PAST_STATE.search(c.text)) and not holds_negative(c) \
                        and not C.HABITUAL.search(c.text):
                    c.part = "S"
                elif C.ANCHOR.search(c.text) and not C.HABITUAL.search(c.text):
                    # background and complaint in one breath ("at my last job my manager gave the promotion to
                    # his friend it wasn't my fault…"): the background ends where the complaint starts
                    cut = min(s for s, e in neg_spans if c.start <= s and e <= c.end)
                    head = c.text[:cut - c.start]
                    anchor = C.ANCHOR.search(head)
                    if anchor and len(head.split()) >= 2 * _MIN_WORDS:
                        out.append(Clause(c.start, cut, head, "S"))
                        c = Clause(cut, c.end, c.text[cut - c.start:])
                out.append(c)
            clauses[:] = out
        return
    if len(actions) < 2 and not anchors and not any(C.TASK.search(c.text) and not C.HABITUAL.search(c.text)
                                                   for c in clauses):
        return  # one stray past verb in an otherwise generic answer: no episode
    first_a, last_a = actions[0], actions[-1]
    split_tasks = _split_task_clauses(clauses)
    result_seen = False
    prev: str | None = None
    for i, c in enumerate(clauses):
        t = c.text
        if C.CLOSER.match(t) or (C.HABITUAL.search(t) and not _is_action(t) and not _past_background(t, i, first_a)) \
                or i in negative:
            continue
        if i > last_a and C.EVALUATIVE_CLOSER.match(t) and not C.RESULT.search(t) and not _has_quantity(t):
            continue  # "c'était un dimanche compliqué": a judgement, not what followed
        act = i in actions
        # an outcome needs something to follow from: before the first step, "résultat, une canalisation avait
        # pété" is a connector inside the background
        strong_r = bool(C.RESULT.search(t) and C.STRONG_RESULT.search(t)) and i > first_a
        if i in headline:
            c.part = "R"  # the answer opens on its outcome ("the best example is when I got them to sign...")
        elif (C.TASK.search(t) or i in split_tasks) and not act and not result_seen:
            c.part = "T"
        elif strong_r:
            c.part = "R"
            result_seen = True
        elif i < first_a:
            c.part = "T" if prev == "T" and not C.ANCHOR.search(t) else "S"
        elif i <= last_a:
            if act:
                c.part = "A"
            elif prev in ("S", "R") and C.ANCHOR.search(t) or prev == "S" and not result_seen:
                c.part = "S"
            elif C.ANCHOR.search(t) and prev is None:
                c.part = "S"
            elif _has_quantity(t) and C.OTHER_PAST.search(t) and _sentence_start(clauses, i):
                c.part = "R"
            else:
                c.part = "R" if result_seen else (prev if prev in ("A", "T") else "A")
        else:
            if C.RESULT.search(t) or _has_quantity(t):
                c.part = "R"
            elif C.ONGOING.search(t):
                c.part = "A"  # "I kept checking in with them every week": carrying on, not an outcome
            elif act and prev == "R" and not _sentence_start(clauses, i):
                c.part = "R"  # "He accepted the new quote, and we kept the client.": one outcome sentence
            elif act:
                c.part = "A" if (C.FIRST_PERSON_SING_ACTION.search(t) or C.WE_ACTION.search(t)) else "R"
            elif prev == "R" or C.PAST_STATE.search(t) or C.EN_PAST_ANY.search(t) or _past_fr(t) \
                    or present and _sentence_start(clauses, i):
                # a new sentence after the last step, or a clause with its own subject, tells what followed; a
                # clause continuing the subject ("and I, like, | set up a queue") continues the previous part
                c.part = "R" if prev == "R" or _sentence_start(clauses, i) or not _starts_with_verb(t) else prev
            elif _sentence_start(clauses, i) and not _SPEAKER_START.match(t):
                c.part = "R"  # someone else, now: "Elle y va maintenant toutes les semaines" (a lasting consequence)
            else:
                c.part = prev
        if c.part is not None:
            prev = c.part
            result_seen = result_seen or c.part == "R" and i > first_a


def _past_background(t: str, i: int, first_a: int) -> bool:
    """Before the first step of an episode, a past state that recurred ("we were throwing away bread every day", "un
    client qui recevait ses colis abîmés à chaque fois") is the problem being set up, not a habit of the speaker."""
    hab = C.HABITUAL.search(t)
    return i < first_a and bool(hab and _FREQUENCY.fullmatch(hab.group(0))) \
        and bool(C.PAST_STATE.search(t) or C.EN_PAST_ANY.search(t) or _past_fr(t))


_FREQUENCY = re.compile(r"every (?:day|time)|whenever|always|usually|toujours|à chaque fois|chaque fois|souvent",
                        re.IGNORECASE)


def _split_task_clauses(clauses: list[Clause]) -> set[int]:
    """Clauses opening a task cue that the comma split cut in two ("The head asked me, as the class teacher, to
    handle it"): the cue is searched over each sentence and given to the clause where it starts."""
    out: set[int] = set()
    start = 0
    for i, c in enumerate(clauses):
        if not c.text.rstrip().endswith((".", "!", "?", "…")) and i < len(clauses) - 1:
            continue
        group = clauses[start:i + 1]
        if len(group) > 1:
            joined = ", ".join(g.text.rstrip(" ,;") for g in group)
            m = C.TASK.search(joined)
            if m:
                pos = 0
                for k, g in enumerate(group):
                    pos += len(g.text.rstrip(" ,;")) + 2
                    if m.start() < pos:
                        out.add(start + k)
                        break
        start = i + 1
    return out


def _present_narration(clauses: list[Clause]) -> bool:
    """One moment told in the historical present: its scene is set in the first sentence and at least two steps
    follow as first-person present verbs; habits ("I always…", "whenever…") never count."""
    if not clauses or not any(C.PRESENT_SCENE.search(c.text) for c in clauses[:3]):
        return False
    if any(C.HABITUAL.search(c.text) for c in clauses):
        return False
    return sum(bool(C.PRESENT_ACTION.search(c.text)) for c in clauses) >= 2


def _flashback_headline(clauses: list[Clause], actions: list[int]) -> set[int]:
    """The opening sentence announces the outcome when the next sentence goes back in time (pluperfect: "We got the
    contract back. They'd left us in March…") and the steps are told after it."""
    ends = [i for i, c in enumerate(clauses) if c.text.rstrip().endswith((".", "!", "?", "…"))]
    if len(ends) < 2 or not any(i <= ends[0] for i in actions) or not any(i > ends[1] for i in actions):
        return set()
    second = clauses[ends[0] + 1]
    if not C.PLUPERFECT.search(second.text) or (ends[0] + 1) in actions:
        return set()
    return set(range(ends[0] + 1))


def _has_quantity(t: str) -> bool:
    return bool(C.NUMBER_WORDS.search(C.DATE_LIKE.sub(" ", t)))


def _sentence_start(clauses: list[Clause], i: int) -> bool:
    return i == 0 or clauses[i - 1].text.rstrip().endswith((".", "!", "?", "…"))


def _starts_with_verb(t: str) -> bool:
    """A clause continuing the previous subject ("and I, like, | set up a queue")."""
    words = re.findall(r"[\w']+", t.lower())
    while words and words[0] in _LEADING:
        words = words[1:]
    first = words[:1]
    return bool(first) and first[0] not in _SUBJECT_START


_SPEAKER_START = re.compile(r"^\W*(?:(?:and|so|then|et|puis|alors|donc)\W+)*(?:i|we|je|j'|on|nous|moi)\b", re.IGNORECASE)
_SUBJECT_START = {"i", "we", "they", "he", "she", "it", "the", "my", "our", "their", "his", "her", "everyone",
                  "everybody", "je", "on", "nous", "il", "elle", "ils", "elles", "le", "la", "les", "tout", "tous",
                  "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos"}


def _last_sentence_start(clauses: list[Clause]) -> int:
    for i in range(len(clauses) - 1, 0, -1):
        if clauses[i - 1].text.rstrip().endswith((".", "!", "?")):
            return i
    return 0


def _past_fr(t: str) -> bool:
    """Passé composé, or an imperfect of a third person ("les sorties se faisaient avant midi")."""
    return bool(re.search(r"\b(a|ont|est|sont|s'est|se sont)\s+(\w+\s+)?\w+(é|ée|és|ées|i|is|ie|u|ue|us|it|ert|erte|ort|int)\b|"
                          r"\b\w{2,}(?:ait|aient)\b", t, re.I))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;:":
        s += 1
    while e > s and text[e - 1] in " ,;:":
        e -= 1
    return s, e


def _spans(text: str, clauses: list[Clause]) -> list[dict]:
    spans: list[dict] = []
    for c in clauses:
        if c.part is None:
            continue
        s, e = _trim(text, c.start, c.end)
        if spans and spans[-1]["part"] == c.part and not text[spans[-1]["char_end"]:s].strip(" ,;:"):
            spans[-1]["char_end"] = e
        else:
            spans.append({"part": c.part, "char_start": s, "char_end": e})
    return spans


def result_measures(text: str, spans: list[dict]) -> list[dict]:
    """The measures (app/analysis/quantities.py) inside Result spans; numbers in S, T or A are not looked at."""
    out = []
    for sp in spans:
        if sp["part"] != "R":
            continue
        chunk = text[sp["char_start"]:sp["char_end"]]
        for q in find_quantities(chunk):
            out.append({"kind": q.kind, "text": q.text, "char_start": sp["char_start"] + q.char_start,
                        "char_end": sp["char_start"] + q.char_end})
    return out


_AND_I = re.compile(r"\b(?:my|our|the|a)\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+i\b", re.IGNORECASE)


def _first_person(text: str, spans: list[dict]) -> bool | None:
    # "my manager and I pulled the invoices" is a collective agent (guide: like "we")
    actions = [_AND_I.sub(" we", text[s["char_start"]:s["char_end"]]) for s in spans if s["part"] == "A"]
    if not actions:
        return None
    return any(C.FIRST_PERSON_SING_ACTION.search(a) or any(m.group(0).lower().startswith(("i ", "je", "j'"))
                                                          for m in C.PRESENT_ACTION.finditer(a)) for a in actions)


# ---------------------------------------------------------------------------------------------- the classifier
LABELS = ("S", "T", "A", "R", "O")  # O: no part (habit, opinion, meta comment, closer)
Embedder = Callable[[Sequence[str]], np.ndarray]
MODEL_FILE = ("star", "star_classifier.npz")

_CUES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("task", lambda t: bool(C.TASK.search(t))),
    ("result", lambda t: bool(C.RESULT.search(t))),
    ("strong_result", lambda t: bool(C.STRONG_RESULT.search(t))),
    ("anchor", lambda t: bool(C.ANCHOR.search(t))),
    ("habitual", lambda t: bool(C.HABITUAL.search(t))),
    ("past_state", lambda t: bool(C.PAST_STATE.search(t))),
    ("past_action", lambda t: _is_action(t)),
    ("present_action", lambda t: bool(C.PRESENT_ACTION.search(t))),
    ("other_past", lambda t: bool(C.OTHER_PAST.search(t))),
    ("ongoing", lambda t: bool(C.ONGOING.search(t))),
    ("headline", lambda t: bool(C.HEADLINE.search(t))),
    ("closer", lambda t: bool(C.CLOSER.match(t) or C.EVALUATIVE_CLOSER.match(t))),
    ("mistake", lambda t: bool(C.MISTAKE.search(t))),
    ("pluperfect", lambda t: bool(C.PLUPERFECT.search(t))),
    ("measure", lambda t: bool(find_quantities(t))),
    ("first_person", lambda t: bool(_SPEAKER_START.match(t))),
    ("verb_first", lambda t: bool(_VERB_FIRST.match(t))),
    ("conditional", lambda t: bool(_CONDITIONAL.search(t))),
)
# A résumé bullet opens on its verb or action noun: "Restored service…", "Reduced…", "Refonte du site…".
_VERB_FIRST = re.compile(r"^\W*(?:[A-Za-z]+ed|led|built|ran|cut|grew|won|set up|brought|made|took|"
                         r"(?:mise|refonte|création|conception|pilotage|gestion|négociation|formation|réduction|"
                         r"augmentation|automatisation|lancement|coordination|rétablissement)\b)\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:would|i'd|if i|could|should|je ferais|j'irais|je commencerais|si j'avais|"
                          r"\w+(?:erais|irais|rais))\b", re.IGNORECASE)
CUE_NAMES = tuple(name for name, _ in _CUES)


def clause_features(texts: Sequence[str], emb: np.ndarray, *, context: bool = True) -> np.ndarray:
    """One row per clause: [embedding, previous clause's, next clause's (context), cue flags, position, answer-level
    cue rates]. The same function builds the training matrix (bench/star_train.py) and the one classified here."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    cues = np.array([[float(f(t)) for _, f in _CUES] for t in texts], dtype=np.float32).reshape(n, len(_CUES))
    pos = np.arange(n, dtype=np.float32) / max(n - 1, 1)
    first = (np.arange(n) == 0).astype(np.float32)
    last = (np.arange(n) == n - 1).astype(np.float32)
    position = np.stack([pos, first, last, np.full(n, np.log1p(n), dtype=np.float32)], axis=1)
    answer = np.repeat(cues.mean(axis=0, keepdims=True), n, axis=0)
    parts = [emb.astype(np.float32)]
    if context:
        zero = np.zeros((1, emb.shape[1]), dtype=np.float32)
        parts += [np.vstack([zero, emb[:-1]]), np.vstack([emb[1:], zero])]
    return np.hstack(parts + [cues, position, answer]).astype(np.float32)


def embed_text(t: str) -> str:
    """What the embedder sees of a clause: lower case (speech recognisers and résumés differ mostly in case)."""
    return " ".join(t.lower().split())


@dataclass(frozen=True)
class StarModel:
    """Trained weights (app/resources/star/star_classifier.npz, written by bench/star_train.py)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # (features, labels)
    bias: np.ndarray
    log_start: np.ndarray
    log_trans: np.ndarray
    log_end: np.ndarray
    log_prior: np.ndarray
    prior_weight: float
    context: bool
    end_weight: float = 1.0

    def posteriors(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def decode(self, post: np.ndarray) -> list[str]:
        """Viterbi over the clauses: emissions are the scaled posteriors (hybrid HMM, p(x|y) ∝ p(y|x) / p(y)^w)."""
        emit = np.log(np.clip(post, 1e-9, 1.0)) - self.prior_weight * self.log_prior
        n, k = emit.shape
        score = self.log_start + emit[0]
        back = np.zeros((n, k), dtype=np.int64)
        for i in range(1, n):
            cand = score[:, None] + self.log_trans
            back[i] = cand.argmax(axis=0)
            score = cand.max(axis=0) + emit[i]
        score = score + self.end_weight * self.log_end
        path = [int(score.argmax())]
        for i in range(n - 1, 0, -1):
            path.append(int(back[i, path[-1]]))
        return [LABELS[j] for j in reversed(path)]

    @classmethod
    def from_npz(cls, data) -> StarModel:
        return cls(mean=data["mean"], scale=data["scale"], weights=data["weights"], bias=data["bias"],
                   log_start=data["log_start"], log_trans=data["log_trans"], log_end=data["log_end"],
                   log_prior=data["log_prior"], prior_weight=float(data["prior_weight"]),
                   context=bool(data["context"]),
                   end_weight=float(data["end_weight"]) if "end_weight" in data else 1.0)


@functools.lru_cache(maxsize=1)
def packaged_model() -> StarModel | None:
    """The shipped weights, or None (logged) when they are missing or unreadable: the rules take over."""
    path = resource(*MODEL_FILE)
    try:
        with np.load(path, allow_pickle=False) as data:
            return StarModel.from_npz(data)
    except (OSError, KeyError, ValueError) as exc:
        log.warning("STAR classifier weights unavailable (%s): using the cue rules", exc)
        return None


def classify_clauses(clauses: list[Clause], embedder: Embedder, model: StarModel) -> list[str]:
    texts = [c.text for c in clauses]
    emb = np.asarray(embedder([embed_text(t) for t in texts]), dtype=np.float32)
    x = clause_features(texts, emb, context=model.context)
    return model.decode(model.posteriors(x))


def analyze_star_text(text: str, lang: str = "en", *, embedder: Embedder | None = None,
                      model: StarModel | None = None) -> dict:
    """STAR analysis of a written or transcribed answer (pure; fast: about 30 ms for 300 words with the embedder).

    `embedder(texts) -> (n, d) array` (app.ml.sentence_embedder.default_embedder()) turns on the classifier; without
    it, or without trained weights, the cue rules decide. `model` overrides the packaged weights (training, tests).

    Returns {present{S,T,A,R}, spans[{part,char_start,char_end,start,end}], result_quantified, result_measures,
    action_first_person, share{S,T,A,R}, method} where times are None and shares are fractions of the labelled
    characters."""
    clauses = _clauses(text)
    method = "rules"
    if embedder is not None and clauses:
        model = model or packaged_model()
        if model is not None:
            rule_clauses, clauses = clauses, fine_clauses(text, lang)
            try:
                labels = classify_clauses(clauses, embedder, model)
            except Exception:  # a failing embedder must not cost the user the report: fall back to the rules
                log.exception("STAR classifier failed; using the cue rules")
                clauses = rule_clauses
            else:
                for c, lab in zip(clauses, labels, strict=True):
                    c.part = None if lab == "O" else lab
                method = "classifier"
    if method == "rules":
        _label_by_rules(text, lang, clauses)
    spans = _spans(text, clauses)
    for sp in spans:
        sp["start"] = sp["end"] = None
    present = {p: any(s["part"] == p for s in spans) for p in PARTS}
    total = sum(s["char_end"] - s["char_start"] for s in spans)
    share = {p: (round(sum(s["char_end"] - s["char_start"] for s in spans if s["part"] == p) / total, 3)
                 if total else 0.0) for p in PARTS}
    measures = result_measures(text, spans)
    return {"present": present, "spans": spans, "result_quantified": bool(measures), "result_measures": measures,
            "action_first_person": _first_person(text, spans), "share": share, "method": method}


def _label_by_rules(text: str, lang: str, clauses: list[Clause]) -> None:
    negatives = find_negatives(text, lang)
    # one pass of both languages' patterns (speakers mix them); a clause holding a match is a complaint
    # in a run-on transcript several negative formulations share one comma-less "clause" and collapse into one
    # reported item: count the distinct matches too
    own = sorted(negative_matches(text, lang))
    distinct = sum(1 for k, (s, _) in enumerate(own) if k == 0 or s >= own[k - 1][1])
    _label(clauses, negative_dominated=max(len(negatives), distinct) >= 3,
           neg_spans=negative_matches(text, "en") + negative_matches(text, "fr"))
