"""Briefings: one per data date, survey rounds join the next one, cards say what changed in words."""

from __future__ import annotations

import datetime as dt

import pytest

from public_results.errors import NotFound
from public_results.figures.briefings import Briefing, briefings, card, cards, data_dates, default_figures
from public_results.figures.figure import Pins
from public_results.settings import read_settings

FIRST, SECOND = dt.date(2021, 6, 30), dt.date(2022, 2, 15)
NBSP = "\u00a0"


def test_there_is_a_briefing_per_data_date_and_each_survey_round_joins_the_next_one(book):
    assert data_dates(book) == [FIRST, SECOND]
    assert briefings(book) == [
        Briefing(FIRST, None, (("evaluering", "2020"),)),  # closed 30 November 2020
        Briefing(SECOND, FIRST, (("evaluering", "2021"),)),  # closed 30 November 2021
    ]
    assert briefings(book)[1].title == "Nøgletal pr. 15. februar 2022" and briefings(book)[1].slug == "2022-02-15"


def test_a_count_card_says_how_many_more_or_fewer_since_the_previous_data_date(book, settings):
    everyone = card(book, "forløb.alle", Pins(data_date=SECOND), settings, {})
    assert (everyone.label, everyone.value, everyone.base) == ("Alle borgere siden start", "5", "")  # its own base
    assert everyone.change == "1 flere end den 30. juni 2021 (4)."
    active = card(book, "forløb.aktive", Pins(data_date=SECOND), settings, {})
    assert active.base == "af de 5, der har været i forløb siden start"
    assert active.change == "Uændret siden den 30. juni 2021 (4)."
    placed = card(book, "forløb.placeret", Pins(data_date=SECOND), settings, {})
    assert placed.change == "Uændret siden den 30. juni 2021 (2)."
    assert card(book, "forløb.afsluttet", Pins(data_date=SECOND), settings, {}).change.startswith("1 flere end")


def test_a_share_card_says_how_many_points_higher_or_lower_than_the_previous_round(book, settings):
    hope = card(book, "evaluering.håb", Pins(survey_round="2021"), settings, {})
    assert hope.value == f"83{NBSP}%" and hope.base == "af de 6, der har svaret på spørgsmålet"
    assert hope.change == f"33 procentpoint højere end i 2020-målingen (50{NBSP}%)."
    safe = card(book, "evaluering.tryg", Pins(survey_round="2021"), settings, {})
    assert safe.change == f"57 procentpoint højere end i 2020-målingen (0{NBSP}%)."
    first = card(book, "evaluering.håb", Pins(survey_round="2020"), settings, {})
    assert first.change == ""  # nothing to compare with


def test_a_share_card_of_a_status_compares_points_and_a_count_variant_compares_people(book, settings):
    share = card(book, "forløb.placeret.andel", Pins(data_date=SECOND), settings, {})
    assert share.value == f"50{NBSP}%" and share.change == f"Uændret siden den 30. juni 2021 (50{NBSP}%)."
    count = card(book, "evaluering.håb.antal", Pins(survey_round="2021"), settings, {})
    assert count.value == "5" and count.change == "4 flere end i 2020-målingen (1)."


def test_a_target_is_shown_beside_the_value_with_the_gap_in_words(book, settings):
    targets = {"forløb.placeret.andel": 40, "forløb.alle": 10, "evaluering.håb": 83}
    assert card(book, "forløb.placeret.andel", Pins(data_date=SECOND), settings, targets).target == (
        f"Mål: 40{NBSP}%. 10 procentpoint over målet."
    )
    assert card(book, "forløb.alle", Pins(data_date=SECOND), settings, targets).target == "Mål: 10. 5 under målet."
    assert card(book, "evaluering.håb", Pins(survey_round="2021"), settings, targets).target == (
        f"Mål: 83{NBSP}%. Målet er nået."
    )
    assert card(book, "forløb.aktive", Pins(data_date=SECOND), settings, targets).target == ""


def test_a_suppressed_figure_is_not_compared(make_book, settings):
    book = make_book()
    book.threshold = 5  # every count of the tiny data is small
    active = card(book, "forløb.aktive", Pins(data_date=SECOND), settings, {})
    assert active.value == "færre end 5"
    assert active.change.startswith("Kan ikke sammenlignes med den 30. juni 2021")


def test_a_briefing_shows_survey_cards_only_for_its_own_round(book, settings):
    names = ["forløb.alle", "evaluering.håb"]
    first, second = briefings(book)
    assert [c.period for c in cards(book, names, first, settings, {})] == ["pr. 30. juni 2021", "i 2020-målingen"]
    assert [c.period for c in cards(book, names, second, settings, {})] == ["pr. 15. februar 2022", "i 2021-målingen"]
    later = Briefing(SECOND, FIRST, ())  # a data date no survey round belongs to
    assert [c.name for c in cards(book, names, later, settings, {})] == ["forløb.alle"]  # no survey round here


@pytest.mark.parametrize("name", ["forløb", "forløb.alle.brøk", "a.b.c.d"])
def test_a_key_figure_name_that_cannot_be_read_says_how_to_write_it(book, settings, name):
    with pytest.raises(NotFound) as caught:
        card(book, name, Pins(data_date=SECOND), settings, {})
    assert "forløb.aktive" in caught.value.fix


def test_without_settings_every_group_and_question_is_a_key_figure(book):
    assert default_figures(book) == [
        "forløb.alle", "forløb.aktive", "forløb.placeret", "evaluering.håb", "evaluering.tryg",
    ]  # fmt: skip


def test_percent_settings_reach_the_cards(book):
    settings = read_settings({"RESULTS_PERCENT_STYLE": "pct", "RESULTS_PERCENT_DECIMALS": 1, "RESULTS_SMALL_BASE": 1})
    hope = card(book, "evaluering.håb", Pins(survey_round="2021"), settings, {})
    assert (
        hope.value == f"83,3{NBSP}pct."
        and hope.change == f"33,3 procentpoint højere end i 2020-målingen (50,0{NBSP}pct.)."
    )
