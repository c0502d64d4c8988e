"""Embeddable charts: each chart on a page of its own (``indlejr/<chart>.html``) and the iframe code
under the chart on the site's pages.

- ``pages.blocks.embed_marker(key)`` stands where a chart's iframe code goes in a page until the
  chart is drawn (its size is known only then); ``with_codes`` puts each code in, escaped as the
  text of its ``<pre><code>``.
- ``home_pages(pages)``: for each drawing, the page a reader of the embed is sent back to (the first
  page in the given order that shows it, and the chart's anchor there).
- ``make_embeds(charts, svgs, homes)``: one ``Embed`` per chart that has a home page.
- ``iframe_code(src, title, frame)``: the code to copy, with a title, ``loading="lazy"`` and a fixed
  aspect ratio from the drawings' sizes (``frame_size``), so the host page does not jump.

Pure functions: the adapter writes the pages with the theme's ``embed.html``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..charts.layout import wrap
from ..charts.view import ChartView
from ..danish import words
from ..figures.units import split_unit
from ..pages.blocks import EMBED_MARKER, SVG_MARKER

_FIGURE = re.compile(r'<figure class="chart[^"]*" id="([^"]+)"')
_SVG_TAG = re.compile(r"<svg\b[^>]*>")
_NUMBER = r'="(\d+(?:\.\d+)?)"'

# The embed page (theme/static/css/embed.css): its padding, the gaps between its parts and each
# text's size and line height, in CSS pixels; the drawing fills what the texts leave.
PADDING, GAP = 12, 8
TITLE, SUBTITLE, SMALL = (20, 1.3), (15, 1.4), (14, 1.4)
PHONE = 360  # the narrowest frame the code promises room for: a phone's column


def embed_address(view: ChartView) -> str:
    """The chart's embed page from the site's root: ``indlejr/forloeb-status-2022-02-15.html``."""
    return f"{words.FOLDER_EMBEDS}/{view.file_stem}.html"


@dataclass(frozen=True)
class Home:
    """Where a chart is shown on the site: the page's address (from the site's root), title and the
    chart's anchor there."""

    address: str
    title: str
    anchor: str


@dataclass(frozen=True)
class Frame:
    """The iframe's size: its full width with the wide drawing, and its height there and on a phone."""

    width: int
    height: int
    phone_height: int


@dataclass(frozen=True)
class Embed:
    """A chart's embed page: what ``embed.html`` shows."""

    address: str  # indlejr/<chart>.html
    view: ChartView
    svg: str  # the drawings, as the pages inline them (narrow and wide)
    home: Home
    frame: Frame
    unit_name: str = ""  # a unit's chart (»forløb@nord.status«): the unit's name, in the embed's titles

    @property
    def title(self) -> str:
        """The embed's title: the chart's, and the unit's name for a unit's chart."""
        return f"{self.view.title} – {self.unit_name}" if self.unit_name else self.view.title


def home_pages(pages: Iterable[tuple[str, str, str]]) -> dict[str, Home]:
    """For each drawing key: the first of ``pages`` (address, title, HTML with the charts' markers)
    that shows it, with the anchor of the figure that holds it."""
    homes: dict[str, Home] = {}
    for address, title, text in pages:
        figures = [(m.start(), m.group(1)) for m in _FIGURE.finditer(text)]
        for marker in SVG_MARKER.finditer(text):
            before = [anchor for start, anchor in figures if start < marker.start()]
            if marker.group(1) not in homes and before:
                homes[marker.group(1)] = Home(address, title, html.unescape(before[-1]))
    return homes


def svg_sizes(svg: str) -> list[tuple[float, float]]:
    """Width and height of each drawing in ``svg`` (the root ``<svg>`` tags), in order."""
    sizes = []
    for tag in _SVG_TAG.findall(svg):
        width, height = re.search(r"\swidth" + _NUMBER, tag), re.search(r"\sheight" + _NUMBER, tag)
        if width and height and 'focusable="false"' in tag:  # a drawing's root (charts.drawing.clean_svg)
            sizes.append((float(width.group(1)), float(height.group(1))))
    return sizes


def text_height(view: ChartView, home: Home, width: float) -> float:
    """How tall the embed page's texts are in a frame ``width`` wide (estimated from the typeface's
    advance widths, one spare line for the bold title's wider letters)."""
    room = width - 2 * PADDING
    texts = [(view.title, TITLE), (view.subtitle, SUBTITLE), (view.source, SMALL), (home.title, SMALL)]
    texts += [(view.note, SMALL)] if view.note else []
    lines = sum(len(wrap(text, room, size)) * size * height for text, (size, height) in texts)
    return lines + TITLE[0] * TITLE[1] + len(texts) * GAP + 2 * PADDING


def frame_size(view: ChartView, home: Home, svg: str) -> Frame:
    """The iframe for ``svg`` (narrow and wide drawing, or one): the wide drawing at its own size under
    the texts, and on a phone the narrow one at its own height."""
    sizes = svg_sizes(svg) or [(768.0, 400.0)]
    (narrow_w, narrow_h), (wide_w, wide_h) = sizes[0], sizes[-1]
    width = round(wide_w + 2 * PADDING)
    phone = min(PHONE, round(narrow_w + 2 * PADDING))
    return Frame(
        width=width,
        height=round(wide_h + text_height(view, home, width)),
        phone_height=round(narrow_h * min(1.0, (phone - 2 * PADDING) / narrow_w) + text_height(view, home, phone)),
    )


def iframe_code(src: str, title: str, frame: Frame) -> str:
    """The code another site pastes: full width of its column up to the drawing's own, the aspect
    ratio of the wide drawing with its texts, never lower than the phone's layout needs."""
    style = (
        f"width:100%;max-width:{frame.width}px;height:auto;aspect-ratio:{frame.width}/{frame.height};"
        f"min-height:{frame.phone_height}px;border:0"
    )
    return (
        f'<iframe src="{html.escape(src)}" title="{html.escape(title)}" width="{frame.width}" '
        f'height="{frame.height}" loading="lazy" style="{style}"></iframe>'
    )


def embed_root(site_url: str) -> str:
    """The address the code's ``src`` starts from: the SITEURL when it is absolute (a published
    build), else the server's root (a preview)."""
    return site_url.rstrip("/") if site_url.startswith(("https://", "http://")) else ""


def make_embeds(
    charts: Mapping[str, ChartView],
    svg: Callable[[str], str],
    homes: Mapping[str, Home],
    unit_names: Mapping[str, str] | None = None,
) -> dict[str, Embed]:
    """Drawing key -> its embed (``svg``: a drawn chart's inline SVG), for every chart with a download
    name and a page showing it. ``unit_names``: unit key -> name, for the titles of units' charts."""
    embeds = {}
    for key in sorted(charts):
        view, home = charts[key], homes.get(key)
        if view.file_stem and home is not None:
            drawing = svg(key)
            unit = split_unit(view.key.split(".")[0])[1]
            name = (unit_names or {}).get(unit, "")
            embeds[key] = Embed(embed_address(view), view, drawing, home, frame_size(view, home, drawing), name)
    return embeds


def with_codes(text: str, embeds: Mapping[str, Embed], root: str) -> str:
    """``text`` with each embed marker replaced by its chart's iframe code, escaped as text
    (a chart without an embed page leaves the marker out)."""

    def code(match: re.Match[str]) -> str:
        embed = embeds.get(match.group(1))
        if embed is None:
            return ""
        return html.escape(iframe_code(f"{root}/{embed.address}", embed.title, embed.frame), quote=False)

    return EMBED_MARKER.sub(code, text)
