"""Drawing every chart and social card of a site at once, once every page is read.

``draw(charts, cards, settings, output, progress)`` draws what the render cache does not hold
yet (in parallel), writes each card, each chart's downloads (CSV, PNG) and the chart script
into the output, and returns ``Drawn``: the drawing statistics and ``with_drawings``, which puts
each chart's SVG into a page's HTML where its marker stands.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..charts.downloads import THEME_SCRIPT, write_chart_script, write_downloads
from ..charts.drawing import PNG_SCALE, DrawingStats, Job, draw_all, place_file, with_titles
from ..charts.view import ChartView
from ..pages.blocks import SVG_MARKER
from ..settings import Settings
from .build import Card

DRAWINGS = "drawings"  # in the render cache


@dataclass(frozen=True)
class Drawn:
    stats: DrawingStats
    with_drawings: Callable[[str], str]  # HTML with markers -> HTML with each chart's inline SVG


def draw(
    charts: Mapping[str, ChartView],
    cards: Mapping[str, Card],
    settings: Settings,
    output: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Drawn:
    """Draw the site's charts and cards (cached, in parallel); write the cards, the charts'
    downloads and the chart script into ``output``."""
    cache = settings.render_cache / DRAWINGS
    specs: dict[str, Job] = {
        key: (view.spec, with_titles(view.spec, view.title, view.subtitle, view.source), PNG_SCALE)
        for key, view in charts.items()
    }
    texts = {card.key: card.text for card in cards.values()}  # a card is a PNG of 1200 × 630, drawn with Pillow
    drawings, stats = draw_all(
        specs, cache, settings.font_path, settings.chart_workers, progress, texts, settings.chart_font
    )
    for folder in {(output / name).parent for name in cards}:
        folder.mkdir(parents=True, exist_ok=True)
    for name, card in cards.items():
        place_file(drawings[card.key].png_file, output / name)
    if charts:
        write_downloads(output / settings.downloads_path, charts, drawings)
        write_chart_script(output / THEME_SCRIPT, cache)
    inline = functools.cache(lambda key: drawings[key].inline_svg())  # a chart on many pages: read once
    return Drawn(stats, lambda text: SVG_MARKER.sub(lambda m: inline(m.group(1)), text))
