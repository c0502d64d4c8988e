"""Figures: a named number with its base and provenance, for the data date a page pins."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from public_results.errors import NotFound
from public_results.figures.book import FigureBook
from public_results.figures.figure import Pins
from public_results.figures.prepare import prepare
from public_results.privacy.suppression import Count
from public_results.settings import NumberStyle, read_settings

from ..conftest import without_suppression

FIRST, SECOND = dt.date(2021, 6, 30), dt.date(2022, 2, 15)
NBSP = "\u00a0"

PLAIN = NumberStyle(threshold=1, small_base=1)  # formatting only: no suppression, no caution note


@pytest.fixture(scope="module")
def book(module_data_folder: Path) -> FigureBook:
    """One book for this module (one per test was nine tenths of this module's time): every test here
    reads it with the same settings and passes its number style to ``text``, so what the book
    remembers is the same for all of them."""
    settings = read_settings({"RESULTS_DATA_PATH": str(module_data_folder), "RESULTS_SMALL_BASE": 1})
    return without_suppression(prepare(settings))


@pytest.mark.parametrize(
    ("variant", "text"),
    [
        ("", "2"),
        ("antal", "2"),
        ("andel", f"50{NBSP}%"),
        ("n", "4"),
        ("base", "af de 4, der er i aktivt forløb"),
        ("brøk", "halvdelen af de 4, der er i aktivt forløb"),
    ],
)
def test_an_outcome_figure_shows_each_variant_of_its_count_and_base(book, variant, text):
    assert book.figure("forløb", "placeret", Pins()).text(variant, PLAIN) == text


def test_an_outcome_figure_carries_its_provenance(book):
    figure = book.figure("forløb", "placeret", Pins())
    assert (figure.name, figure.dataset, figure.label) == ("forløb.placeret", "forløb", "Placeret")
    assert (figure.count.value, figure.base.value, figure.date) == (2, 4, SECOND)
    assert figure.period == "pr. 15. februar 2022"
    assert figure.source == "Testsystem"


def test_a_survey_figure_defaults_to_the_share_of_positive_answers(book):
    figure = book.figure("evaluering", "håb", Pins())
    assert figure.text("", PLAIN) == f"83{NBSP}%"  # 5 of 6: "Ved ikke" and the blank are left out
    assert figure.text("n", PLAIN) == "6"
    assert figure.text("antal", PLAIN) == "5"
    assert figure.text("brøk", PLAIN) == "mere end fire ud af fem af de 6, der har svaret på spørgsmålet"
    assert (figure.period, figure.date) == ("i 2021-målingen", dt.date(2021, 11, 30))


def test_the_percent_style_and_decimals_are_passed_on(book):
    assert (
        book.figure("evaluering", "håb", Pins()).text(
            "andel", NumberStyle(percent="pct", decimals=1, threshold=1, small_base=1)
        )
        == f"83,3{NBSP}pct."
    )


def test_the_number_of_responses_is_a_count_without_a_share(book):
    figure = book.figure("evaluering", "besvarelser", Pins())
    assert figure.text("", PLAIN) == "8"
    with pytest.raises(NotFound):
        figure.text("andel", PLAIN)


def test_a_pinned_data_date_gives_that_dates_figures_and_no_pin_the_newest(book):
    assert book.figure("forløb", "alle", Pins(data_date=FIRST)).text("antal", PLAIN) == "4"
    assert book.figure("forløb", "alle", Pins(data_date=SECOND)).text("antal", PLAIN) == "5"
    assert book.figure("forløb", "alle", Pins()).text("antal", PLAIN) == "5"
    assert book.figure("forløb", "afsluttet", Pins(data_date=FIRST)).text("brøk", PLAIN).startswith("ingen af de 4")


def test_the_survey_round_is_the_newest_one_dated_on_or_before_the_pinned_data_date(book):
    assert book.figure("evaluering", "håb", Pins(data_date=FIRST)).period == "i 2020-målingen"
    assert book.figure("evaluering", "håb", Pins(data_date=FIRST)).text("", PLAIN) == f"50{NBSP}%"
    assert book.figure("evaluering", "håb", Pins(data_date=SECOND)).period == "i 2021-målingen"


def test_a_pinned_survey_round_wins_over_the_data_date(book):
    figure = book.figure("evaluering", "tryg", Pins(data_date=SECOND, survey_round="2020"))
    assert (figure.period, figure.text("", PLAIN)) == ("i 2020-målingen", f"0{NBSP}%")


@pytest.mark.parametrize(
    ("ask", "valid"),
    [
        (lambda b: b.figure("forlob", "alle", Pins()), ["evaluering", "forløb"]),
        (lambda b: b.figure("forløb", "placerede", Pins()), ["afklaring", "placeret", "alle"]),
        (lambda b: b.figure("evaluering", "haab", Pins()), ["besvarelser", "håb", "tryg"]),
        (lambda b: b.figure("forløb", "alle", Pins()).text("procent", PLAIN), [".antal", ".andel", ".brøk"]),
        (lambda b: b.figure("forløb", "alle", Pins(data_date=dt.date(2022, 2, 14))), ["2021-06-30", "2022-02-15"]),
        (lambda b: b.figure("evaluering", "håb", Pins(survey_round="2019")), ["2020", "2021"]),
    ],
    ids=["dataset", "outcome figure", "survey figure", "variant", "data date", "survey round"],
)
def test_an_unknown_name_is_not_found_and_the_fix_lists_the_valid_names(book, ask, valid):
    with pytest.raises(NotFound) as caught:
        ask(book)
    assert caught.value.what
    for name in valid:
        assert name in caught.value.fix


def test_a_data_date_before_the_first_survey_round_is_not_found(book):
    with pytest.raises(NotFound) as caught:
        book.figure("evaluering", "håb", Pins(data_date=dt.date(2020, 6, 1)))
    assert "Runde" in caught.value.fix


@pytest.mark.parametrize(
    ("count", "base", "expected"),
    [
        (5, 5, "alle de 5, der har svaret på spørgsmålet"),
        (181, 183, "næsten alle de 183, der har svaret på spørgsmålet"),
        (0, 5, "ingen af de 5, der har svaret på spørgsmålet"),
        (116, 177, "to ud af tre af de 177, der har svaret på spørgsmålet"),
    ],
)
def test_a_fraction_with_its_base_reads_as_danish(book, count, base, expected):
    figure = dataclasses.replace(book.figure("evaluering", "håb", Pins()), count=Count(count), base=Count(base))
    assert figure.text("brøk", PLAIN) == expected


@pytest.mark.parametrize(
    ("count", "base", "variant", "expected"),
    [
        (Count(2, "small"), Count(116), "antal", "færre end 5"),
        (Count(2, "small"), Count(116), "andel", "færre end 5"),
        (Count(2, "small"), Count(116), "brøk", "færre end 5 af de 116, der har svaret på spørgsmålet"),
        (Count(14, "hidden"), Count(116), "antal", "et skjult antal"),  # not »ikke oplyst«: an answer not given
        (Count(14, "hidden"), Count(116), "andel", "et skjult antal"),
        (Count(3, "shown"), Count(4, "small"), "andel", "en skjult andel"),
        (Count(3, "shown"), Count(4, "small"), "n", "færre end 5"),
        (Count(3, "shown"), Count(4, "small"), "base", "af færre end 5, der har svaret på spørgsmålet"),
        (Count(0), Count(116), "antal", "0"),
    ],
)
def test_a_suppressed_figure_is_written_as_a_true_phrase_built_from_the_threshold(book, count, base, variant, expected):
    figure = dataclasses.replace(book.figure("evaluering", "håb", Pins()), count=count, base=base)
    assert figure.text(variant, NumberStyle(threshold=5)) == expected
    assert figure.is_suppressed(variant) == (count.suppressed or (variant != "antal" and base.suppressed))


def test_a_share_on_a_small_base_carries_a_caution_note_and_a_large_base_none(book):
    figure = dataclasses.replace(book.figure("evaluering", "håb", Pins()), count=Count(20), base=Count(25))
    assert figure.text("andel", NumberStyle(small_base=30)) == f"80{NBSP}% (usikkert tal: kun 25 i basen)"
    assert figure.text("brøk", NumberStyle(small_base=30)).endswith("(usikkert tal: kun 25 i basen)")
    assert figure.text("andel", NumberStyle(small_base=25)) == f"80{NBSP}%"
    assert figure.text("antal", NumberStyle(small_base=30)) == "20"


# --- Figure.prose: the figure as running text writes it (danish/style.py) ----------------------


@pytest.mark.parametrize(
    ("count", "base", "variant", "opens", "expected"),
    [
        (Count(5), Count(116), "antal", False, "fem"),
        (Count(5), Count(116), "antal", True, "Fem"),
        (Count(116), Count(177), "antal", False, "116"),
        (Count(116), Count(177), "brøk", False, "to ud af tre blandt de 177, der har svaret på spørgsmålet"),
        (Count(116), Count(177), "brøk", True, "To ud af tre blandt de 177, der har svaret på spørgsmålet"),
        (Count(5), Count(10), "brøk", False, "halvdelen af de ti, der har svaret på spørgsmålet"),
        (Count(10), Count(10), "brøk", False, "alle de ti, der har svaret på spørgsmålet"),
        (Count(116), Count(8), "base", False, "af de otte, der har svaret på spørgsmålet"),
        (Count(2, "small"), Count(116), "antal", False, "færre end fem"),
        (Count(2, "small"), Count(116), "antal", True, "Færre end fem"),
        (Count(2, "small"), Count(116), "brøk", False, "færre end fem af de 116, der har svaret på spørgsmålet"),
        (Count(14, "hidden"), Count(116), "antal", True, "Et skjult antal"),
        (Count(169), Count(180), "andel", True, f"94{NBSP}%"),  # a share stays digits
        (Count(169), Count(180), "n", False, "180"),
    ],
)
def test_prose_writes_small_counts_in_words_and_says_af_once(book, count, base, variant, opens, expected):
    figure = dataclasses.replace(book.figure("evaluering", "håb", Pins()), count=count, base=base)
    assert figure.prose(variant, NumberStyle(threshold=5, small_base=1), opens_sentence=opens) == expected


def test_prose_of_a_change_in_a_count_has_small_amounts_in_words(book):
    now = book.figure("forløb", "aktive", Pins())
    before = dataclasses.replace(now, count=Count(now.count.value - 4))
    assert dataclasses.replace(now, previous=before).prose("ændring") == "fire flere"
    assert dataclasses.replace(now, previous=before).text("ændring") == "4 flere"  # the record keeps digits


# --- Figure.record: the figure as the record of shown figures holds it ------------------------


@pytest.mark.parametrize(
    ("count", "base", "variant", "expected"),
    [
        (Count(14, "hidden"), Count(116), "antal", "[c]"),
        (Count(14, "hidden"), Count(116), "brøk", "[c] af de 116, der har svaret på spørgsmålet"),
        (Count(3, "shown"), Count(4, "small"), "andel", "[c]"),
        (Count(2, "small"), Count(116), "antal", "<5"),
        (Count(3, "shown"), Count(4, "small"), "base", "af <5, der har svaret på spørgsmålet"),
        (Count(5), Count(116), "antal", "5"),  # a shown figure: its plain text
    ],
)
def test_the_record_holds_a_hidden_figure_as_a_code_whatever_the_words(book, count, base, variant, expected):
    figure = dataclasses.replace(book.figure("evaluering", "håb", Pins()), count=count, base=base)
    assert figure.record(variant, NumberStyle(threshold=5)) == expected
    assert figure.text(variant, NumberStyle(threshold=5)) != expected or not count.suppressed  # the page's words
