"""The preview's page »Opdater tallene«: what a monthly update would publish, read from local files.

Made by the preview only (``adapter.update``), never by ``make html`` or ``make publish``. It shows
what ``make check`` says, in the same words: the data files the site reads with their newest dates
(``data_files``; files in the data folder that the descriptor does not name: ``unused_files``), the
errors with their fixes, the warnings that stop ``make publish``, and the figures that will read
otherwise than when the site was last published (``record.shown.changes``). Nothing is uploaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..danish import numbers, words
from ..data.datasets import Outcome, Survey
from ..errors import Problem, cut
from ..figures.book import FigureBook
from ..figures.overview import Changed
from ..record.ledger import as_read
from ..record.shown import Shown, changes

UPDATE_PAGE = f"{words.PAGE_UPDATE}/index.html"  # in the preview folder only
NOT_DATA = {".md", ".txt", ".yaml", ".yml", ".json"}  # in the data folder, but never an export


@dataclass(frozen=True)
class DataFile:
    """One file the descriptor names, as the page lists it."""

    file: str  # its name in the data folder
    dataset: str  # the dataset's key: »forløb«
    kind: str  # in words: »forløb« or »spørgeskema«
    newest: str  # its newest date in words, or why it is not known
    details: str = ""  # rows and data dates, or the survey's responses


@dataclass(frozen=True)
class ChangedFigure:
    """A figure that will read otherwise when the site is published."""

    page: str
    name: str
    old: str
    new: str


@dataclass(frozen=True)
class Message:
    """An error or warning as the page shows it: where, what is wrong, how to fix it."""

    where: str  # »data/forloeb.csv, række 6, kolonne »Status««
    what: str
    fix: str


@dataclass(frozen=True)
class UpdateReport:
    """Everything the page shows; ``compared``: False when there is no record of a publication."""

    files: tuple[DataFile, ...]
    unused: tuple[str, ...]
    errors: tuple[Message, ...]
    warnings: tuple[Message, ...]
    changed: tuple[ChangedFigure, ...]
    compared: bool
    checked: str  # when the page was made, in words
    notices: tuple[str, ...] = ()  # printed warnings that do not stop publishing: real data in git
    new_pages: tuple[str, ...] = ()  # pages with figures that were not published last time
    gone_pages: tuple[str, ...] = ()  # and that were, and are no more
    newest: tuple[Changed, ...] = ()  # the newest data date against the one before (the live page)

    @property
    def ready(self) -> bool:
        """True when ``make publish`` would go through: no error and no warning."""
        return not self.errors and not self.warnings


def data_files(datasets: Iterable[Survey | Outcome], book: FigureBook | None) -> list[DataFile]:
    """Every file the descriptor names: a status log with its newest row's date (read from ``book``;
    None when the data could not be read), a survey round with the day its collection closed."""
    found = []
    for dataset in sorted(datasets, key=lambda d: d.key):
        if isinstance(dataset, Survey):
            for survey_round in dataset.rounds:
                newest = words.UPDATE_ROUND.format(
                    round=survey_round.name, closed=numbers.format_date(survey_round.date)
                )
                details = _responses(book, dataset.key, survey_round.name)
                found.append(DataFile(Path(survey_round.file).name, dataset.key, words.UPDATE_SURVEY, newest, details))
        else:
            found.append(_outcome_file(dataset, book))
    return found


def _responses(book: FigureBook | None, dataset: str, name: str) -> str:
    if book is None or dataset not in book.surveys:
        return ""
    for survey_round in book.surveys[dataset]:
        if survey_round.round.name == name:
            return words.UPDATE_RESPONSES.format(responses=numbers.format_count(book.responses(survey_round)))
    return ""


def _outcome_file(outcome: Outcome, book: FigureBook | None) -> DataFile:
    dates = ", ".join(numbers.format_date(d) for d in outcome.data_dates)
    name = Path(outcome.file).name
    if book is None or outcome.key not in book.outcomes:
        return DataFile(
            name, outcome.key, words.UPDATE_OUTCOME, words.UPDATE_UNREAD, words.UPDATE_DATES.format(dates=dates)
        )
    events = book.outcome_log(outcome.key).events
    newest = numbers.format_date(events["date"].max().date())
    details = words.UPDATE_ROWS.format(rows=numbers.format_count(len(events)), dates=dates)
    return DataFile(name, outcome.key, words.UPDATE_OUTCOME, words.UPDATE_NEWEST_ROW.format(date=newest), details)


def unused_files(folder: Path, named: Iterable[str]) -> list[str]:
    """Files in the data folder that no dataset names (a new export the descriptor does not point
    at yet); the descriptor, notes and hidden files are left out."""
    if not folder.is_dir():
        return []
    known = {Path(n).name for n in named}
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in NOT_DATA and p.name not in known
    )


def named_files(datasets: Iterable[Survey | Outcome]) -> list[str]:
    """The files the datasets read."""
    found: list[str] = []
    for dataset in datasets:
        found += [r.file for r in dataset.rounds] if isinstance(dataset, Survey) else [dataset.file]
    return found


def changed_figures(published: Shown | None, shown: Shown | None) -> tuple[ChangedFigure, ...]:
    """What ``make check`` lists (``record.shown.changes``) on the pages that were published and are
    still there, each figure as a reader reads it, cut as ``make check`` cuts it (a chart's value is
    its whole table)."""
    if published is None or shown is None:
        return ()
    kept = {page: figures for page, figures in published.items() if page in shown}
    return tuple(
        ChangedFigure(c.page, c.name, _read(c.old), _read(c.new))
        for c in changes(kept, {page: shown[page] for page in kept})
    )


def new_pages(published: Shown | None, shown: Shown | None) -> tuple[str, ...]:
    """Pages with figures that were not published last time (a new briefing, a new article)."""
    if published is None or shown is None:
        return ()
    return tuple(sorted(set(shown) - set(published)))


def gone_pages(published: Shown | None, shown: Shown | None) -> tuple[str, ...]:
    """Pages with figures that were published last time and are no more."""
    if published is None or shown is None:
        return ()
    return tuple(sorted(set(published) - set(shown)))


def _read(value: str | None) -> str:
    return words.FIGURE_MISSING if value is None else cut(as_read(value))


def update_report(
    files: Sequence[DataFile],
    unused: Sequence[str],
    problems: Sequence[Problem],
    alerts: Sequence[Problem],
    changed: tuple[ChangedFigure, ...],
    *,
    compared: bool,
    now: dt.datetime,
    notices: Sequence[str] = (),
    pages: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    newest: tuple[Changed, ...] = (),
) -> UpdateReport:
    """The page's content; the same problem found twice is shown once. ``pages``: the new pages and
    the pages that are gone since the last publication; ``newest``: what the summary of a build lists
    under »Ændret siden forrige opgørelse« (``figures.overview.newest_changes``)."""
    checked = words.UPDATE_CHECKED.format(date=numbers.format_date(now.date()), time=now.strftime("%H.%M"))
    errors = tuple(dict.fromkeys(message(p) for p in problems))
    warnings = tuple(dict.fromkeys(message(p) for p in alerts))
    return UpdateReport(
        tuple(files), tuple(unused), errors, warnings, changed, compared, checked, tuple(notices), *pages, newest
    )


def message(problem: Problem) -> Message:
    """``problem`` in three parts, in the words of its terminal line (``Problem.__str__``)."""
    where = [problem.file]
    lines = (problem.line, *problem.more_lines) if problem.line is not None else ()
    if len(lines) > 1:
        *first, last = (str(n) for n in lines)
        where.append(words.PROBLEM_LINES.format(lines=", ".join(first) + words.JOIN_AND + last))
    elif lines:
        where.append(words.PROBLEM_LINE.format(line=problem.line))
    if problem.row is not None:
        where.append(words.PROBLEM_ROW.format(row=problem.row))
    if problem.column is not None:
        where.append(words.PROBLEM_COLUMN.format(column=problem.column))
    what = problem.what + (words.PROBLEM_VALUE.format(value=problem.value) if problem.value is not None else "")
    return Message(", ".join(where), what, problem.fix)
