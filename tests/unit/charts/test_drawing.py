"""Drawing: specs become SVG and PNG once, are cached by a hash of everything that shapes them."""

from __future__ import annotations

import functools
import io
import os
import re
import threading
import time
from collections.abc import Iterator, Mapping

from PIL import Image, ImageChops

from public_results import importers
from public_results.charts import specs as chart
from public_results.charts.drawing import (
    LOCALE,
    PNG_SCALE,
    clean_svg,
    draw_chart,
    drawing_key,
    drawing_version,
    start_drawing,
    titled_svg,
    vega_lite_version,
    with_titles,
    without_invisible,
)
from public_results.charts.drawing_pool import DrawingPool, draw_all, watch_parent
from support import ROOT

FONTS = ROOT / "theme" / "fonts"


def spec(label: str = "Håb") -> dict:
    """A chart's pair of specs, narrow and wide, as a view holds it."""
    table = [{"label": label, "value": 80.0, "text": "80 %"}]
    return chart.drawings(lambda size: chart.bar_chart(table, 100, size), "Atkinson Hyperlegible Next Nul")


def test_a_drawing_is_two_svgs_and_a_png_and_the_second_time_it_comes_from_the_cache(tmp_path):
    specs = {"a": (spec("Håb"), spec("Håb")), "b": (spec("Tryg"), spec("Tryg"))}
    drawings, stats = draw_all(specs, tmp_path, FONTS, workers=1)
    assert (stats.charts, stats.drawn, stats.cached) == (2, 2, 0)
    inline = drawings["a"].inline_svg()
    roots = re.findall(r"<svg [^>]*>", inline)
    assert inline.startswith("<svg") and "Håb" in inline and len(roots) == 2
    assert 'class="chart-narrow"' in roots[0] and 'class="chart-wide"' in roots[1]  # the page's CSS shows one
    assert 'width="340"' in roots[0] and 'width="768"' in roots[1]
    ids = re.findall(r'\bid="([^"]+)"', inline)
    assert len(ids) == len(set(ids))  # each drawing has ids of its own
    assert (tmp_path / "a.svg").exists() and (tmp_path / "a.wide.svg").exists()
    assert drawings["a"].png.startswith(b"\x89PNG")
    assert int.from_bytes(drawings["a"].png[16:20], "big") == PNG_SCALE * 768  # the wide drawing, drawn once
    again, stats = draw_all(specs, tmp_path, FONTS, workers=1)
    assert (stats.drawn, stats.cached) == (0, 2)
    assert contents(again) == contents(drawings)


class Unread(Mapping):
    """A spec as the figure cache gives it back (``plain_data.Apart``) whose values may not be read."""

    def __init__(self, keys: tuple[str, ...], read: list[str]) -> None:
        self.keys_, self.read = keys, read

    def __getitem__(self, key: str) -> dict:
        self.read.append(key)
        return spec()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.keys_)


def test_a_chart_the_cache_holds_is_taken_without_reading_its_spec_and_one_it_lacks_reads_it(tmp_path):
    draw_all({"a": (spec(), spec())}, tmp_path, FONTS, workers=1)
    read: list[str] = []
    titled = functools.partial(with_titles, Unread(("narrow", "wide"), read), "Titel", "", "Kilde")
    drawings, stats = draw_all({"a": (Unread(("narrow", "wide"), read), titled, PNG_SCALE)}, tmp_path, FONTS, workers=1)
    assert (stats.drawn, stats.cached, read) == (0, 1, []) and drawings["a"].inline_svg().count("<svg ") == 2
    drawings, stats = draw_all({"b": (Unread(("narrow", "wide"), read), titled, PNG_SCALE)}, tmp_path, FONTS, workers=1)
    assert stats.drawn == 1 and sorted(set(read)) == ["narrow", "wide"] and drawings["b"].png.startswith(b"\x89PNG")


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
    assert drawing_key(spec("A"), version, ("Titel",)) != drawing_key(spec("A"), version, ("Ny titel",))  # the PNG's


def test_the_drawing_version_changes_with_the_fonts(tmp_path):
    (tmp_path / "a.ttf").write_bytes(b"one")
    before = drawing_version(tmp_path)
    (tmp_path / "a.ttf").write_bytes(b"two")
    assert drawing_version(tmp_path) != before


def test_the_png_spec_is_the_wide_one_with_title_subtitle_and_source():
    titled = with_titles(spec(), "Mindst 80 %", "Andel. Måling 2021.", "Kilde: Evaluering.")
    assert titled["title"]["text"] == "Mindst 80 %"
    assert titled["title"]["subtitle"] == ["Andel. Måling 2021.", "Kilde: Evaluering."]
    long = with_titles(spec(), "T", "Antal ved udgangen af hver måned. " * 5, "Kilde: Evaluering.")
    assert (
        len(long["title"]["subtitle"]) == 3
        and " ".join(long["title"]["subtitle"][:2]) == ("Antal ved udgangen af hver måned. " * 5).strip()
    )
    assert titled["config"] == spec()["wide"]["config"]
    assert "title" not in spec()["narrow"] and "title" not in spec()["wide"]  # the page's caption carries them


def test_an_svg_is_made_fit_to_inline():
    raw = '<?xml version="1.0"?>\n<svg width="10"><defs><clipPath id="clip1"/></defs>'
    raw += '<g clip-path="url(#clip1)" style="fill: red; font-family: x"><rect width="1"/></g></svg>'
    svg = clean_svg(raw, "c7")
    assert svg.startswith('<svg aria-hidden="true" focusable="false" width="10">')
    assert 'id="c7-clip1"' in svg and "url(#c7-clip1)" in svg
    assert "style=" not in svg and 'fill="red"' in svg and 'font-family="x"' in svg
    named = clean_svg(
        '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="10"><g class="a"/></svg>', "c7", "wide"
    )
    assert named.startswith('<svg aria-hidden="true" focusable="false" class="chart-wide" display="none" xmlns=')
    assert named.count("class=") == 2 and 'class="a"' in named  # the root's class replaced, no other


def test_the_titled_png_is_the_drawn_svg_with_the_titles_vega_would_set():
    start_drawing(str(FONTS))
    titled = with_titles(spec(), "Mindst 80 % er glade", "Andel. Måling 2021.", "Kilde: Evaluering.")
    svgs, png, _ = draw_chart(spec(), titled, 1)
    assert svgs is not None and set(svgs) == {"narrow", "wide"}
    vl_convert = importers.vl_convert()  # what the PNG was before: a Vega render of its own
    options = {"vl_version": vega_lite_version(), "format_locale": LOCALE, "time_format_locale": LOCALE}
    vega = Image.open(io.BytesIO(vl_convert.vegalite_to_png(titled, scale=1, **options))).convert("RGB")
    ours = Image.open(io.BytesIO(png)).convert("RGB")
    assert ours.size == vega.size
    differ = ImageChops.difference(ours, vega).convert("L").point(lambda v: 255 if v > 40 else 0)
    assert differ.histogram()[255] < 0.01 * vega.width * vega.height  # the same picture (a title ≤ 1 px aside)


def test_a_titled_svg_sets_long_titles_on_lines_and_moves_the_chart_below_them():
    chart = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="50" font-family="F"><rect width="3"/></svg>'
    svg = titled_svg(chart, "Borgere & forløb " * 8, ["Kilde: <Evaluering>."])
    titles = re.findall(r'<text[^>]*font-weight="bold"[^>]*>([^<]*)</text>', svg)
    assert len(titles) >= 2 and " ".join(titles) == ("Borgere &amp; forløb " * 8).strip()  # wrapped, not cut
    assert "Kilde: &lt;Evaluering&gt;." in svg
    block = 32 + 20 + 25 * (len(titles) - 1)
    assert f'<g transform="translate(0,{block})"><rect width="3"/></g>' in svg
    width = float(re.match(r'<svg[^>]* width="([\d.]+)"', svg).group(1))
    assert width > 300 and f'height="{50 + block}"' in svg  # as wide as its title needs


def test_the_drawing_processes_end_when_the_drawing_is_done_so_the_pdfs_have_their_memory(tmp_path):
    closed = []

    class Pool(DrawingPool):
        def close(self) -> None:
            closed.append(True)
            super().close()

    pool = Pool(tmp_path, FONTS, workers=1)
    drawings, _ = draw_all({"a": (spec(), spec())}, tmp_path, FONTS, pool=pool)
    assert closed == [True] and set(drawings) == {"a"}


def test_a_drawing_worker_leaves_when_the_build_that_started_it_is_gone():
    left: list[bool] = []
    watch_parent(os.getppid() + 1, lambda: left.append(True), every=0.01)  # another parent: gone
    assert left == [True]
    stays: list[bool] = []
    watching = threading.Thread(target=watch_parent, args=(os.getppid(), lambda: stays.append(True), 0.01), daemon=True)
    watching.start()
    time.sleep(0.1)
    assert watching.is_alive() and not stays  # its own parent lives: it keeps drawing


def test_shapes_that_paint_nothing_are_left_out_of_the_png_and_it_is_the_same_picture():
    hit = '<path aria-label="30. juni 2024: 87" d="M{x},0h6v300h-6Z" fill="#4c78a8" opacity="0"/>'
    kept = (
        '<path d="M0,0h9v9h-9Z" fill="#000" fill-opacity="0"/><line x2="9" stroke="#000" opacity="0.5"/>'
        '<rect width="4" height="4" opacity="0.05" fill="#c00"/>'
    )
    body = "".join(hit.format(x=x) for x in range(0, 300, 7)) + '<path d="M0,150L300,40" stroke="#1f5b99"/>'
    ground = '<rect width="300" height="300" fill="white"/>'
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300">{ground}{body}{kept}</svg>'
    slim = without_invisible(svg)
    assert ' opacity="0"' not in slim and kept in slim and 'd="M0,150L300,40"' in slim
    assert without_invisible(slim) == slim
    vl_convert = importers.vl_convert()
    assert vl_convert.svg_to_png(slim, scale=1.5) == vl_convert.svg_to_png(svg, scale=1.5)  # the same pixels
