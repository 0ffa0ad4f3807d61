"""Metric cards: values from the report, bands and their sources from the thresholds text, no invented band."""

from __future__ import annotations

from app.analysis.metric_cards import build_cards, read_sources, star_completeness, top_tips
from tests.review.reports import report

THRESHOLDS = """
[speech]
# Typical conversational rate.
# source: Example Guide 2020,
# table 3
wpm_band = [120, 160]
fillers_per_minute_max = 3.0  # source: measured on the team's practice answers
long_pause_s = 2.0

[vision]
eye_contact_ratio_min = 0.6
"""


def _cards(rep, **kw):
    return {c.id: c for c in build_cards(rep, thresholds_text=THRESHOLDS, **kw)}


def test_sources_are_read_from_comments_inline_and_above():
    sources = read_sources(THRESHOLDS)
    assert sources[("speech", "wpm_band")] == "Example Guide 2020, table 3"
    assert sources[("speech", "fillers_per_minute_max")] == "measured on the team's practice answers"
    assert ("speech", "long_pause_s") not in sources
    assert ("vision", "eye_contact_ratio_min") not in sources


def test_cards_of_the_short_report():
    rep = report("answer_short")
    cards = _cards(rep)
    assert list(cards) == ["eye_contact", "fillers_per_min", "wpm", "long_pauses", "pitch_variation",
                           "posture_events"]
    wpm = cards["wpm"]
    assert wpm.value == rep["pace"]["wpm"]
    assert (wpm.band.low, wpm.band.high, wpm.band.source) == (120, 160, "Example Guide 2020, table 3")
    assert wpm.status == ("in" if 120 <= wpm.value <= 160 else "low" if wpm.value < 120 else "high")
    fillers = cards["fillers_per_min"]
    assert fillers.band.high == 3.0 and fillers.band.low is None
    assert fillers.status == ("high" if rep["fillers"]["per_minute"] > 3 else "in")
    assert fillers.detail["by_form"] == {"um": 2, "basically": 1}
    # a ratio band is shown in percent, like the value; a band without `# source:` says so (None), not invented
    eye = cards["eye_contact"]
    assert eye.value == 78.0 and eye.band.low == 60.0 and eye.band.source is None and eye.status == "in"
    assert cards["long_pauses"].value == 1
    assert cards["posture_events"].value == 2 and cards["posture_events"].detail["by_kind"]["fidgeting"] == 1


def test_missing_band_keys_give_no_band():
    cards = _cards(report("answer_short"))
    assert cards["pitch_variation"].band is None and cards["pitch_variation"].status is None
    assert cards["posture_events"].band is None
    assert all(c.band is None for c in build_cards(report("answer_short"), thresholds_text=""))


def test_missing_sections_give_empty_values():
    cards = _cards(report("answer_text"))
    assert cards["wpm"].value is None and cards["eye_contact"].value is None and cards["long_pauses"].value is None
    assert cards["fillers_per_min"].detail["count"] == 3


def test_accessibility_drops_eye_contact_card_and_tips():
    rep = report("answer_2min")
    assert "eye_contact" not in _cards(rep, accessibility=True)
    assert [t["code"] for t in top_tips(rep)] == ["fillers_rate", "long_pause", "lookaway"]
    assert [t["code"] for t in top_tips(rep, accessibility=True)] == ["fillers_rate", "long_pause"]


def test_star_completeness():
    rep = report("answer_short")
    assert star_completeness(rep) == 1.0
    rep["star"]["present"]["R"] = False
    assert star_completeness(rep) == 0.75
    assert star_completeness({}) is None


def test_real_thresholds_file_parses():
    # whatever the speech and vision tables hold, cards build and every band found names its key
    for card in build_cards(report("answer_short")):
        assert card.band is None or card.band.key.startswith(("speech.", "vision."))


def test_tips_are_rendered_again_in_the_reader_language():
    from app.analysis.tips import render

    params = {"count": 7, "minutes": 2.0, "per_minute": 3.5, "top_form": "um"}
    rep = {"tips": [{"code": "fillers_high", "params": params, "text": render("fillers_high", params, "en")},
                    {"code": "not_a_known_code", "params": {}, "text": "kept as written"}]}
    assert top_tips(rep)[0]["text"].startswith("7 fillers in 2 min")  # the recording's language, as stored
    fr = top_tips(rep, lang="fr")
    assert fr[0]["text"].startswith("7 mots de remplissage en 2 min (3,5 par minute), surtout « um »")
    assert fr[1]["text"] == "kept as written"
    assert rep["tips"][0]["text"].startswith("7 fillers")  # the report itself is not changed


def test_french_sources_where_written_else_the_english_one():
    text = ("[speech]\n"
            "# source: Guide 2020, table 3,\n# continued here.\n"
            "# source-fr: Guide 2020, tableau 3,\n# suite ici.\n"
            "wpm_band = [110, 170]\n"
            "fillers_high = 4.0  # source: only in English\n")
    en, fr = read_sources(text), read_sources(text, "fr")
    assert en[("speech", "wpm_band")] == "Guide 2020, table 3, continued here."
    assert fr[("speech", "wpm_band")] == "Guide 2020, tableau 3, suite ici."
    assert fr[("speech", "fillers_high")] == en[("speech", "fillers_high")] == "only in English"
    shipped = {c.id: c.band for c in build_cards({}, lang="fr") if c.band}
    assert shipped["wpm"].source.startswith("repère") and "mots/min" in shipped["wpm"].source
