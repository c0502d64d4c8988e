"""Charts: Vega-Lite specs from small tidy tables; data labels stay data, never code."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re

import jsonschema
import pytest
import vl_convert

from public_results.charts import palette
from public_results.charts import specs as chart
from public_results.charts.drawing import LOCALE, clean_svg, vega_lite_version
from public_results.charts.layout import text_width
from public_results.charts.lines import BRIDGE_DASH, Line, time_chart
from public_results.charts.vega_lite import SCHEMA
from support import validate_vega_lite

POISON = "\"'); alert(1)//"
XSS = "</script><img src=x onerror=alert(1)>"
FONT = "Atkinson Hyperlegible Next Nul"


# The Vega-Lite schema the specs say they follow (``$schema``), as Altair 6.3.0 shipped it (BSD-3-Clause,
# the Vega-Lite authors), kept here compressed: the specs are checked against it without Altair.
validate = validate_vega_lite  # raises on a spec that breaks the Vega-Lite schema


def bars(first_label: str = "Håb") -> list[dict]:
    return [
        {"label": first_label, "value": 83.0, "text": "83 %"},
        {"label": "Tryg", "value": 57.0, "text": "57 %"},
        {"label": "Lille", "value": None, "text": "[c]"},
    ]


def scale_tables(first_label: str = "Håb") -> tuple[list[dict], list[dict]]:
    segments = [
            {"label": first_label, "order": 0, "answer": "I høj grad", "start": 0.0, "end": 40.0, "middle": 20.0,
             "colour": chart.POSITIVE_STEPS[1], "text": "40", "text_colour": chart.TEXT, "share": "40 %"},
            {"label": first_label, "order": 0, "answer": "I meget høj grad", "start": 40.0, "end": 90.0,
             "middle": 65.0, "colour": chart.POSITIVE_STEPS[0], "text": "50", "text_colour": "#ffffff",
             "share": "50 %"},
            {"label": first_label, "order": 0, "answer": "Slet ikke", "start": -10.0, "end": 0.0, "middle": -5.0,
             "colour": chart.OTHER_STEPS[0], "text": "10", "text_colour": chart.TEXT, "share": "10 %"},
    ]  # fmt: skip
    legend = [
        {"answer": "Slet ikke", "colour": chart.OTHER_STEPS[0], "column": 0, "line": 0},
        {"answer": "I meget høj grad", "colour": chart.POSITIVE_STEPS[0], "column": 1, "line": 0},
    ]
    return segments, legend


MONTHS = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
BRIDGE_KEY = "Prikket: skjulte måneder"


def time_lines(first_label: str = "Afklaring") -> list[Line]:
    points = ((dt.date(2021, 12, 31), 1500.0, "1.500"), (dt.date(2022, 1, 31), None, "[c]"),
              (dt.date(2022, 2, 15), 1200.0, "1.200"))  # fmt: skip
    return [Line(first_label, chart.PALETTE[0], (1, 0), points)]


def time_spec(size: chart.Size = chart.NARROW, label: str = "Afklaring"):
    return chart.finish(time_chart(time_lines(label), size, MONTHS, BRIDGE_KEY), FONT, size)


def data_values(spec: dict) -> list[list[dict]]:
    return list(spec["datasets"].values())


@functools.cache
def charts_with(label: str, size: chart.Size = chart.NARROW) -> dict[str, dict]:
    """The spec of one chart of each kind with ``label`` in its data, as the build makes them for
    ``size`` (made once per label: tests only read them)."""
    return {
        "bars": chart.finish(chart.bar_chart(bars(label), 100, size), FONT, size),
        "scale": chart.finish(chart.scale_chart(*scale_tables(label), (-20, 130), 105, size), FONT, size),  # [c] apart
        "time": time_spec(size, label),
        "icons": chart.finish(
            chart.icon_chart(
                [{"column": 0, "line": 1, "colour": "#000", "label": label, "text": "1"}],
                [{"line": 0, "text": f"{label}: 1"}],
                2,
                size,
            ),
            FONT,
            size,
        ),
    }


@functools.cache
def specs_with(label: str) -> tuple[dict, ...]:
    """The spec of each chart form with ``label`` in its data, as the build makes it."""
    return tuple(charts_with(label).values())


@pytest.mark.parametrize("size", chart.SIZES, ids=lambda size: size.name)
@pytest.mark.parametrize("kind", ["bars", "scale", "time", "icons"])
def test_each_kind_of_spec_the_build_makes_is_valid_vega_lite(kind, size):
    spec = charts_with("Håb", size)[kind]
    validate(spec)  # raises on a spec that breaks the Vega-Lite schema
    assert spec["$schema"] == SCHEMA and f"/v{vega_lite_version()}." in SCHEMA  # compiled with the version it names


def test_the_schema_check_finds_a_broken_spec():
    spec = charts_with("Håb")["bars"]
    broken = spec | {"layer": [spec["layer"][0] | {"mark": {"type": "bars"}}, *spec["layer"][1:]]}
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


@pytest.mark.parametrize("kind", ["bars", "scale", "time", "icons"])
def test_each_kind_is_drawn_as_wide_as_its_size_says_with_its_sizes_text(kind):
    for size in chart.SIZES:
        svg = vl_convert.vegalite_to_svg(charts_with("Håb", size)[kind], vl_version=vega_lite_version())
        width = float(re.search(r'<svg[^>]* width="([0-9.]+)"', svg).group(1))
        assert size.width * 0.9 <= width <= size.width + 2, (size.name, width)  # nothing runs out to the right
        sizes = {float(found) for found in re.findall(r'font-size="([0-9.]+)px"', svg)}
        assert sizes and min(sizes) >= size.value and max(sizes) <= size.label, (size.name, sizes)


# --- Bars ----------------------------------------------------------------------------------------


def test_bars_are_a_bar_a_value_text_and_a_row_label_holding_exactly_the_table():
    spec = chart.finish(chart.bar_chart(bars(), 100, chart.NARROW), FONT)
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["bar", "text", "text"]
    bar, value, label = spec["layer"]
    assert bar["encoding"]["x"]["field"] == "value"
    assert bar["encoding"]["x"]["scale"]["domain"] == [0, 100]
    assert bar["mark"]["color"] == chart.MAIN
    assert value["encoding"]["text"]["field"] == "text" and value["encoding"]["x"]["field"] == "position"
    assert label["encoding"]["text"]["field"] == "label"
    (values,) = data_values(spec)
    assert values == [
        {"label": "Håb", "value": 83.0, "text": "83 %", "order": 0, "position": 83.0, "tip": "Håb: 83 %"},
        {"label": "Tryg", "value": 57.0, "text": "57 %", "order": 1, "position": 57.0, "tip": "Tryg: 57 %"},
        {"label": "Lille", "value": None, "text": "[c]", "order": 2, "position": 0.0, "tip": "Lille: [c]"},
    ]
    assert bar["mark"]["aria"] is True and bar["encoding"]["description"]["field"] == "tip"


LONG = "Uddannelse eller et tilbud under Ældre- og Handicapforvaltningen i kommunen"  # wider than a phone's drawing


def test_a_label_wider_than_the_drawing_is_broken_into_lines_above_its_bar_in_a_taller_row():
    short = chart.finish(chart.bar_chart(bars(), 100, chart.NARROW), FONT)
    spec = chart.finish(chart.bar_chart(bars(LONG), 100, chart.NARROW), FONT)
    label = spec["layer"][2]
    assert label["encoding"]["text"]["field"] == "lines" and label["mark"]["lineHeight"] > chart.NARROW.label
    (values,) = data_values(spec)
    first, *others = (row["lines"] for row in values)
    room = chart.NARROW.width - 2 * chart.PADDING
    assert len(first) == 2 and " ".join(first) == LONG
    assert all(text_width(line, chart.NARROW.label) <= room for line in first)
    assert others == [["", "Tryg"], ["", "Lille"]]  # a one-line label stands just above its bar too
    assert spec["height"]["step"] == short["height"]["step"] + label["mark"]["lineHeight"]
    validate(spec)
    wide = chart.finish(chart.bar_chart(bars(LONG), 100, chart.WIDE), FONT, chart.WIDE)
    assert wide["layer"][2]["encoding"]["text"]["field"] == "label"  # the column's drawing has room
    assert "lines" not in json.dumps(short)  # short labels: the same spec as ever


def test_rows_keep_the_tables_order_through_a_position_field_not_a_list_of_labels():
    spec = chart.finish(chart.bar_chart(bars(), 100, chart.NARROW), FONT)
    assert spec["layer"][0]["encoding"]["y"]["sort"] == {"field": "order", "op": "min", "order": "ascending"}


def test_a_suppressed_row_has_no_bar_and_its_text_stands_at_zero():
    (values,) = data_values(chart.finish(chart.bar_chart(bars(), 100, chart.NARROW), FONT))
    assert values[2]["value"] is None and values[2]["position"] == 0 and values[2]["text"] == "[c]"


def test_bars_without_a_fixed_domain_run_from_zero_to_the_largest_value():
    spec = chart.finish(chart.bar_chart(bars(), None, chart.NARROW), FONT)
    assert spec["layer"][0]["encoding"]["x"]["scale"] == {"domain": [0, 83.0], "nice": False}


def test_the_longest_bar_leaves_room_for_every_value_written_after_its_bar():
    size = chart.NARROW
    room = size.width - 2 * chart.PADDING
    long_text = "1.234 (100 %)"
    width = chart.bar_width([50.0, 100.0, None], ["5 (5 %)", long_text, "[c]"], 100, size)
    assert width + chart.VALUE_GAP + chart.text_width(long_text, size.value) == pytest.approx(room)
    assert chart.bar_width([10.0], ["x" * 80], 100, size) == pytest.approx(room / 3)  # never shorter than a third


def test_a_breakdowns_bars_each_have_their_categorys_colour_and_the_spec_is_valid():
    table = [row | {"colour": colour} for row, colour in zip(bars(), chart.PALETTE[:3], strict=True)]
    spec = chart.finish(chart.bar_chart(table, None, chart.NARROW), FONT)
    validate(spec)
    assert spec["layer"][0]["encoding"]["color"] == {"field": "colour", "type": "nominal", "scale": None}
    assert [row["colour"] for row in data_values(spec)[0]] == list(chart.PALETTE[:3])


# --- The whole scale -------------------------------------------------------------------------------


def test_the_scale_chart_draws_segments_from_start_to_end_with_their_own_colours_and_outlines():
    spec = chart.finish(chart.scale_chart(*scale_tables(), (-20, 100), None, chart.NARROW), FONT)
    legend, main = spec["vconcat"]
    bars_layer = main["layer"][0]
    assert bars_layer["encoding"]["x"]["field"] == "start" and bars_layer["encoding"]["x2"]["field"] == "end"
    assert bars_layer["encoding"]["x"]["scale"] == {"domain": [-20, 100], "nice": False}
    assert bars_layer["encoding"]["color"] == {"field": "colour", "type": "nominal", "scale": None}
    assert bars_layer["mark"]["stroke"] == chart.OUTLINE  # light steps stay visible against white
    assert legend["layer"][0]["mark"]["type"] == "square" and legend["layer"][0]["mark"]["stroke"] == chart.OUTLINE
    labels = main["layer"][2]
    assert labels["encoding"]["text"]["field"] == "label"
    (label_rows,) = [v for k, v in spec["datasets"].items() if k == labels["data"]["name"]]
    assert [row["label"] for row in label_rows] == ["Håb"]  # one label per question, not one per segment


def test_the_scale_chart_with_suppressed_answers_apart_draws_a_dotted_dividing_line():
    spec = charts_with("Håb")["scale"]
    main = spec["vconcat"][1]
    rule = main["layer"][3]
    assert rule["mark"]["type"] == "rule" and rule["mark"]["strokeDash"]
    assert rule["encoding"]["x"]["scale"] == main["layer"][0]["encoding"]["x"]["scale"]  # the bars' scale
    svg = vl_convert.vegalite_to_svg(spec, vl_version=vega_lite_version())  # Vega-Lite draws it
    assert svg.count('stroke-dasharray="2,3"') == 1


# --- Icons and time --------------------------------------------------------------------------------


def test_the_icon_chart_draws_one_person_per_row_of_its_table():
    icons = [{"column": i % 20, "line": 1 + i // 20, "colour": "#000", "label": "A", "text": "25"} for i in range(25)]
    labels = [{"line": 0, "text": "A: 25"}]
    spec = chart.finish(chart.icon_chart(icons, labels, 3, chart.NARROW), FONT)
    people = spec["layer"][0]
    assert people["mark"]["type"] == "point" and people["mark"]["shape"] == chart.PERSON
    assert len(spec["datasets"][people["data"]["name"]]) == 25
    assert spec["height"] == 3 * chart.NARROW.icon_line


def test_the_time_chart_breaks_its_line_at_a_suppressed_point_marks_the_gap_and_lines_by_dash_too():
    spec = time_spec()
    key, plot = spec["vconcat"]
    bridge, line = plot["layer"][0], plot["layer"][1]
    assert line["mark"]["invalid"] == "break-paths-show-domains"  # the line itself breaks at a gap
    assert bridge["mark"]["invalid"] == "filter" and bridge["mark"]["strokeDash"] == BRIDGE_DASH  # a dotted bridge
    assert bridge["mark"]["strokeWidth"] < line["mark"]["strokeWidth"]
    assert line["encoding"]["strokeDash"] == {"field": "dash", "type": "nominal", "scale": None}
    assert line["encoding"]["x"]["axis"]["values"] == ["2021-12-31", "2022-01-01", "2022-02-01", "2022-02-15"]
    key_texts = [row["text"] for row in spec["datasets"][key["data"]["name"]]]
    assert key_texts == ["Afklaring 1.200", BRIDGE_KEY]  # narrow: a key names the line and the bridge


def test_a_wide_time_chart_names_each_line_at_its_end_and_keeps_only_the_bridges_key():
    spec = time_spec(chart.WIDE)
    key, _ = spec["vconcat"]
    assert [row["text"] for row in spec["datasets"][key["data"]["name"]]] == [BRIDGE_KEY]
    names = [row["name"] for data in spec["datasets"].values() for row in data if "name" in row]
    assert names == ["Afklaring 1.200"]


def test_a_time_chart_without_gaps_has_no_bridge_key():
    points = ((dt.date(2021, 12, 31), 10.0, "10"), (dt.date(2022, 1, 31), 12.0, "12"))
    made = time_chart([Line("A", chart.PALETTE[0], (1, 0), points)], chart.WIDE, MONTHS, "")
    assert "vconcat" not in made  # nothing to explain: the plot alone


def test_time_axes_use_danish_thousands_and_month_names():
    spec = time_spec()
    svg = vl_convert.vegalite_to_svg(
        spec, vl_version=vega_lite_version(), format_locale=LOCALE, time_format_locale=LOCALE
    )
    assert ">1.000<" in svg and ">1,000<" not in svg
    assert ">dec. 2021<" in svg and ">feb. 2022<" in svg  # the first and the last month, in Danish


# --- Design rules ----------------------------------------------------------------------------------


def contrast(colour: str, background: str = "#ffffff") -> float:
    return palette.contrast_ratio(colour, background)


@pytest.mark.parametrize("colour", [*chart.PALETTE, chart.MAIN, chart.SUPPRESSED, chart.OUTLINE, chart.TEXT])
def test_colours_that_carry_meaning_alone_are_at_least_3_to_1_against_white(colour):
    assert contrast(colour) >= 3


def test_the_shared_look_names_the_shipped_font_and_turns_off_vegas_english_aria():
    spec = chart.finish(chart.bar_chart(bars(), 100, chart.NARROW), FONT)
    assert spec["config"]["font"].startswith("'Atkinson Hyperlegible Next Nul'")
    assert spec["config"]["aria"] is False


# --- Labels are data, never code -------------------------------------------------------------------


def spec_without_data(spec: dict) -> str:
    return json.dumps({k: v for k, v in spec.items() if k != "datasets"}, ensure_ascii=False)


@pytest.mark.parametrize("index", range(4))
def test_a_poisoned_label_appears_only_in_the_data(index):
    spec = specs_with(POISON)[index]
    assert POISON in json.dumps(spec["datasets"], ensure_ascii=False)
    assert POISON not in spec_without_data(spec)
    assert "transform" not in spec_without_data(spec)


def expressions(node) -> list[str]:
    """Every Vega expression string in a compiled Vega spec."""
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k in {"expr", "signal", "test", "update"} and isinstance(v, str)]
        return found + [e for v in node.values() for e in expressions(v)]
    if isinstance(node, list):
        return [e for v in node for e in expressions(v)]
    return []


@pytest.mark.parametrize("index", range(4))
def test_no_vega_expression_is_built_from_a_data_label(index):
    vega = vl_convert.vegalite_to_vega(specs_with(POISON)[index], vl_version=vega_lite_version())
    assert expressions(vega)  # the walk finds the spec's own expressions
    assert not [e for e in expressions(vega) if "alert" in e]


@pytest.mark.parametrize("index", range(4))
def test_each_data_mark_carries_its_value_in_danish_as_the_aria_label_of_the_static_svg(index):
    svg = vl_convert.vegalite_to_svg(
        specs_with("Håb")[index], vl_version=vega_lite_version(), format_locale=LOCALE, time_format_locale=LOCALE
    )
    tips = re.findall(r'aria-label="([^"]*)"', svg)
    assert tips and all(": " in tip for tip in tips)
    assert any(tip.startswith("Håb") or ": Håb " in tip for tip in tips)  # a line's month: "31. maj 2021: Håb 12"
    assert "value:" not in svg and "label:" not in svg  # Vega's own English descriptions stay off


def test_a_label_with_markup_is_drawn_as_escaped_text():
    svg = vl_convert.vegalite_to_svg(specs_with(XSS)[0], vl_version=vega_lite_version())
    svg = clean_svg(svg, "test")
    assert svg.startswith('<svg aria-hidden="true" focusable="false" ')
    assert "&lt;/script&gt;&lt;img src=x" in svg
    assert "<img" not in svg and "<script" not in svg


def test_a_time_chart_has_one_mark_to_hover_per_month_holding_every_lines_value_then():
    points = ((dt.date(2021, 12, 31), 1500.0, "1.500"), (dt.date(2022, 1, 31), None, "[c]"))
    lines = [*time_lines(), Line("Praktik", chart.PALETTE[1], (8, 4), points)]
    spec = chart.finish(time_chart(lines, chart.NARROW, MONTHS, BRIDGE_KEY), FONT)
    svg = vl_convert.vegalite_to_svg(spec, vl_version=vega_lite_version(), format_locale=LOCALE)
    tips = re.findall(r'aria-label="([^"]*)"', svg)
    assert tips == [
        "31. december 2021: Afklaring 1.500, Praktik 1.500",
        "31. januar 2022: Afklaring [c], Praktik [c]",
        "15. februar 2022: Afklaring 1.200",
    ]
