"""Render: chart and method HTML escapes everything from data; only our own SVG is marked safe."""

from __future__ import annotations

import html
import re

import pytest

from public_results.catalogue import chart_view, method_view
from public_results.figures import Pins
from public_results.render import anchor, chart_html, inline_html, method_html

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


def without_svg(markup: str) -> str:
    return re.sub(r"<svg.*?</svg>", "", markup, flags=re.S)


def test_a_poisoned_label_is_escaped_in_caption_alt_text_source_and_table(poisoned_book, settings):
    markup = chart_html(chart_view(poisoned_book, "forløb.status", Pins(), settings), "graf-forloeb-status")
    outside = without_svg(markup)
    assert "<img" not in markup
    assert "<script" not in markup
    assert re.search(r"<caption>\s*" + re.escape(ESCAPED), outside)  # the table caption
    assert re.search(r'<span class="chart-title">\s*' + re.escape(ESCAPED), outside)
    assert re.search(r'<th scope="row">\s*' + re.escape(ESCAPED), outside)
    assert re.search(r'<p class="chart-alt">[^<]*' + re.escape(ESCAPED), outside)
    assert re.search(r'<p class="chart-source">[^<]*' + re.escape(ESCAPED), outside)
    assert 'aria-label="' in outside
    assert '"' not in re.search(r'aria-label="([^"]*)"', outside)[1]


def test_a_chart_is_a_figure_with_its_image_alt_text_and_data_table(book, settings):
    view = chart_view(book, "forløb.status", Pins(), settings)
    markup = chart_html(view, "graf-forloeb-status")
    assert markup.startswith('<figure class="chart" id="graf-forloeb-status">')
    assert "<?xml" not in markup
    assert markup.count("<svg") == 1
    assert f'role="img" aria-label="{html.escape(view.alt)}"' in markup
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
