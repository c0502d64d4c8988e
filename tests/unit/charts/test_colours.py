"""Colours: one colour (and dash) per category, and text in charts that reads (4.5:1). The same rules
over every chart of the example site: ``tests/site/test_example_colours.py``."""

from __future__ import annotations

from collections.abc import Iterator

from public_results.charts import palette
from public_results.charts.by_name import chart_view
from public_results.charts.palette import category_styles
from public_results.figures.figure import Pins
from public_results.figures.prepare import prepare
from public_results.settings import Settings

WHITE = "#ffffff"


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(colour: str, background: str = WHITE) -> float:
    high, low = sorted((luminance(colour), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rows(view) -> list[dict]:
    """Every row of data of both drawings of a view."""
    return [row for spec in view.spec.values() for data in spec["datasets"].values() for row in data]


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


def test_a_grey_c_segment_with_its_text_reads_too(settings: Settings):
    book = prepare(settings)
    book.threshold = 3
    spec = chart_view(book, "evaluering.svarfordeling", Pins(), settings).spec
    pairs = text_colours(spec["narrow"]) + text_colours(spec["wide"])
    assert (WHITE, palette.SUPPRESSED) in pairs
    assert all(contrast(c, b) >= 4.5 for c, b in pairs)
