"""The data stages in order: load -> validate -> protect, ready for compute.

``prepare`` reads every dataset of the descriptor and raises one DataError
holding the problems of all files together.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .descriptor import Outcome, Survey, read_descriptor
from .errors import DataError, Problem, ResultsError
from .figure_cache import Stored, fingerprint, restore, store
from .figures import FigureBook
from .guard import scan_table
from .protect import drop_identifiers
from .settings import Settings
from .validate import OutcomeLog, SurveyRound, validate_outcome, validate_survey

if TYPE_CHECKING:
    import pandas as pd


def read_checked(path: Path, sheet: str | None, settings: Settings) -> pd.DataFrame:
    """Read a data file and refuse it if any cell or header holds personal data."""
    from .load import read_table  # noqa: PLC0415  (pandas only when a file is read)

    table = read_table(path, sheet, settings.max_file_bytes)
    problems = scan_table(table, path.name)
    if problems:
        raise DataError(problems)
    return table


@dataclass
class Prepared:
    """The book, and per dataset its fingerprint for the figure cache (None: not to be kept)."""

    book: FigureBook
    fingerprints: dict[str, str | None] = field(default_factory=dict)
    latest: dict[str, dt.date | None] = field(default_factory=dict)  # of datasets restored from the cache


def prepare(settings: Settings, today: dt.date | None = None, cache: Path | None = None) -> FigureBook:
    """Read, check and protect every dataset; ``today`` (default: today) bounds the dates.

    With ``cache`` (the figure cache's folder), a dataset whose fingerprint is kept there is
    not read: the book gets what was computed from it and a loader for its rows."""
    return prepare_kept(settings, today, cache).book


def prepare_kept(settings: Settings, today: dt.date | None = None, cache: Path | None = None) -> Prepared:
    today = today or dt.date.today()
    descriptor = read_descriptor(settings.descriptor_path)
    folder = descriptor.folder
    problems: list[Problem] = []
    book = FigureBook(surveys={}, outcomes={}, threshold=settings.min_count)
    prepared = Prepared(book)
    for key, dataset in descriptor.datasets.items():
        files = [folder / r.file for r in dataset.rounds] if isinstance(dataset, Survey) else [folder / dataset.file]
        print_ = fingerprint(settings, files) if cache is not None else None
        stored = restore(cache, key, print_) if cache is not None and print_ is not None else None
        read = functools.partial(_read, dataset, folder, settings, today)
        if stored is not None and (stored.latest is None or stored.latest <= today):
            _shell(book, key, dataset)
            book.loaders[key] = read
            book.memo[key] = stored.memo
            book.restored[key] = len(stored.memo)
            prepared.fingerprints[key] = print_
            prepared.latest[key] = stored.latest
            continue
        try:
            value = read()
        except ResultsError as error:
            problems += error.problems
            continue
        (book.surveys if isinstance(dataset, Survey) else book.outcomes)[key] = value
        prepared.fingerprints[key] = print_
    if problems:
        raise DataError(problems)
    return prepared


def _read(
    dataset: Survey | Outcome, folder: Path, settings: Settings, today: dt.date
) -> list[SurveyRound] | OutcomeLog:
    if isinstance(dataset, Survey):
        return [validate_survey(read_checked(folder / r.file, r.sheet, settings), dataset, r) for r in dataset.rounds]
    table = read_checked(folder / dataset.file, dataset.sheet, settings)
    return drop_identifiers(validate_outcome(table, dataset, today))


def _shell(book: FigureBook, key: str, dataset: Survey | Outcome) -> None:
    """The dataset as the descriptor has it, without rows (they come from its loader, if asked for)."""
    if isinstance(dataset, Survey):
        book.surveys[key] = [SurveyRound(dataset, r, None) for r in dataset.rounds]  # type: ignore[arg-type]
    else:
        book.outcomes[key] = OutcomeLog(dataset, None)  # type: ignore[arg-type]


def keep(prepared: Prepared, cache: Path) -> None:
    """Store what the build computed from each dataset (after a build without problems)."""
    book = prepared.book
    for key, print_ in prepared.fingerprints.items():
        if print_ is None or (key in book.restored and key not in book.computed):
            continue  # nothing new
        latest = prepared.latest.get(key)
        if key in book.outcomes and key not in prepared.latest:
            log = book.outcome_log(key)
            latest = log.events["date"].max().date() if len(log.events) else None
        store(cache, key, print_, Stored(dict(book.memo.get(key, {})), latest))
