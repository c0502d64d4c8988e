"""Drawing: chart specs to static SVG (inlined in pages) and PNG (downloads), cached, in parallel.

- ``drawing_key(spec, version)``: a hash of the spec and of ``drawing_version(fonts)``, everything
  else that shapes the picture (vl-convert's version, this module, the font files), so an
  unchanged chart is never drawn again and a change to any of them draws it anew.
- ``draw_all(specs, cache, fonts, workers, cards=…)``: the drawings of every spec and social
  card, read from the cache folder where they are, the rest drawn and written to the cache:
  charts by worker processes (started with "spawn": a forked process hangs after vl-convert
  has run in the parent), cards (``social_cards.draw_card``, a few milliseconds each) by this
  process meanwhile.
- ``clean_svg``: vl-convert's SVG made fit to inline: no XML declaration, hidden from
  assistive technology (the figure carries the text alternative), ids made unique per chart,
  and any ``style`` attribute (blocked by ``style-src 'self'``) turned into presentation
  attributes.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import importers
from .social_cards import CardFonts, CardText, draw_card

LOCALE = "da-DK"
PNG_SCALE = 2  # sharp enough for print and social media
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>\s*")
_STYLE = re.compile(r'\sstyle="([^"]*)"')
_ID = re.compile(r'\bid="([^"]+)"')


@dataclass(frozen=True)
class Drawing:
    """A drawing in the cache folder; its files are read only when asked for (a big site has
    thousands, and most are only copied into the output)."""

    folder: Path
    key: str

    @property
    def svg(self) -> str:
        return (self.folder / f"{self.key}.svg").read_text(encoding="utf-8")

    def inline_svg(self) -> str:
        """The SVG made ready to inline (``clean_svg``), cleaned once and kept beside the drawing."""
        kept = self.folder / f"{self.key}.inline.svg"
        if kept.is_file():
            return kept.read_text(encoding="utf-8")
        cleaned = clean_svg(self.svg, f"svg{self.key[:8]}")
        write_atomically(kept, cleaned.encode("utf-8"))
        return cleaned

    @property
    def png_file(self) -> Path:
        return self.folder / f"{self.key}.png"

    @property
    def png(self) -> bytes:
        return self.png_file.read_bytes()


# spec for the SVG (None: no SVG), spec for the PNG (or its JSON text), PNG scale
Job = tuple[dict[str, Any] | None, dict[str, Any] | str, int]


@dataclass
class DrawingStats:
    charts: int = 0
    drawn: int = 0
    cached: int = 0
    seconds: float = 0.0  # the whole drawing stage, wall clock
    render_seconds: float = 0.0  # the sum of each new drawing's own time, and the bundle's (for make bench)
    workers: int = 1  # processes that drew
    drawn_keys: tuple[str, ...] = ()  # the keys drawn anew (not from the cache)
    chart_seconds: tuple[float, ...] = ()  # each chart drawn anew: its own time (SVG and PNG)


@functools.cache
def vega_locale() -> dict[str, Any]:
    """Danish number and date formats for the interactive charts (the same as the drawings')."""
    vl_convert = importers.vl_convert()
    return {"format": vl_convert.get_format_locale(LOCALE), "time": vl_convert.get_time_format_locale(LOCALE)}


@functools.cache
def vega_lite_version() -> str:
    """The Vega-Lite version Altair writes ("6.4"), read from Altair's files without importing it
    (importing Altair costs most of a second; a build with every chart cached never needs it)."""
    found = [f for f in metadata.files("altair") or [] if f.name == "__init__.py" and f.parent.name == "schema"]
    for file in found:
        match = re.search(r'^SCHEMA_VERSION = "v([0-9.]+)"', file.read_text(encoding="utf-8"), re.M)
        if match:
            return match.group(1).rsplit(".", 1)[0]
    return importers.altair().SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0]


def drawing_version(fonts: Path) -> str:
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


def _draw(spec: dict[str, Any] | None, png_spec: dict[str, Any] | str, scale: int) -> tuple[str | None, bytes, float]:
    vl_convert = importers.vl_convert()
    began = time.perf_counter()
    version = vega_lite_version()
    options = {"vl_version": version, "format_locale": LOCALE, "time_format_locale": LOCALE}
    svg = vl_convert.vegalite_to_svg(spec, **options) if spec is not None else None
    png = vl_convert.vegalite_to_png(png_spec, scale=scale, **options)
    return svg, png, time.perf_counter() - began


def _start_worker(fonts: str) -> None:
    vl_convert = importers.vl_convert()
    if fonts and Path(fonts).is_dir():
        vl_convert.register_font_directory(fonts)


def draw_all(
    specs: dict[str, tuple[dict[str, Any], dict[str, Any]] | Job],
    cache: Path,
    fonts: Path,
    workers: int = 0,
    progress: Callable[[int, int], None] | None = None,
    cards: Mapping[str, CardText] | None = None,
    font_family: str = "Atkinson Hyperlegible",
) -> tuple[dict[str, Drawing], DrawingStats]:
    """A drawing for every key of ``specs`` (key -> (spec, spec for the PNG) or a ``Job``) and of
    ``cards`` (key -> the card's texts, drawn in ``font_family`` from ``fonts``), using the cache;
    ``progress(done, total)`` is told as new drawings are made."""
    began = time.perf_counter()
    cache.mkdir(parents=True, exist_ok=True)
    cards = cards or {}
    jobs: dict[str, Job] = {k: v if len(v) == 3 else (v[0], v[1], PNG_SCALE) for k, v in specs.items()}  # type: ignore[misc]
    missing = [
        key
        for key in sorted(jobs)
        if not (cache / f"{key}.png").is_file() or (jobs[key][0] is not None and not (cache / f"{key}.svg").is_file())
    ]
    missing_cards = [key for key in sorted(cards) if not (cache / f"{key}.png").is_file()]
    total = len(missing) + len(missing_cards)
    count = _worker_count(workers, len(missing))
    done = 0
    rendering = 0.0
    chart_seconds: list[float] = []

    def told() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    def draw_cards() -> None:
        nonlocal rendering
        card_fonts = CardFonts(fonts, font_family)
        for key in missing_cards:
            started = time.perf_counter()
            write_atomically(cache / f"{key}.png", draw_card(cards[key], card_fonts))
            rendering += time.perf_counter() - started
            told()

    bundle = bundle_file(cache) if jobs and not bundle_file(cache).is_file() else None
    with _drawing([jobs[k] for k in missing], fonts, count, bundle) as (drawn, bundled):
        draw_cards()  # in this process, while the workers draw the charts
        for key, (svg, png, seconds) in zip(missing, drawn, strict=True):
            rendering += seconds
            chart_seconds.append(seconds)
            if svg is not None:
                write_atomically(cache / f"{key}.svg", svg.encode("utf-8"))
            write_atomically(cache / f"{key}.png", png)
            told()
        if bundled is not None and bundled.exception() is None:  # if it failed, write_chart_script tries and tells
            rendering += bundled.result()
    found = {key: Drawing(cache, key) for key in [*jobs, *cards]}
    elapsed = time.perf_counter() - began
    drawn_keys = (*missing, *missing_cards)
    stats = DrawingStats(
        len(found), total, len(found) - total, elapsed, rendering, count, drawn_keys, tuple(chart_seconds)
    )
    return found, stats


PARALLEL_FROM = 4  # fewer charts are drawn in this process: starting workers costs more


def _worker_count(workers: int, jobs: int) -> int:
    """Processes to draw ``jobs`` drawings: ``workers`` (0: one per core, at most 8), one for a few."""
    count = workers or min(os.cpu_count() or 1, 8)
    return 1 if jobs < PARALLEL_FROM else max(1, min(count, jobs))


Drawn = Iterator[tuple[str | None, bytes, float]]


@contextlib.contextmanager
def _drawing(
    jobs: list[Job], fonts: Path, count: int, bundle: Path | None
) -> Iterator[tuple[Drawn, concurrent.futures.Future[float] | None]]:
    """The drawings of ``jobs``, in order, as they are made, by ``count`` processes: with more than
    one, every job is handed out on entering, so this process is free until it asks for them. The
    workers then also make the interactive-chart ``bundle`` (a few seconds that hold their process,
    Python included, and would otherwise follow the drawing; its future gives its own time); else
    ``write_chart_script`` does."""
    if count <= 1 or not jobs:
        yield _drawn_here(jobs, fonts), None
        return
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=count, mp_context=context, initializer=_start_worker, initargs=(str(fonts),)
    ) as pool:
        bundled = pool.submit(make_bundle, str(bundle)) if bundle is not None else None  # first: the longest
        yield pool.map(_draw, *zip(*jobs, strict=True)), bundled


def _drawn_here(jobs: list[Job], fonts: Path) -> Drawn:
    if jobs:
        _start_worker(str(fonts))
    for job in jobs:
        yield _draw(*job)


def bundle_file(cache: Path) -> Path:
    """Where the interactive-chart bundle (Vega, Vega-Lite, vega-embed) of this vl-convert is kept."""
    version = metadata.version("vl-convert-python")
    return cache / f"vega-bundle-{hashlib.sha256(version.encode()).hexdigest()[:12]}.js"


def make_bundle(path: str) -> float:
    """The bundle, made by vl-convert (offline), into ``path``; returns the seconds it took."""
    vl_convert = importers.vl_convert()
    began = time.perf_counter()
    write_atomically(Path(path), vl_convert.javascript_bundle(vl_version=vega_lite_version()).encode("utf-8"))
    return time.perf_counter() - began


def place_file(source: Path, target: Path) -> None:
    """``target`` becomes a copy of ``source``: a hard link where the file system allows one
    (the cache and the output are usually on the same disk), else copied."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    partial.write_bytes(data)
    partial.replace(path)
