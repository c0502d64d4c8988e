"""Site search on the example site: the bundle, the search page without JavaScript, and the search
script and its WebAssembly allowed on the search page only."""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from public_results.site.search import BUNDLE, SEARCH_PAGE
from public_results.site.site_files import CSP, HEADER_CSP, SEARCH_CSP

pytestmark = pytest.mark.site

# What the index must hold: every article, page, briefing and the live page, and nothing else.
INDEXED = {
    "2022-02-haab-om-forandring.html",
    "2018-05-ministerbesoeg.html",
    "pages/om-tallene.html",
    "pages/tilgaengelighed.html",
    "tal-og-resultater.html",
    "briefinger/2018-05-15.html",
    "briefinger/2022-02-15.html",
    "briefinger/2023-12-31.html",
}
WASM = "'wasm-unsafe-eval'"


@pytest.fixture(scope="module")
def site(example_site: Path) -> Path:
    return example_site


def meta_csp(markup: str) -> str:
    found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', markup)
    assert found, "no <meta> Content-Security-Policy"
    return html.unescape(found[1])


def test_the_bundle_indexes_every_article_page_and_briefing_in_danish(site: Path) -> None:
    entry = json.loads((site / BUNDLE / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["da"]
    assert entry["languages"]["da"]["page_count"] == len(INDEXED)
    assert len(list((site / BUNDLE / "fragment").glob("*.pf_fragment"))) == len(INDEXED)
    marked = {p.relative_to(site).as_posix() for p in site.rglob("*.html") if "data-pagefind-body" in p.read_text()}
    assert marked == INDEXED


def test_without_javascript_the_search_page_links_every_article_briefing_and_page(site: Path) -> None:
    markup = (site / SEARCH_PAGE).read_text(encoding="utf-8")
    listed = markup.split('id="alle-sider"', 1)[1].split("</section>", 1)[0]
    links = {urljoin(SEARCH_PAGE, href) for href in re.findall(r'<a href="([^"]+)"', listed)}
    assert links == INDEXED | {"archives.html"}
    assert all((site / link).is_file() for link in links)
    assert re.search(r'<form class="search-form" role="search" hidden>', markup)  # shown by the script only
    assert '<label for="soeg-ord">' in markup and 'id="soeg-ord"' in markup
    assert 'role="status" aria-live="polite"' in markup


def test_every_page_links_the_search_page_from_the_menu(site: Path) -> None:
    for page in site.rglob("*.html"):
        if page.parent.name in ("was", "indlejr"):  # forwards to the statement; a chart to embed, no menu
            continue
        menu = page.read_text(encoding="utf-8").split('<nav aria-label="Hovedmenu">', 1)[1].split("</nav>", 1)[0]
        assert re.search(r'<a href="[^"]*soeg/index\.html"[^>]*>Søg</a>', menu), page


def test_only_the_search_page_loads_the_search_script_and_allows_webassembly(site: Path) -> None:
    search_page = site / SEARCH_PAGE
    markup = search_page.read_text(encoding="utf-8")
    assert '<script type="module" src="../theme/js/search.js"></script>' in markup
    assert meta_csp(markup) == SEARCH_CSP and WASM in SEARCH_CSP
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if page == search_page:
            continue
        assert "search.js" not in text and "pagefind" not in text.replace("data-pagefind-body", ""), page
        assert meta_csp(text) == CSP and WASM not in CSP, page


def test_the_header_policy_allows_webassembly_that_every_other_pages_meta_policy_refuses(site: Path) -> None:
    """The refusing framing rules, which cover the search page with every other page, carry one policy
    that allows WebAssembly; a browser enforces it beside each page's <meta> policy, so only the search
    page may run it. The embed pages' rule allows framing and no WebAssembly."""
    headers = (site / "_headers").read_text(encoding="utf-8")
    assert "/soeg/*\n  Content-Security-Policy: " + HEADER_CSP + "\n" in headers and WASM in HEADER_CSP
    policies = re.findall(r"Content-Security-Policy: (.*)", headers)
    assert len(policies) > 2 and set(policies) == {HEADER_CSP, CSP + "; frame-ancestors *"}
    assert CSP.replace("script-src 'self'", f"script-src 'self' {WASM}") == SEARCH_CSP


def test_pagefinds_ready_made_interfaces_are_not_published(site: Path) -> None:
    assert sorted(p.name for p in (site / BUNDLE).glob("*.js")) == ["pagefind.js"]
    assert not list((site / BUNDLE).glob("*.css"))


def test_the_index_holds_the_words_a_reader_sees_not_code_or_repeated_chart_lines(site: Path) -> None:
    """A fragment is what a search result's excerpt is cut from: no embed code, no download links."""
    texts = [
        gzip.decompress(p.read_bytes()).decode("utf-8") for p in (site / BUNDLE / "fragment").glob("*.pf_fragment")
    ]
    live = next(t for t in texts if '"url":"/tal-og-resultater.html"' in t)
    assert "løntilskud" in live
    for text in texts:
        assert "iframe" not in text and "Indlejr grafen" not in text and "Hent tallene" not in text
