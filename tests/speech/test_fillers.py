"""Fillers in context, FR and EN, on literal transcripts and timed word lists."""

from app.analysis.fillers import find_fillers, summarise
from app.analysis.transcript import from_text, from_timed_words


def forms(text, lang):
    return [(e.form, e.kind) for e in find_fillers(from_text(text, lang), lang)]


def test_english_hesitations_and_lexical():
    got = forms("Um, so I had, like, fourteen patients and, you know, it just worked, basically.", "en")
    assert got == [("um", "hesitation"), ("like", "lexical"), ("you know", "lexical"), ("basically", "lexical")]


def test_like_as_verb_comparison_and_quotative_is_not_a_filler():
    assert forms("I like beans. People like that are rare. He was like, I'm not doing it.", "en") == []


def test_like_as_approximator_is_a_filler():
    assert forms("I rang him at like 1am with like three questions", "en") == [("like", "lexical")] * 2


def test_you_know_with_an_object_is_not_a_filler():
    assert forms("If you know dental clinics, you know they hate changing suppliers.", "en") == []


def test_kind_of_inside_a_noun_phrase_is_not_a_filler():
    assert forms("I set up a kind of war room", "en") == []
    assert forms("we kind of split the lobby", "en") == [("kind of", "lexical")]


def test_french_context_rules():
    text = ("Du coup, euh, j'ai appelé la cliente, en fait. C'était une bonne question. Je savais pas quoi faire, "
            "toute seule, quoi. Voilà pourquoi on a enfin reçu les pièces. Bon, voilà.")
    got = [f for f, _ in forms(text, "fr")]
    assert got == ["du coup", "euh", "en fait", "quoi", "bon", "voilà"]


def test_du_coup_linking_a_cause_is_not_a_filler():
    assert forms("J'avais oublié le raccord, et du coup la ligne a fui.", "fr") == []


def test_events_carry_times_and_spans_on_timed_words():
    tr = from_timed_words([(" Euh", 0.0, 0.4, 0.9), (" je", 0.5, 0.6, 0.9), (" pense", 0.6, 0.9, 0.9)], "fr")
    ev = find_fillers(tr, "fr")[0]
    assert (ev.form, ev.start, ev.end) == ("euh", 0.0, 0.4)
    assert tr.text[ev.char_start:ev.char_end] == "Euh"
    summary = summarise([ev], speaking_minutes=0.5)
    assert summary["per_minute"] == 2.0 and summary["by_form"] == {"euh": 1}
