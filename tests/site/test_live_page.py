"""The example site's live page (»Tal og resultater«): sections named in the descriptor, and a table of
contents at the top that leads to each of them."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from public_results.data.descriptor import read_descriptor
from support import ROOT

pytestmark = pytest.mark.site


class Outline(HTMLParser):
    """The page's headings (level, id, text) and the table of contents' links (href, text, depth)."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[int, str, str]] = []
        self.links: list[tuple[str, str, int]] = []
        self.figures: list[tuple[str, int]] = []  # each chart's id and how many headings came before it
        self._heading: tuple[int, str] | None = None
        self._link: str | None = None
        self._in_toc = False
        self._depth = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "nav" and found.get("class") == "page-toc":
            self._in_toc = True
        elif self._in_toc and tag == "ul":
            self._depth += 1
        elif self._in_toc and tag == "a":
            self._link, self._text = found["href"] or "", []
        elif re.fullmatch(r"h[1-6]", tag) and not self._in_toc:
            self._heading, self._text = (int(tag[1]), found.get("id") or ""), []
        elif tag == "figure":
            self.figures.append((found.get("id") or "", len(self.headings)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self._in_toc:
            self._in_toc = False
        elif self._in_toc and tag == "ul":
            self._depth -= 1
        elif tag == "a" and self._link is not None:
            self.links.append((self._link, " ".join("".join(self._text).split()), self._depth))
            self._link = None
        elif self._heading and tag == f"h{self._heading[0]}":
            self.headings.append((*self._heading, " ".join("".join(self._text).split())))
            self._heading = None

    def handle_data(self, data: str) -> None:
        self._text.append(html.unescape(data))


@pytest.fixture(scope="module")
def outline(example_site: Path) -> Outline:
    parsed = Outline()
    parsed.feed((example_site / "tal-og-resultater.html").read_text(encoding="utf-8"))
    return parsed


def test_the_table_of_contents_leads_to_every_section_heading_by_its_name(outline: Outline) -> None:
    sections = [(level, anchor, text) for level, anchor, text in outline.headings if level in (2, 3)]
    by_id = {anchor: (level, text) for level, anchor, text in sections}
    assert [href for href, _, _ in outline.links] == [f"#{anchor}" for _, anchor, _ in sections]
    for href, text, depth in outline.links:
        level, heading = by_id[href[1:]]
        assert depth == level - 1, f"{href}: an h{level} is listed at depth {depth}"
        assert heading.startswith(text), f"{href}: the link says {text!r}, the heading {heading!r}"


def test_the_sections_are_the_descriptors_datasets_and_breakdowns(outline: Outline) -> None:
    datasets = read_descriptor(ROOT / "data" / "datasets.yaml").datasets
    titles = [text for level, _, text in outline.headings if level == 2]
    assert [t for t in titles if t in {d.title for d in datasets.values()}] == ["Borgerevaluering", "Borgerforløb"]
    parts = [text for level, _, text in outline.headings if level == 3]
    assert parts == [b.title for b in datasets["forløb"].breakdowns]


def test_every_chart_stands_under_a_section_of_the_table_of_contents(outline: Outline) -> None:
    first = next(i for i, (_, anchor, _) in enumerate(outline.headings) if anchor.startswith("afsnit-"))
    assert len(outline.figures) == 13
    assert all(before > first for _, before in outline.figures), outline.figures
    survey = [chart for chart, before in outline.figures if outline.headings[before - 1][1] == "afsnit-evaluering"]
    assert survey == ["graf-evaluering-enighed", "graf-evaluering-svarfordeling", "graf-evaluering-maalgruppe"]
