"""The datasets as the descriptor describes them: frozen values, with no rows.

A survey (rounds, questions, the answer scale, background questions) or an outcome log (its
columns, statuses and their raw labels, groups of statuses, breakdowns, data dates). Read from
the descriptor by ``descriptor.read_descriptor``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..danish import words


@dataclass(frozen=True)
class ScaleStep:
    answer: str
    positive: bool
    counted: bool


@dataclass(frozen=True)
class Question:
    key: str
    header: str
    label: str


@dataclass(frozen=True)
class Round:
    name: str
    file: str
    date: dt.date
    sheet: str | None = None  # Excel: the sheet with the responses (default: the first)
    invited: int | None = None  # how many were asked to answer (for the response rate)
    unit_files: tuple[UnitFile, ...] = ()  # one file per unit for this round (``files:``)


@dataclass(frozen=True)
class Background:
    key: str
    header: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Survey:
    key: str
    title: str
    source: str
    synthetic: bool
    rounds: tuple[Round, ...]
    questions: tuple[Question, ...]
    scale: tuple[ScaleStep, ...]
    blank_counted: bool
    background: tuple[Background, ...]
    free_text: tuple[str, ...]
    method: str
    population: str = ""  # who was asked, in words
    caveats: tuple[str, ...] = ()  # what a reader should know: who was not asked, what is not counted
    unit_column: str = ""  # the column naming each response's unit ("": none)

    @property
    def has_units(self) -> bool:
        """Whether each response belongs to a unit (a unit column, or a file per unit in a round)."""
        return bool(self.unit_column or any(r.unit_files for r in self.rounds))


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    raw: tuple[str, ...]
    base: str
    definition: str = ""  # what the status means, in plain Danish (for briefings and the method page)
    raw_lines: tuple[int | None, ...] = ()  # the descriptor's line of each raw label


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    who: str
    categories: tuple[str, ...]
    base: str
    definition: str = ""


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    of: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    key: str
    title: str
    source: str
    synthetic: bool
    file: str
    id_column: str
    date_column: str
    status_column: str
    start: dt.date
    data_dates: tuple[dt.date, ...]
    sheet: str | None
    categories: tuple[Category, ...]
    groups: tuple[Group, ...]
    breakdowns: tuple[Breakdown, ...]
    caveats: tuple[str, ...] = ()
    descriptor_file: str = "datasets.yaml"  # the descriptor's name, where a raw label's typo is reported
    data_date_lines: tuple[tuple[dt.date, int | None], ...] = ()  # each data date and its line in the descriptor
    unit_column: str = ""  # the column naming each row's unit ("": none)
    unit_files: tuple[UnitFile, ...] = ()  # one file per unit, each in its own export format

    @property
    def has_units(self) -> bool:
        """Whether each row belongs to a unit (a unit column, or a file per unit)."""
        return bool(self.unit_column or self.unit_files)

    def data_date_line(self, day: dt.date) -> int | None:
        """The descriptor's line where the data date ``day`` is written (None: not told)."""
        return next((line for written, line in self.data_date_lines if written == day), None)

    def counted(self, key: str) -> Category | Group | None:
        """The category or group called ``key``."""
        for item in (*self.categories, *self.groups):
            if item.key == key:
                return item
        return None


Dataset = Survey | Outcome


@dataclass(frozen=True)
class UnitFile:
    """One unit's own export of a dataset (``files:`` in the descriptor; a survey's per round)."""

    unit: str
    file: str
    sheet: str | None = None


@dataclass(frozen=True)
class Unit:
    """One unit of a programme: its key (in addresses and placeholders) and its Danish name."""

    key: str
    name: str
    municipality: str = ""


@dataclass(frozen=True)
class Descriptor:
    path: Path
    datasets: dict[str, Dataset]
    units: tuple[Unit, ...] = ()  # the programme's units (none: the site describes one unit)

    @property
    def folder(self) -> Path:
        return self.path.parent


ALL_GROUP = words.GROUP_EVERYONE  # everyone since the start, when the descriptor names no such group
