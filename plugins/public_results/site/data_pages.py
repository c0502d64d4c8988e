"""Pages made from data: a briefing per data date, the live key figures and (in a preview) the
writers' figure catalogue.

``make_pages(loaded, notes, read_note, readability)`` returns ``MadePages``: frozen ``DataPage``
values (bodies from ``briefing_bodies``) and what each adds to the build (``PageOutcome``). Each
briefing is checked against the ledger; a revision is accepted in the briefing's optional note
file (``content/<briefings>/<date>.md``), whose figures are put in at the briefing's date. The
adapter writes the pages with the theme's templates.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..danish import numbers, words
from ..errors import NotFound, Problem
from ..figures.briefings import Briefing, briefings
from ..figures.figure import Pins
from ..pages.blocks import render_template
from ..pages.placeholders import Reference, substitute
from ..pages.readability import Readability
from ..pages.resolve import Place, resolve
from ..record.history import correction_notes, decision_of, settle_generated
from .briefing_bodies import Body, Link, briefing_body, live_body
from .build import Loaded, PageOutcome, place_for
from .cards import card_for
from .figure_catalogue import chart_entries, figure_entries, method_entries
from .front_page import FrontFigures, front_figures
from .open_data import Package, packages
from .open_data_page import PAGE as OPEN_DATA_PAGE
from .open_data_page import open_data_body
from .pdf_parts import PdfParts

CATALOGUE_PAGE = f"{words.PAGE_CATALOGUE}.html"
BRIEFING, LIVE, CATALOGUE = "briefing", "live", "catalogue"  # a page's kind: its template's name
OPEN_DATA = "open_data"  # the »Data« page (data/index.html)


@dataclass(frozen=True)
class Note:
    """A briefing's note file as read: HTML with placeholder tokens, its metadata and placeholders."""

    content: str
    metadata: Mapping[str, Any]
    source: str
    references: tuple[Reference, ...] = ()
    unreadable: tuple[tuple[int, NotFound], ...] = ()


NoteReader = Callable[[Path], Note]


@dataclass(frozen=True)
class DataPage:
    """A page made from data, as the theme's templates show it."""

    title: str
    save_as: str
    date: dt.datetime
    summary: str
    content: str = ""  # the body's HTML (a marker where each chart's drawing goes)
    kind: str = BRIEFING  # BRIEFING, LIVE, OPEN_DATA or CATALOGUE: the template it is written with
    briefing: Briefing | None = None
    data_date_label: str = ""
    pdf: str = ""  # the PDF's file name beside the page ("" when there is none)
    editorial: str = ""  # the optional note from content/<briefings>/<date>.md, as HTML
    has_charts: bool = False
    social_card: str = ""  # the address of its card for sharing
    cards_html: str = ""  # the key figures alone (the front page shows the live page's)
    corrections: tuple[str, ...] = ()  # dated correction notes
    newer_data_label: str | None = None  # the newest data date, when newer figures exist
    pdf_parts: PdfParts | None = None  # what a briefing's PDF shows (theme: briefing_pdf.html)
    unit: str = ""  # a unit's page (site/unit_pages.py): the unit's key and name
    unit_name: str = ""
    unit_municipality: str = ""  # a unit's page: its municipality (the page's meta)

    @property
    def url(self) -> str:
        return self.save_as


@dataclass(frozen=True)
class MadePages:
    pages: tuple[DataPage, ...] = ()
    outcomes: tuple[PageOutcome, ...] = ()
    front: FrontFigures | None = None  # the front page's lead and key figures (with the live page)

    def of_kind(self, kind: str) -> list[DataPage]:
        return [p for p in self.pages if p.kind == kind]


def make_pages(loaded: Loaded, notes: Path, read_note: NoteReader, readability: Mapping[str, Readability]) -> MadePages:
    """Every briefing (oldest first), then the live page, then (preview only) the catalogue.
    ``notes``: the folder of the briefings' note files; ``readability``: of the written pages."""
    settings, site = loaded.settings, loaded.site
    folder = settings.briefings_path
    found = briefings(loaded.book)
    pages: list[DataPage] = []
    outcomes: list[PageOutcome] = []
    front = None
    for briefing in found:
        save_as = f"{folder}/{briefing.slug}.html"
        pdf = f"{briefing.slug}.pdf" if settings.briefing_pdf else ""
        place = place_for(loaded, save_as, save_as)
        body = briefing_body(loaded.book, settings, briefing, place, pdf)
        note = notes / f"{briefing.slug}.md"
        editorial, accept, note_problems = _note(loaded, note, briefing, read_note)
        settled, corrections = settle_generated(
            loaded.ledger.get(save_as), body.shown, accept, save_as, f"content/{folder}/{note.name}"
        )
        newer = numbers.format_date(found[-1].date) if briefing is not found[-1] else None
        page = DataPage(
            title=briefing.title,
            save_as=save_as,
            date=_noon(briefing.date, site.timezone),
            summary=words.BRIEFING_SUMMARY.format(date=numbers.format_date(briefing.date)),
            content=body.html,
            briefing=briefing,
            data_date_label=numbers.format_date(briefing.date),
            pdf=pdf,
            editorial=editorial,
            has_charts=bool(body.charts),
            corrections=tuple(correction_notes(corrections, body.labels)),
            newer_data_label=newer,
            pdf_parts=body.pdf if pdf else None,
        )
        page, outcome = _finished(loaded, page, body, [*note_problems, *settled], pinned=True, accepted=accept,
                                 pins=Pins(data_date=briefing.date))  # fmt: skip
        pages.append(page)
        outcomes.append(outcome)
    if found:
        newest = found[-1]
        archive = [Link(p.title, f"{folder}/{Path(p.save_as).name}", p.briefing.date) for p in pages if p.briefing]
        save_as = f"{settings.live_page}.html"
        place = place_for(loaded, save_as, save_as)
        body = live_body(loaded.book, settings, newest, place, archive)
        live = DataPage(
            title=words.LIVE_TITLE,
            save_as=save_as,
            date=_noon(newest.date, site.timezone),
            summary=words.LIVE_SUMMARY,
            content=body.html,
            kind=LIVE,
            data_date_label=numbers.format_date(newest.date),
            has_charts=bool(body.charts),
            cards_html=body.cards_html,
        )
        front, front_problems = front_figures(loaded.book, settings, newest)
        page, outcome = _finished(loaded, live, body, front_problems, pinned=False, accepted=None)
        pages.append(page)
        outcomes.append(outcome)
    # the »Data« page lists the packages (written with their rows by the adapter)
    if listed := packages(loaded.book, settings, with_rows=False):
        page = _open_data(loaded, listed)
        pages.append(page)
        outcomes.append(PageOutcome(key=page.save_as))
    if settings.preview:  # the catalogue of names exists only in preview builds, never in make publish
        page = _catalogue(loaded, found[-1] if found else None, readability)
        pages.append(page)
        outcomes.append(PageOutcome(key=page.save_as))  # no card: it is never shared
    return MadePages(tuple(pages), tuple(outcomes), front)


def _finished(
    loaded: Loaded, page: DataPage, body: Body, problems: list[Problem], *, pinned: bool, accepted: dt.date | None,
    pins: Pins | None = None,
) -> tuple[DataPage, PageOutcome]:  # fmt: skip
    """The page with its social card, and what it adds to the build (a briefing: what it shows)."""
    card = card_for(loaded, page.save_as, page.title, page.data_date_label or None)
    outcome = PageOutcome(
        key=page.save_as,
        problems=(*problems, *body.problems),
        shown=body.shown if pinned else None,
        pinned=pinned,
        accepted=accepted,
        pins=pins,
        charts=body.charts,
        card=card,
    )
    return replace(page, social_card=card.name), outcome


def _catalogue(loaded: Loaded, newest: Briefing | None, readability: Mapping[str, Readability]) -> DataPage:
    book, settings = loaded.book, loaded.settings
    page = DataPage(
        title=words.CATALOGUE_TITLE,
        save_as=CATALOGUE_PAGE,
        date=_noon(newest.date if newest else dt.date.today(), loaded.site.timezone),
        summary=words.CATALOGUE_SUMMARY,
        kind=CATALOGUE,
        content=render_template(
            "catalogue_body.html",
            date=numbers.format_date(newest.date) if newest else "",
            figures=figure_entries(book, settings),
            charts=chart_entries(book, settings),
            methods=method_entries(book),
            readability=sorted(readability.items()),
            limit=settings.lix_limit,
        ),
    )
    return page


def _open_data(loaded: Loaded, listed: list[Package]) -> DataPage:
    """The »Data« page: every open-data package; its date is the newest package's."""
    newest = max(package.day for package in listed)
    return DataPage(
        title=words.OPEN_DATA_TITLE,
        save_as=OPEN_DATA_PAGE,
        date=_noon(newest, loaded.site.timezone),
        summary=words.OPEN_DATA_SUMMARY,
        kind=OPEN_DATA,
        data_date_label=numbers.format_date(newest),
        content=open_data_body(listed, loaded.settings, loaded.site),
    )


def _note(
    loaded: Loaded, path: Path, briefing: Briefing, read: NoteReader
) -> tuple[str, dt.date | None, list[Problem]]:
    """The optional note beside a briefing (figures at the briefing's date), a »Rettelse« date, and
    its problems."""
    if not path.is_file():
        return "", None, []
    note = read(path)
    decision, problems = decision_of(note.metadata, note.source, path.name)
    content = note.content
    if note.references or note.unreadable:
        pins = Pins(data_date=briefing.date, survey_round=briefing.rounds[0][1] if briefing.rounds else None)
        page = resolve(loaded.book, loaded.settings, list(note.references), pins, Place(file=path.name))
        problems += page.problems
        problems += [Problem(file=path.name, line=line, what=e.what, fix=e.fix) for line, e in note.unreadable]
        content, _ = substitute(content, page.html_values(), page.blocks)
    return content, decision.accept, problems


def _noon(day: dt.date, timezone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=zoneinfo.ZoneInfo(timezone))
