"""Placeholders on a programme's site: »| enhed: nord«, the page's own unit, »{{ enhed.navn }}«."""

from __future__ import annotations

import pytest

from public_results.data.datasets import Unit
from public_results.errors import NotFound
from public_results.figures.book import FigureBook
from public_results.pages.placeholders import parse
from public_results.pages.units import for_unit, unit_text


def book_with_units() -> FigureBook:
    book = FigureBook(surveys={}, outcomes={})
    book.units["forløb"] = (Unit("nord", "Jobhuset Nord", "Nordby Kommune"), Unit("syd", "Jobhuset Syd"))
    return book


@pytest.mark.parametrize(
    ("text", "kind", "dataset", "name", "unit"),
    [
        ("forløb.aktive | enhed: nord", "figure", "forløb", "aktive", "nord"),
        ("forløb.aktive.andel|enhed:Syd", "figure", "forløb", "aktive", "syd"),
        ("graf: forløb.status | enhed: nord", "chart", "forløb", "status", "nord"),
        ("metode: forløb | enhed: programmet", "method", "forløb", "", "programmet"),
        ("forløb.aktive", "figure", "forløb", "aktive", ""),
    ],
)
def test_the_unit_filter_comes_last_after_any_kind_of_placeholder(text, kind, dataset, name, unit):
    ref = parse(text, 0, 1)
    assert (ref.kind, ref.dataset, ref.name, ref.unit) == (kind, dataset, name, unit)


@pytest.mark.parametrize(
    "text",
    ["forløb.aktive | farve: rød", "forløb.aktive | enhed", "forløb.aktive | enhed: a b", "forløb.aktive | enheder: x"],
)
def test_anything_else_after_the_bar_is_unreadable_with_an_example_of_both_filters(text):
    with pytest.raises(NotFound) as caught:
        parse(text, 0, 1)
    assert "»enhed: …«" in caught.value.what and "»enheder: …«" in caught.value.what
    assert "enhed: nord" in caught.value.fix and "sammenlign: forløb.praktik | enheder: nord, syd" in caught.value.fix


def test_a_placeholder_means_the_pages_own_unit_unless_it_names_one():
    book = book_with_units()
    plain, named, total = (parse(t, 0, 1) for t in ("forløb.aktive", "forløb.aktive | enhed: syd",
                                                    "forløb.aktive | enhed: programmet"))  # fmt: skip
    assert for_unit(book, plain, "").dataset == "forløb"  # elsewhere: the programme
    assert for_unit(book, plain, "nord").dataset == "forløb@nord"  # on Nord's page: Nord's
    assert for_unit(book, named, "").dataset == "forløb@syd"
    assert for_unit(book, named, "nord").dataset == "forløb@syd"
    assert for_unit(book, total, "nord").dataset == "forløb"


def test_an_unknown_unit_names_the_nearest_and_a_dataset_without_units_refuses_one():
    book = book_with_units()
    with pytest.raises(NotFound) as caught:
        for_unit(book, parse("forløb.aktive | enhed: nordd", 0, 1), "")
    assert "»nordd«" in caught.value.what and "Mente du »nord«?" in caught.value.fix
    with pytest.raises(NotFound) as caught:
        for_unit(book, parse("evaluering.håb | enhed: nord", 0, 1), "")
    assert "»evaluering« har ingen tal pr. enhed" in caught.value.what
    assert for_unit(book, parse("evaluering.håb", 0, 1), "nord").dataset == "evaluering"


def test_the_units_name_and_municipality_only_on_a_unit_page():
    book = book_with_units()
    assert unit_text(book, parse("enhed.navn", 0, 1), "nord") == "Jobhuset Nord"
    assert unit_text(book, parse("enhed.kommune", 0, 1), "nord") == "Nordby Kommune"
    assert unit_text(book, parse("enhed.navn | enhed: syd", 0, 1), "") == "Jobhuset Syd"
    with pytest.raises(NotFound):
        unit_text(book, parse("enhed.navn", 0, 1), "")
    with pytest.raises(NotFound):
        unit_text(book, parse("enhed.farve", 0, 1), "nord")
