"""Tiny sites with charts: drawn once at build time, cached, downloadable, scripts only where needed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from public_results.adapter.run import build_site
from support import contents, page_text

pytestmark = pytest.mark.site

CHARTS = """Title: Grafer
Date: 2022-02-20
Datadato: 2022-02-15

{{ graf: forløb.aktive_fordeling }}

{{ graf: evaluering.enighed }}
"""
PLAIN = "Title: Uden grafer\nDate: 2022-02-21\n\nDer er {{ forløb.aktive }} i aktivt forløb.\n"


def one_more_response(data: Path) -> None:
    """The 2021 survey round (the data date 2022-02-15's) gets one more response (a copy of its first)."""
    path = data / "evaluering_2021.csv"
    lines = path.read_bytes().split(b"\r\n")
    path.write_bytes(b"\r\n".join([*lines[:2], lines[1], *lines[2:]]))


def test_charts_drawn_once_give_the_same_bytes_from_the_cache_and_new_data_redraws_its_dataset(tiny_site, tmp_path):
    settings = tiny_site({"grafer.md": CHARTS, "tekst.md": PLAIN}, render_cache=tmp_path / "fresh", own_data=True)
    first = build_site(settings, tmp_path / "one")
    drawn = len(first.charts) + len(first.cards)  # the charts of pages, briefings and the live page; social cards
    assert first.drawing_stats.drawn == first.drawing_stats.charts == drawn and len(first.charts) > 10
    second = build_site(settings, tmp_path / "two")
    assert (second.drawing_stats.drawn, second.drawing_stats.cached) == (0, drawn)
    one, two = contents(tmp_path / "one"), contents(tmp_path / "two")  # drawn from nothing, and from the cache:
    assert sorted(one) == sorted(two)  # the same files, byte for byte (pages, downloads, PDFs, cards)
    assert [name for name in one if one[name] != two[name]] == []
    one_more_response(settings.parent / "data")  # the survey's few charts change, the status log's many stay
    third = build_site(settings, tmp_path / "three")
    redrawn = set(third.charts) - set(first.charts)
    assert third.drawing_stats.drawn == len(redrawn) > 0
    assert {third.charts[k].key.split(".")[0] for k in redrawn} == {"evaluering"}  # the outcome's were kept
    outcomes = {k for k, v in first.charts.items() if v.key.startswith("forløb.")}
    assert outcomes and outcomes <= set(third.charts)


def test_each_chart_has_a_csv_and_a_png_download_holding_its_table(tiny_site, tmp_path):
    settings = tiny_site({"grafer.md": CHARTS})
    output = tmp_path / "output"
    build_site(settings, output)
    markup = (output / "grafer.html").read_text(encoding="utf-8")
    assert 'href="/grafer/forloeb-aktive-fordeling-2022-02-15.csv" download' in markup
    csv_text = (output / "grafer" / "forloeb-aktive-fordeling-2022-02-15.csv").read_bytes().decode("utf-8")
    assert csv_text.splitlines() == [
        "\ufeffGruppe;Antal;Andel (%)",
        "I afklaring;92;45",
        "Praktik;5;2",
        "Job med løntilskud;82;40",
        "Frivilligt arbejde;26;13",
        "I alt;205;100",
    ]
    assert "\r\n" in csv_text
    assert (output / "grafer" / "forloeb-aktive-fordeling-2022-02-15.png").read_bytes().startswith(b"\x89PNG")
    survey = (output / "grafer" / "evaluering-enighed-maaling-2021.csv").read_bytes().decode("utf-8")
    assert "Håb om forandring;94;169;180" in survey


def test_the_svg_is_inlined_and_each_bar_carries_its_value_for_the_tooltip(tiny_site, tmp_path):
    settings = tiny_site({"grafer.md": CHARTS})
    output = tmp_path / "output"
    build_site(settings, output)
    markup = (output / "grafer.html").read_text(encoding="utf-8")
    assert "XXRESULTS" not in markup
    assert markup.count('<svg aria-hidden="true" focusable="false"') == 2 * 2  # two charts, each narrow and wide
    assert "chart-spec" not in markup and "application/json" not in markup  # no spec: the SVG is the chart
    labels = ["I afklaring", "Praktik", "Job med løntilskud", "Frivilligt arbejde"]
    svg = re.search(r"<svg.*?</svg>", markup, flags=re.S)[0]
    assert all(f">{label}<" in svg for label in labels)  # the static drawing holds the rows
    assert ">92 (45\u00a0%)<" in svg  # the value written at the bar
    bars = re.findall(r'<(?:path|text) aria-label="([^"]*)"[^>]*role="graphics-symbol"', svg)
    assert len(bars) == 2 * len(labels)  # each bar and its value text: hovering either shows the value
    assert bars[0] == "I afklaring: 92 (45\u00a0%)"
    assert [bar.split(": ")[0] for bar in bars[: len(labels)]] == labels
    assert "I afklaring 92 45\u00a0%" in page_text(output / "grafer.html")  # the same in the table


def test_a_chart_page_keeps_its_links_to_other_pages_and_its_feed_entry_holds_the_drawing(tiny_site, tmp_path):
    linked = CHARTS + "\n[Se også]({filename}tekst.md).\n"
    settings = tiny_site({"grafer.md": linked, "tekst.md": PLAIN})
    with settings.open("a", encoding="utf-8") as handle:
        handle.write("FEED_ALL_ATOM = 'feeds/alle.atom.xml'\nSITEURL = 'https://example.org'\n")
    output = tmp_path / "output"
    build_site(settings, output)
    markup = (output / "grafer.html").read_text(encoding="utf-8")
    assert '<a href="https://example.org/tekst.html">Se også</a>' in markup  # Pelican's link, made as before
    assert markup.count('<svg aria-hidden="true" focusable="false"') == 2 * 2 and "XXRESULTS" not in markup
    feed = (output / "feeds" / "alle.atom.xml").read_text(encoding="utf-8")
    assert "XXRESULTS" not in feed and feed.count("&lt;svg aria-hidden") >= 2  # the drawings, as in the page


def test_chart_scripts_are_loaded_only_by_pages_with_charts(tiny_site, tmp_path):
    settings = tiny_site({"grafer.md": CHARTS, "tekst.md": PLAIN})
    output = tmp_path / "output"
    build_site(settings, output)
    with_charts = (output / "grafer.html").read_text(encoding="utf-8")
    without = (output / "tekst.html").read_text(encoding="utf-8")
    assert '<script src="/theme/js/charts.js" defer></script>' in with_charts and "vega" not in with_charts
    assert "charts.js" not in without
    assert not (output / "theme" / "js" / "vega.js").exists()  # no chart runtime: the SVG is the chart
