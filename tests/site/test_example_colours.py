"""Colours over every chart of the example site (issue 18): one colour and dash per category in every
chart, and every text in a chart at 4.5:1 or more. The rules themselves: ``tests/unit/charts/test_colours.py``."""

from __future__ import annotations

from collections import defaultdict

import pytest

from chart_texts import contrast, rows, text_colours, units
from public_results.charts import palette
from public_results.charts.by_name import chart_names, chart_view
from public_results.figures.book import FigureBook
from public_results.figures.figure import Pins
from public_results.figures.prepare import prepare
from public_results.settings import Settings, read_settings
from support import ROOT


@pytest.fixture(scope="module")
def example() -> tuple[FigureBook, Settings]:
    settings = read_settings({"RESULTS_DATA_PATH": str(ROOT / "data")})
    return prepare(settings), settings


@pytest.fixture(scope="module")
def example_views(example):
    """Every chart of the example site: at the newest data date, and for every survey round (a
    category's colour does not depend on the date: the descriptor alone decides it)."""
    book, settings = example
    views = []
    for name in chart_names(book):
        dataset = name.partition(".")[0]
        rounds = [Pins(survey_round=r.round.name) for r in book.surveys.get(dataset, [])]
        views += [chart_view(book, name, p, settings) for p in rounds or [Pins()]]
    return views


def test_a_category_has_one_colour_and_one_dash_in_every_chart_of_the_example_site(example, example_views):
    book, _ = example
    outcome_views = [v for v in example_views if v.key.partition(".")[0] in book.outcomes]
    colours, dashes = defaultdict(set), defaultdict(set)
    for view in outcome_views:
        in_view = {}
        for row in rows(view):
            name = row.get("series", row.get("label"))
            if "colour" not in row or name is None:  # a colour of no category: the key to the bridges
                continue
            colours[name].add(row["colour"])
            in_view[name] = row["colour"]
            if "dash" in row:
                dashes[name].add(tuple(row["dash"]))
        if len(in_view) > 1:  # two categories of one chart never share a colour
            assert len(set(in_view.values())) == len(in_view), view.key
    assert {"Frivilligt arbejde", "Meningsfuld beskæftigelse", "I afklaring"} <= set(colours)
    assert {name: c for name, c in colours.items() if len(c) > 1} == {}
    assert {name: d for name, d in dashes.items() if len(d) > 1} == {}
    assert len({next(iter(c)) for c in colours.values()}) >= len(palette.PALETTE)  # the palette is used


def test_frivilligt_arbejde_has_the_same_colour_in_icons_bars_and_lines(example):
    book, settings = example
    colour_of = {}
    for name in ("aktive_fordeling.ikoner", "meningsfuld_fordeling", "meningsfuld_fordeling.udvikling",
                 "frivilligt.udvikling"):  # fmt: skip
        view = chart_view(book, f"forløb.{name}", Pins(), settings)
        found = {r["colour"] for r in rows(view) if "Frivilligt arbejde" in (r.get("label"), r.get("series"))}
        assert len(found) == 1, name
        colour_of[name] = found.pop()
    assert len(set(colour_of.values())) == 1


def test_every_text_in_every_chart_of_the_example_site_is_at_least_4_5_to_1(example_views):
    for view in example_views:
        for spec in view.spec.values():
            for colour, background in text_colours(spec):
                assert contrast(colour, background) >= 4.5, (view.key, colour, background)


def test_the_end_labels_of_lines_are_dark_text_beside_a_marker_in_the_lines_colour(example):
    book, settings = example
    both = chart_view(book, "forløb.meningsfuld_fordeling.udvikling", Pins(), settings).spec
    wide = [unit for unit, _ in units(both["wide"])]
    (names,) = [u for u in wide if u["mark"]["type"] == "text" and u["encoding"]["text"]["field"] == "name"]
    (strokes,) = [u for u in wide if u["mark"].get("shape") == "M-1,0L1,0"]
    assert "color" not in names["mark"] and contrast(both["wide"]["config"]["text"]["color"]) >= 4.5
    assert strokes["encoding"]["color"]["field"] == "colour" and strokes["encoding"]["strokeDash"]["field"] == "dash"
    narrow = [unit for unit, _ in units(both["narrow"])]  # the key above the plot: a stroke beside a text
    (key,) = [u for u in narrow if u["mark"]["type"] == "rule" and "strokeDash" in u["encoding"]]
    assert key["encoding"]["color"]["field"] == "colour" and key["encoding"]["strokeDash"]["field"] == "dash"
    assert any(contrast(colour) < 4.5 for colour in palette.PALETTE)  # why: a line's colour is not text
