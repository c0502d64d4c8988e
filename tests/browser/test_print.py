"""Print: the 2022 article printed by Chromium to an A4 PDF (theme/static/css/print.css).

One PDF for the whole module, read with pypdf. A printed line is a line of the page's extracted
text (pypdf puts text drawn on one baseline on one line). A page shows a chart when the chart's
own drawing is on it: most texts of the chart's SVG (its labels and values, as the built page holds
them) stand on that page as lines of their own; the alternative text and the table write the same
words and numbers inside longer lines. The charts are inline SVG, printed as vectors (no image
XObject), so the drawing is found by its text; a chart found on no page or on two fails the test.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest

ARTICLE = "2022-02-haab-om-forandring.html"
A4 = (595.3, 841.9)  # points (Chromium: 8.27 × 11.7 inches, a point more)
MOST_PAGES = 6
FEWEST_LINES = 10


@dataclass(frozen=True)
class Chart:
    anchor: str
    subtitle: str
    drawings: tuple[frozenset[str], ...]  # the texts of each of its SVGs (narrow and wide: the box picks one)
    first_row: str  # the first row of its table, cells joined by spaces ("" when print leaves the table out)


HIDDEN_TEXT = re.compile(r'<span class="visually-hidden">.*?</span>', re.S)  # for screen readers: not printed


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def charts_of(markup: str) -> list[Chart]:
    found = []
    for figure in re.findall(r'<figure class="chart .*?</figure>', markup, flags=re.S):
        row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", figure, flags=re.S)
        found.append(
            Chart(
                anchor=re.search(r'id="([^"]+)"', figure)[1],
                subtitle=_text(re.search(r'<span class="chart-subtitle">(.*?)</span>', figure, flags=re.S)[1]),
                drawings=tuple(
                    frozenset(_text(t) for t in re.findall(r"<text\b[^>]*>(.*?)</text>", svg, flags=re.S) if _text(t))
                    for svg in re.findall(r"<svg\b.*?</svg>", figure, flags=re.S)
                ),
                first_row="" if "chart-udvikling" in figure else _text(HIDDEN_TEXT.sub("", row[1])),
            )
        )
    return found


@pytest.fixture(scope="module")
def printed(browser: Any, site_url: str) -> list[str]:
    """The text of each page of the article printed to A4, lines kept."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(site_url + ARTICLE, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        data = page.pdf(format="A4")
    finally:
        context.close()
    reader = pypdf.PdfReader(io.BytesIO(data))
    sizes = {(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages}
    assert all(abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2 for w, h in sizes), f"not A4: {sizes}"
    return [p.extract_text() or "" for p in reader.pages]


@pytest.fixture(scope="module")
def charts(site: Path) -> list[Chart]:
    found = charts_of((site / ARTICLE).read_text(encoding="utf-8"))
    assert len(found) == 5 and all(len(c.drawings) == 2 and min(map(len, c.drawings)) >= 4 for c in found)
    return found


def lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def drawn_texts(text: str) -> set[str]:
    """What a chart's drawing can have put on a page: each line, and each number of a line of numbers
    alone (the values written in the segments of one bar stand on one baseline: »28 70«)."""
    found = set(lines(text))
    for line in found.copy():
        if all(re.fullmatch(r"[\d.,]+", token) for token in line.split()):
            found.update(line.split())
    return found


def pages_drawing(chart: Chart, pages: list[str]) -> list[int]:
    """The pages (from 1) on which most (two thirds) of the texts of one of the chart's drawings stand."""
    found = []
    for number, text in enumerate(pages, 1):
        texts = drawn_texts(text)
        if any(len(texts & drawing) * 3 >= len(drawing) * 2 for drawing in chart.drawings):
            found.append(number)
    return found


def test_the_article_prints_on_at_most_six_a4_pages(printed: list[str]) -> None:
    assert len(printed) <= MOST_PAGES, f"{len(printed)} pages: " + " | ".join(str(len(lines(t))) for t in printed)


def test_each_chart_is_drawn_on_one_page_with_its_caption_and_its_table_follows(
    printed: list[str], charts: list[Chart]
) -> None:
    flat = [" ".join(page.split()) for page in printed]
    for chart in charts:
        on = pages_drawing(chart, printed)
        assert len(on) == 1, f"{chart.anchor}: drawing found on pages {on}"
        (page,) = on
        assert chart.subtitle in flat[page - 1], f"{chart.anchor}: caption not on page {page} with the drawing"
        if chart.first_row:
            after = flat[page - 1] + " " + (flat[page] if page < len(flat) else "")
            assert chart.first_row in after, f"{chart.anchor}: table ({chart.first_row!r}) not on page {page} or next"


def test_no_page_but_the_last_is_nearly_empty(printed: list[str], charts: list[Chart]) -> None:
    with_chart = {page for chart in charts for page in pages_drawing(chart, printed)}
    for number, text in enumerate(printed[:-1], 1):
        assert number in with_chart or len(lines(text)) >= FEWEST_LINES, (
            f"page {number} of {len(printed)} has {len(lines(text))} lines and no chart: {lines(text)}"
        )


def test_print_leaves_out_navigation_buttons_and_downloads(printed: list[str]) -> None:
    text = " ".join(" ".join(page.split()) for page in printed)
    for screen_only in ("Gå til indhold", "Arkiv", "Se tallene som tabel", "Hent grafen som billede (PNG)"):
        assert screen_only not in text, screen_only
    assert "(./" not in text  # an address on the site itself is not written out on paper
