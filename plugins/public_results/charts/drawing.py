"""Drawing: a chart spec to static SVG (inlined in pages) and PNG (downloads), and what keys it.

- ``drawing_key(spec, version)``: a hash of the spec and of ``drawing_version(fonts)``, everything
  else that shapes the picture (vl-convert's version, this module, the font files), so an
  unchanged chart is never drawn again and a change to any of them draws it anew.
- ``Drawing``: a drawing in the render cache (its PNG, and its SVGs kept ready to inline); many are
  drawn at once by ``drawing_pool``, and what is read back is checked by ``kept_files``.
- A chart's spec is a pair, ``{"narrow": …, "wide": …}`` (``specs.drawings``): both are drawn to
  SVG and inlined one after the other (``chart-narrow``, ``chart-wide``: the page's CSS shows one);
  the PNG download is drawn once, from the wide spec with the chart's title and source
  (``with_titles``). A plain Vega-Lite spec gives one SVG, always shown.
- ``clean_svg``: vl-convert's SVG made fit to inline: no XML declaration, hidden from
  assistive technology (the figure carries the text alternative), ids made unique per chart
  and drawing, its class (``chart-narrow`` or ``chart-wide``, which is ``display="none"`` until the
  page's CSS shows it: a feed reader shows the narrow one alone), and any ``style`` attribute
  (blocked by ``style-src 'self'``) turned into presentation attributes; slimmed (``slim_svg``: the
  same picture in fewer elements).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import importers, output_files
from ..kept_apart import as_dict
from .layout import text_width, wrap
from .slim_svg import slim_svg
from .vega_lite import VERSION as VEGA_LITE

LOCALE = "da-DK"
PNG_SCALE = 1.5  # of the wide drawing: 1,152 px across, sharp enough for print and social media
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>\s*")
_STYLE = re.compile(r'\sstyle="([^"]*)"')
_ID = re.compile(r'\bid="([^"]+)"')
# A shape of its own that paints nothing: a pointer's hit area (``opacity="0"``, no children).
_INVISIBLE = re.compile(
    r'<(?:path|rect|line|circle)\b(?:\s+[\w:-]+="[^"]*")*?\s+opacity="0"(?:\s+[\w:-]+="[^"]*")*\s*/>'
)
_ROOT_CLASS = re.compile(r'(?<=<svg)((?:\s+(?!class=)[\w:-]+="[^"]*")*)\s+class="[^"]*"')


@dataclass(frozen=True)
class Drawing:
    """A drawing in the cache folder, checked (``kept_files``): its PNG is copied into the output
    when asked for (a big site has thousands); ``inline`` is its SVG made ready to inline."""

    folder: Path
    key: str
    inline: str | None = None

    def inline_svg(self) -> str:
        if self.inline is None:
            raise ValueError(f"the drawing {self.key} has no SVG")
        return self.inline

    @property
    def png_file(self) -> Path:
        return self.folder / f"{self.key}.png"

    @property
    def png(self) -> bytes:
        return self.png_file.read_bytes()


# spec for the SVGs (a pair or a plain spec; None: no SVG), spec for the PNG (or its JSON text, or
# what makes it: a chart's spec kept apart is read only when the chart is drawn), PNG scale
Job = tuple[Mapping[str, Any] | None, Mapping[str, Any] | str | Callable[[], dict[str, Any]], float]
SVGS = ("narrow", "wide")  # a pair's drawings, in the order they are inlined


def svg_names(spec: Mapping[str, Any]) -> tuple[str, ...]:
    """The names of the SVGs a spec is drawn to (``svg_specs``), from its keys alone."""
    return SVGS if set(spec) == set(SVGS) else ("",)


def svg_specs(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The SVGs a spec is drawn to: ``{"narrow": …, "wide": …}`` for a pair; ``{"": spec}`` for a plain
    Vega-Lite spec (one drawing, always shown)."""
    if svg_names(spec) == SVGS:
        return {name: as_dict(spec[name]) for name in SVGS}
    return {"": as_dict(spec)}


def ready(job: Job) -> tuple[dict[str, Any] | None, dict[str, Any] | str, float]:
    """A job as a drawing process takes it: plain dicts (a spec kept apart read now), the PNG's spec made."""
    spec, png, scale = job
    made = png() if callable(png) else as_dict(png) if isinstance(png, Mapping) else png
    return (None if spec is None else as_dict(spec)), made, scale


def svg_file(key: str, name: str) -> str:
    """The cache's file of a drawing's SVG ``name``: ``<key>.svg`` (narrow, or the only one), ``<key>.wide.svg``."""
    return f"{key}.{name}.svg" if name and name != SVGS[0] else f"{key}.svg"


def vega_lite_version() -> str:
    """The Vega-Lite version the specs are written for ("6.4"): vl-convert compiles them with it."""
    return VEGA_LITE


def drawing_version(fonts: Path) -> str:
    """What besides the spec shapes a drawing: vl-convert, Vega-Lite, this module, the fonts."""
    parts: list[bytes | str] = [metadata.version("vl-convert-python"), vega_lite_version(), Path(__file__).read_bytes()]
    parts.append((Path(__file__).parent / "slim_svg.py").read_bytes())  # what it makes of vl-convert's SVG
    for font in sorted(fonts.glob("*")) if fonts.is_dir() else []:
        if font.suffix.lower() in {".ttf", ".otf"}:
            parts += [font.name, font.read_bytes()]
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


DRAWING_KEY = re.compile(r"[0-9a-f]{24}")  # what drawing_key gives


def drawing_key(spec: Mapping[str, Any], version: str, texts: tuple[str, ...] = ()) -> str:
    """The key of a chart's drawings: its spec, ``version`` and ``texts``, the title, subtitle and
    source the PNG is drawn with (``with_titles``), so a new title never keeps an old picture."""
    spec = as_dict(spec)
    text = json.dumps([spec, *texts] if texts else spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{version}\n{text}".encode()).hexdigest()[:24]


def with_titles(spec: Mapping[str, Any], title: str, subtitle: str, source: str) -> dict[str, Any]:
    """The spec for the PNG download (the wide drawing of a pair): a picture that stands alone needs
    its title and source (the subtitle and source broken into lines that fit)."""
    drawings = svg_specs(spec)
    spec = drawings.get(SVGS[1], drawings.get("", {}))
    lines = [part for text in (subtitle, source) for part in wrap(text, TITLE_WIDTH, SUBTITLE_SIZE)]
    return spec | {
        "title": {
            "text": title,
            "subtitle": lines,
            "anchor": "start",
            "fontSize": TITLE_SIZE,
            "subtitleFontSize": SUBTITLE_SIZE,
            "subtitleColor": SUBTITLE_COLOUR,
            "subtitleLineHeight": SUBTITLE_LINE,
            "offset": 14,
            "limit": TITLE_WIDTH,
        }
    }


TITLE_WIDTH = 740  # px of the wide drawing a title line may take
TITLE_SIZE = 20
SUBTITLE_SIZE = 15
SUBTITLE_COLOUR = "#4a4a4a"
SUBTITLE_LINE = round(SUBTITLE_SIZE * 1.3)
# How Vega sets these titles (measured): the title's baseline 16 px below the top, the subtitle's 35,
# and the chart 32 px + a subtitle line per line (at least one) below the top.
TITLE_BLOCK = 32
TITLE_LINE = 25  # a second line of a long title (Vega would cut it short at TITLE_WIDTH)
BOLD_WIDER = 1.07  # the bold typeface's advance widths against the regular's (text_width)


def clean_svg(svg: str, prefix: str, name: str = "") -> str:
    """SVG ready to inline (see the module docstring); ``name``: "narrow" or "wide" of a pair."""
    svg = slim_svg(_XML_DECLARATION.sub("", svg))
    svg = _STYLE.sub(lambda m: "".join(_attributes(m.group(1))), svg)
    for old in set(_ID.findall(svg)):
        new = f"{prefix}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"').replace(f"#{old})", f"#{new})")
        svg = svg.replace(f'href="#{old}"', f'href="#{new}"')
    # The wide drawing is hidden where no style sheet chooses (a feed reader): the page's CSS shows it.
    shown = f' class="chart-{name}"' + (' display="none"' if name == SVGS[1] else "") if name else ""
    svg = _ROOT_CLASS.sub(r"\1", svg, count=1) if name else svg
    return svg.replace("<svg ", f'<svg aria-hidden="true" focusable="false"{shown} ', 1)


def _attributes(style: str) -> list[str]:
    pairs = (part.split(":", 1) for part in style.split(";") if ":" in part)
    return [f' {name.strip()}="{value.strip()}"' for name, value in pairs if re.fullmatch(r"[a-z-]+", name.strip())]


def draw_chart(
    spec: dict[str, Any] | None, png_spec: dict[str, Any] | str, scale: float
) -> tuple[dict[str, str] | None, bytes, float]:
    """One chart drawn: its SVGs by name (``svg_specs``; None without a spec), its PNG (of a pair's
    wide spec when given a pair), and the seconds it took."""
    vl_convert = importers.vl_convert()
    began = time.perf_counter()
    version = vega_lite_version()
    options = {"vl_version": version, "format_locale": LOCALE, "time_format_locale": LOCALE}
    svgs = None
    if spec is not None:
        svgs = {name: vl_convert.vegalite_to_svg(one, **options) for name, one in svg_specs(spec).items()}
    if isinstance(png_spec, dict):
        png_spec = svg_specs(png_spec).get(SVGS[1], png_spec)
    drawn = _drawn_svg(spec, svgs, png_spec)
    if drawn is not None:  # the SVG already drawn, with its titles set above it: no second Vega render
        png = vl_convert.svg_to_png(without_invisible(drawn), scale=scale)
    else:
        png = vl_convert.vegalite_to_png(png_spec, scale=scale, **options)
    return svgs, png, time.perf_counter() - began


def without_invisible(svg: str) -> str:
    """``svg`` without the shapes that paint nothing (``opacity="0"``: a chart over time has one hit
    area per month for the pointer): the same pixels, but the rasteriser gives each such shape a
    layer of the whole picture's size, which made a chart's PNG three times slower."""
    return _INVISIBLE.sub("", svg)


def _drawn_svg(spec: dict[str, Any] | None, svgs: dict[str, str] | None, png_spec: dict[str, Any] | str) -> str | None:
    """The PNG's picture as SVG made from a drawing already drawn: the wide (or only) SVG when
    ``png_spec`` is its spec, alone or with the titles of ``with_titles`` (``titled_svg``); None
    when the PNG needs a Vega render of its own."""
    if spec is None or svgs is None or not isinstance(png_spec, dict):
        return None
    name = SVGS[1] if SVGS[1] in svgs else next(iter(svgs))
    title = png_spec.get("title")
    if {key: value for key, value in png_spec.items() if key != "title"} != svg_specs(spec)[name]:
        return None
    if title is None:
        return svgs[name]
    if not isinstance(title, dict) or set(title) != _TITLE_KEYS or title["fontSize"] != TITLE_SIZE:
        return None
    return titled_svg(svgs[name], str(title["text"]), [str(line) for line in title["subtitle"]])


_TITLE_KEYS = {"text", "subtitle", "anchor", "fontSize", "subtitleFontSize", "subtitleColor"} | {
    "subtitleLineHeight",
    "offset",
    "limit",
}
_SIZE = re.compile(r'^<svg\b[^>]*?\swidth="([\d.]+)"\s+height="([\d.]+)"[^>]*>')
_FONT = re.compile(r'font-family="([^"]*)"')
PADDING = 4  # the specs' padding: where Vega puts the title's left edge and top


def titled_svg(svg: str, title: str, subtitle: list[str]) -> str:
    """vl-convert's ``svg`` with ``title`` (bold, broken into lines that fit) and the ``subtitle``
    lines set above the chart as Vega sets the titles of ``with_titles``: the same sizes, colours,
    baselines and offset (the chart moved down by the title block), and a title too long for one
    line wrapped rather than cut short."""
    size = _SIZE.match(svg)
    if size is None:
        raise ValueError("vl-convert's SVG has no width and height")
    width, height = float(size.group(1)), float(size.group(2))
    found = _FONT.search(svg)
    font = escape(found.group(1) if found else "sans-serif", quote=True)
    titles = wrap(title, TITLE_WIDTH / BOLD_WIDER, TITLE_SIZE) or [""]
    more = TITLE_LINE * (len(titles) - 1)
    block = TITLE_BLOCK + SUBTITLE_LINE * max(len(subtitle), 1) + more
    widest = max(text_width(line, TITLE_SIZE) * BOLD_WIDER for line in titles)
    width = max(width, math.ceil(2 * PADDING + widest))
    lines = [
        f'<text x="0" y="{16 + TITLE_LINE * index}" font-family="{font}" font-size="{TITLE_SIZE}px" '
        f'font-weight="bold" fill="#000">{escape(line, quote=False)}</text>'
        for index, line in enumerate(titles)
    ] + [
        f'<text x="0" y="{35 + more + SUBTITLE_LINE * index}" font-family="{font}" font-size="{SUBTITLE_SIZE}px" '
        f'fill="{SUBTITLE_COLOUR}">{escape(line, quote=False)}</text>'
        for index, line in enumerate(subtitle)
    ]
    body = svg[size.end() : svg.rindex("</svg>")]
    total = height + block
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'width="{width:g}" height="{total:g}" viewBox="0 0 {width:g} {total:g}">'
        f'<rect width="{width:g}" height="{total:g}" fill="white"/>'
        f'<g transform="translate({PADDING},{PADDING})">{"".join(lines)}</g>'
        f'<g transform="translate(0,{block})">{body}</g></svg>'
    )


_TINY = {"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}


def warm_up() -> None:
    """Draw a tiny chart, so that vl-convert's JavaScript engine has loaded Vega-Lite and the
    locale (about a second, once per process) before the first chart is asked for."""
    importers.vl_convert().vegalite_to_svg(
        _TINY, vl_version=vega_lite_version(), format_locale=LOCALE, time_format_locale=LOCALE
    )


def start_drawing(fonts: str) -> None:
    """Ready a process to draw: vl-convert learns the fonts of ``fonts`` (a folder)."""
    vl_convert = importers.vl_convert()
    if fonts and Path(fonts).is_dir():
        vl_convert.register_font_directory(fonts)


def place_file(source: Path, target: Path) -> None:
    """``target`` becomes a copy of ``source``: a hard link where the file system allows one
    (the cache and the output are usually on the same disk), else copied. A target that is that
    file already (the same link, from the folder published before) is only touched (``output_files``)."""
    try:
        if os.path.samefile(source, target):
            output_files.touch(target)
            return
    except OSError:  # one of them is not there: placed below (or its error raised there)
        pass
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    partial.replace(path)
