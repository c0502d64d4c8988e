"""Catalogue: the named charts and method boxes hold the same numbers as the figures in the text."""

from __future__ import annotations

import datetime as dt

import pytest

from public_results import strings
from public_results.catalogue import chart_names, chart_view, method_view
from public_results.errors import NotFound
from public_results.figures import Pins
from public_results.settings import read_settings

FIRST = dt.date(2021, 6, 30)
NBSP = "\u00a0"


def test_the_chart_names_are_each_survey_agreement_and_each_breakdown(book):
    assert chart_names(book) == ["evaluering.enighed", "forløb.aktive_fordeling", "forløb.status"]


def test_an_agreement_chart_table_holds_the_figures_of_each_question_highest_first(book, settings):
    view = chart_view(book, "evaluering.enighed", Pins(), settings)
    assert view.rows == (("Håb", f"83{NBSP}%", "5", "6"), ("Tryg", f"57{NBSP}%", "4", "7"))
    for key, row in zip(["håb", "tryg"], view.rows, strict=True):
        figure = book.figure("evaluering", key, Pins())
        assert row == (
            figure.label,
            figure.text("andel", settings.number_style),
            figure.text("antal", settings.number_style),
            figure.text("n", settings.number_style),
        )
    assert len(view.columns) == 4
    assert view.svg.lstrip().startswith("<svg")


def test_an_agreement_alt_text_names_the_highest_and_the_lowest(book, settings):
    alt = chart_view(book, "evaluering.enighed", Pins(), settings).alt
    assert "«Håb» med 83\u00a0% (n = 6)" in alt
    assert "«Tryg» med 57\u00a0% (n = 7)" in alt
    assert alt.index("Håb") < alt.index("Tryg")


def test_a_breakdown_table_holds_the_counts_of_the_figures_and_a_total(book, settings):
    view = chart_view(book, "forløb.aktive_fordeling", Pins(), settings)
    assert view.rows == (
        ("I afklaring", "2", f"50{NBSP}%"),
        ("Praktik", "1", f"25{NBSP}%"),
        ("Frivilligt arbejde", "1", f"25{NBSP}%"),
        ("I alt", "4", f"100{NBSP}%"),
    )
    for key, row in zip(["afklaring", "praktik", "frivilligt", "aktive"], view.rows, strict=True):
        figure = book.figure("forløb", key, Pins())
        assert row[1] == figure.text("antal", settings.number_style)
        if book.outcomes["forløb"].outcome.counted(key).base == "aktive":  # the same base: the same share
            assert row[2] == figure.text("andel", settings.number_style)


def test_a_breakdown_alt_text_names_the_largest_and_the_smallest(book, settings):
    alt = chart_view(book, "forløb.status", Pins(), settings).alt
    assert "I alt 5, tal opgjort pr. 15. februar 2022" in alt
    assert f"Flest: I afklaring med 2 (40{NBSP}%)" in alt
    assert f"Færrest: Afsluttet med 1 (20{NBSP}%)" in alt


def test_a_breakdown_follows_the_pinned_data_date(book, settings):
    view = chart_view(book, "forløb.status", Pins(data_date=FIRST), settings)
    assert view.rows[-1][:2] == ("I alt", "4")
    assert "30. juni 2021" in view.source


def test_the_percent_setting_reaches_the_chart_table(book):
    settings = read_settings({"RESULTS_PERCENT_STYLE": "pct", "RESULTS_PERCENT_DECIMALS": 1})
    view = chart_view(book, "evaluering.enighed", Pins(), settings)
    assert view.rows[0][1] == f"83,3{NBSP}pct."


def test_an_unknown_chart_is_not_found_and_the_fix_lists_the_charts(book, settings):
    with pytest.raises(NotFound) as caught:
        chart_view(book, "forløb.enighed", Pins(), settings)
    assert "evaluering.enighed, forløb.aktive_fordeling, forløb.status" in caught.value.fix


def test_a_method_box_tells_round_responses_and_how_answers_were_merged(book, settings):
    lines = method_view(book, "evaluering", Pins(), settings).lines
    assert "Målingen er fra 2021 og bygger på 8 besvarelser." in lines
    assert "Meget enig og enig er lagt sammen." in lines


def test_an_outcome_method_box_tells_the_date_and_the_total_since_start(book, settings):
    lines = " ".join(method_view(book, "forløb", Pins(data_date=FIRST), settings).lines)
    assert "30. juni 2021" in lines
    assert "Siden start (januar 2020) har 4 borgere" in lines


def test_the_synthetic_note_is_shown_only_for_a_synthetic_dataset(book, make_book, settings):
    assert strings.SYNTHETIC_NOTE in method_view(book, "evaluering", Pins(), settings).lines
    assert strings.SYNTHETIC_NOTE not in method_view(book, "forløb", Pins(), settings).lines
    swapped = make_book(
        {"    synthetic: true\n": "", "    source: Testsystem\n": "    source: T\n    synthetic: true\n"}
    )
    assert strings.SYNTHETIC_NOTE not in method_view(swapped, "evaluering", Pins(), settings).lines
    assert strings.SYNTHETIC_NOTE in method_view(swapped, "forløb", Pins(), settings).lines


def test_a_survey_without_a_method_text_leaves_no_empty_line(make_book, settings):
    book = make_book({"    method: Meget enig og enig er lagt sammen.\n": ""})
    assert all(line.strip() for line in method_view(book, "evaluering", Pins(), settings).lines)


def test_a_method_box_for_an_unknown_dataset_is_not_found(book, settings):
    with pytest.raises(NotFound) as caught:
        method_view(book, "forloeb", Pins(), settings)
    assert "evaluering, forløb" in caught.value.fix


def test_a_question_nobody_answered_is_shown_without_a_share(make_book, settings):
    rows = ["Enig;Ved ikke", "Uenig;", "Enig;Ved ikke"]
    book = make_book(files={"ev2021.csv": "Giver samarbejdet dig håb?;Er du tryg?\n" + "\n".join(rows) + "\n"})
    view = chart_view(book, "evaluering.enighed", Pins(), settings)
    assert [row[3] for row in view.rows] == ["3", "0"]
