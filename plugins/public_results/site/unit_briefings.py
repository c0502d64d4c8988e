"""A briefing per unit at the newest data date, and each unit's key figures for its page.

On a site with units each unit gets the programme's briefing for itself, at the newest data date
only (``enheder/<unit>/briefing-<YYYY-MM-DD>.html``, and its PDF beside it when the site makes
PDFs): the same template as the programme's, titled with the unit's name, with the key figures
(RESULTS_BRIEFING_FIGURES), charts (RESULTS_BRIEFING_CHARTS) and method box from the unit's own
datasets (``briefing_bodies.unit_names``). The programme keeps a briefing per data date; a unit's
older figures stay in the open data (a row per unit and date).

``unit_figures`` gives the unit page's key figures: each of the unit's cards with the programme's
value of the same figure beside it.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, replace

from ..danish import numbers, words
from ..data.datasets import Unit
from ..figures.briefings import Briefing, Card, briefings
from ..figures.units import UNIT_MARK, unit_dataset
from ..pages.units import all_units
from .briefing_bodies import Body, briefing_body, key_figure_cards
from .build import Loaded, PageOutcome, place_for
from .cards import card_for
from .data_pages import BRIEFING, DataPage

PREFIX = "briefing-"  # enheder/nord/briefing-2024-06-30.html


@dataclass(frozen=True)
class UnitFigure:
    """A key figure on a unit's page: the unit's card and the programme's value of the same figure."""

    card: Card
    programme: str  # »238« (the programme's value as shown; "" when the programme has no such figure)


def unit_briefing_address(unit: str, day: dt.date) -> str:
    """Where a unit's briefing is published: »enheder/nord/briefing-2024-06-30.html«."""
    return f"{words.FOLDER_UNITS}/{unit}/{PREFIX}{day.isoformat()}.html"


def unit_briefing(book_briefing: Briefing, units_of: frozenset[str], unit: str) -> Briefing:
    """``book_briefing`` as ``unit``'s: its survey rounds only of datasets with units (the unit's)."""
    rounds = tuple((unit_dataset(key, unit), name) for key, name in book_briefing.rounds if key in units_of)
    return replace(book_briefing, rounds=rounds)


def unit_briefing_pages(loaded: Loaded) -> tuple[list[DataPage], list[PageOutcome]]:
    """Each unit's briefing at the newest data date (none on a site without units or data dates)."""
    book = loaded.book
    units = all_units(book)
    found = briefings(book) if units else []
    if not found:
        return [], []
    newest = found[-1]
    pages, outcomes = [], []
    for unit in units:
        page, body = _unit_briefing_page(loaded, unit, unit_briefing(newest, frozenset(book.units), unit.key))
        card = card_for(loaded, page.save_as, page.title, page.data_date_label)
        outcome = PageOutcome(key=page.save_as, problems=tuple(body.problems), pinned=False, charts=body.charts,
                              card=card)  # fmt: skip
        pages.append(replace(page, social_card=card.name))
        outcomes.append(outcome)
    return pages, outcomes


def _unit_briefing_page(loaded: Loaded, unit: Unit, briefing: Briefing) -> tuple[DataPage, Body]:
    """One unit's briefing page and its body."""
    settings = loaded.settings
    save_as = unit_briefing_address(unit.key, briefing.date)
    pdf = save_as.rsplit("/", 1)[-1].replace(".html", ".pdf") if settings.briefing_pdf else ""
    place = replace(place_for(loaded, save_as, save_as), unit=unit.key)
    body = briefing_body(loaded.book, settings, briefing, place, pdf, unit=unit.key)
    date = numbers.format_date(briefing.date)
    page = DataPage(
        title=words.UNIT_BRIEFING_TITLE.format(name=unit.name, date=date),
        save_as=save_as,
        date=dt.datetime.combine(briefing.date, dt.time(12), tzinfo=zoneinfo.ZoneInfo(loaded.site.timezone)),
        summary=words.UNIT_BRIEFING_SUMMARY.format(name=unit.name, date=date),
        content=body.html,
        kind=BRIEFING,
        briefing=briefing,
        data_date_label=date,
        pdf=pdf,
        has_charts=bool(body.charts),
        pdf_parts=body.pdf if pdf else None,
        unit=unit.key,
        unit_name=unit.name,
    )
    return page, body


def unit_figures(loaded: Loaded, unit: str) -> list[UnitFigure]:
    """The key figures of ``unit``'s page at the newest data date, each with the programme's value."""
    book = loaded.book
    found = briefings(book)
    if not found:
        return []
    newest = unit_briefing(found[-1], frozenset(book.units), unit)
    own = briefing_body_cards(loaded, newest, unit)
    whole = {card.name: card.value for card in briefing_body_cards(loaded, found[-1], "")}
    return [UnitFigure(card, whole.get(_programme_name(card.name, unit), "")) for card in own]


def briefing_body_cards(loaded: Loaded, briefing: Briefing, unit: str) -> list[Card]:
    """The key figures of a briefing (``unit``'s, or the programme's): the cards its body shows
    (a name that does not exist is reported by the briefings, not again here)."""
    return key_figure_cards(loaded.book, loaded.settings, briefing, Body(), unit)


def _programme_name(name: str, unit: str) -> str:
    """»forløb@nord.aktive« -> »forløb.aktive«."""
    return name.replace(f"{UNIT_MARK}{unit}.", ".", 1)
