"""End to end: no page of the example site breaks the Danish house style.

Every HTML page is read three ways: its visible text, the text of its drawings (SVG) and the
text of its attributes (``aria-label``, ``alt``, ``title``, ``content``), so a finding says where
it is. None may hold «…» (guillemets the French way round), »§1« (no space after §), »(n =«,
»af« twice in one sentence (»to ud af tre af de 177«, »af de 180 … af de 177«), or »[c]«, the
English statistics marker (a hidden figure reads »..« with its explanation, RESULTS_SUPPRESSED_MARKER).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from public_results.danish import style

pytestmark = pytest.mark.site

BLOCK = re.compile(
    r"</?(?:p|li|h[1-6]|div|td|th|tr|dt|dd|figcaption|caption|section|article|header|footer|nav|main|summary|"
    r"details|figure|blockquote|table|ul|ol|br)\b[^>]*>"
)
ATTRIBUTE = re.compile(r'\s(?:aria-label|alt|title|content)="([^"]*)"')


def visible_text(markup: str) -> str:
    """The page's visible text, one block (paragraph, list item, cell, heading …) to a line, so that
    a sentence never runs from one card or cell into the next."""
    markup = re.sub(r"<(svg|script|style)\b.*?</\1>", "\n", markup, flags=re.S)
    markup = re.sub(r"[ \t\r\n]+", " ", markup)  # a paragraph's own line breaks are spaces
    text = html.unescape(re.sub(r"<[^>]+>", " ", BLOCK.sub("\n", markup)))
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def drawings_text(markup: str) -> str:
    """The text of the page's SVG drawings, one text element to a line."""
    drawings = " ".join(re.findall(r"<svg.*?</svg>", markup, flags=re.S))
    return html.unescape("\n".join(re.findall(r"<text[^>]*>([^<]*)</text>", drawings)))


def attributes_text(markup: str) -> str:
    """The values of the page's text attributes, one to a line."""
    return html.unescape("\n".join(ATTRIBUTE.findall(markup)))


def _french_quotes(text: str) -> list[str]:
    return [q for q in style.wrong_quotes(text) if q.startswith("\u00ab")]


def _sections(text: str) -> list[str]:
    return style.sections_without_space(text)


def _typed_bases(text: str) -> list[str]:
    return [" ".join(text[max(0, m.start() - 40) : m.end() + 10].split()) for m in re.finditer(r"\(\s*n\s*=", text)]


def _english_marker(text: str) -> list[str]:
    return [" ".join(text[max(0, m.start() - 40) : m.end() + 10].split()) for m in re.finditer(r"\[c\]", text)]


RULES: dict[str, Callable[[str], list[str]]] = {
    "[c]": _english_marker,
    "«…»": _french_quotes,
    "§1": _sections,
    "(n =": _typed_bases,
    "af … af de": style.double_af,
}


@pytest.fixture(scope="module")
def pages(example_site: Path) -> dict[str, dict[str, str]]:
    """Each page's visible text, drawings' text and attributes' text."""
    read = {}
    for path in sorted(example_site.rglob("*.html")):
        markup = path.read_text(encoding="utf-8")
        name = str(path.relative_to(example_site))
        read[name] = {
            "tekst": visible_text(markup),
            "grafer": drawings_text(markup),
            "attributter": attributes_text(markup),
        }
    return read


@pytest.mark.parametrize("rule", list(RULES))
def test_no_page_breaks_the_house_style(pages: dict[str, dict[str, str]], rule: str) -> None:
    found = sorted(
        {
            f"{name} ({where}): {item}"
            for name, parts in pages.items()
            for where, text in parts.items()
            for item in RULES[rule](text)
        }
    )
    assert pages and not found, "\n".join(found)


def test_the_articles_write_small_counts_in_words(pages: dict[str, dict[str, str]]) -> None:
    article_2018 = pages["2018-05-ministerbesoeg.html"]["tekst"]
    assert "Så få er i uddannelse (færre end fem)" in article_2018
    assert "to ud af tre blandt de 177, der har afsluttet et forløb" in article_2018
