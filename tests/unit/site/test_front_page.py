"""The front page's figures: a lead figure with its base and a line in words, the other key figures,
the data date said once, and the lead suppressed like every card."""

from __future__ import annotations

import dataclasses

from public_results.figures.briefings import briefings, cards
from public_results.site.front_page import front_figures, said_once


def _front(loaded, **settings):
    changed = dataclasses.replace(loaded.settings, **settings)
    return front_figures(loaded.book, changed, briefings(loaded.book)[-1])


def test_without_a_lead_setting_the_first_key_figure_leads_and_the_others_follow(shared_loaded):
    front, problems = _front(shared_loaded)
    assert problems == []
    assert front.date == "15. februar 2022"
    assert front.lead.name == "forløb.aktive"
    assert [c.name for c in front.others] == ["evaluering.håb"]


def test_the_lead_has_its_value_base_and_a_true_fraction_in_words(shared_loaded):
    front, problems = _front(shared_loaded, lead_figure="forløb.placeret")
    assert problems == []
    lead = front.lead
    assert (lead.label, lead.value, lead.base) == ("Placeret", "2", "af de 4, der er i aktivt forløb")
    assert front.explanation == "Halvdelen af dem er placeret."  # 2 of 4
    assert [c.name for c in front.others] == ["forløb.aktive", "evaluering.håb"]  # the lead is not among them


def test_a_survey_lead_is_explained_by_its_definition(shared_loaded):
    front, _ = _front(shared_loaded, lead_figure="evaluering.håb")
    assert front.explanation.startswith("Andel, der svarer »Meget enig« eller »Enig« på »Giver samarbejdet dig håb?«")
    assert [c.name for c in front.others] == ["forløb.aktive"]


def test_the_date_is_said_once_a_card_keeps_only_a_period_of_its_own(shared_loaded):
    front, _ = _front(shared_loaded)
    assert front.lead.period == ""  # »pr. 15. februar 2022«: the heading says it
    (survey,) = front.others
    assert survey.period == "i 2021-målingen"  # another period: said on the card
    newest = briefings(shared_loaded.book)[-1]
    found = cards(shared_loaded.book, ["forløb.aktive"], newest, shared_loaded.settings, {})
    assert found[0].period == "pr. 15. februar 2022"  # the live page and briefings keep theirs
    assert said_once(found, "pr. 15. februar 2022")[0].period == ""


def test_an_unknown_lead_is_a_settings_problem_naming_the_setting_and_the_names_there_are(shared_loaded):
    front, problems = _front(shared_loaded, lead_figure="forløb.placerett")
    (problem,) = problems
    assert problem.file == "pelicanconf.py"
    assert problem.what == "RESULTS_LEAD_FIGURE: tallet »forløb.placerett« findes ikke"
    assert "aktive" in problem.fix and "placeret" in problem.fix
    assert front.lead is None


def test_an_unreadable_lead_name_is_a_settings_problem_too(shared_loaded):
    _, problems = _front(shared_loaded, lead_figure="forløb")
    (problem,) = problems
    assert problem.what.startswith("RESULTS_LEAD_FIGURE: ")


def test_a_suppressed_lead_shows_what_its_card_shows_and_its_line_gives_nothing_away(make_loaded):
    loaded = make_loaded(suppress=True, RESULTS_BRIEFING_FIGURES=["forløb.praktik", "forløb.aktive"])
    front, problems = _front(loaded, lead_figure="forløb.praktik")
    assert problems == []
    newest = briefings(loaded.book)[-1]
    (as_card,) = cards(loaded.book, ["forløb.praktik"], newest, loaded.settings, {})
    assert front.lead.value == as_card.value
    assert not any(ch.isdigit() for ch in front.lead.value.replace("5", ""))  # »færre end 5«, never the 1
    assert "ud af" not in front.explanation and "halvdelen" not in front.explanation.lower()
