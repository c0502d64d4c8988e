"""Pelican's entry point: ``register()`` connects the receivers (``adapter.receivers``) and does
nothing else. Each signal is chosen for where in Pelican's run it fires."""

from __future__ import annotations

from pelican import signals

from .receivers import (
    add_generators,
    finish_reading,
    finish_writing,
    load_data,
    place_figures,
    use_figure_reader,
)
from .writer import comparing_writer


def register() -> None:
    # readers_init: swap placeholders for tokens before Markdown runs.
    signals.readers_init.connect(use_figure_reader)
    # generator_init: fires per generator per run, with the run's own context: read the data once.
    signals.generator_init.connect(load_data)
    # content_object_init: every article and page, after Markdown, before writing.
    signals.content_object_init.connect(place_figures)
    # get_generators: our generator of briefings and the live page.
    signals.get_generators.connect(add_generators)
    # all_generators_finalized: after reading everything, before writing anything.
    signals.all_generators_finalized.connect(finish_reading)
    # get_writer: Pelican writes a page only when its bytes changed (output_files).
    signals.get_writer.connect(comparing_writer)
    # finalized: after writing: the briefings' PDFs, made from the written pages.
    signals.finalized.connect(finish_writing)
