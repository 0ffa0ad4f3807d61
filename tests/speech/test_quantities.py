"""The measure parser behind "result quantified" (app/analysis/quantities.py), FR + EN."""

import pytest

from app.analysis.quantities import find_quantities, has_measure


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in find_quantities(text)]


@pytest.mark.parametrize("text, kind, fragment", [
    ("We cleared all 600 complaints", "count", "600"),
    ("it took nine days", "duration", "nine days"),
    ("our satisfaction score rose by 15 percent", "percent", "15 percent"),
    ("les ventes ont augmenté de 20 %", "percent", "20 %"),
    ("moins de un pour cent d'écart", "percent", "un pour cent"),
    ("Restored service in 35 minutes", "duration", "35 minutes"),
    ("reduced p95 latency from 1.2 s to 280 ms", "change", "from 1.2 s to 280 ms"),
    ("le temps d'attente est passé de douze minutes à quatre minutes", "change", "de douze minutes à quatre minutes"),
    ("Taux de conversion passé de 1,8 % à 3,1 %", "change", "de 1,8 % à 3,1 %"),
    ("we were done in two weeks", "duration", "two weeks"),
    ("ça a pris deux mois", "duration", "deux mois"),
    ("we signed a dozen new clients", "count", "a dozen"),
    ("on a vendu une centaine de maillots", "count", "une centaine"),
    ("a renewal worth fifty-one thousand dollars", "money", "fifty-one thousand dollars"),
    ("45 000 euros d'économies", "money", "45 000 euros"),
    ("€45k saved", "money", "€45k"),
    ("quatre-vingt-dix clients servis", "count", "quatre-vingt-dix"),
    ("the team doubled its output", "ratio", "doubled"),
    ("costs were halved", "ratio", "halved"),
    ("les ventes ont triplé", "ratio", "triplé"),
    ("les coûts ont baissé de moitié", "ratio", "de moitié"),
    ("les erreurs ont été divisées par trois", "ratio", "divisées par trois"),
    ("missed appointments dropped by about a third", "ratio", "dropped by about a third"),
    ("the line moved twice as fast", "ratio", "twice as"),
    ("our store came first in the region", "rank", "came first"),
    ("classé douzième", "rank", "classé douzième"),
    ("une note de 4,7 sur 5", "rank", "4,7 sur 5"),
    ("a five-star review", "rank", "five-star"),
    ("we finished two days early", "duration", "two days early"),
    ("on a fini avec une journée d'avance", "duration", "une journée d'avance"),
    ("zero missed doses", "count", "zero"),
    ("zéro écart", "count", "zéro"),
])
def test_measures_are_found_with_their_kind(text, kind, fragment):
    assert (kind, fragment) in kinds(text)


@pytest.mark.parametrize("text", [
    "we got every order out by 9 that night",  # a clock time
    "at like 1am the ward was quiet",
    "Elle est repassée à seize heures",
    "vers 14h30 on a fini",
    "we finished at 9 pm",
    "in 2021 the shop moved",  # a year
    "one of them thanked me",  # picking out
    "les deux mises en prod",
    "both teams agreed",
    "I called the client the next day",  # an article, not a number
    "il y a eu un problème",
    "there weren't any complaints",  # negated existence with no numeral (guide section 3)
    "aucune plainte",
    "it went really well",
])
def test_not_measures(text):
    assert not has_measure(text), kinds(text)


def test_spans_point_into_the_text():
    text = "Checkout errors fell from 10 percent to under 0.2 percent within an hour."
    for q in find_quantities(text):
        assert text[q.char_start:q.char_end] == q.text
    assert [q.kind for q in find_quantities(text)] == ["change", "duration"]
