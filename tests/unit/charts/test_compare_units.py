"""Comparing units: sorted bars with bases, intervals and caution markers; ranking words only when honest."""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from decimal import Decimal

import pytest

from public_results.charts import palette, unit_cut, unit_messages, unit_specs
from public_results.charts import specs as chart_specs
from public_results.charts.compare_units import UnitSeries, UnitShare, compare_units, small_multiples, sorted_units
from public_results.charts.drawing import clean_svg, draw_chart
from public_results.charts.palette import contrast_ratio
from public_results.charts.wilson import Interval, stands_apart, wilson
from public_results.danish import words
from public_results.pages.blocks import chart_html, svg_marker
from public_results.privacy.suppression import HIDDEN, SMALL, Count
from public_results.settings import read_settings
from support import validate_vega_lite

NBSP = "\u00a0"
MEASURE = "Andel i meningsfuld beskæftigelse blandt dem, der har afsluttet et forløb"
PERIOD = "pr. 15. februar 2022"


validate = validate_vega_lite  # raises on a spec that breaks the Vega-Lite schema


@functools.cache
def settings(small_base: int = 30):
    return read_settings({"RESULTS_DATA_PATH": "data", "RESULTS_SMALL_BASE": small_base})


def unit(name: str, positive: int | None, base: int | None, hidden: bool = False) -> UnitShare:
    return UnitShare(name.lower(), f"Jobhuset {name}", positive, base, hidden)


SEVEN = [  # shares 41–68 %, every interval overlapping the next: no unit stands apart
    unit("Nord", 41, 100), unit("Syd", 68, 100), unit("Vest", 50, 100), unit("Øst", 55, 100),
    unit("Midt", 60, 100), unit("Havn", 47, 100), unit("By", 52, 100),
]  # fmt: skip
MIXED = [unit("Nord", 80, 120), unit("Syd", 40, 90), unit("Vest", 9, 18), unit("Øst", None, None, hidden=True),
         unit("Midt", 52, 100)]  # fmt: skip


def view(units, small_base: int = 30):
    return compare_units(
        "forløb.meningsfuld.enheder", MEASURE, units, PERIOD, "Kilde: Test.", "test", settings(small_base)
    )


def rows_of(spec: dict) -> list[dict]:
    """The bars' rows (a unit each), from the main chart's shared data."""
    return next(rows for rows in spec["datasets"].values() if rows and "order" in rows[0])


# --- The Wilson interval ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("positive", "base", "low", "high"),
    [
        (0, 10, 0.0, 0.277533),  # z²/(n+z²): the upper end at 0, the lower end exactly 0
        (10, 10, 0.722467, 1.0),
        (5, 10, 0.236593, 0.763407),  # symmetric round one half
        (1, 3, 0.061492, 0.792340),
        (116, 177, 0.582722, 0.721411),  # the 2018 article: meaningful employment among the finished
        (28, 30, 0.786765, 0.981523),
    ],
)
def test_the_wilson_interval_has_its_known_values(positive, base, low, high):
    interval = wilson(positive, base)
    assert (round(interval.low, 6), round(interval.high, 6)) == (low, high)


def test_the_wilson_interval_is_narrower_on_a_larger_base_and_refuses_what_is_no_share():
    assert wilson(50, 100).high - wilson(50, 100).low < wilson(5, 10).high - wilson(5, 10).low
    for positive, base in ((1, 0), (-1, 5), (6, 5)):
        with pytest.raises(ValueError):
            wilson(positive, base)


def test_an_interval_stands_apart_only_when_it_touches_none_of_the_others():
    intervals = [Interval(0.7, 0.9), Interval(0.4, 0.6), Interval(0.5, 0.69)]
    assert stands_apart(0, intervals) and not stands_apart(1, intervals)
    assert not stands_apart(0, [Interval(0.7, 0.9), Interval(0.5, 0.7)])  # touching ends overlap
    assert not stands_apart(0, [Interval(0.7, 0.9)])  # nothing to stand apart from


# --- Sorting, labels, markers -------------------------------------------------------------------


def test_units_come_highest_share_first_and_hidden_ones_last_in_their_given_order():
    order = sorted_units([*MIXED, unit("Tom", 0, 0), unit("Skjult", None, 12, hidden=True)])
    assert [u.name.split()[1] for u in order] == ["Nord", "Midt", "Vest", "Syd", "Tom", "Øst", "Skjult"]
    labels = [row["label"] for row in rows_of(view(MIXED).spec["narrow"])]
    assert labels == [
        "Jobhuset Nord (af 120)", "Jobhuset Midt (af 100)", "Jobhuset Vest (af 18)", "Jobhuset Syd (af 90)",
        "Jobhuset Øst",  # hidden, and its base is not given: no »(af …)«
    ]  # fmt: skip


def test_a_unit_with_a_small_base_has_a_caution_triangle_a_key_in_words_and_a_note_in_the_table():
    chart = view(MIXED)
    spec = chart.spec["narrow"]
    rows = rows_of(spec)
    assert [row["caution"] for row in rows] == [False, False, True, False, False]  # Vest: 18 < 30
    triangles = [layer for layer in spec["vconcat"][1]["layer"] if layer["mark"].get("shape") == "triangle-up"]
    (triangle,) = triangles
    assert [row["label"] for row in spec["datasets"][triangle["data"]["name"]]] == ["Jobhuset Vest (af 18)"]
    key_texts = [row["text"] for rows in spec["datasets"].values() for row in rows if "kind" in row]
    assert any("Trekant" in text and "færre end 30 i basen" in text.replace("\n", " ") for text in key_texts)
    assert chart.columns[-1] == words.COLUMN_CAUTION
    assert [row[-1] for row in chart.rows] == ["", "", "Usikker: færre end 30 i basen", "", ""]
    assert [row[-1] for row in chart.csv.rows] == ["nej", "nej", "ja", "nej", "nej"]
    assert "Andelen for »Jobhuset Vest« er usikker: færre end 30 i basen." in chart.alt
    assert "Usikker andel" in rows[2]["tip"]


def test_the_small_base_is_a_setting_and_without_small_bases_there_is_no_marker_at_all():
    chart = view(MIXED, small_base=10)  # 18 is enough then
    spec = chart.spec["narrow"]
    assert not any(row["caution"] for row in rows_of(spec))
    assert "triangle-up" not in json.dumps(spec)
    assert words.COLUMN_CAUTION not in chart.columns and "er usikker" not in chart.alt


def test_a_hidden_unit_stands_last_as_the_marker_with_no_bar_no_interval_and_a_legend():
    chart = view(MIXED)
    last = rows_of(chart.spec["narrow"])[-1]
    assert (last["value"], last["low"], last["high"], last["text"]) == (None, None, None, "..")
    assert chart.rows[-1] == ("Jobhuset Øst", "..", "", "..", "..", "")
    assert chart.csv.rows[-1] == ("Jobhuset Øst", "..", "", "", "..", "..", "nej")
    assert chart.suppressed == 3 and chart.note.startswith("»..« betyder")
    assert "Tallet for »Jobhuset Øst« vises ikke af hensyn til diskretion." in chart.alt
    assert chart.title.endswith("i de fire enheder, der vises")  # a hidden share could be anything


def test_each_bar_has_its_wilson_interval_in_percent_and_the_table_and_download_say_the_same():
    chart = view(MIXED)
    nord = rows_of(chart.spec["narrow"])[0]
    interval = wilson(80, 120)
    assert (nord["value"], nord["low"], nord["high"]) == (67.0, round(interval.low * 100), round(interval.high * 100))
    assert (nord["low"], nord["high"]) == (58.0, 74.0)
    assert chart.rows[0] == ("Jobhuset Nord", f"67{NBSP}%", f"58–74{NBSP}%", "80", "120", "")
    assert chart.csv.rows[0] == ("Jobhuset Nord", "67", "58", "74", "80", "120", "nej")
    assert nord["tip"] == f"Jobhuset Nord: 67{NBSP}% af 120, usikkerhed 58–74{NBSP}%"
    assert nord["position"] == 74.0  # the value is written after the interval's end, clear of its line


# --- Titles: ranking words only when the intervals allow them -------------------------------------


def test_overlapping_intervals_give_a_neutral_title_with_the_range_and_no_ranking_word():
    chart = view(SEVEN)
    assert chart.title == f"Andelen ligger mellem 41{NBSP}% og 68{NBSP}% i de syv enheder"
    assert not re.search(r"højest|lavest", chart.title)
    assert words.COMPARE_ALT_OVERLAP in chart.alt and words.COMPARE_METHOD in chart.note


def test_a_unit_whose_interval_stands_apart_is_called_highest():
    units = [unit("Nord", 180, 200), unit("Syd", 50, 100), unit("Vest", 40, 90)]
    chart = view(units)
    assert chart.title == f"Jobhuset Nord ligger højest: 90{NBSP}% mod 44–50{NBSP}% i de andre enheder"
    assert "Usikkerheden på andelen for »Jobhuset Nord« overlapper ikke med nogen anden enheds." in chart.alt


def test_the_same_difference_on_small_bases_is_not_a_ranking():
    big = [unit("Nord", 90, 100), unit("Syd", 50, 100)]
    small = [unit("Nord", 9, 10), unit("Syd", 5, 10)]  # 90 % and 50 % again, but of ten each
    assert view(big).title.startswith("Jobhuset Nord ligger højest")
    assert view(small).title == f"Andelen ligger mellem 50{NBSP}% og 90{NBSP}% i de to enheder"


def test_a_lowest_unit_apart_is_named_and_with_a_hidden_unit_only_among_the_shown():
    units = [unit("Nord", 60, 100), unit("Syd", 55, 100), unit("Vest", 10, 100), unit("Øst", None, None, True)]
    message = unit_messages.units_message(
        [(u.name, None, None) if u.hidden else (u.name, *facts(u)) for u in sorted_units(units)], "Andel"
    )
    assert message.rule == unit_messages.LOWEST_UNIT
    assert message.text == f"Jobhuset Vest ligger lavest af de enheder, der vises: 10{NBSP}% mod 55–60{NBSP}%"


def facts(u: UnitShare) -> tuple[Decimal, Interval]:
    return Decimal(round(100 * u.positive / u.base)), wilson(u.positive, u.base)


def test_equal_shares_everywhere_and_fewer_than_two_shown_say_no_more_than_that():
    assert view([unit("Nord", 50, 100), unit("Syd", 50, 100)]).title == f"Andelen er 50{NBSP}% i begge enheder"
    three = [unit("Nord", 50, 100), unit("Syd", 50, 100), unit("Vest", 50, 100)]
    assert view(three).title == f"Andelen er 50{NBSP}% i alle tre enheder"
    one_shown = view([unit("Nord", 50, 100), unit("Syd", None, None, True), unit("Øst", None, None, True)])
    assert one_shown.title == f"Kun andelen for Jobhuset Nord kan vises: 50{NBSP}%"  # not the subtitle again
    none_shown = view([unit("Syd", None, None, True), unit("Øst", None, None, True)])
    assert none_shown.title == "Ingen af enhedernes andele kan vises af hensyn til diskretion"
    assert view([unit("Nord", 50, 100)]).title == MEASURE


# --- The drawing --------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["narrow", "wide"])
def test_the_comparison_and_the_small_multiples_are_valid_vega_lite(size):
    validate(view(MIXED).spec[size])
    validate(multiples().spec[size])


def test_the_comparison_is_drawn_to_svg_and_its_figure_is_named_by_the_alt_text():
    chart = view(MIXED)
    svgs, png, _ = draw_chart(chart.spec, chart.spec, 1)
    assert png.startswith(b"\x89PNG") and set(svgs) == {"narrow", "wide"}
    tips = re.findall(r'aria-label="([^"]*)"', svgs["narrow"])
    assert any(tip.startswith("Jobhuset Nord: 67") for tip in tips)  # each bar's value for the tooltip
    assert "Jobhuset Vest (af 18)" in svgs["narrow"] and "Trekant" in svgs["narrow"]
    page = chart_html(chart, "graf-enheder", "0" * 24, "grafer")
    page = page.replace(svg_marker("0" * 24), clean_svg(svgs["narrow"], "graf-enheder", "narrow"))
    (name,) = re.findall(r'role="img" aria-label="([^"]*)"', page)
    assert html.unescape(name) == words.CHART_ALT_LABEL + chart.alt
    assert '<svg aria-hidden="true"' in page  # the figure's name is the alt text, not the drawing's texts


# --- Small multiples ----------------------------------------------------------------------------

DAYS = [dt.date(2021, month, 28) for month in range(1, 13)]


def multiples():
    def series(name: str, start: int, gaps: tuple[int, ...] = ()) -> UnitSeries:
        points = tuple((day, Count(3, SMALL) if i in gaps else Count(start + i)) for i, day in enumerate(DAYS))
        return UnitSeries(name.lower(), f"Jobhuset {name}", points)

    units = [series("Nord", 100), series("Syd", 40, gaps=(11,)), series("Vest", 10, gaps=(3, 4, 6))]
    return small_multiples(
        "forløb.aktive.enheder", "Borgere i aktivt forløb", units, DAYS[-1], "Kilde", "t", settings()
    )


def test_small_multiples_are_one_panel_per_unit_on_one_scale_with_hidden_months_as_gaps():
    chart = multiples()
    spec = chart.spec["narrow"]
    assert spec["facet"]["field"] == "heading" and "resolve" not in spec  # facets share their scales
    points = spec["datasets"][spec["data"]["name"]]
    assert {p["heading"] for p in points} == {"Jobhuset Nord", "Jobhuset Syd", "Jobhuset Vest"}
    assert [p["panel"] for p in points[::12]] == ["Jobhuset Nord", "Jobhuset Syd", "Jobhuset Vest"]
    vest = [p["value"] for p in points if p["panel"] == "Jobhuset Vest"]
    assert vest[3:7] == [None, None, 15, None]
    assert [p["alone"] for p in points if p["panel"] == "Jobhuset Vest"][5] is True  # a dot between gaps
    assert spec["spec"]["layer"][0]["mark"]["invalid"] == "break-paths-show-domains"  # a gap, not a bridge
    assert spec["spec"]["layer"][0]["encoding"]["y"]["scale"]["domain"] == [0, 120]
    assert chart.columns[:3] == ("Enhed", "28. januar 2021", "28. marts 2021")  # a unit a row
    assert [row[0] for row in chart.rows] == ["Jobhuset Nord", "Jobhuset Syd", "Jobhuset Vest"]
    assert [row[3] for row in chart.rows] == ["103", "43", ".."]  # 28. april
    assert chart.csv.columns[:2] == ("Enhed", "2021-01-28") and len(chart.csv.columns) == 13
    assert chart.suppressed == 4 and words.MULTIPLES_GAP_NOTE in chart.note


def test_small_multiples_say_the_range_at_the_last_date_only_among_the_shown_when_one_is_hidden():
    chart = multiples()
    assert chart.title == "Borgere i aktivt forløb i hver enhed fra januar 2021 til 28. december 2021"
    assert "blandt de enheder, der vises, fra 21 i »Jobhuset Vest« til 111 i »Jobhuset Nord«" in chart.alt
    assert chart.alt.endswith("Fire tal vises ikke af hensyn til diskretion.")


def test_a_long_unit_name_heads_its_small_chart_in_two_lines_on_a_phone_never_cut_off():
    long = "Jobhuset Frederiksberg og Omegn"
    units = [
        UnitSeries("a", long, tuple((d, Count(20)) for d in DAYS)),
        UnitSeries("b", "Nord", ((DAYS[0], Count(9)),)),
    ]
    chart = small_multiples("k", "Antal", units, DAYS[-1], "Kilde", "t", settings())
    spec = chart.spec["narrow"]
    (heading,) = {p["heading"] for p in spec["datasets"][spec["data"]["name"]] if p["panel"] == long}
    assert "\n" in heading and heading.replace("\n", " ") == long
    assert spec["facet"]["header"]["labelExpr"] == "split(datum.value, '\\n')"
    svg = draw_chart(chart.spec, chart.spec, 1)[0]["narrow"]
    assert "Frederiksberg" in svg and "…" not in svg  # every word drawn, none cut short


def test_two_units_with_one_name_are_refused():
    one = UnitSeries("a", "Jobhuset", ((DAYS[0], Count(10)),))
    with pytest.raises(ValueError):
        small_multiples("k", "Antal", [one, UnitSeries("b", "Jobhuset", one.points)], DAYS[0], "Kilde", "t", settings())


def test_hidden_counts_in_small_multiples_are_hidden_by_status_not_value():
    points = ((DAYS[0], Count(40)), (DAYS[1], Count(40, HIDDEN)))
    chart = small_multiples("k", "Antal", [UnitSeries("a", "A", points)], DAYS[1], "Kilde", "t", settings())
    assert chart.rows[0] == ("A", "40", "..") and chart.csv.rows[0] == ("A", "40", "..")


def test_the_small_multiples_table_has_a_row_per_unit_at_a_few_dates_and_the_csv_every_month():
    """98 units over seven years: 98 rows, not 98 columns; the page's table at the first date, the
    data dates, a year before and the newest; the CSV at every month's end."""
    ends = [dt.date(year, month, 1) - dt.timedelta(days=1) for year in range(2018, 2025) for month in range(1, 13)]
    days = sorted({*ends[1:], dt.date(2022, 2, 15)})
    units = [UnitSeries(f"u{i}", f"Jobhuset {i}", tuple((d, Count(10 + i)) for d in days)) for i in range(98)]
    chart = small_multiples("k", "Antal", units, days[-1], "Kilde", "t", settings())
    assert len(chart.rows) == len(chart.csv.rows) == 98 and chart.rows[0][0] == "Jobhuset 0"
    assert chart.columns == (
        "Enhed", "31. januar 2018", "15. februar 2022", "30. november 2023", "30. november 2024",
    )  # fmt: skip
    assert len(chart.csv.columns) == 1 + len(days) and chart.csv.columns[1] == "2018-01-31"
    some = "Tabellen viser hver enhed pr. 31. januar 2018, 15. februar 2022, 30. november 2023 og 30. november 2024."
    assert some in chart.note and f"Alle grafens {len(days)} datoer står i CSV-filen." in chart.note


def test_a_national_programme_counts_its_uncertain_and_hidden_units_in_the_alt_text_instead_of_naming_them():
    units = [unit(f"By{i}", 10 + i, 20) for i in range(6)] + [unit(f"Skjult{i}", None, None, True) for i in range(6)]
    chart = view(units)
    assert "Andelene for seks enheder er usikre: færre end 30 i basen. Tabellen viser hvilke." in chart.alt
    assert "Tallene for seks enheder vises ikke af hensyn til diskretion." in chart.alt
    assert "»Jobhuset By0«" not in chart.alt
    assert sum(bool(row[-1]) for row in chart.rows) == 6  # the table names each


@functools.cache
def drawn(kind: str):
    """A view of each kind and its SVGs, drawn once for the tests that read them."""
    chart = view(MIXED) if kind == "compare" else multiples()
    return chart, draw_chart(chart.spec, chart.spec, 1)[0]


@pytest.mark.parametrize("size", [chart_specs.NARROW, chart_specs.WIDE], ids=lambda size: size.name)
def test_both_drawings_fit_their_width_with_text_no_smaller_than_the_sizes_values(size):
    for kind in ("compare", "multiples"):
        chart, svgs = drawn(kind)
        svg = svgs[size.name]
        width = float(re.search(r'<svg[^>]* width="([0-9.]+)"', svg).group(1))
        assert size.width * 0.9 <= width <= size.width + 2, (chart.key, width)
        sizes = {float(found) for found in re.findall(r'font-size="([0-9.]+)px"', svg)}
        assert sizes and min(sizes) >= size.value and max(sizes) <= size.label


def test_the_caution_triangle_is_a_colour_that_carries_meaning_and_is_outlined():
    assert contrast_ratio(unit_specs.CAUTION_FILL, "#ffffff") >= 3
    (triangle,) = [layer for layer in view(MIXED).spec["wide"]["vconcat"][1]["layer"] if "shape" in layer["mark"]]
    assert triangle["mark"]["stroke"] == palette.OUTLINE


def test_a_long_unit_name_is_broken_into_lines_on_a_phone_and_kept_whole_on_a_desktop():
    long_name = [UnitShare("r", "Jobcenter Ringkøbing-Skjern, afdelingen for særlige forløb", 40, 90, False),
                 unit("Nord", 80, 120)]  # fmt: skip
    narrow, wide = (rows_of(view(long_name).spec[size]) for size in ("narrow", "wide"))
    assert len(narrow[1]["lines"]) == 2 and narrow[0]["lines"][0] == ""  # the short one stands above its bar
    assert " ".join(narrow[1]["lines"]) == "Jobcenter Ringkøbing-Skjern, afdelingen for særlige forløb (af 90)"
    assert len(wide[1]["lines"]) == 1


def test_a_hidden_share_keeps_its_base_when_the_base_is_given_and_an_empty_base_is_said_in_words():
    chart = view([unit("Nord", 80, 120), unit("Syd", None, 12, hidden=True), unit("Tom", 0, 0)])
    assert [row["label"] for row in rows_of(chart.spec["narrow"])] == [
        "Jobhuset Nord (af 120)", "Jobhuset Tom (af 0)", "Jobhuset Syd (af 12)",
    ]  # fmt: skip
    assert chart.rows[1][:2] == ("Jobhuset Tom", words.COMPARE_NO_BASE)
    assert chart.rows[2] == ("Jobhuset Syd", "..", "", "..", "12")
    assert chart.csv.rows[1][1] == "" and chart.csv.rows[2][1] == ".."


# --- Many units: thin rows, a cut said in words, chosen small multiples --------------------------


def national(count: int = 98) -> list[UnitShare]:
    """``count`` made-up units: most near 50 %, every seventh clearly high or low, every 23rd hidden."""
    units = []
    for i in range(count):
        base = 20 + (i * 37) % 400
        share = {0: 0.85, 3: 0.2}.get(i % 7, 0.5)
        hidden = i % 23 == 5
        units.append(UnitShare(f"u{i}", f"Jobhuset {i}", None if hidden else round(base * share), base, hidden))
    return units


def many(units, own: str = "", chosen=()):
    total = sum(u.positive or 0 for u in units), sum(u.base or 0 for u in units)
    programme = UnitShare("programmet", "programmet", *total, False)
    return compare_units("k", MEASURE, units, PERIOD, "Kilde", "t", settings(), programme, own, chosen)


def dot_rows(spec: dict) -> list[dict]:
    """The units drawn as thin rows, once each (their rows stand in several layers' data)."""
    return list({row["label"]: row for rows in spec["datasets"].values() for row in rows if "dot" in row}.values())


def test_many_units_are_a_cut_of_thin_rows_said_in_the_subtitle_with_every_unit_in_the_table():
    units = national()
    chart = many(units, own="u1")
    programme = sum(u.positive or 0 for u in units) / sum(u.base or 0 for u in units)
    drawn = {row["label"].split(":")[0].removesuffix(" (denne side)") for row in dot_rows(chart.spec["narrow"])}
    apart = {u.name for u in units if u.shown and unit_cut.side(wilson(u.positive, u.base), programme)}
    assert drawn == apart | {"Jobhuset 1"} and 0 < len(apart) <= unit_cut.DOTS_UP_TO
    assert f"Grafen viser de {len(apart)} enheder, hvis usikkerhed ligger helt over eller helt under" in chart.subtitle
    assert "og desuden Jobhuset 1 (denne side). Tabellen under grafen viser alle 98 enheder." in chart.subtitle
    assert len(chart.rows) == len(chart.csv.rows) == 98 and chart.rows[-1][1] == ".."  # hidden units stay, last
    assert chart.alt.startswith("Prikdiagram:") and "helt over programmets andel" in chart.alt
    assert not re.search(r"højest|lavest", chart.title)
    (own,) = [row for row in dot_rows(chart.spec["narrow"]) if row["own"]]
    assert own["label"].endswith("(denne side)")  # in words; and a diamond in bold, not a colour
    shapes = json.dumps(chart.spec["narrow"])
    assert '"diamond"' in shapes and '"bold"' in shapes and "Ruder og fed skrift: Jobhuset 1" in shapes
    validate(chart.spec["narrow"])
    validate(chart.spec["wide"])


def test_in_the_bars_form_the_pages_own_unit_is_named_in_bold_as_well_as_in_words():
    chart = compare_units("k", MEASURE, MIXED, PERIOD, "Kilde", "t", settings(), own="syd")
    spec = chart.spec["narrow"]
    labels = [p for p in spec["vconcat"][1]["layer"] if p["mark"]["type"] == "text" and "fontWeight" in p["mark"]]
    weights = {p["mark"]["fontWeight"]: [row["label"] for row in spec["datasets"][p["data"]["name"]]] for p in labels}
    assert weights["bold"] == ["Jobhuset Syd (af 90) (denne side)"]
    assert len(weights["normal"]) == len(MIXED) - 1 and not any("denne side" in label for label in weights["normal"])
    validate(chart.spec["narrow"])


def test_a_middling_number_of_units_draws_every_one_as_a_thin_row_and_few_units_stay_bars():
    chart = many(national(20))
    assert len(dot_rows(chart.spec["narrow"])) == 20 and "Grafen viser" not in chart.subtitle
    assert "Prik: enhedens andel" in json.dumps(chart.spec["narrow"])
    assert "Prik: enhedens andel" not in json.dumps(view(MIXED).spec["narrow"])  # five units: bars, as before


def test_the_cut_keeps_the_furthest_when_too_many_differ_and_says_when_none_does():
    far = [unit_cut.Candidate(f"u{i}", f"U{i}", Interval(0.6 + i / 1000, 0.7)) for i in range(50)]
    drawn = unit_cut.choose(far, 0.5, ("u0",), most=10)
    assert drawn is not None and len(drawn) == 10 and 0 in drawn and 49 in drawn and 1 not in drawn
    assert "Grafen viser ti af de 50 enheder" in unit_cut.choice(far, drawn, 0.5, "50 %", "u0")
    same = [unit_cut.Candidate(f"u{i}", f"U{i}", Interval(0.4, 0.6)) for i in range(50)]
    drawn = unit_cut.choose(same, 0.5, (), most=10)
    assert drawn == () and "så grafen viser kun programmets andel" in unit_cut.choice(same, drawn, 0.5, "50 %", "")


def test_a_comparison_of_98_units_fits_a_phone_in_about_1600_pixels():
    chart = many(national(), own="u2")
    svgs = draw_chart(chart.spec, chart.spec, 1)[0]
    height = float(re.search(r'<svg[^>]* height="([0-9.]+)"', svgs["narrow"]).group(1))
    width = float(re.search(r'<svg[^>]* width="([0-9.]+)"', svgs["narrow"]).group(1))
    assert height <= 1600 and width <= chart_specs.NARROW.width + 2


def test_many_small_multiples_draw_the_pages_unit_and_the_largest_or_the_writers_choice():
    units = [UnitSeries(f"u{i}", f"U{i}", tuple((day, Count(10 + i)) for day in DAYS)) for i in range(30)]
    chart = small_multiples("k", "Antal", units, DAYS[-1], "Kilde", "t", settings(), own="u3")
    panels = list(
        dict.fromkeys(p["panel"] for p in chart.spec["narrow"]["datasets"][chart.spec["narrow"]["data"]["name"]])
    )
    assert panels == ["U3", "U29", "U28", "U27", "U26", "U25"]
    assert "Grafen viser U3, som siden handler om, og de fem største enheder" in chart.subtitle
    assert len(chart.rows) == 30  # the table keeps every unit, a row each
    chosen = small_multiples("k", "Antal", units, DAYS[-1], "Kilde", "t", settings(), chosen=("u1", "u2"))
    assert "Grafen viser U1 og U2. Tabellen under grafen viser alle 30 enheder." in chosen.subtitle
