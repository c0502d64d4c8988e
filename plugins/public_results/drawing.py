"""Drawing: chart specs to static SVG (inlined in pages) and PNG (downloads), cached, in parallel.

- ``drawing_key(spec)``: a hash of the spec and of everything else that shapes the picture
  (vl-convert's version, this module, the font files), so an unchanged chart is never
  drawn again and a change to any of them draws it anew.
- ``draw_all(specs, cache, fonts, workers)``: the drawings of every spec, read from the cache
  folder where they are, the rest drawn by worker processes (started with "spawn": a forked
  process hangs after vl-convert has run in the parent) and written to the cache.
- ``clean_svg``: vl-convert's SVG made fit to inline: no XML declaration, hidden from
  assistive technology (the figure carries the text alternative), ids made unique per chart,
  and any ``style`` attribute (blocked by ``style-src 'self'``) turned into presentation
  attributes.
"""

from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import json
import multiprocessing
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

LOCALE = "da-DK"
PNG_SCALE = 2  # sharp enough for print and social media
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>\s*")
_STYLE = re.compile(r'\sstyle="([^"]*)"')
_ID = re.compile(r'\bid="([^"]+)"')


@dataclass(frozen=True)
class Drawing:
    svg: str
    png: bytes


@dataclass
class DrawingStats:
    charts: int = 0
    drawn: int = 0
    cached: int = 0
    seconds: float = 0.0


@functools.cache
def vega_locale() -> dict[str, Any]:
    """Danish number and date formats for the interactive charts (the same as the drawings')."""
    import vl_convert  # noqa: PLC0415

    return {"format": vl_convert.get_format_locale(LOCALE), "time": vl_convert.get_time_format_locale(LOCALE)}


@functools.cache
def vega_lite_version() -> str:
    import altair as alt  # noqa: PLC0415  (only when charts are drawn)

    return alt.SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0]


def code_version(fonts: Path) -> str:
    """What besides the spec shapes a drawing: vl-convert, Vega-Lite, this module, the fonts."""
    parts: list[bytes | str] = [metadata.version("vl-convert-python"), vega_lite_version(), Path(__file__).read_bytes()]
    for font in sorted(fonts.glob("*")) if fonts.is_dir() else []:
        if font.suffix.lower() in {".ttf", ".otf"}:
            parts += [font.name, font.read_bytes()]
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def drawing_key(spec: dict[str, Any], version: str) -> str:
    text = json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{version}\n{text}".encode()).hexdigest()[:24]


def with_titles(spec: dict[str, Any], title: str, subtitle: str, source: str) -> dict[str, Any]:
    """The spec for the PNG download: a picture that stands alone needs its title and source."""
    return spec | {
        "title": {
            "text": title,
            "subtitle": [subtitle, source],
            "anchor": "start",
            "fontSize": 15,
            "subtitleFontSize": 12,
            "subtitleColor": "#4a4a4a",
            "offset": 12,
            "limit": 420,
        }
    }


def clean_svg(svg: str, prefix: str) -> str:
    """SVG ready to inline (see the module docstring)."""
    svg = _XML_DECLARATION.sub("", svg)
    svg = _STYLE.sub(lambda m: "".join(_attributes(m.group(1))), svg)
    for old in set(_ID.findall(svg)):
        new = f"{prefix}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"').replace(f"#{old})", f"#{new})")
        svg = svg.replace(f'href="#{old}"', f'href="#{new}"')
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


def _attributes(style: str) -> list[str]:
    pairs = (part.split(":", 1) for part in style.split(";") if ":" in part)
    return [f' {name.strip()}="{value.strip()}"' for name, value in pairs if re.fullmatch(r"[a-z-]+", name.strip())]


def _draw(spec: dict[str, Any], png_spec: dict[str, Any]) -> tuple[str, bytes]:
    import vl_convert  # noqa: PLC0415

    version = vega_lite_version()
    options = {"vl_version": version, "format_locale": LOCALE, "time_format_locale": LOCALE}
    svg = vl_convert.vegalite_to_svg(spec, **options)
    png = vl_convert.vegalite_to_png(png_spec, scale=PNG_SCALE, **options)
    return svg, png


def _start_worker(fonts: str) -> None:
    import vl_convert  # noqa: PLC0415

    if fonts and Path(fonts).is_dir():
        vl_convert.register_font_directory(fonts)


def draw_all(
    specs: dict[str, tuple[dict[str, Any], dict[str, Any]]],
    cache: Path,
    fonts: Path,
    workers: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[dict[str, Drawing], DrawingStats]:
    """A drawing for every key of ``specs`` (key -> (spec, spec for the PNG)), using the cache;
    ``progress(done, total)`` is told as new drawings are made."""
    began = time.perf_counter()
    cache.mkdir(parents=True, exist_ok=True)
    found: dict[str, Drawing] = {}
    missing = []
    for key in sorted(specs):
        svg_file, png_file = cache / f"{key}.svg", cache / f"{key}.png"
        if svg_file.is_file() and png_file.is_file():
            found[key] = Drawing(svg_file.read_text(encoding="utf-8"), png_file.read_bytes())
        else:
            missing.append(key)
    drawn = _draw_many([specs[k] for k in missing], fonts, workers)
    for done, (key, (svg, png)) in enumerate(zip(missing, drawn, strict=True), 1):
        if progress is not None:
            progress(done, len(missing))
        found[key] = Drawing(svg, png)
        _write_atomically(cache / f"{key}.svg", svg.encode("utf-8"))
        _write_atomically(cache / f"{key}.png", png)
    stats = DrawingStats(len(specs), len(missing), len(specs) - len(missing), time.perf_counter() - began)
    return found, stats


PARALLEL_FROM = 4  # fewer charts are drawn in this process: starting workers costs more


def _draw_many(
    jobs: list[tuple[dict[str, Any], dict[str, Any]]], fonts: Path, workers: int
) -> Iterator[tuple[str, bytes]]:
    """The drawings of ``jobs``, in order, as they are made."""
    if not jobs:
        return
    count = workers or min(os.cpu_count() or 1, 8)
    if count <= 1 or len(jobs) < PARALLEL_FROM:
        _start_worker(str(fonts))
        for job in jobs:
            yield _draw(*job)
        return
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=min(count, len(jobs)), mp_context=context, initializer=_start_worker, initargs=(str(fonts),)
    ) as pool:
        yield from pool.map(_draw, *zip(*jobs, strict=True))


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    partial.replace(path)
