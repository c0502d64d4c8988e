"""Colours: one colour (and dash) per category, and text in charts that reads (4.5:1). The same rules
over every chart of the example site: ``tests/site/test_example_colours.py``."""

from __future__ import annotations

from chart_texts import WHITE, contrast, text_colours
from public_results.charts import palette
from public_results.charts.by_name import chart_view
from public_results.charts.palette import category_styles
from public_results.figures.figure import Pins
from public_results.figures.prepare import prepare
from public_results.settings import Settings

# --- One colour per category ---------------------------------------------------------------------


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


def test_a_grey_c_segment_with_its_text_reads_too(settings: Settings):
    book = prepare(settings)
    book.threshold = 3
    spec = chart_view(book, "evaluering.svarfordeling", Pins(), settings).spec
    pairs = text_colours(spec["narrow"]) + text_colours(spec["wide"])
    assert (WHITE, palette.SUPPRESSED) in pairs
    assert all(contrast(c, b) >= 4.5 for c, b in pairs)
