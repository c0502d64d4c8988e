"""Figures per unit and for the programme (all units together).

A dataset with units is one *family*: the programme (its own key, »forløb«) and a dataset per
unit (»forløb@nord«), each with every figure, chart and method box a dataset has. The unit's
dataset is found by name in the figure book but never listed (``ByUnit``), so the site's
listings (briefings, open data, the figures API) stay the programme's; unit pages and
``{{ … | enhed: nord }}`` ask for them by name.

The whole family is protected as one table (``protect_programme``, with
``privacy.across_units.protect_units``): every unit's statuses and groups, and the programme's,
which are the sums of the units'. So no hidden unit cell can be worked out from the programme total
minus the other units, nor a hidden programme cell from the units.
Over time the family is walked as one table too (``privacy.flows``, in the figure book).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from ..danish import numbers, words
from ..data.datasets import Outcome, Survey, Unit
from ..data.validate import OutcomeLog, SurveyRound
from ..privacy.across_units import protect_units
from ..privacy.suppression import Count
from ..privacy.unit_table import Item
from . import counting

if TYPE_CHECKING:
    from .book import FigureBook

UNIT_MARK = "@"  # »forløb@nord«: the unit's dataset in the figure book (never shown to a reader)
MEMBER_MARK = "/"  # »nord/aktive«: an item of the family's one table
PROGRAMME = words.UNIT_PROGRAMME  # the programme's member in the family's table
Rows = TypeVar("Rows", OutcomeLog, list[SurveyRound])
UNPROVEN = "unproven"  # the figure book's memo key of a table's unproven items (``unproven_lines``)


def unit_dataset(dataset: str, unit: str) -> str:
    """The figure book's name of ``unit``'s part of ``dataset`` (the programme's: ``dataset``)."""
    return dataset if unit in ("", PROGRAMME) else f"{dataset}{UNIT_MARK}{unit}"


def split_unit(key: str) -> tuple[str, str]:
    """The dataset and the unit of a figure book name (the programme: ``PROGRAMME``)."""
    dataset, _, unit = key.partition(UNIT_MARK)
    return dataset, unit or PROGRAMME


class ByUnit(MutableMapping[str, Rows]):
    """The figure book's outcome logs or survey rounds: the programme's are listed, a unit's is found
    by name only."""

    def __init__(self, listed: Mapping[str, Rows] | None = None) -> None:
        self.listed: dict[str, Rows] = dict(listed or {})
        self.by_unit: dict[str, Rows] = {}

    def __getitem__(self, key: str) -> Rows:
        return self.listed[key] if key in self.listed else self.by_unit[key]

    def __contains__(self, key: object) -> bool:
        return key in self.listed or key in self.by_unit

    def __setitem__(self, key: str, value: Rows) -> None:
        (self.by_unit if UNIT_MARK in key else self.listed)[key] = value

    def __delitem__(self, key: str) -> None:
        del self.listed[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.listed)

    def __len__(self) -> int:
        return len(self.listed)


def add_units(book: FigureBook, dataset: str, units: tuple[Unit, ...]) -> None:
    """The outcome or survey ``dataset`` (read now, with a unit per row) has these units: each gets
    its own dataset »dataset@unit« in ``book``, and the family is protected as one table."""
    book.units[dataset] = units
    if dataset in book.surveys:
        for key, rounds in unit_rounds(book.surveys[dataset], units).items():
            book.surveys[key] = rounds
        return
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
        events = log.events[log.events["unit"] == unit.key].reset_index(drop=True)
        found[unit_dataset(outcome.key, unit.key)] = OutcomeLog(outcome=unit_outcome(outcome, unit), events=events)
    return found


def unit_rounds(rounds: list[SurveyRound], units: tuple[Unit, ...]) -> dict[str, list[SurveyRound]]:
    """Each unit's own rounds (its responses of the programme's; the survey's key is the unit's
    book name, »evaluering@nord«, and its title names the unit), by book name."""
    found = {}
    for unit in units:
        key = unit_dataset(rounds[0].survey.key, unit.key) if rounds else ""
        found[key] = []
        own = unit_survey(rounds[0].survey, unit) if rounds else None
        for survey_round in rounds:
            answers = survey_round.answers
            mine = answers[answers["unit"] == unit.key].reset_index(drop=True)
            found[key].append(SurveyRound(survey=own, round=survey_round.round, answers=mine))
    return found


def unit_survey(survey: Survey, unit: Unit) -> Survey:
    """A unit's own description of the survey: its key is the unit's book name (»evaluering@nord«),
    its title names the unit; it has no units itself."""
    title = words.UNIT_TITLE.format(title=survey.title, name=unit.name)
    return replace(survey, key=unit_dataset(survey.key, unit.key), title=title, unit_column="")


def unit_outcome(outcome: Outcome, unit: Unit) -> Outcome:
    """A unit's own description of the dataset: its title names the unit; it has no units itself."""
    title = words.UNIT_TITLE.format(title=outcome.title, name=unit.name)
    return replace(outcome, title=title, unit_column="", unit_files=())


def protect_programme(
    cells: Mapping[str, Mapping[str, int]],
    groups: Mapping[str, frozenset[str]],
    threshold: int,
    hide: frozenset[str] = frozenset(),
) -> tuple[dict[str, Count], tuple[str, ...]]:
    """THE SEAM for protection across units. ``cells``: unit -> status -> count; ``groups``: group ->
    its statuses. Returns every item of the family's one table, named »unit/item« and
    »programmet/item«, protected so that no suppressed item can be worked out from the shown ones
    (within a unit, the programme's totals minus the other units, the groups); ``hide``: items
    hidden from the start (a small step over time, ``privacy.flows``). And the items that the
    network step could not show every open value possible for (``UnitsProtected.unproven``, for the
    build's report; none in the tables tried).

    ``privacy.across_units.protect_units`` does the work, at any number of units: a group of every
    status (»alle«) is the table's total; groups with the same statuses are one item."""
    statuses = tuple(dict.fromkeys(status for row in cells.values() for status in row))
    every = frozenset(statuses)
    node_of: dict[str, str | None] = {status: status for status in statuses}
    kept_groups: dict[str, frozenset[str]] = {}
    for name, chosen in groups.items():
        same = None if chosen == every else next((g for g, m in kept_groups.items() if m == chosen), name)
        if same == name and len(chosen) == 1:
            same = next(iter(chosen))  # a group of one status is that status
        node_of[name] = same
        if same == name:
            kept_groups[name] = chosen
    table = {unit: {status: row.get(status, 0) for status in statuses} for unit, row in cells.items()}
    hidden = frozenset(_item_of(name, node_of) for name in hide)
    found = protect_units(table, threshold, groups=kept_groups, hide=hidden)
    counts = {
        item(member, name): found.counts[(None if member == PROGRAMME else member, node)]
        for member in (PROGRAMME, *cells)
        for name, node in node_of.items()
    }
    unproven = tuple(item(unit or PROGRAMME, _name_of(node, node_of)) for unit, node in found.unproven)
    return counts, unproven


def _item_of(name: str, node_of: Mapping[str, str | None]) -> Item:
    """The ``protect_units`` item of »unit/name«."""
    member, _, own = name.partition(MEMBER_MARK)
    return (None if member == PROGRAMME else member, node_of[own])


def _name_of(node: str | None, node_of: Mapping[str, str | None]) -> str:
    """The first name of a ``protect_units`` node (the total: the group of every status, or »i alt«)."""
    return next((name for name, found in node_of.items() if found == node), words.UNITS_TOTAL if node is None else node)


def protect_family(book: FigureBook, programme: str, day: dt.date, hide: frozenset[str]) -> dict[str, Count]:
    """The family's one table on ``day``: each unit's counts (``counting``) through ``protect_programme``."""
    outcome = book.outcomes[programme].outcome
    cells = {}
    for unit in book.units[programme]:
        name = unit_dataset(programme, unit.key)  # its own counts, kept by the figure cache (``kept_units``)
        raw = book.remember(name, ("raw", day), lambda name=name: counting.outcome_counts(book.outcome_log(name), day))
        cells[unit.key] = {c.key: raw[c.key] for c in outcome.categories}
    groups = {g.key: frozenset(g.categories) for g in outcome.groups}
    digest = table_digest(cells, groups, book.threshold, hide)  # the same table protected before: kept_units
    found = book.tables.get(digest) or protect_programme(cells, groups, book.threshold, hide)
    book.tables_used[digest] = found
    counts, unproven = found
    if unproven:  # for the build's report (``unproven_lines``)
        book.remember(programme, (UNPROVEN, day, digest), lambda: unproven)  # by the table's digest: small
    return counts


def table_digest(
    cells: Mapping[str, Mapping[str, int]], groups: Mapping[str, frozenset[str]], threshold: int, hide: frozenset[str]
) -> str:
    """A digest of everything ``protect_programme`` is given: the same digest, the same protected table."""
    given = (sorted((unit, sorted(row.items())) for unit, row in cells.items()), sorted((g, sorted(m)) for g, m in
             groups.items()), threshold, sorted(hide))  # fmt: skip
    return hashlib.sha256(repr(given).encode()).hexdigest()[:32]


def programme_left(book: FigureBook, programme: str) -> dict[str, list[dt.date]]:
    """The dates citizens left each status or group in the programme: every unit's together (a
    citizen is one per unit), so the programme's rows are not read for them."""
    lefts = [book.leave_dates(unit_dataset(programme, unit.key)) for unit in book.units[programme]]
    return {key: sorted(day for left in lefts for day in left[key]) for key in (lefts[0] if lefts else {})}


def unproven_lines(book: FigureBook) -> list[str]:
    """For the build's report: per programme and date, the hidden items that the protection across
    units could not show every open value possible for (none in the tables tried)."""
    lines = []
    for programme in sorted(book.units):
        found: dict[dt.date, set[str]] = {}
        for key, names in book.memo.get(programme, {}).items():
            if key[0] == UNPROVEN:
                found.setdefault(key[1], set()).update(names)
        for day, names in sorted(found.items()):
            where = words.WHERE_OUTCOME.format(dataset=programme, date=numbers.format_date(day))
            lines.append(words.UNITS_UNPROVEN.format(where=where, count=len(names), names=", ".join(sorted(names))))
    return lines


@functools.cache  # one text per item, not one per protected table (hundreds of tables a build)
def item(member: str, name: str) -> str:
    """An item of the family's table: »nord/aktive«, »programmet/aktive«."""
    return f"{member}{MEMBER_MARK}{name}"


def member_table(table: Mapping[str, Count], member: str) -> dict[str, Count]:
    """One member's part of the family's table, by its own item names (»aktive«)."""
    prefix = member + MEMBER_MARK
    return {sys.intern(name[len(prefix) :]): count for name, count in table.items() if name.startswith(prefix)}


def member_series(whole: list[tuple[dt.date, dict[str, Count]]], member: str) -> list[tuple[dt.date, dict[str, Count]]]:
    """One member's part of the family's series."""
    return members_series(whole, [member])[member]


def members_series(
    whole: list[tuple[dt.date, dict[str, Count]]], members: Iterable[str]
) -> dict[str, list[tuple[dt.date, dict[str, Count]]]]:
    """Each of ``members``' part of the family's series (as ``member_table`` cuts each table): every
    table split by member once, not scanned whole again for each of the 99 members of 98 units."""
    found: dict[str, list[tuple[dt.date, dict[str, Count]]]] = {member: [] for member in members}
    for day, table in whole:
        parts: dict[str, dict[str, Count]] = {member: {} for member in found}
        for name, count in table.items():
            member, _, own = name.partition(MEMBER_MARK)
            if member in parts:
                parts[member][sys.intern(own)] = count
        for member, part in parts.items():
            found[member].append((day, part))
    return found


def split_for(
    book: FigureBook, whole: list[tuple[dt.date, dict[str, Count]]], programme: str, member: str, day: dt.date
) -> list[tuple[dt.date, dict[str, Count]]]:
    """A member's part of the family's series at ``day`` (``whole``), the series split by member once
    a build (``book.splits``)."""
    if (programme, day) not in book.splits:
        book.splits[programme, day] = members_series(whole, members(book, programme))
    return book.splits[programme, day].get(member) or member_series(whole, member)


def family_is_flow(book: FigureBook, programme: str) -> Callable[[str, dt.date, dt.date], bool]:
    """``is_flow`` for the family's table, from each member's own (the figure book's ``is_flow``)."""
    flows = {member: book.is_flow(unit_dataset(programme, member)) for member in members(book, programme)}

    def is_flow(name: str, after: dt.date, until: dt.date) -> bool:
        member, _, own = name.partition(MEMBER_MARK)
        return flows[member](own, after, until)

    return is_flow
