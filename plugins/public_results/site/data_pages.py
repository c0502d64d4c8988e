"""The pages made from data, as content objects: a briefing per data date and the live page.

``make_pages`` builds them (bodies from ``briefing_pages``), checks each briefing against the
ledger (a revision is accepted in the briefing's note file), reads the optional notes and
registers charts, cards and what each page shows with the build. The adapter writes them.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..danish import numbers, words
from ..errors import Problem
from ..figures.book import Pins
from ..figures.briefings import Briefing, briefings
from ..pages.blocks import render_template
from ..pages.placeholders import substitute
from ..pages.resolve import Place, resolve
from ..record.history import correction_notes, settle_generated
from .briefing_bodies import Body, GeneratedPage, Link, briefing_body, live_body
from .build import Build
from .figure_catalogue import chart_entries, figure_entries, method_entries
from .written_pages import decision_of, place_of, social_card

# Reads a Markdown note: (HTML with placeholder tokens, metadata with its references).
NoteReader = Callable[[Path], tuple[str, dict[str, Any]]]
REFERENCES = "results_references"  # the metadata key the adapter's reader uses
CATALOGUE_PAGE = "katalog.html"


@dataclass(frozen=True)
class _Note:
    """A briefing's note file, shaped like a content object for ``decision_of``."""

    metadata: dict[str, Any]
    source_path: str


def make_pages(build: Build, pelican_settings: dict[str, Any], content: Path, read: NoteReader) -> list[GeneratedPage]:
    """Every briefing (oldest first), then the live page."""
    assert build.book is not None and build.settings is not None
    book, settings = build.book, build.settings
    folder = settings.briefings_path
    found = briefings(book)
    timezone = str(pelican_settings.get("TIMEZONE") or "UTC")
    made: list[GeneratedPage] = []
    for briefing in found:
        page = GeneratedPage(
            title=briefing.title,
            save_as=f"{folder}/{briefing.slug}.html",
            date=_noon(briefing.date, timezone),
            summary=words.BRIEFING_SUMMARY.format(date=numbers.format_date(briefing.date)),
            settings=pelican_settings,
            briefing=briefing,
            data_date_label=numbers.format_date(briefing.date),
            pdf=f"{briefing.slug}.pdf" if settings.briefing_pdf else "",
        )
        body = briefing_body(book, settings, briefing, place_of(page, build, page.save_as), page.pdf)
        note = content / folder / f"{briefing.slug}.md"
        page.editorial, accept = _note(build, note, briefing, read)
        settled, corrections = settle_generated(
            build.ledger.get(page.save_as), body.shown, accept, page.save_as, f"content/{folder}/{note.name}"
        )
        build.problems += settled
        page.corrections = correction_notes(corrections)
        if accept is not None:
            build.accepted[page.save_as] = accept
        if briefing is not found[-1]:
            page.newer_data_label = numbers.format_date(found[-1].date)
        build.pinned[page.save_as] = body.shown
        made.append(_keep(build, page, body))
    if found:
        archive = [Link(p.title, f"{folder}/{Path(p.save_as).name}", p.briefing.date) for p in made if p.briefing]
        live = GeneratedPage(
            title=words.LIVE_TITLE,
            save_as=f"{settings.live_page}.html",
            date=_noon(found[-1].date, timezone),
            summary=words.LIVE_SUMMARY,
            settings=pelican_settings,
            kind="live",
            data_date_label=numbers.format_date(found[-1].date),
        )
        body = live_body(book, settings, found[-1], place_of(live, build, live.save_as), archive)
        live.cards_html = body.cards_html
        made.append(_keep(build, live, body))
    if settings.preview:  # the catalogue of names exists only in preview builds, never in make publish
        made.append(_catalogue(build, pelican_settings, found[-1] if found else None))
    build.generated = made
    return made


def _catalogue(build: Build, pelican_settings: dict[str, Any], newest: Briefing | None) -> GeneratedPage:
    assert build.book is not None and build.settings is not None
    page = GeneratedPage(
        title=words.CATALOGUE_TITLE,
        save_as=CATALOGUE_PAGE,
        date=_noon(newest.date if newest else dt.date.today(), str(pelican_settings.get("TIMEZONE") or "UTC")),
        summary=words.CATALOGUE_SUMMARY,
        settings=pelican_settings,
        kind="catalogue",
    )
    page._content = render_template(
        "catalogue_body.html",
        date=numbers.format_date(newest.date) if newest else "",
        figures=figure_entries(build.book, build.settings),
        charts=chart_entries(build.book, build.settings),
        methods=method_entries(build.book),
        readability=sorted(build.readability.items()),
        limit=build.settings.lix_limit,
    )
    return page


def _keep(build: Build, page: GeneratedPage, body: Body) -> GeneratedPage:
    page._content, page.shown, page.has_charts = body.html, body.shown, bool(body.charts)
    page.social_card = social_card(build, page, page.title)
    build.problems += body.problems
    build.charts.update(body.charts)
    if body.charts:
        build.chart_pages.append(page)
    if page.briefing is not None:
        build.shown[page.save_as] = body.shown
    return page


def _note(build: Build, path: Path, briefing: Briefing, read: NoteReader) -> tuple[str, dt.date | None]:
    """The optional note beside a briefing (figures at the briefing's date), and a «Rettelse» date."""
    if not path.is_file():
        return "", None
    content, metadata = read(path)
    problems: list[Problem] = []
    accept = decision_of(_Note(metadata, str(path)), path.name, problems).accept
    references = metadata.get(REFERENCES)
    if references is not None:
        pins = Pins(data_date=briefing.date, survey_round=briefing.rounds[0][1] if briefing.rounds else None)
        page = resolve(build.book, build.settings, references.references, pins, Place(file=path.name))
        problems += page.problems
        problems += [Problem(file=path.name, line=line, what=e.what, fix=e.fix) for line, e in references.unreadable]
        content, _ = substitute(content, page.html_values(), page.blocks)
    build.problems += problems
    return content, accept


def _noon(day: dt.date, timezone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=zoneinfo.ZoneInfo(timezone))
