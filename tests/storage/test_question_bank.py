from app.storage import question_bank


def test_bank_has_60_questions_in_both_languages_with_notes():
    en, fr = question_bank.bank("en"), question_bank.bank("fr")
    assert len(en) == len(fr) >= 60
    assert all(q.text and q.note for q in en + fr)
    assert len({q.id for q in en}) == len(en)
    cats = {c for c, _ in question_bank.categories("fr")}
    assert {q.category for q in en} <= cats


def test_rebound_drill_in_order():
    drill = question_bank.pick("fr", 3, category="rebound")
    assert [q.text for q in drill] == ["Pourquoi n'avez-vous pas été retenu ?", "Parlez-moi d'un échec.",
                                       "Qu'avez-vous appris de votre dernier refus ?"]


def test_pick_category_without_repeats():
    picked = question_bank.pick("en", 5, category="conflict", seed=1)
    assert len({q.id for q in picked}) == 5 and {q.category for q in picked} == {"conflict"}
