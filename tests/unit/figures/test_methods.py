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
    lines = method_view(book, "evaluering", Pins(), settings).lines
    assert "Målingen er fra 2021 og bygger på 8 besvarelser." in lines
    assert "Meget enig og enig er lagt sammen." in lines


def test_an_outcome_method_box_tells_the_date_and_the_total_since_start(book, settings):
    lines = " ".join(method_view(book, "forløb", Pins(data_date=FIRST), settings).lines)
    assert "30. juni 2021" in lines
    assert "Siden start (januar 2020) har 4 borgere" in lines


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
