"""Around the pages: headers for static hosts, /was, robots.txt, sitemap.xml, social cards, canonical URLs."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from public_results.adapter.run import build_site
from public_results.site.search import SEARCH_PAGE
from public_results.site.site_files import CSP, HEADER_CSP, SEARCH_CSP
from support import once_per_run, write_site

pytestmark = pytest.mark.site

ARTICLE = "Title: {{ evaluering.håb }} oplever håb\nDate: 2022-02-20\nDatadato: 2022-02-15\nRunde: 2021\n\nTekst.\n"
STATEMENT = "https://www.was.digst.dk/resultater-example-dk"


@pytest.fixture(scope="module")
def published(tmp_path_factory, render_cache, example_data) -> Path:
    """A tiny site built as for publishing, once per test run (all workers); read only."""

    def make(folder: Path) -> None:
        settings = write_site(folder / "site", {"haab.md": ARTICLE}, render_cache=render_cache, data=example_data)
        overrides = {"SITEURL": "https://resultater.example.dk", "ACCESSIBILITY_STATEMENT_URL": STATEMENT}
        build_site(settings, folder / "output", overrides)

    return once_per_run(tmp_path_factory, "published-site", make) / "output"


def test_every_page_carries_the_same_csp_as_the_headers_file(published):
    headers = (published / "_headers").read_text(encoding="utf-8")
    assert f"Content-Security-Policy: {HEADER_CSP}" in headers and HEADER_CSP.startswith(SEARCH_CSP)
    assert "X-Content-Type-Options: nosniff" in headers and "Referrer-Policy: no-referrer" in headers
    for page in published.rglob("*.html"):
        if page.relative_to(published).as_posix() == SEARCH_PAGE:  # its own: tests/site/test_search_site.py
            continue
        markup = page.read_text(encoding="utf-8")
        assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'.replace("'", "&#39;") in markup, page
    htaccess = (published / ".htaccess").read_text(encoding="utf-8")
    assert 'Header always set Content-Security-Policy "' in htaccess


def test_was_answers_with_the_accessibility_statement(published):
    assert (published / "_redirects").read_text(encoding="utf-8") == f"/was {STATEMENT} 301\n"
    assert f"Redirect 301 /was {STATEMENT}" in (published / ".htaccess").read_text(encoding="utf-8")
    page = (published / "was" / "index.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="refresh" content="0; url={STATEMENT}">' in page and f'href="{STATEMENT}"' in page
    footer = (published / "haab.html").read_text(encoding="utf-8")
    assert f'<a href="{STATEMENT}">Tilgængelighedserklæring</a>' in footer


def test_robots_and_sitemap_name_every_page_with_absolute_addresses(published):
    assert (published / "robots.txt").read_text(encoding="utf-8") == (
        "User-agent: *\nAllow: /\nSitemap: https://resultater.example.dk/sitemap.xml\n"
    )
    sitemap = (published / "sitemap.xml").read_text(encoding="utf-8")
    locations = set(re.findall(r"<loc>(.*?)</loc>", sitemap))
    assert "https://resultater.example.dk/haab.html" in locations
    assert "https://resultater.example.dk/briefinger/2023-12-31.html" in locations
    assert "https://resultater.example.dk/tal-og-resultater.html" in locations
    assert not {loc for loc in locations if loc.endswith(("404.html", "was/index.html"))}


def test_an_article_has_open_graph_a_canonical_address_and_a_social_card_with_its_figure(published):
    markup = (published / "haab.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://resultater.example.dk/haab.html">' in markup
    assert '<meta property="og:title" content="94 % oplever håb">' in markup  # striptags: a plain space
    card = re.search(r'<meta property="og:image" content="https://resultater\.example\.dk/(kort/[^"]+\.png)">', markup)
    assert card and (published / card[1]).read_bytes().startswith(b"\x89PNG")
    briefing = (published / "briefinger" / "2022-02-15.html").read_text(encoding="utf-8")
    assert '<meta property="og:image" content="https://resultater.example.dk/kort/briefinger-2022-02-15-' in briefing


def test_a_development_build_writes_no_sitemap_and_no_absolute_addresses(tiny_site, tmp_path):
    settings = tiny_site({"haab.md": ARTICLE})
    build_site(settings, tmp_path / "output")
    assert not (tmp_path / "output" / "sitemap.xml").exists()
    assert (tmp_path / "output" / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"
    assert 'rel="canonical"' not in (tmp_path / "output" / "haab.html").read_text(encoding="utf-8")


def test_each_chart_has_an_embed_page_with_its_drawing_source_note_and_a_link_back(published):
    embeds = sorted((published / "indlejr").glob("*.html"))
    assert {p.stem for p in embeds} == {p.stem for p in (published / "grafer").glob("*.csv")}  # one per chart
    notes = 0
    for page in embeds:
        markup = page.read_text(encoding="utf-8")
        assert markup.startswith('<!doctype html>\n<html lang="da">') and "<nav" not in markup, page.name
        assert (
            '<meta name="robots" content="noindex">' in markup
            and '<meta http-equiv="Content-Security-Policy"' in markup
        )
        assert markup.count('<svg aria-hidden="true" focusable="false"') == 2  # narrow and wide, as the pages have them
        home = re.search(r'<a href="https://resultater\.example\.dk/([^"#]+)#([^"]+)" target="_top">', markup)
        assert home, page.name
        shown = (published / home[1]).read_text(encoding="utf-8")
        figure = shown[shown.index(f'id="{home[2]}"') :].split("</figure>", 1)[0]  # the chart on its page
        title = re.search(r'<span class="chart-title" id="[^"]+">(.*?)</span>', figure)[1]
        assert f'<h1 class="embed-title">{title}</h1>' in markup
        source = re.search(r'<p class="chart-source">(.*?)</p>', figure)[1]
        assert f'<p class="embed-source">{source}</p>' in markup
        note = re.search(r'<p class="chart-note">(.*?)</p>', figure)
        assert (note is not None) == ('class="embed-note"' in markup), page.name
        if note:
            assert f'<p class="embed-note">{note[1]}</p>' in markup
            notes += "betyder, at tallet ikke vises" in note[1]  # the marker »..« explained
    assert notes, "no embed page explains »..«: the example data hides cells at every data date"


def test_every_chart_on_a_page_offers_its_iframe_code_with_the_published_address(published):
    live = (published / "tal-og-resultater.html").read_text(encoding="utf-8")
    figures = live.split('<figure class="chart ')[1:]
    assert figures
    for figure in figures:
        title = re.search(r'<span class="chart-title" id="[^"]+">(.*?)</span>', figure)[1]
        code = re.search(
            r'<details class="chart-embed">.*?(<p class="chart-embed-label">Kode til at indlejre grafen</p>)\s*'
            r'<pre><code id="[^"]+">(.*?)</code></pre>',
            figure,
            re.S,
        )
        assert code, figure[-1500:]
        iframe = html.unescape(code[2])  # the page shows the code as text
        src = re.fullmatch(
            r'<iframe src="https://resultater\.example\.dk/(indlejr/[^"]+\.html)" title="([^"]+)" width="(\d+)" '
            r'height="(\d+)" loading="lazy" style="width:100%;max-width:\3px;height:auto;aspect-ratio:\3/\4;'
            r'min-height:\d+px;border:0"></iframe>',
            iframe,
        )
        assert src, iframe
        assert (published / src[1]).is_file() and src[2] == title
    sitemap = (published / "sitemap.xml").read_text(encoding="utf-8")
    assert "/indlejr/" not in sitemap  # the charts' own pages are for iframes: their articles are listed
    headers = (published / "_headers").read_text(encoding="utf-8")
    assert "/indlejr/:chart\n  Content-Security-Policy: " + CSP + "; frame-ancestors *\n" in headers
    assert "/briefinger/*\n  Content-Security-Policy: " + HEADER_CSP + "\n  X-Frame-Options: DENY\n" in headers
