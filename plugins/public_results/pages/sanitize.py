"""Sanitise: the HTML that Markdown makes from a writer's text, before the theme marks it safe.

Pelican renders Markdown (and raw HTML written in it) into pages and feeds unescaped. nh3
(Rust's ammonia) keeps the tags and attributes that Markdown produces and a writer needs —
headings, lists, links, emphasis, tables, images, figures — and removes everything that can
run or load: script and style elements, event handlers (``onerror=``), ``javascript:`` and
``data:`` links, iframes, forms, inline styles. The plugin's own blocks (charts, method boxes)
are put in after this step: they are made by our templates with autoescape on.
"""

from __future__ import annotations

import re

import nh3

TAGS = (set(nh3.ALLOWED_TAGS) - {"area", "map", "center", "strike", "tt", "acronym"}) | {"section"}
ATTRIBUTES = {
    "*": {"id", "class", "lang", "title"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "th": {"scope", "colspan", "rowspan", "headers"},
    "td": {"colspan", "rowspan", "headers"},
    "ol": {"start", "reversed", "type"},
    "time": {"datetime"},
    "abbr": {"title"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
}
SCHEMES = {"http", "https", "mailto", "tel"}  # and addresses without a scheme (the site's own)


ELSEWHERE = re.compile(r"\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|[/\\]{2})")  # a scheme or //host: not the site's own
_REMOTE_IMAGE = re.compile(
    r"!\[[^\]]*\]\(\s*<?(?P<markdown>(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)[^)\s>]*)"  # ![alt](https://…)
    r"|<img\b[^>]*?\ssrc\s*=\s*[\"']?(?P<html>(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)[^\"'\s>]*)",  # <img src="https://…">
    re.IGNORECASE,
)


def clean_html(html: str) -> str:
    """``html`` with anything that can run script, load from elsewhere or style itself removed
    (an image from another host too: a page or feed loads nothing from elsewhere)."""
    return _CLEANER.clean(html)


def _own_images(tag: str, attribute: str, value: str) -> str | None:
    return None if tag == "img" and attribute == "src" and ELSEWHERE.match(value) else value


# Made once: ``nh3.clean`` builds its rules from these sets on every call, half its time on a page.
_CLEANER = nh3.Cleaner(
    tags=TAGS,
    attributes=ATTRIBUTES,
    url_schemes=SCHEMES,
    link_rel=None,
    strip_comments=True,
    attribute_filter=_own_images,
)


def remote_images(source: str) -> list[tuple[int, str]]:
    """Images in a page's text that would load from another host: (line, address)."""
    found = []
    for number, line in enumerate(source.splitlines(), start=1):
        found += [(number, m["markdown"] or m["html"]) for m in _REMOTE_IMAGE.finditer(line)]
    return found
