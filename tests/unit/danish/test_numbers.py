"""Danish number style: half-up percentages, thousands point, true fraction phrases, dates."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.numbers import format_percent as babel_percent

from public_results.danish import numbers

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("count", "base", "expected"),
    [(189, 200, "95"), (199, 200, "100"), (1, 8, "13"), (148, 160, "93"), (185, 200, "93")],
)
def test_a_share_exactly_halfway_is_rounded_up(count, base, expected):
    assert numbers.format_percent(count, base) == f"{expected}{NBSP}%"


@pytest.mark.parametrize(("count", "base"), [(189, 200), (1, 8), (148, 160)])
def test_half_up_rounding_differs_from_babels_half_to_even(count, base):
    assert numbers.format_percent(count, base) != babel_percent(count / base, locale="da_DK")


@pytest.mark.parametrize(
    ("style", "expected"),
    [("space", f"94{NBSP}%"), ("tight", "94%"), ("pct", f"94{NBSP}pct.")],
)
def test_each_percent_style_writes_the_sign_its_own_way(style, expected):
    assert numbers.format_percent(94, 100, style=style) == expected


def test_decimals_are_written_with_a_comma():
    assert numbers.format_percent(1, 8, decimals=1) == f"12,5{NBSP}%"
    assert numbers.format_percent(1, 3, decimals=2) == f"33,33{NBSP}%"


def test_thousands_are_separated_by_a_point():
    assert numbers.format_count(1234) == "1.234"
    assert numbers.format_count(1234567) == "1.234.567"
    assert numbers.format_count(999) == "999"


def test_a_share_of_nothing_is_refused():
    with pytest.raises(ValueError):
        numbers.percent_value(1, 0)
    with pytest.raises(ValueError):
        numbers.fraction_phrase(0, 0)


@pytest.mark.parametrize(
    ("count", "base", "phrase"),
    [
        (116, 177, "to ud af tre"),
        (169, 180, "mere end ni ud af ti"),
        (64, 100, "knap to ud af tre"),
        (50, 100, "halvdelen"),
        (37, 37, "alle"),
        (0, 37, "ingen"),
        (1, 100, "færre end en ud af ti"),
        (181, 183, "næsten alle"),
    ],
)
def test_a_fraction_phrase_is_true_to_the_share(count, base, phrase):
    assert numbers.fraction_phrase(count, base) == phrase


# Every share up to base 250 is swept in tests/properties/test_number_properties.py.


@pytest.mark.parametrize(
    ("day", "expected"),
    [(dt.date(2018, 5, 16), "16. maj 2018"), (dt.date(2022, 2, 1), "1. februar 2022")],
)
def test_a_date_is_written_the_danish_way(day, expected):
    assert numbers.format_date(day) == expected


def test_a_month_is_written_without_its_day():
    assert numbers.format_month(dt.date(2017, 3, 1)) == "marts 2017"


def test_the_figures_of_a_text_read_small_numbers_in_words_as_their_digits():
    old = "18 tal i svarfordelingen på 8 spørgsmål; I graferne på siden er 4 tal skjult; 1 tal; 77 %"
    new = "18 tal i svarfordelingen på otte spørgsmål; I graferne på siden er fire tal skjult; Ét tal; 77 %"
    assert numbers.figures_in(old) == numbers.figures_in(new) == "18 8 4 1 77 %"
    assert numbers.figures_in("En borger tælles kun én gang") == ""  # »én«/»en« is also »a«: never a figure
