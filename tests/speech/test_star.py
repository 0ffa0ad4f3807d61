"""STAR on written answers written for these tests (not the shared dev set), FR and EN."""

import time

from app.analysis.star import analyze_star_text

FULL_EN = ("Last year I was a shift lead at a bakery chain, and our biggest store kept running out of bread by noon. "
           "I had to fix the ordering before the summer rush. I pulled six weeks of sales data, I compared it with "
           "the morning orders and I set up a simple forecast in a spreadsheet with the store manager. In the end "
           "the store stopped running out, and waste dropped by 18 percent in two months.")
NO_RESULT_FR = ("L'an dernier j'étais assistante dans un cabinet comptable, et un client important a perdu toutes ses "
                "factures papier. Il fallait que je reconstitue sa comptabilité avant la clôture. J'ai appelé ses "
                "fournisseurs un par un, j'ai récupéré les duplicatas et j'ai tout ressaisi le soir.")
GENERIC_EN = ("I'm someone who always listens first. In general I think a good leader gives the example, and I "
              "always try to keep the result in mind. My situation is that I love working with people.")
WE_ONLY_FR = ("Le mois dernier on avait un salon professionnel et le stand n'était pas prêt. On a monté le stand "
              "pendant la nuit, on a appelé un imprimeur de garde et on a refait les affiches. Au final le stand "
              "était prêt à l'ouverture et les clients étaient contents.")


def test_full_answer_en():
    r = analyze_star_text(FULL_EN, "en")
    assert r["present"] == {"S": True, "T": True, "A": True, "R": True}
    assert r["result_quantified"] is True and r["action_first_person"] is True
    parts = [s["part"] for s in r["spans"]]
    assert parts == ["S", "T", "A", "R"]
    assert abs(sum(r["share"].values()) - 1.0) < 0.01
    r_span = next(s for s in r["spans"] if s["part"] == "R")
    assert "18 percent" in FULL_EN[r_span["char_start"]:r_span["char_end"]]


def test_no_result_fr():
    r = analyze_star_text(NO_RESULT_FR, "fr")
    assert r["present"] == {"S": True, "T": True, "A": True, "R": False}
    assert r["result_quantified"] is False


def test_generic_answer_has_no_part_despite_words_situation_and_result():
    r = analyze_star_text(GENERIC_EN, "en")
    assert not any(r["present"].values()) and r["spans"] == [] and r["action_first_person"] is None


def test_we_only_and_vague_result_fr():
    r = analyze_star_text(WE_ONLY_FR, "fr")
    assert r["present"]["A"] and r["present"]["R"]
    assert r["action_first_person"] is False and r["result_quantified"] is False


def test_numbers_outside_the_result_do_not_quantify_it():
    text = ("Two years ago I managed a team of 12 people and we had 3 weeks to move the office. I had to keep "
            "everyone working. I booked the movers and I planned every desk. In the end it went really well.")
    r = analyze_star_text(text, "en")
    assert r["present"]["R"] and r["result_quantified"] is False


def test_fast_enough_for_live_use():
    text = " ".join([FULL_EN] * 4)  # ~300 words
    t = time.perf_counter()
    analyze_star_text(text, "en")
    assert time.perf_counter() - t < 0.05


def test_scores_on_the_extra_labelled_answers():
    """12 answers written for this project (tests/data/speech/star_extra.jsonl, varied styles, FR+EN)."""
    from pathlib import Path

    from app.bench.speech import star_scores

    s = star_scores(Path(__file__).resolve().parents[1] / "data" / "speech" / "star_extra.jsonl")
    assert min(s["balanced_accuracy"].values()) >= 0.85
    assert s["result_quantified_acc"] >= 0.9 and s["negatives"][2] >= 0.75
