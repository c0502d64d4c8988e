"""Drawing: specs become SVG and PNG once, are cached by a hash of everything that shapes them."""

from __future__ import annotations

import pandas as pd

from public_results.charts import specs as chart
from public_results.charts.drawing import clean_svg, drawing_key, drawing_version, with_titles
from public_results.charts.drawing_pool import draw_all
from support import ROOT

FONTS = ROOT / "theme" / "fonts"


def spec(label: str = "Håb") -> dict:
    table = pd.DataFrame({"label": [label], "value": [80.0], "text": ["80 %"]})
    return chart.finish(chart.bar_chart(table, 100), "Atkinson Hyperlegible Next Nul").to_dict()


def test_a_drawing_is_an_svg_and_a_png_and_the_second_time_it_comes_from_the_cache(tmp_path):
    specs = {"a": (spec("Håb"), spec("Håb")), "b": (spec("Tryg"), spec("Tryg"))}
    drawings, stats = draw_all(specs, tmp_path, FONTS, workers=1)
    assert (stats.charts, stats.drawn, stats.cached) == (2, 2, 0)
    assert drawings["a"].inline_svg().startswith("<svg") and "Håb" in drawings["a"].inline_svg()
    assert drawings["a"].png.startswith(b"\x89PNG")
    again, stats = draw_all(specs, tmp_path, FONTS, workers=1)
    assert (stats.drawn, stats.cached) == (0, 2)
    assert contents(again) == contents(drawings)


def test_a_deleted_cache_gives_the_same_drawings(tmp_path):
    specs = {"a": (spec(), spec())}
    first, _ = draw_all(specs, tmp_path / "one", FONTS, workers=1)
    second, _ = draw_all(specs, tmp_path / "two", FONTS, workers=1)
    assert contents(first) == contents(second)


def contents(drawings: dict) -> dict:
    return {key: (d.inline, d.png) for key, d in drawings.items()}


def test_a_card_is_a_png_only_at_its_own_size(tmp_path):
    card = {"width": 120, "height": 63, "padding": 0, "autosize": "none", "mark": "rect", "data": {"values": [{}]}}
    drawings, stats = draw_all({"c": (None, card, 1)}, tmp_path, FONTS, workers=1)
    assert stats.drawn == 1 and not (tmp_path / "c.svg").exists()
    png = drawings["c"].png
    assert int.from_bytes(png[16:20], "big") == 120  # the PNG header's width: scale 1


def test_the_key_changes_with_the_spec_and_with_the_drawing_version():
    version = drawing_version(FONTS)
    assert drawing_key(spec("A"), version) == drawing_key(spec("A"), version)
    assert drawing_key(spec("A"), version) != drawing_key(spec("B"), version)
    assert drawing_key(spec("A"), version) != drawing_key(spec("A"), version + "x")


def test_the_drawing_version_changes_with_the_fonts(tmp_path):
    (tmp_path / "a.ttf").write_bytes(b"one")
    before = drawing_version(tmp_path)
    (tmp_path / "a.ttf").write_bytes(b"two")
    assert drawing_version(tmp_path) != before


def test_the_png_spec_carries_title_subtitle_and_source():
    titled = with_titles(spec(), "Mindst 80 %", "Andel. Måling 2021.", "Kilde: Evaluering.")
    assert titled["title"]["text"] == "Mindst 80 %"
    assert titled["title"]["subtitle"] == ["Andel. Måling 2021.", "Kilde: Evaluering."]
    assert "title" not in spec()  # the page's figure caption carries them for the inline SVG


def test_an_svg_is_made_fit_to_inline():
    raw = '<?xml version="1.0"?>\n<svg width="10"><defs><clipPath id="clip1"/></defs>'
    raw += '<g clip-path="url(#clip1)" style="fill: red; font-family: x"></g></svg>'
    svg = clean_svg(raw, "c7")
    assert svg.startswith('<svg aria-hidden="true" focusable="false" width="10">')
    assert 'id="c7-clip1"' in svg and "url(#c7-clip1)" in svg
    assert "style=" not in svg and 'fill="red"' in svg and 'font-family="x"' in svg
