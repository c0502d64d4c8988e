"""The data's overview for people who run the build: what is suppressed, and what changed.

``overview`` computes it once per build (from the figure book, so mostly from the figure cache);
the build's summary and ``make check`` only format it. ``dataset_summary`` (rows, citizens,
dates per dataset) reads the rows themselves and is used by ``make check`` alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..danish import numbers, words
from ..settings import NumberStyle
from .book import FigureBook
from .figure import COUNT, SHARE, Pins
from .methods import Suppressed, suppressed
from .units import unproven_lines


@dataclass(frozen=True)
class Changed:
    """The figures of one dataset that changed from the data date (or round) before the newest."""

    where: str  # "forløb, 15. februar 2022 → 31. december 2023"
    changes: tuple[str, ...]  # "forløb.aktive 205 → 225"


@dataclass(frozen=True)
class Overview:
    suppressed: tuple[Suppressed, ...]
    changed: tuple[Changed, ...]
    unproven: tuple[str, ...] = ()  # lines: what suppression across units could not prove (``units.unproven_lines``)

    @property
    def suppressed_total(self) -> int:
        return sum(s.count for s in self.suppressed)

    @property
    def changed_total(self) -> int:
        return sum(len(c.changes) for c in self.changed)


def overview(book: FigureBook, style: NumberStyle) -> Overview:
    hidden = suppressed(book)  # computes every table, so the unproven items are known after it
    return Overview(hidden, newest_changes(book, style), tuple(unproven_lines(book)))


def newest_changes(book: FigureBook, style: NumberStyle) -> tuple[Changed, ...]:
    """For each dataset, every figure that changed from the data date (or round) before the newest
    to the newest."""
    found = []
    for key, log in sorted(book.outcomes.items()):
        dates = log.outcome.data_dates
        if len(dates) < 2:
            continue
        before, now = Pins(data_date=dates[-2]), Pins(data_date=dates[-1])
        names = [item.key for item in (*log.outcome.categories, *log.outcome.groups)]
        where = f"{key}, {numbers.format_date(dates[-2])} → {numbers.format_date(dates[-1])}"
        found.append(Changed(where, _changed(book, key, names, before, now, COUNT, style)))
    for key, rounds in sorted(book.surveys.items()):
        ordered = sorted(rounds, key=lambda r: r.round.date)
        if len(ordered) < 2:
            continue
        before, now = Pins(survey_round=ordered[-2].round.name), Pins(survey_round=ordered[-1].round.name)
        names = [q.key for q in ordered[-1].survey.questions]
        where = words.WHERE_SURVEY_CHANGE.format(dataset=key, before=ordered[-2].round.name,
                                                 now=ordered[-1].round.name)  # fmt: skip
        found.append(Changed(where, _changed(book, key, names, before, now, SHARE, style)))
    return tuple(found)


def change_lines(entries: tuple[Changed, ...]) -> list[str]:
    """'forløb, 15. februar 2022 → 31. december 2023: forløb.aktive 205 → 225, …' per dataset."""
    return [f"{c.where}: " + (", ".join(c.changes) if c.changes else words.NO_CHANGES) for c in entries]


def _changed(
    book: FigureBook, key: str, names: list[str], before: Pins, now: Pins, variant: str, style: NumberStyle
) -> tuple[str, ...]:
    changes = []
    for name in names:
        old = book.figure(key, name, before).text(variant, style)
        new = book.figure(key, name, now).text(variant, style)
        if old != new:
            changes.append(f"{key}.{name} {old} → {new}")
    return tuple(changes)


def dataset_summary(book: FigureBook) -> list[str]:
    """One line per dataset: rows, period, categories (reads the rows of every dataset)."""
    lines = []
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in rounds:
            survey = survey_round.survey
            lines.append(
                words.DATASET_SURVEY.format(
                    dataset=key,
                    round=survey_round.round.name,
                    responses=numbers.format_count(book.responses(survey_round)),
                    questions=len(survey.questions),
                    closed=numbers.format_date(survey_round.round.date),
                )
            )
    for key in sorted(book.outcomes):
        log = book.outcome_log(key)
        events = log.events
        first, last = events["date"].min().date(), events["date"].max().date()
        used = events["category"].value_counts()
        categories = ", ".join(
            f"{c.key} {numbers.format_count(int(used.get(c.key, 0)))}" for c in log.outcome.categories
        )
        lines.append(
            words.DATASET_OUTCOME.format(
                dataset=key,
                rows=numbers.format_count(len(events)),
                citizens=numbers.format_count(events["citizen"].nunique()),
                first=numbers.format_date(first),
                last=numbers.format_date(last),
                dates=", ".join(numbers.format_date(d) for d in log.outcome.data_dates),
                categories=categories,
            )
        )
    return lines
