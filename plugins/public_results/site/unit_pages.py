"""A page per unit from one template: ``content/enheder/<any>.md`` made once for every unit.

The template is an ordinary Markdown page with placeholders; on each unit's page
``{{ forløb.aktive }}`` is that unit's figure, ``{{ enhed.navn }}`` its name (``pages/units.py``).
Each page is published at ``enheder/<unit>/index.html`` with the newest figures, the unit's key
figures (the programme's value beside each) and a link to the unit's briefing
(``unit_briefings.py``); the theme's ``unit.html`` lists the unit's own articles (»Enhed: nord«)
below it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..danish import numbers, words
from ..data.datasets import Unit
from ..errors import Problem
from ..figures.figure import Pins
from ..pages.blocks import render_template
from ..pages.placeholders import TOKEN, Reference, substitute
from ..pages.resolve import resolve
from ..pages.units import all_units
from .build import Loaded, PageOutcome, place_for
from .cards import card_for
from .data_pages import DataPage, MadePages, Note, NoteReader
from .unit_briefings import unit_briefing_pages, unit_figures

UNIT = "unit"  # a unit page's kind: the theme's unit.html


UNITS_LIST = f"{words.FOLDER_UNITS}/index.html"  # the list of the units, linked from the menu
LIST_TEXT = "index.md"  # content/enheder/index.md: the text above the list (not a unit page template)


def units_list(pages: tuple[DataPage, ...]) -> DataPage | None:
    """The list of the units among ``pages`` (None: a site of one unit), for the menu's »Enhederne«."""
    return next((p for p in pages if p.kind == UNIT and p.save_as == UNITS_LIST), None)


def unit_address(unit: str) -> str:
    """Where a unit's page is published: »enheder/nord/index.html«."""
    return f"{words.FOLDER_UNITS}/{unit}/index.html"


def templates_in(content: Path) -> list[Path]:
    """The unit page templates: the Markdown files in ``content/enheder/`` (sorted; usually one),
    but »index.md«: the text above the list of the units (``LIST_TEXT``)."""
    folder = content / words.FOLDER_UNITS
    return sorted(p for p in folder.glob("*.md") if p.name != LIST_TEXT) if folder.is_dir() else []


def with_unit_pages(made: MadePages, loaded: Loaded, content: Path, read_note: NoteReader) -> MadePages:
    """``made`` and a page per unit for each template (none on a site without units)."""
    units = all_units(loaded.book)
    pages, outcomes = list(made.pages), list(made.outcomes)
    if units and templates_in(content):
        listed = content / words.FOLDER_UNITS / LIST_TEXT
        page, outcome = units_index(loaded, units, read_note(listed) if listed.is_file() else None)
        pages.append(page)
        outcomes.append(outcome)
    briefing_pages, briefing_outcomes = unit_briefing_pages(loaded) if units and templates_in(content) else ([], [])
    briefing_of = {page.unit: page for page in briefing_pages}
    for path in templates_in(content) if units else []:
        note = read_note(path)
        for unit in units:
            page, outcome = unit_page(loaded, path, note.content, dict(note.metadata), note.references, unit.key)
            unreadable = [Problem(file=path.name, line=line, what=e.what, fix=e.fix) for line, e in note.unreadable]
            pages.append(replace(page, cards_html=unit_figures_html(loaded, unit, briefing_of.get(unit.key))))
            outcomes.append(replace(outcome, problems=(*unreadable, *outcome.problems)))
    return replace(made, pages=(*pages, *briefing_pages), outcomes=(*outcomes, *briefing_outcomes))


def unit_figures_html(loaded: Loaded, unit: Unit, briefing: DataPage | None) -> str:
    """The unit page's key figures (the programme's value beside each) and the link to its briefing."""
    figures = unit_figures(loaded, unit.key)
    if not figures:
        return ""
    name = briefing.save_as.rsplit("/", 1)[-1] if briefing is not None else ""
    return render_template(
        "unit_figures.html",
        unit_name=unit.name,
        figures=figures,
        briefing=name,
        pdf=briefing.pdf if briefing is not None else "",
        date=briefing.data_date_label if briefing is not None else "",
    )


def units_index(loaded: Loaded, units: tuple[Unit, ...], note: Note | None = None) -> tuple[DataPage, PageOutcome]:
    """The list of the programme's units (»enheder/index.html«), each linked to its page, below the
    text of ``content/enheder/index.md`` when there is one (the programme's figures, comparisons)."""
    listed = [{"name": u.name, "municipality": u.municipality, "href": f"{u.key}/index.html"} for u in units]
    newest = max((log.outcome.data_dates[-1] for log in loaded.book.outcomes.values()), default=dt.date.today())
    text, charts, problems = "", {}, []
    if note is not None:
        place = place_for(loaded, UNITS_LIST, LIST_TEXT)
        resolved = resolve(loaded.book, loaded.settings, list(note.references), Pins(), place)
        text, _ = substitute(note.content, resolved.html_values(), resolved.blocks, resolved.note_tokens)
        text, charts = text + resolved.notes_html(), resolved.charts
        problems = [Problem(file=LIST_TEXT, line=line, what=e.what, fix=e.fix) for line, e in note.unreadable]
        problems += resolved.problems
    page = DataPage(
        title=words.UNITS_TITLE,
        save_as=UNITS_LIST,
        date=dt.datetime.combine(newest, dt.time(12)),
        summary=words.UNITS_SUMMARY,
        content=text + render_template("unit_list.html", units=listed),
        kind=UNIT,
        has_charts=bool(charts),
    )
    return page, PageOutcome(key=UNITS_LIST, problems=tuple(problems), pinned=False, charts=charts)


def unit_page(
    loaded: Loaded, path: Path, content: str, metadata: Mapping[str, Any], references: tuple[Reference, ...], unit: str
) -> tuple[DataPage, PageOutcome]:
    """One unit's page from the template: its figures, charts and method boxes the unit's."""
    save_as = unit_address(unit)
    place = replace(place_for(loaded, save_as, path.name), unit=unit)
    resolved = resolve(loaded.book, loaded.settings, list(references), Pins(), place)
    body, _ = substitute(content, resolved.html_values(), resolved.blocks, resolved.note_tokens)
    found = next(u for u in all_units(loaded.book) if u.key == unit)
    name = found.name
    title = str(metadata.get("title", "") or name)
    if TOKEN.search(title):
        title, _ = substitute(title, resolved.values, dict.fromkeys(resolved.blocks, ""))
    newest = max(resolved.data_dates) if resolved.data_dates else dt.date.today()
    page = DataPage(
        title=title,
        save_as=save_as,
        date=dt.datetime.combine(newest, dt.time(12)),
        summary=(words.UNIT_SUMMARY_IN if found.municipality else words.UNIT_SUMMARY).format(
            name=name, municipality=found.municipality
        ),
        content=body + resolved.notes_html(),
        kind=UNIT,
        data_date_label=resolved.data_date_label or numbers.format_date(newest),
        has_charts=bool(resolved.charts),
        unit=unit,
        unit_name=name,
        unit_municipality=found.municipality,
    )
    card = card_for(loaded, save_as, title, page.data_date_label)
    outcome = PageOutcome(
        key=save_as, problems=tuple(resolved.problems), pinned=False, charts=resolved.charts, card=card
    )
    return replace(page, social_card=card.name), outcome
