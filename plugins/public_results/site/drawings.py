"""Drawing every chart and social card of a site: begun while the pages are read, ended after.

``start_pool(settings)`` starts the drawing, and ``early(pool, charts)`` hands it each page's
charts as the page is placed, so worker processes draw while the other pages are read.
``draw(charts, cards, settings, output, progress, pool)``, once every page is read, draws what
is still missing (the render cache holds the rest), writes each card, each chart's downloads
(CSV, PNG) into the output, and returns ``Drawn``: the drawing statistics
and ``with_drawings``, which puts each chart's SVG into a page's HTML where its marker stands.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..charts.downloads import write_downloads
from ..charts.drawing import PNG_SCALE, Job, place_file, with_titles
from ..charts.drawing_pool import DrawingPool, DrawingStats, draw_all
from ..charts.view import ChartView
from ..pages.blocks import SVG_MARKER
from ..settings import Settings
from .build import Card

DRAWINGS = "drawings"  # in the render cache


@dataclass(frozen=True)
class Drawn:
    stats: DrawingStats
    with_drawings: Callable[[str], str]  # HTML with markers -> HTML with each chart's inline SVG
    inline_svg: Callable[[str], str] = str  # drawing key -> its SVG as pages inline it (the embed pages too)


def start_pool(settings: Settings) -> DrawingPool:
    """Worker processes that draw charts as pages hand them over (``early``), before all are read;
    started at once when the cache holds no drawing (a cold build: they ready themselves meanwhile)."""
    folder = settings.render_cache / DRAWINGS
    pool = DrawingPool(folder, settings.font_path, settings.chart_workers)
    if not folder.is_dir() or next(folder.glob("*.png"), None) is None:
        pool.prestart()
    return pool


def early(pool: DrawingPool, charts: Mapping[str, ChartView]) -> None:
    """Hand a page's charts to the pool at once: they are drawn while the other pages are read (a
    chart another page handed over already is not made into a job again)."""
    pool.submit(jobs({key: view for key, view in charts.items() if not pool.knows(key)}))


def jobs(charts: Mapping[str, ChartView]) -> dict[str, Job]:
    """Each chart's drawing: its spec for the inline SVG, and the spec with its titles for the PNG (made
    only when the chart is drawn: a spec kept apart by the figure cache is not read for a drawing the
    render cache holds)."""
    return {
        key: (view.spec, functools.partial(with_titles, view.spec, view.title, view.subtitle, view.source), PNG_SCALE)
        for key, view in charts.items()
    }


def draw(
    charts: Mapping[str, ChartView],
    cards: Mapping[str, Card],
    settings: Settings,
    output: Path,
    progress: Callable[[int, int], None] | None = None,
    pool: DrawingPool | None = None,
) -> Drawn:
    """Draw the site's charts and cards (cached, in parallel; ``pool``: what it drew meanwhile); write
    the cards and the charts' downloads into ``output``."""
    cache = settings.render_cache / DRAWINGS
    texts = {card.key: card.text for card in cards.values()}  # a card is a PNG of 1200 × 630, drawn with Pillow
    drawings, stats = draw_all(
        jobs(charts), cache, settings.font_path, settings.chart_workers, progress, texts, settings.chart_font, pool
    )
    for folder in {(output / name).parent for name in cards}:
        folder.mkdir(parents=True, exist_ok=True)
    for name, card in cards.items():
        place_file(drawings[card.key].png_file, output / name)
    if charts:
        write_downloads(output / settings.downloads_path, charts, drawings)
    inline = functools.cache(lambda key: drawings[key].inline_svg())  # a chart on many pages: read once
    return Drawn(stats, lambda text: SVG_MARKER.sub(lambda m: inline(m.group(1)), text), inline)
