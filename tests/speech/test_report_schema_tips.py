"""Report schema, text analysis end to end, tips rendering."""

import copy

import pytest

from app.analysis.report_schema import ReportSchemaError, load_schema, validate_report
from app.analysis.tips import prioritise, render, templates
from app.core.tips import TipCandidate
from app.engine.analyze import analyze_text, guess_text_language

ANSWER = ("Honestly, it wasn't my fault. Last year I was a team lead and our release kept slipping. I had to get it "
          "out before the audit. We split the work, we tested at night and we shipped. It went well, I think, maybe.")


def test_text_report_validates_and_has_required_fields():
    report = analyze_text(ANSWER, question="Tell me about a deadline.")
    validate_report(report)
    assert report["schema"] == "rebond.report/1" and report["language"] == "en"
    assert report["duration_s"] is None and report["pace"] is None
    assert all(w["start"] is None for w in report["transcript"]["words"])
    assert report["negatives"] and report["star"]["present"]["A"]
    assert 1 <= len(report["tips"]) <= 3
    codes = [t["code"] for t in report["tips"]]
    assert "negative_phrasing" in codes and "action_we_only" in codes


@pytest.mark.parametrize("field", load_schema()["required"])
def test_report_missing_a_required_field_is_rejected(field):
    report = copy.deepcopy(analyze_text(ANSWER))
    del report[field]
    with pytest.raises(ReportSchemaError):
        validate_report(report)


def test_text_language_guess_and_empty_text():
    assert guess_text_language("Alors euh j'ai appelé la cliente et on a livré") == "fr"
    assert guess_text_language("So I called the client and we shipped it") == "en"
    from app.core.errors import InputError
    with pytest.raises(InputError):
        analyze_text("   ")


def test_every_template_has_both_languages_with_the_same_placeholders():
    import string
    for code, tpl in templates().items():
        names = [{f for _, f, _, _ in string.Formatter().parse(tpl[lang]) if f} for lang in ("en", "fr")]
        assert names[0] == names[1], code


def test_prioritise_keeps_three_by_severity_in_language():
    cands = [TipCandidate("star_missing_task", {}, 0.4), TipCandidate("star_missing_result", {}, 0.7),
             TipCandidate("monotone", {"pitch_sd": 1.2, "threshold": 2.0}, 0.3),
             TipCandidate("eye_contact_low", {"share": 40}, 0.8), TipCandidate("star_missing_result", {}, 0.2)]
    tips = prioritise(cands, "fr")
    assert [t["code"] for t in tips] == ["eye_contact_low", "star_missing_result", "star_missing_task"]
    assert tips[1]["text"].startswith("La réponse se termine")
    assert render("monotone", {"pitch_sd": 1.2}, "en").count("?") == 1  # missing param does not crash


def test_tip_numbers_are_written_for_the_reader_decimal_comma_in_french():
    from app.analysis.tips import number_text

    assert [number_text(v, "en") for v in (2.0, 1.5, 0.333, -0.0)] == ["2", "1.5", "0.33", "0"]
    assert number_text(1.5, "fr") == "1,5"
    fr = render("monotone", {"pitch_sd": 1.25}, "fr")
    assert "1,25" in fr and "1.25" not in fr
    assert "1.25" in render("monotone", {"pitch_sd": 1.25}, "en")
