"""Colours: one colour (and dash) per category across the site, and text in charts that reads (4.5:1)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest

from public_results.charts import palette
from public_results.charts.by_name import chart_names, chart_view
from public_results.charts.palette import category_styles
from public_results.figures.book import FigureBook
from public_results.figures.figure import Pins
from public_results.figures.prepare import prepare
from public_results.settings import Settings, read_settings
from support import ROOT

WHITE = "#ffffff"


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(colour: str, background: str = WHITE) -> float:
    high, low = sorted((luminance(colour), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


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


def rows(view) -> list[dict]:
    """Every row of data of both drawings of a view."""
    return [row for spec in view.spec.values() for data in spec["datasets"].values() for row in data]


# --- One colour per category ---------------------------------------------------------------------


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


def test_colours_are_assigned_in_the_descriptors_order_and_differ_within_a_chart():
    styles = category_styles(["a", "b", "c", "d", "lonely"], [["a", "b"], ["b", "c", "d"], ["a", "d"]])
    assert styles["a"] == (palette.PALETTE[0], palette.DASHES[0])
    assert styles["b"] == (palette.PALETTE[1], palette.DASHES[1])
    assert len({styles["b"], styles["c"], styles["d"]}) == 3 and styles["d"][0] != styles["a"][0]
    assert "lonely" not in styles  # drawn alone: MAIN
    assert category_styles(["b", "a"], [["a", "b"]])["b"][0] == palette.PALETTE[0]  # the order decides


def test_more_parts_than_colours_still_differ_by_colour_or_dash():
    keys = [f"k{i}" for i in range(len(palette.PALETTE) * 2)]
    styles = category_styles(keys, [keys])
    assert len(set(styles.values())) == len(keys)


# --- Text reads: 4.5:1 -----------------------------------------------------------------------------


def units(spec: dict, data: str | None = None) -> Iterator[tuple[dict, str | None]]:
    """Every single-mark spec in a (layered or concatenated) spec, with the name of its data."""
    data = spec.get("data", {}).get("name", data)
    if "mark" in spec:
        yield spec, data
    for key in ("layer", "vconcat", "hconcat"):
        for part in spec.get(key, []):
            yield from units(part, data)


def text_colours(spec: dict) -> list[tuple[str, str]]:
    """(text colour, the colour behind it) of every text a spec draws: its marks and its axes. A text
    coloured from a field other than ``colour`` sits on its row's ``colour`` (a segment's number)."""
    config = spec.get("config", {})
    default = config.get("text", {}).get("color", "#000000")
    found = [(config.get("axis", {}).get(k, "#000000"), WHITE) for k in ("labelColor", "titleColor")]
    for unit, data in units(spec):
        mark = unit["mark"] if isinstance(unit["mark"], dict) else {"type": unit["mark"]}
        if mark["type"] != "text":
            continue
        colour = unit.get("encoding", {}).get("color", {})
        if "field" in colour:
            behind = (lambda row: WHITE) if colour["field"] == "colour" else (lambda row: row.get("colour", WHITE))
            found += [(row[colour["field"]], behind(row)) for row in spec["datasets"][data]]
        else:
            found.append((colour.get("value", mark.get("color", default)), WHITE))
    return found


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


def test_a_grey_c_segment_with_its_text_reads_too(settings: Settings):
    book = prepare(settings)
    book.threshold = 3
    spec = chart_view(book, "evaluering.svarfordeling", Pins(), settings).spec
    pairs = text_colours(spec["narrow"]) + text_colours(spec["wide"])
    assert (WHITE, palette.SUPPRESSED) in pairs
    assert all(contrast(c, b) >= 4.5 for c, b in pairs)
