"""Method boxes: source, date, base and how answers were merged, from the same figures as the text."""

from __future__ import annotations

import datetime as dt

import pytest

from public_results.danish import words
from public_results.errors import NotFound
from public_results.figures.book import Pins
from public_results.figures.methods import method_view

FIRST = dt.date(2021, 6, 30)


def test_a_method_box_tells_round_responses_and_how_answers_were_merged(book, settings):
    book.threshold = settings.min_count  # as in a build: the responses are protected like every count
    view = method_view(book, "evaluering", Pins(), settings)
    assert view.heading == "Evaluering: sådan er tallene lavet"  # the dataset's title, not »Om tallene«
    assert "I 2021-målingen svarede otte borgere." in view.lines  # one to twelve in words
    assert "I 2020-målingen svarede færre end fem borgere." in view.lines  # no [c] in running text
    assert "Tallene her er fra 2021-målingen." in view.lines
    assert "Meget enig og enig er lagt sammen." in view.lines


def test_an_outcome_method_box_tells_the_date_and_the_total_since_start(book, settings):
    lines = " ".join(method_view(book, "forløb", Pins(data_date=FIRST), settings).lines)
    assert "30. juni 2021" in lines
    assert "Siden enheden startede i januar 2020, har fire borgere været i forløb." in lines
    assert method_view(book, "forløb", Pins(), settings).heading == "Forløb: sådan er tallene lavet"


def test_the_synthetic_note_is_shown_only_for_a_synthetic_dataset(book, make_book, settings):
    assert words.SYNTHETIC_NOTE in method_view(book, "evaluering", Pins(), settings).lines
    assert words.SYNTHETIC_NOTE not in method_view(book, "forløb", Pins(), settings).lines
    swapped = make_book(
        {"    synthetic: true\n": "", "    source: Testsystem\n": "    source: T\n    synthetic: true\n"}
    )
    assert words.SYNTHETIC_NOTE not in method_view(swapped, "evaluering", Pins(), settings).lines
    assert words.SYNTHETIC_NOTE in method_view(swapped, "forløb", Pins(), settings).lines


def test_a_survey_without_a_method_text_leaves_no_empty_line(make_book, settings):
    book = make_book({"    method: Meget enig og enig er lagt sammen.\n": ""})
    assert all(line.strip() for line in method_view(book, "evaluering", Pins(), settings).lines)


def test_a_method_box_for_an_unknown_dataset_is_not_found(book, settings):
    with pytest.raises(NotFound) as caught:
        method_view(book, "forloeb", Pins(), settings)
    assert "evaluering, forløb" in caught.value.fix


@pytest.mark.parametrize("day", [FIRST, dt.date(2022, 2, 15)])
def test_the_hidden_values_the_method_box_counts_are_those_the_charts_hide(settings, day):
    from public_results.charts.by_name import chart_view  # noqa: PLC0415 - the charts read the same book
    from public_results.figures.hidden import outcome_hidden  # noqa: PLC0415
    from public_results.figures.prepare import prepare  # noqa: PLC0415

    book = prepare(settings)
    book.threshold = 2  # the tiny data's ones are hidden, on the date and in the months before it
    found = outcome_hidden(book, "forløb", day)
    months = dict(found.over_time)
    for name, parts in {"aktive_fordeling": ("I afklaring", "Praktik", "Frivilligt arbejde")}.items():
        view = chart_view(book, f"forløb.{name}.udvikling", Pins(data_date=day), settings)
        expected = sum(months.get(p, 0) for p in parts) + sum(p in found.on_date for p in parts)
        assert view.suppressed == expected > 0
    lines = method_view(book, "forløb", Pins(data_date=day), settings, charts_hidden=view.suppressed).lines
    assert f"I graferne på siden er {view.suppressed} tal skjult, så ingen borger kan genkendes." in lines
    months = sum(months.values())  # a page without charts: every monthly value the date's charts over time hide
    assert f"I graferne over tid er {months} månedstal skjult, så ingen borger kan genkendes." in " ".join(
        method_view(book, "forløb", Pins(data_date=day), settings).lines
    )
