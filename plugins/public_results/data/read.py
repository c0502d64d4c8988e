"""Reading one dataset: load its files, refuse personal data, validate, drop the IDs.

``read_dataset`` runs load -> guard -> validate -> pseudonyms for one dataset of the
descriptor and returns its clean rows; every problem of its files is raised together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataError
from ..privacy.personal_data import scan_table
from ..settings import Settings
from .datasets import Outcome, Survey
from .load import header_note, read_table, title_table
from .pseudonyms import drop_identifiers
from .validate import OutcomeLog, SurveyRound, validate_outcome, validate_survey

if TYPE_CHECKING:
    import pandas as pd


def wanted_headers(dataset: Survey | Outcome) -> list[str]:
    """The headers the descriptor names for a dataset's files (they tell which row is the header)."""
    if isinstance(dataset, Survey):
        return [q.header for q in dataset.questions] + [b.header for b in dataset.background]
    return [dataset.id_column, dataset.date_column, dataset.status_column]


def read_checked(path: Path, sheet: str | None, settings: Settings, wanted: Collection[str] = ()) -> pd.DataFrame:
    """Read a data file (``wanted``: the descriptor's headers) and refuse it if any cell or header
    holds personal data."""
    table = read_table(path, sheet, settings.max_file_bytes, wanted)
    problems = scan_table(title_table(table), path.name) + scan_table(table, path.name)
    if problems:
        raise DataError(problems)
    return table


def read_dataset(
    dataset: Survey | Outcome, folder: Path, settings: Settings, today: dt.date
) -> list[SurveyRound] | OutcomeLog:
    """The dataset's clean rows: a survey's rounds, or an outcome's status changes without IDs."""
    return read_dataset_noted(dataset, folder, settings, today)[0]


def read_dataset_noted(
    dataset: Survey | Outcome, folder: Path, settings: Settings, today: dt.date
) -> tuple[list[SurveyRound] | OutcomeLog, tuple[str, ...]]:
    """``read_dataset``'s rows, and an info line (``load.header_note``) for each file whose header
    was found below title rows: the build's summary and ``make check`` print them."""
    wanted = wanted_headers(dataset)
    if isinstance(dataset, Survey):
        tables = [(read_checked(folder / r.file, r.sheet, settings, wanted), r) for r in dataset.rounds]
        notes = tuple(note for table, r in tables if (note := header_note(table, Path(r.file).name)))
        return [validate_survey(table, dataset, r) for table, r in tables], notes
    table = read_checked(folder / dataset.file, dataset.sheet, settings, wanted)
    notes = tuple(note for note in [header_note(table, Path(dataset.file).name)] if note)
    return drop_identifiers(validate_outcome(table, dataset, today)), notes
