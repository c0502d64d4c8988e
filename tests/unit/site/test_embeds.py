"""Embeddable charts: the page each chart links back to, the iframe's size and code, and the codes put
into the pages once the charts are drawn."""

from __future__ import annotations

import html
import re

from public_results.charts.view import ChartView, Table
from public_results.pages.blocks import embed_marker, svg_marker
from public_results.site.embeds import (
    Frame,
    Home,
    embed_root,
    frame_size,
    home_pages,
    iframe_code,
    make_embeds,
    svg_sizes,
    with_codes,
)

TABLE = Table(("Gruppe", "Antal"), (("Praktik", "12"),))
KEY, OTHER = "a" * 24, "b" * 24
SVG = (
    '<svg aria-hidden="true" focusable="false" class="chart-narrow" width="341" height="360" viewBox="0 0 341 360">'
    '<g><svg width="5" height="5"></svg></g></svg>'
    '<svg aria-hidden="true" focusable="false" class="chart-wide" display="none" width="768" height="440"></svg>'
)


def view(title: str = "Praktik er størst", note: str = "", stem: str = "forloeb-status-2022-02-15") -> ChartView:
    texts = {"title": title, "subtitle": "Antal. I alt 12.", "alt": "A", "source": "Kilde: sagssystemet.", "note": note}
    return ChartView(key="forløb.status", form="søjler", table=TABLE, csv=TABLE, spec={}, file_stem=stem, **texts)


def figure(anchor: str, key: str) -> str:
    return f'<figure class="chart chart-søjler" id="{anchor}" aria-labelledby="x"><p>{svg_marker(key)}</p></figure>'


def test_a_chart_links_back_to_the_first_page_that_shows_it_at_its_own_figure():
    pages = [
        ("2022-02-haab.html", "94 % oplever håb", "<p>tekst</p>" + figure("graf-forloeb-status", KEY)),
        ("briefinger/2022-02-15.html", "Briefing", figure("graf-a", OTHER) + figure("graf-b", KEY)),
    ]
    homes = home_pages(pages)
    assert homes[KEY] == Home("2022-02-haab.html", "94 % oplever håb", "graf-forloeb-status")
    assert homes[OTHER] == Home("briefinger/2022-02-15.html", "Briefing", "graf-a")
    assert home_pages([("a.html", "A", svg_marker(KEY))]) == {}  # a drawing outside a chart's figure: no home


def test_the_sizes_are_read_from_each_drawings_root_only():
    assert svg_sizes(SVG) == [(341.0, 360.0), (768.0, 440.0)]


def test_the_frame_holds_the_wide_drawing_with_its_texts_and_a_phone_gets_the_narrow_ones_height():
    home = Home("a.html", "A", "graf-a")
    frame = frame_size(view(), home, SVG)
    assert frame.width == 768 + 24
    assert 440 + 100 < frame.height < 440 + 250  # title, subtitle, source, link, gaps
    assert frame.phone_height > 360 + 100  # the narrow drawing at its own size, the texts in more lines
    longer = frame_size(view(note="»..« betyder, at tallet ikke vises, så ingen borger kan genkendes. " * 2), home, SVG)
    assert longer.height > frame.height and longer.phone_height > frame.phone_height


def test_the_iframe_code_has_a_title_lazy_loading_and_a_fixed_aspect_ratio():
    code = iframe_code("https://r.example.dk/indlejr/a.html", 'Praktik "størst" & <mere>', Frame(792, 655, 703))
    assert code.startswith('<iframe src="https://r.example.dk/indlejr/a.html" ')
    assert 'title="Praktik &quot;størst&quot; &amp; &lt;mere&gt;"' in code
    assert 'loading="lazy"' in code and 'width="792" height="655"' in code
    assert "aspect-ratio:792/655;" in code and "min-height:703px;" in code and "max-width:792px;" in code
    assert code.endswith("></iframe>")


def test_the_code_points_at_the_published_address_or_the_servers_root():
    assert embed_root("https://resultater.example.dk/") == "https://resultater.example.dk"
    assert embed_root("") == "" and embed_root("..") == ""


def test_each_marker_becomes_its_charts_code_escaped_as_text():
    embeds = make_embeds(
        {KEY: view(), OTHER: view(stem="")},
        lambda key: SVG,
        {KEY: Home("a.html", "A", "graf-a"), OTHER: Home("a.html", "A", "graf-b")},
    )
    assert set(embeds) == {KEY}  # a chart without a download name has no page of its own
    assert embeds[KEY].address == "indlejr/forloeb-status-2022-02-15.html"
    text = f"<code>{embed_marker(KEY)}</code><code>{embed_marker(OTHER)}</code>"
    filled = with_codes(text, embeds, "https://r.example.dk")
    first, second = re.findall(r"<code>(.*?)</code>", filled)
    assert "<" not in first and html.unescape(first).startswith(
        '<iframe src="https://r.example.dk/indlejr/forloeb-status-2022-02-15.html" title="Praktik er størst"'
    )
    assert second == ""
