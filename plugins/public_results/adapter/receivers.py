"""The signal receivers: where Pelican's objects become plain values and results go back.

Module-level functions (blinker keeps weak references). Each one reads what it needs from
Pelican's objects, calls the pure stages (``site``) and applies what they return. The run's
state lives in Pelican's per-run context (``Run``), never in this module.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from pelican.contents import Article, Page
from pelican.generators import Generator

from .. import output_files
from ..danish import numbers, words
from ..pages.blocks import keep_compiled
from ..site.data_files import write_data_files
from ..site.drawings import draw
from ..site.identity import icon_png, identity_css
from ..site.pdf import write_pdfs
from ..site.site_files import CSP, write_site_files
from ..site.written_pages import PageSource, PlacedPage, place, unreadable_problems
from . import embed_pages
from .generator import DataPagesGenerator
from .reader import CONTEXT_KEY, REFERENCES_KEY, SOURCE_KEY, FigureMarkdownReader, PageReferences
from .run import Run


def use_figure_reader(readers: Any) -> None:
    """readers_init: read Markdown with our reader."""
    for extension in FigureMarkdownReader.file_extensions:
        readers.reader_classes[extension] = FigureMarkdownReader
        readers.readers[extension] = FigureMarkdownReader(readers.settings)


def load_data(generator: Any) -> None:
    """generator_init: read the data once per run (the context is new each run).

    build_site hands in a Run through the settings so it can read the result; a plain
    ``pelican`` run gets a fresh one here."""
    run = generator.context.setdefault(CONTEXT_KEY, Run())
    run.load(generator.settings)
    generator.context["RESULTS_CSP"] = CSP
    generator.context["results_identity"] = run.identity
    generator.env.filters[words.FILTER_DATE] = danish_date
    keep_compiled(generator.env)  # the theme's templates, compiled once (in Jinja's folder for this user)
    keep_compiled()  # the plugin's own


def danish_date(value: dt.date | dt.datetime) -> str:
    return numbers.format_date(value)


def place_figures(instance: Any) -> None:
    """content_object_init: put figure values, charts and method boxes into a page."""
    context = getattr(instance, "_context", None) or {}
    run = context.get(CONTEXT_KEY)
    if run is None or not isinstance(instance, Article | Page):  # not static files
        return
    page = page_source(instance)
    if run.loaded is None:  # the data could not be read: only the page's own problems
        run.collected.problems += unreadable_problems(page)
        return
    placed = place(page, run.loaded)
    apply(instance, placed)
    run.add(placed.outcome)
    if placed.has_charts:
        run.chart_pages.append(instance)


def page_source(instance: Any) -> PageSource:
    """A Pelican page as plain values: its source, HTML with tokens, metadata and address."""
    metadata = instance.metadata
    references = metadata.get(REFERENCES_KEY) or PageReferences((), ())
    source = metadata.get(SOURCE_KEY)
    if source is None:  # read by another reader
        source = Path(instance.source_path).read_text(encoding="utf-8-sig")
    return PageSource(
        key=instance.relative_source_path,
        file=Path(instance.source_path).name,
        source=source,
        content=instance._content,
        metadata=metadata,
        address=str(instance.save_as or instance.url or ""),
        references=references.references,
        unreadable=references.unreadable,
    )


def apply(instance: Any, placed: PlacedPage) -> None:
    """Put what ``place`` returned into Pelican's page."""
    instance._content = placed.content
    for key, text in placed.fields.items():
        instance.metadata[key] = text
        if key != words.META_SHORT:
            setattr(instance, "_summary" if key == "summary" else key, text)
    instance.data_date_label = placed.data_date_label
    instance.newer_data_label = placed.newer_data_label
    instance.corrections = list(placed.corrections)
    instance.social_card = placed.social_card
    instance.has_charts = placed.has_charts
    instance.readability = placed.readability


def add_generators(pelican: Any) -> tuple[type[Generator], ...]:
    """get_generators: the pages made from data (briefings, the live page) and the charts' embed pages."""
    return DataPagesGenerator, embed_pages.EmbedPagesGenerator


def finish_reading(generators: list[Any]) -> None:
    """all_generators_finalized: raise every problem of the run before anything is written;
    then draw every chart of the site at once and put the drawings into the pages."""
    run = generators[0].context.get(CONTEXT_KEY) if generators else None
    if run is None:
        return
    run.stop_on_problems()
    run.static_files = [s.save_as for s in generators[0].context.get("staticfiles", [])]  # may stay as they are
    collected = run.collected
    if not run.writes or run.loaded is None or not (collected.charts or collected.cards):
        return
    run.progress.stage(words.STAGE_CHARTS)
    output = Path(generators[0].output_path)
    drawn = draw(collected.charts, collected.cards, run.loaded.settings, output, run.progress.step, run.pool)
    run.drawing_stats = drawn.stats
    with_drawings = embed_pages.prepare(generators[0].context, generators, drawn)  # and the iframe codes
    for instance in run.chart_pages:
        put_drawings(instance, with_drawings)
    for generator in generators:
        if isinstance(generator, DataPagesGenerator):
            generator.put_drawings(with_drawings)
    run.progress.stage(words.STAGE_WRITING)


def put_drawings(instance: Any, with_drawings: Any) -> None:
    """Put the charts' SVG into a Pelican page, where its markers stand.

    It goes in after Pelican has made the page's intra-site links (``{filename}…``) into
    addresses, as it does whenever the page's content is asked for: that pattern is slow over
    the SVG's many tags, and the SVG holds no such link."""
    linked = instance.get_content  # Pelican's, memoised per address of the site
    instance.get_content = functools.cache(lambda siteurl: with_drawings(linked(siteurl)))


def finish_writing(pelican: Any) -> None:
    """finalized: the briefings' PDFs, the files around the pages (open data, headers, /was, robots,
    sitemap, API)."""
    run = pelican.settings.get(CONTEXT_KEY)
    if run is None or not run.writes or run.loaded is None:
        return
    output = Path(pelican.output_path)
    loaded = run.loaded
    if run.identity is not None:  # before the PDFs: the briefings link to it
        stylesheet = output / run.identity.stylesheet
        stylesheet.parent.mkdir(parents=True, exist_ok=True)
        output_files.write_text(stylesheet, identity_css(run.identity.accent))
        if run.identity.icon:  # the logo is in the output by now (a static file)
            logo = (output / run.identity.logo).read_text(encoding="utf-8-sig")
            output_files.write_bytes(output / run.identity.icon, icon_png(logo))
    if loaded.settings.briefing_pdf:
        cache = loaded.cache_folder / "pdf"
        write_pdfs(run.pdf_documents, output, cache, loaded.site.url, run.progress)
    run.made_files = write_data_files(output, loaded, run.collected)  # data/: open data and catalogue; api/
    write_site_files(output, loaded.site)  # last: its framing rules name every top-level folder
