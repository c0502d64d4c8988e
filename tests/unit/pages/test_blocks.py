"""Render: chart and method HTML escapes everything from data; only our own SVG is marked safe."""

from __future__ import annotations

import html
import re

import pytest

from public_results.charts.by_name import ChartView, chart_view
from public_results.charts.drawing_pool import draw_all
from public_results.figures.figure import Pins
from public_results.figures.methods import method_view
from public_results.pages.blocks import SVG_MARKER, anchor, chart_html, inline_html, method_html

POISON = "</script><img src=x onerror=alert(1)>"
ESCAPED = html.escape(POISON, quote=False)


@pytest.fixture
def poisoned_book(make_book):
    return make_book(
        {
            "{title: Status for alle,": f'{{title: "{POISON}",',
            "afsluttet: {label: Afsluttet,": f'afsluttet: {{label: "{POISON}",',
            "    source: Testsystem\n": f'    source: "{POISON}"\n',
        }
    )


KEY = "0123abcd" * 3  # a drawing key


def figure(view: ChartView, anchor_id: str, tmp_path) -> str:
    """The chart's HTML with its drawing in place, as a page gets it."""
    markup = chart_html(view, anchor_id, KEY, "../grafer")
    drawings, _ = draw_all({KEY: (view.spec, view.spec)}, tmp_path / "cache", tmp_path / "fonts", workers=1)
    return SVG_MARKER.sub(lambda m: drawings[m.group(1)].inline_svg(), markup)


def without_svg(markup: str) -> str:
    return re.sub(r"<svg.*?</svg>", "", markup, flags=re.S)


def test_a_poisoned_label_is_escaped_in_caption_alt_text_source_and_table(poisoned_book, settings, tmp_path):
    markup = figure(chart_view(poisoned_book, "forløb.status", Pins(), settings), "graf-forloeb-status", tmp_path)
    outside = without_svg(markup)
    assert "<img" not in markup
    assert "<script" not in markup  # no spec in the page: the static SVG is the chart
    assert POISON not in outside
    assert re.search(r'<th scope="row">\s*' + re.escape(ESCAPED), outside)
    assert re.search(r'<p class="chart-alt">[^<]*' + re.escape(ESCAPED), outside)
    assert re.search(r'<p class="chart-source">[^<]*' + re.escape(ESCAPED), outside)
    assert 'aria-label="' in outside
    assert '"' not in re.search(r'aria-label="([^"]*)"', outside)[1]
    svg = re.search(r"<svg.*?</svg>", markup, flags=re.S)[0]
    tips = [html.unescape(tip) for tip in re.findall(r'<path aria-label="([^"]*)"', svg)]
    assert f"{POISON}: 1" in tips or any(tip.startswith(POISON) for tip in tips)  # the tooltip's text, as data


def test_a_chart_is_a_figure_with_its_image_alt_text_and_data_table(book, settings, tmp_path):
    view = chart_view(book, "forløb.status", Pins(), settings)
    markup = figure(view, "graf-forloeb-status", tmp_path)
    assert markup.startswith('<figure class="chart chart-søjler" id="graf-forloeb-status"')
    assert "<?xml" not in markup
    assert markup.count("<svg") == 2 and markup.count("chart-wide") == 1  # drawn narrow and wide
    assert f'role="img" aria-label="Graf: {html.escape(view.alt)}"' in markup
    assert f'href="../grafer/{view.file_stem}.csv" download' in markup
    assert f'href="../grafer/{view.file_stem}.png" download' in markup
    cells = [html.unescape(c) for c in re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", without_svg(markup))]
    assert cells == list(view.columns) + [cell for row in view.rows for cell in row]


def test_a_method_box_escapes_its_lines(poisoned_book, settings):
    markup = method_html(method_view(poisoned_book, "forløb", Pins(), settings), "metode-forloeb")
    assert "<img" not in markup
    assert ESCAPED in markup
    assert 'aria-labelledby="metode-forloeb"' in markup
    assert '<h2 id="metode-forloeb">' in markup


@pytest.mark.parametrize(
    ("prefix", "name", "expected"),
    [("graf", "forløb.status", "graf-forloeb-status"), ("metode", "Ældre & Handicap", "metode-aeldre-handicap")],
)
def test_an_anchor_is_plain_ascii_with_danish_letters_spelled_out(prefix, name, expected):
    assert anchor(prefix, name) == expected


def test_an_inline_value_is_escaped():
    assert inline_html("<b>94 %</b> & mere") == "&lt;b&gt;94 %&lt;/b&gt; &amp; mere"


def test_a_chart_over_time_shows_some_dates_in_its_table_and_says_that_the_csv_has_all() -> None:
    import datetime as dt  # noqa: PLC0415

    from public_results.charts.view import FORM_TIME, Table  # noqa: PLC0415
    from public_results.danish import numbers  # noqa: PLC0415
    from public_results.pages.blocks import table_rows  # noqa: PLC0415

    month_ends = [dt.date(2021 + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1) for m in range(1, 14)]
    days = [*month_ends, dt.date(2022, 2, 15)]  # January 2021 to January 2022, then the data date
    values = [5, 7, "..", 9, 40, 8, 9, 10, 11, 12, 13, 14, 15, ".."]  # the highest, 40, in May 2021
    table = Table(("Måned", "Alle"), tuple((numbers.format_date(d), str(v)) for d, v in zip(days, values, strict=True)))
    csv = Table(("Dato", "Alle"), tuple((d.isoformat(), str(v)) for d, v in zip(days, values, strict=True)))
    view = ChartView(
        "forløb.alle.udvikling", FORM_TIME, "Titel", "", "Alt", "Kilde", table, csv, spec={}, file_stem="x"
    )
    # the first (one line: its text names it), the same month a year before, the highest, the data date
    assert [row[0] for row in table_rows(view)] == [
        "31. januar 2021",
        "28. februar 2021",
        "31. maj 2021",
        "15. februar 2022",
    ]
    markup = chart_html(view, "graf-alle", KEY, "../grafer")
    assert markup.count('<th scope="row">') == 4
    assert "Tabellen viser 4 af grafens 14 datoer" in markup
    assert "Alle datoerne står i CSV-filen (»Hent tallene (CSV)« under tabellen)." in markup
    assert markup.count('href="../grafer/x.csv"') == 1  # below the table, not inside it (closed: no focus)
    assert '<th scope="row">15. februar 2022</th><td class="num"><span aria-hidden="true">..</span>' in markup
