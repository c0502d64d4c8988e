"""What one build knows: settings, figures, problems found, and what each page showed.

A Build is created per Pelican run (in the run's own context) or handed in by
the build runner, which reads it afterwards; it never outlives the build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..charts.drawing import code_version
from ..danish import words
from ..data.git_check import real_data_in_git
from ..errors import Problem, ResultsError
from ..figures.book import FigureBook
from ..figures.cache import FOLDER
from ..figures.prepare import Prepared, keep, prepare_kept
from ..pages.blocks import keep_compiled
from ..pages.memo import MARKDOWN_MEMO, PAGE_MEMO, PageMemo
from ..record.ledger import Ledger, read_ledger
from ..record.shown import Shown
from ..settings import Settings, read_settings, render_cache
from .progress import Progress

TEMPLATES_FOLDER = "templates"  # in the render cache: compiled Jinja templates


@dataclass
class Build:
    settings: Settings | None = None
    book: FigureBook | None = None
    problems: list[Problem] = field(default_factory=list)
    shown: Shown = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    loaded: bool = False
    cache_path: Path | None = None  # where the record of shown figures is kept
    writes: bool = True  # False for ``make check``: read and resolve, draw and write nothing
    charts: dict[str, Any] = field(default_factory=dict)  # drawing key -> ChartView, from every page
    chart_pages: list[Any] = field(default_factory=list)  # content objects holding charts
    drawing_version: str = ""
    drawing_stats: Any = None  # drawing.DrawingStats once the charts are drawn
    progress: Progress = field(default_factory=Progress)  # stages on a terminal, and their times
    alerts: list[Problem] = field(default_factory=list)  # warnings: words next to numbers, readability
    readability: dict[str, Any] = field(default_factory=dict)  # page -> readability.Readability
    cards: dict[str, tuple[str, str]] = field(default_factory=dict)  # social card file -> drawing key, spec (JSON)
    generated: list[Any] = field(default_factory=list)  # briefings and the live page (briefing_pages)
    ledger: Ledger = field(default_factory=dict)  # what pinned pages showed when published
    pinned: dict[str, dict[str, str]] = field(default_factory=dict)  # pinned page -> what it shows now
    accepted: dict[str, dt.date] = field(default_factory=dict)  # pinned page -> date of an accepted revision
    summary: list[str] = field(default_factory=list)  # what the build prints at the end (summary.py)
    page_memo: PageMemo = field(default_factory=PageMemo)  # results from pages' own text, kept between builds
    markdown_memo: PageMemo = field(default_factory=PageMemo)  # converted Markdown, kept between builds
    prepared: Prepared | None = None  # the book with its datasets' fingerprints (figure cache)
    cache_folder: Path | None = None  # the render cache: figures, pages, drawings kept between builds
    static_files: list[str] = field(default_factory=list)  # Pelican's static files (kept if already up to date)

    def load(self, raw_settings: Mapping[str, Any], today: dt.date | None = None) -> None:
        """Read settings and data once; problems are kept, not raised."""
        if self.loaded:
            return
        self.loaded = True
        self.progress.stage(words.STAGE_DATA)
        try:
            self.settings = read_settings(raw_settings)
            self.cache_folder = render_cache(raw_settings)
            keep_compiled(None, self.cache_folder / TEMPLATES_FOLDER)  # the plugin's own templates
            self.prepared = prepare_kept(self.settings, today, self.cache_folder / FOLDER)
            self.book = self.prepared.book
            self.drawing_version = code_version(self.settings.font_path)
            self.ledger = read_ledger(self.settings.ledger)
            self.warnings += real_data_in_git(self.book.descriptions(), self.settings.data_path)
        except ResultsError as error:
            self.problems += error.problems
        self.progress.stage(words.STAGE_PAGES)
        if self.cache_folder is not None:  # what was made from the pages' text last time
            self.page_memo = PageMemo.read(self.cache_folder / PAGE_MEMO)
            self.markdown_memo = PageMemo.read(self.cache_folder / MARKDOWN_MEMO)

    def keep_figures(self) -> None:
        """After a build without problems: keep what was computed for the next build."""
        if self.prepared is not None and self.cache_folder is not None and not self.problems:
            keep(self.prepared, self.cache_folder / FOLDER)
            self.page_memo.save()
            self.markdown_memo.save()

    @property
    def ready(self) -> bool:
        return self.book is not None and self.settings is not None
