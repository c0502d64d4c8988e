"""The embed pages (``indlejr/<chart>.html``): found once every chart is drawn, written with the
theme's ``embed.html``, and their iframe codes put into the pages that show the charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from markupsafe import Markup
from pelican.contents import Article
from pelican.generators import Generator

from ..pages.units import all_units
from ..site.drawings import Drawn
from ..site.embeds import Embed, embed_root, home_pages, make_embeds, with_codes
from .reader import CONTEXT_KEY

EMBEDS_KEY = "results_embeds"  # in the run's context: drawing key -> Embed


def prepare(context: dict[str, Any], generators: Iterable[Any], drawn: Drawn) -> Callable[[str], str]:
    """Find each chart's embed (the page it links back to: the first article showing it, else a page,
    else a page made from data) and keep them in ``context``; returns what puts drawings and iframe
    codes into a page's HTML."""
    run = context[CONTEXT_KEY]
    urls = {id(p): str(p.url) for p in run.chart_pages}  # Pelican works a page's URL out on each asking
    instances = sorted(run.chart_pages, key=lambda p: (not isinstance(p, Article), _date(p), urls[id(p)]))
    pages = [(urls[id(p)], _plain(p.title), p._content) for p in instances]
    for generator in generators:
        made = getattr(getattr(generator, "made", None), "pages", ())
        pages += [(page.url, _plain(page.title), page.content) for page in made if page.has_charts]
    unit_names = {unit.key: unit.name for unit in all_units(run.loaded.book)}  # a unit's chart: its name in the title
    embeds = make_embeds(run.collected.charts, drawn.inline_svg, home_pages(pages), unit_names)
    context[EMBEDS_KEY] = embeds
    root = embed_root(run.loaded.site.url)
    return lambda text: with_codes(drawn.with_drawings(text), embeds, root)


def _date(page: Any) -> dt.datetime:
    date = getattr(page, "date", None)
    return date.replace(tzinfo=None) if isinstance(date, dt.datetime) else dt.datetime.max


def _plain(title: Any) -> str:
    """A page's title as text (Pelican keeps it as HTML; the theme escapes it again)."""
    return Markup(str(title)).striptags()


class EmbedPagesGenerator(Generator):
    """Writes each chart's embed page (``indlejr/<chart>.html``) with the theme's ``embed.html``."""

    def generate_context(self) -> None:
        pass

    def generate_output(self, writer: Any) -> None:
        embeds: dict[str, Embed] = self.context.get(EMBEDS_KEY) or {}
        relative = self.settings.get("RELATIVE_URLS", False)
        template = self.get_template("embed") if embeds else None
        for embed in {e.address: e for e in embeds.values()}.values():
            writer.write_file(embed.address, template, self.context, relative_urls=relative, embed=embed)
