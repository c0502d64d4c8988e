"""Figures per unit and for the programme (all units together).

A dataset with units is one *family*: the programme (its own key, »forløb«) and a dataset per
unit (»forløb@nord«), each with every figure, chart and method box a dataset has. The unit's
dataset is found by name in the figure book but never listed (``OutcomeLogs``), so the site's
listings (briefings, open data, the figures API) stay the programme's; unit pages and
``{{ … | enhed: nord }}`` ask for them by name.

The whole family is protected as one table (``protect_programme``): every unit's statuses and
groups, and the programme's, which are the sums of the units'. So no hidden unit cell can be worked
out from the programme total minus the other units, nor a hidden programme cell from the units.
Over time the family is walked as one table too (``privacy.flows``, in the figure book).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import replace
from typing import TYPE_CHECKING

from ..danish import words
from ..data.datasets import Unit
from ..data.validate import OutcomeLog
from ..errors import DescriptorError, Problem
from ..privacy.suppression import AUDIT_LIMIT, Count, TooFine, suppress
from . import counting

if TYPE_CHECKING:
    from .book import FigureBook

UNIT_MARK = "@"  # »forløb@nord«: the unit's dataset in the figure book (never shown to a reader)
MEMBER_MARK = "/"  # »nord/aktive«: an item of the family's one table
PROGRAMME = words.UNIT_PROGRAMME  # the programme's member in the family's table


def unit_dataset(dataset: str, unit: str) -> str:
    """The figure book's name of ``unit``'s part of ``dataset`` (the programme's: ``dataset``)."""
    return dataset if unit in ("", PROGRAMME) else f"{dataset}{UNIT_MARK}{unit}"


def split_unit(key: str) -> tuple[str, str]:
    """The dataset and the unit of a figure book name (the programme: ``PROGRAMME``)."""
    dataset, _, unit = key.partition(UNIT_MARK)
    return dataset, unit or PROGRAMME


class OutcomeLogs(MutableMapping[str, OutcomeLog]):
    """The figure book's outcome logs: the programme's are listed, a unit's is found by name only."""

    def __init__(self, listed: Mapping[str, OutcomeLog] | None = None) -> None:
        self.listed: dict[str, OutcomeLog] = dict(listed or {})
        self.by_unit: dict[str, OutcomeLog] = {}

    def __getitem__(self, key: str) -> OutcomeLog:
        return self.listed[key] if key in self.listed else self.by_unit[key]

    def __contains__(self, key: object) -> bool:
        return key in self.listed or key in self.by_unit

    def __setitem__(self, key: str, value: OutcomeLog) -> None:
        (self.by_unit if UNIT_MARK in key else self.listed)[key] = value

    def __delitem__(self, key: str) -> None:
        del self.listed[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.listed)

    def __len__(self) -> int:
        return len(self.listed)


def add_units(book: FigureBook, dataset: str, units: tuple[Unit, ...]) -> None:
    """The outcome ``dataset`` (read now, with a unit per row) has these units: each gets its own
    dataset »dataset@unit« in ``book``, and the family is protected as one table."""
    book.units[dataset] = units
    for key, log in unit_logs(book.outcomes[dataset], units).items():
        book.outcomes[key] = log


def family(book: FigureBook, dataset: str) -> tuple[str, str] | None:
    """The programme's dataset and the member (a unit's key, or PROGRAMME) of ``dataset``, when it has units."""
    programme, member = split_unit(dataset)
    return (programme, member) if programme in book.units else None


def members(book: FigureBook, programme: str) -> list[str]:
    """The members of a family's table: the programme, then its units (keys)."""
    return [PROGRAMME, *(u.key for u in book.units[programme])]


def unit_logs(log: OutcomeLog, units: tuple[Unit, ...]) -> dict[str, OutcomeLog]:
    """Each unit's own log (its rows of the programme's; its title names the unit), by book name."""
    outcome = log.outcome
    found = {}
    for unit in units:
        title = words.UNIT_TITLE.format(title=outcome.title, name=unit.name)
        own = replace(outcome, title=title, unit_column="", unit_files=())
        events = log.events[log.events["unit"] == unit.key].reset_index(drop=True)
        found[unit_dataset(outcome.key, unit.key)] = OutcomeLog(outcome=own, events=events)
    return found


def protect_programme(
    cells: Mapping[str, Mapping[str, int]],
    groups: Mapping[str, frozenset[str]],
    threshold: int,
    hide: frozenset[str] = frozenset(),
    dataset: str = "",
) -> dict[str, Count]:
    """THE SEAM for protection across units. ``cells``: unit -> status -> count; ``groups``: group ->
    its statuses. Returns every item of the family's one table, named »unit/item« and
    »programmet/item«, protected so that no suppressed item can be worked out from the shown ones
    (within a unit, the programme's totals minus the other units, the groups); ``hide``: items
    hidden from the start (a small step over time, ``privacy.flows``).

    Today: the general audited suppression (``privacy.suppression.suppress``) over the flattened
    table, exact but bounded by AUDIT_LIMIT items (a few units). ``privacy/across_units.py``'s
    ``protect_units`` (issue 22, part B) replaces this body when it lands."""
    flat: dict[str, int] = {}
    sums: dict[str, frozenset[str]] = {}
    statuses = sorted({status for row in cells.values() for status in row})
    for unit, row in cells.items():
        flat |= {item(unit, status): count for status, count in row.items()}
        sums |= {item(unit, g): frozenset(item(unit, s) for s in members) for g, members in groups.items()}
    sums |= {item(PROGRAMME, s): frozenset(item(u, s) for u in cells) for s in statuses}
    sums |= {item(PROGRAMME, g): frozenset(item(u, s) for u in cells for s in members) for g, members in groups.items()}
    try:
        return suppress(flat, sums, threshold, hide=hide)
    except TooFine as found:
        what = words.UNITS_TOO_FINE.format(dataset=dataset, items=found.items, limit=AUDIT_LIMIT)
        raise DescriptorError(Problem("datasets.yaml", what, words.UNITS_TOO_FINE_FIX)) from None


def protect_family(book: FigureBook, programme: str, day: dt.date, hide: frozenset[str]) -> dict[str, Count]:
    """The family's one table on ``day``: each unit's counts (``counting``) through ``protect_programme``."""
    outcome = book.outcomes[programme].outcome
    cells = {}
    for unit in book.units[programme]:
        raw = counting.outcome_counts(book.outcome_log(unit_dataset(programme, unit.key)), day)
        cells[unit.key] = {c.key: raw[c.key] for c in outcome.categories}
    groups = {g.key: frozenset(g.categories) for g in outcome.groups}
    return protect_programme(cells, groups, book.threshold, hide, programme)


def item(member: str, name: str) -> str:
    """An item of the family's table: »nord/aktive«, »programmet/aktive«."""
    return f"{member}{MEMBER_MARK}{name}"


def member_table(table: Mapping[str, Count], member: str) -> dict[str, Count]:
    """One member's part of the family's table, by its own item names (»aktive«)."""
    prefix = member + MEMBER_MARK
    return {name[len(prefix) :]: count for name, count in table.items() if name.startswith(prefix)}


def member_series(whole: list[tuple[dt.date, dict[str, Count]]], member: str) -> list[tuple[dt.date, dict[str, Count]]]:
    """One member's part of the family's series."""
    return [(day, member_table(table, member)) for day, table in whole]


def family_is_flow(book: FigureBook, programme: str) -> Callable[[str, dt.date, dt.date], bool]:
    """``is_flow`` for the family's table, from each member's own (the figure book's ``is_flow``)."""
    flows = {member: book.is_flow(unit_dataset(programme, member)) for member in members(book, programme)}

    def is_flow(name: str, after: dt.date, until: dt.date) -> bool:
        member, _, own = name.partition(MEMBER_MARK)
        return flows[member](own, after, until)

    return is_flow
