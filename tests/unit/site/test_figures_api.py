"""The figures API as values: one figure's entry, and which ledger corrections belong to it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from public_results.figures.figure import Pins
from public_results.privacy.suppression import HIDDEN, SMALL, Count
from public_results.record.ledger import Change, Correction, Entry
from public_results.settings import NumberStyle
from public_results.site.figures_api import api_dates, figure_entry, revision_history

FIXED = dt.date(2024, 1, 10)


def test_a_shown_figure_has_its_value_base_and_share(loaded):
    day = api_dates(loaded.book)[0]
    figure = loaded.book.figure("forløb", "aktive", Pins(data_date=day))
    entry = figure_entry(figure, NumberStyle(), [])
    assert entry["name"] == "forløb.aktive" and entry["unit"] == "antal" and entry["hidden"] is False
    assert entry["value"] == entry["count"] == figure.count.value and entry["text"] == figure.text("")
    assert entry["base"] == {"n": figure.base.value, "who": figure.base_who}
    assert entry["data_date"] == day.isoformat() and entry["definition"] == figure.definition


def test_a_suppressed_figure_says_why_and_never_its_number(loaded):
    day = api_dates(loaded.book)[0]
    figure = loaded.book.figure("forløb", "aktive", Pins(data_date=day))
    small = figure_entry(dataclasses.replace(figure, count=Count(3, SMALL)), NumberStyle(threshold=5), [])
    assert (small["value"], small["count"], small["share"], small["hidden_reason"]) == (None, None, None, "small")
    assert small["text"] == "færre end 5" and "under 5" in small["hidden_text"]
    hidden = figure_entry(dataclasses.replace(figure, count=Count(12, HIDDEN)), NumberStyle(), [])
    assert (hidden["value"], hidden["count"], hidden["hidden_reason"]) == (None, None, "hidden")
    share = dataclasses.replace(figure, share_by_default=True, base=Count(40, HIDDEN))
    entry = figure_entry(share, NumberStyle(), [])
    assert (entry["value"], entry["share"], entry["base"]["n"], entry["hidden_reason"]) == (
        None,
        None,
        None,
        "base_hidden",
    )
    assert entry["count"] == figure.count.value  # the count itself is shown on the pages


def test_corrections_belong_to_the_figure_in_any_variant_on_pages_of_the_same_data_date(loaded):
    book = loaded.book
    first, second = api_dates(book)[:2]
    figure = book.figure("forløb", "aktive", Pins(data_date=first))
    changes = (
        Change("forløb.aktive.andel", "50 %", "51 %"),
        Change("forløb.alle", "20", "21"),  # another figure
        Change("graf: forløb.status", "a", "b"),  # a chart
    )
    ledger = {
        "a.md": Entry(corrections=[Correction(FIXED, changes)]),
        f"briefinger/{first}.html": Entry(
            corrections=[Correction(FIXED, (Change("nøgletal: forløb.aktive", "[c]", "7"),))]
        ),
        "later.md": Entry(corrections=[Correction(FIXED, (Change("forløb.aktive", "8", "9"),))]),
        "gone.md": Entry(corrections=[Correction(FIXED, (Change("forløb.aktive", "8", "9"),))]),  # no such page now
    }
    pins = {
        "a.md": Pins(data_date=first),
        f"briefinger/{first}.html": Pins(data_date=first),
        "later.md": Pins(data_date=second),
    }
    found = revision_history(book, ledger, pins, figure, first)
    assert [(r["page"], r["placeholder"], r["old"], r["new"]) for r in found] == [
        ("a.md", "forløb.aktive.andel", "50 %", "51 %"),
        (f"briefinger/{first}.html", "nøgletal: forløb.aktive", "et skjult antal", "7"),
    ]
    assert found[0]["date"] == "2024-01-10" and found[0]["note"].startswith("Rettelse 10. januar 2024: ")
    assert "forløb.alle" not in found[0]["note"]  # the note of this figure's change only
