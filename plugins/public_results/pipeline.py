"""The data stages in order: load -> validate -> protect, ready for compute.

``prepare`` reads every dataset of the descriptor and raises one DataError
holding the problems of all files together.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from .descriptor import Outcome, Survey, read_descriptor
from .errors import DataError, Problem, ResultsError
from .figures import FigureBook
from .guard import scan_table
from .load import read_table
from .protect import drop_identifiers
from .settings import Settings
from .validate import OutcomeLog, SurveyRound, validate_outcome, validate_survey


def read_checked(path: Path, sheet: str | None, settings: Settings) -> pd.DataFrame:
    """Read a data file and refuse it if any cell or header holds personal data."""
    table = read_table(path, sheet, settings.max_file_bytes)
    problems = scan_table(table, path.name)
    if problems:
        raise DataError(problems)
    return table


def prepare(settings: Settings, today: dt.date | None = None) -> FigureBook:
    """Read, check and protect every dataset; ``today`` (default: today) bounds the dates."""
    today = today or dt.date.today()
    descriptor = read_descriptor(settings.descriptor_path)
    folder = descriptor.folder
    problems: list[Problem] = []
    surveys: dict[str, list[SurveyRound]] = {}
    outcomes: dict[str, OutcomeLog] = {}
    for key, dataset in descriptor.datasets.items():
        try:
            if isinstance(dataset, Survey):
                surveys[key] = [
                    validate_survey(read_checked(folder / r.file, r.sheet, settings), dataset, r)
                    for r in dataset.rounds
                ]
            elif isinstance(dataset, Outcome):
                table = read_checked(folder / dataset.file, dataset.sheet, settings)
                log = validate_outcome(table, dataset, today)
                outcomes[key] = drop_identifiers(log)
        except ResultsError as error:
            problems += error.problems
    if problems:
        raise DataError(problems)
    return FigureBook(surveys=surveys, outcomes=outcomes, threshold=settings.min_count)
