"""Around the pages: headers for static hosts, /was, robots.txt, sitemap.xml, social cards, canonical URLs."""

from __future__ import annotations

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
