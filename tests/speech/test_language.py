"""Hedges, negative formulations and pronouns."""

from app.analysis.language import find_hedges, find_negatives, pronouns


def test_hedges_en_fr():
    assert [h["text"] for h in find_hedges("I think maybe we could, perhaps.", "en")] == ["I think", "maybe", "perhaps"]
    assert [h["text"] for h in find_hedges("Je pense que c'était peut-être un peu tard.", "fr")] == [
        "Je pense que", "peut-être", "un peu"]


def test_negative_formulations_with_suggestions():
    text = "Honestly? It wasn't my fault. My boss never listened to me, and I'm not good at politics. Unfortunately."
    negs = find_negatives(text, "en")
    assert [n["category"] for n in negs] == ["blame", "blame", "self_deprecation", "regret"]
    assert all(n["suggestion"] and text[n["char_start"]:n["char_end"]] == n["text"] for n in negs)
    assert negs[1]["text"] == "My boss never listened to me"


def test_owning_a_mistake_and_plain_negation_are_not_negative():
    text = "I made a mistake in the spreadsheet. I didn't interrupt him, and I'd never done that before."
    assert find_negatives(text, "en") == []
    assert find_negatives("J'ai fait une erreur, c'était sûrement mon raccord, j'ai pas cherché d'excuses.", "fr") == []


def test_negative_french():
    negs = find_negatives("Bon, moi je suis pas très doué à l'oral, malheureusement, c'est pas mon truc.", "fr")
    assert [n["category"] for n in negs] == ["self_deprecation", "regret", "self_deprecation"]


def test_pronouns():
    assert pronouns("We split it, then I called them and we shipped.", "en") == {"i": 1, "we": 2, "i_share": 0.333}
    assert pronouns("On a livré, j'ai appelé.", "fr")["i"] == 1


def test_blame_on_any_colleague_and_reported_support():
    en = find_negatives("To be honest my old boss was completely useless, and the whole team was toxic.", "en")
    fr = find_negatives("Mon ancien chef était complètement incompétent, et franchement il m'a jamais soutenu.", "fr")
    assert len(en) == 2 and len(fr) == 2
    assert find_negatives("Le client était très en colère et il menaçait de partir.", "fr") == []


def test_disparaging_others_but_not_describing_a_problem():
    en = find_negatives("He had no clue about testing, and their documentation was a mess.", "en")
    assert [n["category"] for n in en] == ["blame", "blame"]
    assert find_negatives("I had no clue how the machine worked, and the kitchen was a mess that night.", "en") == []
    fr = find_negatives("Franchement, elle respectait personne, et mon chef ne m'a jamais soutenu.", "fr")
    assert len(fr) == 2
    assert find_negatives("Elle respectait le planning, et il a jamais raté une livraison.", "fr") == []


def test_blame_in_the_imperfect_and_without_a_named_subject():
    fr = find_negatives("Mon chef me soutenait jamais, et il était complètement dépassé.", "fr")
    assert len(fr) == 2
    en = find_negatives("Honestly the hiring committee had already picked someone.", "en")
    assert len(en) == 1 and en[0]["category"] == "blame"
    assert find_negatives("Elle me soutenait beaucoup, et j'étais dépassée au début.", "fr") == []


def test_negative_phrase_in_a_run_on_transcript_stays_short():
    text = ("dans mon ancien boulot on m'avait mis sur la caisse du fond franchement la gérante faisait rien et "
            "c'était pas de ma faute si les comptes étaient faux")
    negs = find_negatives(text, "fr")
    assert len(negs) == 2
    assert all(len(n["text"].split()) <= 12 for n in negs)
    assert negs[1]["text"].startswith("c'était pas de ma faute")
