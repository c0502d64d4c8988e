"""A build as values: what the data stage gives every page, and what the pages give back.

- ``load(settings, site)`` reads the data (or what the figure cache kept of it), the ledger and
  the page caches once per build and returns a frozen ``Loaded``.
- Each page gives back a frozen result (``written_pages.PlacedPage``, ``data_pages.MadePages``);
  the adapter adds them to one ``Collected`` with ``add``, its only writer.
- ``finish`` turns the two into a frozen ``Finished`` with the data's ``Overview``: what the
  summary, ``make check`` and the bench report read (they compute nothing).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..charts.drawing import drawing_version
from ..charts.drawing_pool import DrawingStats
from ..charts.social_cards import CardText
from ..charts.view import ChartView
from ..data.git_check import real_data_in_git
from ..errors import Problem
from ..figures.book import FigureBook
from ..figures.cache import FOLDER
from ..figures.data_date_check import impossible_in
from ..figures.decisions import keep_decisions, remember_decisions
from ..figures.figure import Pins
from ..figures.overview import Overview, overview
from ..figures.prepare import Prepared, keep, prepare_kept
from ..pages.memo import MARKDOWN_MEMO, PAGE_MEMO, PageMemo, digest
from ..pages.readability import Readability
from ..pages.resolve import Place
from ..record.ledger import Ledger, read_ledger
from ..record.shown import Shown
from ..settings import Settings, Site


@dataclass(frozen=True)
class Card:
    """A page's social card: its file in the output, its drawing key and the texts it shows."""

    name: str
    key: str
    text: CardText


@dataclass(frozen=True)
class Loaded:
    """What the data stage gives every page of a build."""

    settings: Settings
    site: Site
    book: FigureBook
    prepared: Prepared  # the book's datasets with their fingerprints (figure cache)
    drawing_version: str  # what besides a spec shapes a drawing (charts.drawing.drawing_version)
    ledger: Ledger  # what pinned pages showed when published
    warnings: tuple[str, ...]  # printed, not problems: real data in git
    alerts: tuple[Problem, ...]  # warnings that stop make publish: data dates after the export's newest row
    page_memo: PageMemo  # what was made from pages' own text, kept between builds
    markdown_memo: PageMemo  # converted Markdown, kept between builds

    @property
    def cache_folder(self) -> Path:
        return self.settings.render_cache

    @functools.cached_property
    def inputs(self) -> str | None:
        """A digest of everything the build's figures are made from: each dataset's fingerprint (its
        files, the settings that shape it, the plugin's code), the settings and the site. None when a
        dataset has no fingerprint (a file too large or unreadable): then nothing made from the
        figures is kept (``kept_outputs``)."""
        prints = self.prepared.fingerprints
        if not prints or any(p is None for p in prints.values()):
            return None
        return digest(sorted(prints.items()), self.settings, self.site)


def load(settings: Settings, site: Site, today: dt.date | None = None) -> Loaded:
    """Read the data (``today`` bounds its dates; default today), the ledger and the page caches.
    A data problem raises ResultsError with every problem of every file."""
    cache = settings.render_cache
    remember_decisions(cache / FOLDER)  # the tables the suppression decided in the build before
    prepared = prepare_kept(settings, today, cache / FOLDER)
    return Loaded(
        settings=settings,
        site=site,
        book=prepared.book,
        prepared=prepared,
        drawing_version=drawing_version(settings.font_path),
        ledger=read_ledger(settings.ledger),
        warnings=tuple(real_data_in_git(prepared.book.descriptions(), settings.data_path)),
        alerts=tuple(impossible_in(prepared, today or dt.date.today())),
        page_memo=PageMemo.read(cache / PAGE_MEMO),
        markdown_memo=PageMemo.read(cache / MARKDOWN_MEMO),
    )


def place_for(loaded: Loaded, address: str, file: str) -> Place:
    """Where a page published at ``address`` (from the site's root) is: the site's root as seen from
    it (relative with RELATIVE_URLS, else the SITEURL) and the address of the charts' downloads."""
    site = loaded.site
    if site.relative_urls:
        depth = (address or "index.html").strip("/").count("/")
        root = "/".join([".."] * depth) or "."
    else:
        root = site.url
    downloads = f"{root}/{loaded.settings.downloads_path}"  # SITEURL "": from the site's root
    return Place(file=file, downloads=downloads, drawing_version=loaded.drawing_version, site=root)


def keep_for_next_build(loaded: Loaded) -> None:
    """After a build without problems: keep what was computed for the next build."""
    keep(loaded.prepared, loaded.cache_folder / FOLDER)
    keep_decisions(loaded.cache_folder / FOLDER)
    loaded.page_memo.save()
    loaded.markdown_memo.save()


@dataclass(frozen=True)
class PageOutcome:
    """What one page (written or made from data) adds to the build."""

    key: str  # the page: its source path, or a briefing's address
    problems: tuple[Problem, ...] = ()
    alerts: tuple[Problem, ...] = ()  # warnings: words next to numbers, readability
    shown: Mapping[str, str] | None = None  # placeholder -> what a reader sees (None: not recorded)
    pinned: bool = False  # pinned to a data date: recorded in the ledger by make publish
    accepted: dt.date | None = None  # the date of an accepted revision of its figures
    pins: Pins | None = None  # a pinned page: the data it speaks of (the figures API's revision history)
    charts: Mapping[str, ChartView] = field(default_factory=dict)  # drawing key -> chart
    card: Card | None = None
    readability: Readability | None = None  # written pages only


@dataclass
class Collected:
    """Everything the pages of a build gave back; ``add`` is its only writer."""

    problems: list[Problem] = field(default_factory=list)
    alerts: list[Problem] = field(default_factory=list)
    shown: Shown = field(default_factory=dict)
    pinned: dict[str, dict[str, str]] = field(default_factory=dict)  # pinned page -> what it shows now
    accepted: dict[str, dt.date] = field(default_factory=dict)
    pins: dict[str, Pins] = field(default_factory=dict)  # pinned page -> the data it speaks of
    charts: dict[str, ChartView] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)  # card file -> card
    readability: dict[str, Readability] = field(default_factory=dict)
    generated: int = 0  # pages made from data

    def add(self, outcome: PageOutcome, *, generated: bool = False) -> None:
        self.problems += outcome.problems
        self.alerts += outcome.alerts
        if outcome.shown is not None:
            self.shown[outcome.key] = dict(outcome.shown)
            if outcome.pinned:
                self.pinned[outcome.key] = dict(outcome.shown)
        if outcome.pinned and outcome.pins is not None:
            self.pins[outcome.key] = outcome.pins
        if outcome.accepted is not None:
            self.accepted[outcome.key] = outcome.accepted
        for key, view in outcome.charts.items():  # a chart on many pages: the same view kept
            found = self.charts.get(key)  # whatever order Pelican reads the pages in (it lists them in a set)
            self.charts[key] = view if found is None or view.file_stem < found.file_stem else found
        if outcome.card is not None:
            self.cards[outcome.card.name] = outcome.card
        if outcome.readability is not None:
            self.readability[outcome.key] = outcome.readability
        self.generated += generated


@dataclass(frozen=True)
class Finished:
    """A build that ran: what the summary, ``make check`` and ``make bench`` read."""

    loaded: Loaded
    collected: Collected
    overview: Overview
    drawing_stats: DrawingStats | None = None
    timings: Mapping[str, float] = field(default_factory=dict)  # stage -> seconds
    damaged: int = 0  # files of the render cache found damaged (cut short, overwritten, unsafe): made anew
    notes: tuple[str, ...] = ()  # info lines of reading the data (``data_notes``)

    @property
    def book(self) -> FigureBook:
        return self.loaded.book

    @property
    def settings(self) -> Settings:
        return self.loaded.settings

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.loaded.warnings

    @property
    def alerts(self) -> list[Problem]:
        return self.collected.alerts

    @property
    def shown(self) -> Shown:
        return self.collected.shown

    @property
    def charts(self) -> Mapping[str, ChartView]:
        return self.collected.charts

    @property
    def cards(self) -> Mapping[str, Card]:
        return self.collected.cards


def finish(
    loaded: Loaded,
    collected: Collected,
    drawing_stats: DrawingStats | None = None,
    timings: Mapping[str, float] | None = None,
) -> Finished:
    """The build's facts: its pages' results and the data's overview (computed here, once)."""
    style = loaded.settings.number_style
    memos = loaded.page_memo.damaged + loaded.markdown_memo.damaged
    damaged = loaded.prepared.damaged + memos + (drawing_stats.damaged if drawing_stats is not None else 0)
    found = overview(loaded.book, style)
    return Finished(loaded, collected, found, drawing_stats, dict(timings or {}), damaged, data_notes(loaded.prepared))


def data_notes(prepared: Prepared) -> tuple[str, ...]:
    """Info lines of reading the data, dataset by dataset: which row held a header below title rows."""
    return tuple(note for notes in prepared.notes.values() for note in notes)
