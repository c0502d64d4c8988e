"""Every page of the built example site, read as files (no network, no browser): links and titles.

Internal links (relative, root-relative or starting with the site's own ``SITEURL``) in ``href`` and
``src`` (and ``srcset``) of a, area, link, script, img, source, iframe, audio, video, track and embed must
resolve to a file of the output (a path ending in ``/`` means its ``index.html``), and a ``#fragment``
must be the ``id`` of an element on the target page. External links (http/https to other hosts,
mailto:, tel:) are listed (shown with ``-rP``), never fetched. No page links to a Markdown source or to
raw data (``.csv`` outside ``grafer/``, ``.xlsx``, ``.yaml``). Every page has a title of its own.
"""

from __future__ import annotations

import posixpath
import re
import runpy
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from support import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.site]

LINK_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "audio": ("src",),
    "video": ("src", "poster"),
    "track": ("src",),
    "embed": ("src",),
}
EXTERNAL_SCHEMES = {"mailto", "tel"}
# Raw data or sources, by how the linked path ends; a .csv is published only under grafer/ (the charts'
# downloads) and data/ (the open-data packages, site/open_data.py).
SOURCE_SUFFIXES = {
    ".md": "a Markdown source",
    ".markdown": "a Markdown source",
    ".xlsx": "a raw Excel export",
    ".xls": "a raw Excel export",
    ".xlsm": "a raw Excel export",
    ".yaml": "a YAML source (the descriptor?)",
    ".yml": "a YAML source (the descriptor?)",
}
DOWNLOADS = "grafer/"
OPEN_DATA = "data/"


@dataclass
class Link:
    tag: str
    attribute: str
    value: str
    line: int


@dataclass
class Page:
    """What a page holds: its links, element ids and title."""

    links: list[Link] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._title: list[str] | None = None
        self._in_svg = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if values.get("id"):
            self.page.ids.add(values["id"])
        if tag == "svg":
            self._in_svg += 1
        if tag == "title" and not self._in_svg:
            self._title = []
        if self._in_svg:  # <a>, <use> and <image> in inline SVG are not checked
            return
        line = self.getpos()[0]
        for attribute in LINK_ATTRIBUTES.get(tag, ()):
            value = values.get(attribute)
            if value is None:
                continue
            if attribute == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.page.links.append(Link(tag, attribute, candidate.split()[0], line))
            else:
                self.page.links.append(Link(tag, attribute, value.strip(), line))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "svg":
            self._in_svg -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg" and self._in_svg:
            self._in_svg -= 1
        if tag == "title" and self._title is not None:
            self.page.titles.append(re.sub(r"\s+", " ", "".join(self._title)).strip())
            self._title = None

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)


@pytest.fixture(scope="session")
def built_pages(site: Path) -> dict[str, Page]:
    """Every HTML page of the built site by its path in the output, parsed once."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        parser = _PageParser()
        parser.feed(path.read_text(encoding="utf-8"))
        parser.close()
        pages[path.relative_to(site).as_posix()] = parser.page
    return pages


@pytest.fixture(scope="session")
def siteurl() -> str:
    """``SITEURL`` of the settings the example site is built with ("" with relative URLs)."""
    return str(runpy.run_path(str(ROOT / "pelicanconf.py")).get("SITEURL") or "").rstrip("/")


@dataclass
class Target:
    """Where an internal link points: a path in the output (may not exist) and a fragment."""

    path: str | None  # None when the path leaves the output folder
    fragment: str | None


def _internal_target(page: str, value: str, siteurl: str) -> Target | str | None:
    """The output path and fragment an internal link points to; a reason (str) when it is broken.

    Returns None for an external link and for inline data (``data:``).
    """
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if siteurl and (value == siteurl or value.startswith((siteurl + "/", siteurl + "#"))):
        parts = urlsplit("/" + value[len(siteurl) :].lstrip("/"))
    elif scheme in {"http", "https", "data", *EXTERNAL_SCHEMES} or (not scheme and parts.netloc):
        return None
    elif scheme:
        return f"a {scheme}: link"
    fragment = unquote(parts.fragment) if "#" in value else None
    path = unquote(parts.path)
    if not path:  # "#id" or "?query": this page
        return Target(page, fragment)
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(posixpath.dirname(page), path)
    normal = posixpath.normpath(joined) if joined else "."
    if normal == ".." or normal.startswith("../"):
        return Target(None, fragment)
    if normal == ".":
        normal = ""
    if path.endswith("/") or not normal:
        normal = posixpath.join(normal, "index.html")
    return Target(normal, fragment)


def _external_problem(value: str) -> str | None:
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme in {"http", "https", ""} and not parts.hostname:
        return "an external address without a host"
    if scheme in EXTERNAL_SCHEMES and not parts.path.strip():
        return f"an empty {scheme}: link"
    return None


def _source_problem(path: str) -> str | None:
    suffix = posixpath.splitext(path)[1].lower()
    if suffix in SOURCE_SUFFIXES:
        return f"links to {SOURCE_SUFFIXES[suffix]}"
    if suffix == ".csv" and not path.startswith((DOWNLOADS, OPEN_DATA)):
        return f"links to a .csv outside {DOWNLOADS} and {OPEN_DATA}: raw data?"
    return None


def _target_problem(site: Path, pages: dict[str, Page], target: Target) -> str | None:
    """Why an internal target does not resolve, or None when its file (and fragment) exist."""
    if target.path is None:
        return "points outside the site's folder"
    file = site / target.path
    if file.is_dir() and (file / "index.html").is_file():
        file = file / "index.html"
    if not file.is_file():
        return f"{target.path} {'is a folder without index.html' if file.is_dir() else 'is no file in the output'}"
    name = file.relative_to(site).as_posix()
    if target.fragment and name in pages and target.fragment not in pages[name].ids:
        return f"no element with id {target.fragment!r} on {name}"
    return None  # a fragment into a PDF or an image is the viewer's business


def _check_links(site: Path, pages: dict[str, Page], siteurl: str) -> dict[str, list[str]]:
    """``broken``, ``sources`` (links to sources or raw data) and ``external`` links, one line each."""
    found: dict[str, list[str]] = {"broken": [], "sources": [], "external": []}
    for page, parsed in pages.items():
        for link in parsed.links:
            shown = f"{page} -> {link.value}"
            target = _internal_target(page, link.value, siteurl)
            if target is None:
                if not link.value.lower().startswith("data:"):
                    problem = _external_problem(link.value)
                    found["broken" if problem else "external"].append(f"{shown} ({problem})" if problem else shown)
            elif isinstance(target, str):
                found["broken"].append(f"{shown} ({target})")
            else:
                if target.path and (problem := _source_problem(target.path)):
                    found["sources"].append(f"{shown} ({problem})")
                if problem := _target_problem(site, pages, target):
                    found["broken"].append(f"{shown} ({problem})")
    return found


def test_every_internal_link_and_fragment_resolves(
    site: Path, built_pages: dict[str, Page], siteurl: str, record_property: Any
) -> None:
    found = _check_links(site, built_pages, siteurl)
    broken, external = found["broken"], found["external"]
    links = sum(len(page.links) for page in built_pages.values())
    print(f"{links} links on {len(built_pages)} pages; {len(external)} external (not fetched):")
    print("\n".join(f"  {line}" for line in external))
    record_property("external_links", external)
    assert built_pages, f"{site}: the build holds no HTML page"
    assert not broken, f"{len(broken)} broken links:\n  " + "\n  ".join(broken)


def test_no_page_links_to_sources_or_raw_data(site: Path, built_pages: dict[str, Page], siteurl: str) -> None:
    sources = _check_links(site, built_pages, siteurl)["sources"]
    assert not sources, "links to sources or raw data:\n  " + "\n  ".join(sources)


def test_every_page_has_a_unique_title(built_pages: dict[str, Page]) -> None:
    problems = []
    by_title: dict[str, list[str]] = defaultdict(list)
    for page, parsed in built_pages.items():
        if len(parsed.titles) != 1:
            problems.append(f"{page}: {len(parsed.titles)} <title> elements")
        title = parsed.titles[0] if parsed.titles else ""
        if not title:
            problems.append(f"{page}: empty or missing <title>")
        elif not page.startswith("indlejr/"):  # a chart for iframes (noindex) is titled by its message,
            by_title[title].append(page)  # which a breakdown's bars and icons share
    problems += [
        f"{len(pages)} pages share the title {title!r}: {pages}" for title, pages in by_title.items() if len(pages) > 1
    ]
    assert built_pages, "the build holds no HTML page"
    assert not problems, "page titles:\n  " + "\n  ".join(problems)
