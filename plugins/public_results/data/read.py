"""Reading one dataset: load its files, refuse personal data, validate, drop the IDs.

``read_dataset`` runs load -> guard -> validate -> pseudonyms for one dataset of the
descriptor and returns its clean rows; every problem of its files is raised together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .. import importers
from ..errors import DataError, Problem
from ..privacy.personal_data import scan_table
from ..settings import Settings
from .datasets import Outcome, Survey, Unit, UnitFile
from .load import header_note, read_table, title_table
from .pseudonyms import drop_identifiers
from .units import unit_keys
from .validate import OutcomeLog, SurveyRound, find_columns, validate_outcome, validate_survey

if TYPE_CHECKING:
    import pandas as pd


def wanted_headers(dataset: Survey | Outcome) -> list[str]:
    """The headers the descriptor names for a dataset's files (they tell which row is the header)."""
    if isinstance(dataset, Survey):
        unit = [dataset.unit_column] * bool(dataset.unit_column)
        return [q.header for q in dataset.questions] + [b.header for b in dataset.background] + unit
    return [dataset.id_column, dataset.date_column, dataset.status_column] + [dataset.unit_column] * bool(
        dataset.unit_column
    )


def read_checked(path: Path, sheet: str | None, settings: Settings, wanted: Collection[str] = ()) -> pd.DataFrame:
    """Read a data file (``wanted``: the descriptor's headers) and refuse it if any cell or header
    holds personal data."""
    table = read_table(path, sheet, settings.max_file_bytes, wanted)
    problems = scan_table(title_table(table), path.name) + scan_table(table, path.name)
    if problems:
        raise DataError(problems)
    return table


def read_dataset(
    dataset: Survey | Outcome, folder: Path, settings: Settings, today: dt.date, units: Sequence[Unit] = ()
) -> list[SurveyRound] | OutcomeLog:
    """The dataset's clean rows: a survey's rounds, or an outcome's status changes without IDs."""
    return read_dataset_noted(dataset, folder, settings, today, units)[0]


def read_dataset_noted(
    dataset: Survey | Outcome, folder: Path, settings: Settings, today: dt.date, units: Sequence[Unit] = ()
) -> tuple[list[SurveyRound] | OutcomeLog, tuple[str, ...]]:
    """``read_dataset``'s rows, and an info line (``load.header_note``) for each file whose header
    was found below title rows: the build's summary and ``make check`` print them."""
    wanted = wanted_headers(dataset)
    if isinstance(dataset, Survey) and dataset.has_units:
        return read_unit_survey(dataset, folder, settings, units)
    if isinstance(dataset, Survey):
        tables = [(read_checked(folder / r.file, r.sheet, settings, wanted), r) for r in dataset.rounds]
        notes = tuple(note for table, r in tables if (note := header_note(table, Path(r.file).name)))
        return [validate_survey(table, dataset, r) for table, r in tables], notes
    if dataset.unit_column or dataset.unit_files:
        return read_unit_outcome(dataset, folder, settings, today, units)
    table = read_checked(folder / dataset.file, dataset.sheet, settings, wanted)
    notes = tuple(note for note in [header_note(table, Path(dataset.file).name)] if note)
    return drop_identifiers(validate_outcome(table, dataset, today)), notes


def read_unit_outcome(
    dataset: Outcome, folder: Path, settings: Settings, today: dt.date, units: Sequence[Unit]
) -> tuple[OutcomeLog, tuple[str, ...]]:
    """An outcome with a unit per row (its unit column, or one file per unit): the status changes
    with a ``unit`` column; a citizen is one per unit (an ID in two units is two citizens, so the
    programme's counts are the sums of the units'). Every problem of every file together."""
    pd = importers.pandas()
    wanted = wanted_headers(dataset)
    files = dataset.unit_files or (UnitFile("", dataset.file, dataset.sheet),)
    logs, notes, problems = [], [], []
    for item in files:
        try:
            table = read_checked(folder / item.file, item.sheet, settings, wanted)
            notes += [note for note in [header_note(table, Path(item.file).name)] if note]
            keys, wrong = _row_units(table, item, dataset.unit_column, units)
            problems += wrong
            if keys is None:
                continue
            log = validate_outcome(table, replace(dataset, file=item.file, sheet=item.sheet), today)
        except DataError as error:
            problems += error.problems
            continue
        unit = keys.reset_index(drop=True)
        citizen = unit.astype(str) + "\x1f" + log.events["citizen"].astype(str)
        logs.append(log.events.assign(unit=unit, citizen=citizen))
    if problems:
        raise DataError(problems)
    events = pd.concat(logs, ignore_index=True)
    return drop_identifiers(OutcomeLog(outcome=dataset, events=events)), tuple(notes)


def read_unit_survey(
    dataset: Survey, folder: Path, settings: Settings, units: Sequence[Unit]
) -> tuple[list[SurveyRound], tuple[str, ...]]:
    """A survey with a unit per response: each round's responses with a ``unit`` column (the unit's
    key), from the round's file per unit, or from the unit column of the round's one file. Every
    problem of every file together."""
    pd = importers.pandas()
    wanted = wanted_headers(dataset)
    rounds, notes, problems = [], [], []
    for round_ in dataset.rounds:
        parts = []
        for item in round_.unit_files or (UnitFile("", round_.file, round_.sheet),):
            try:
                table = read_checked(folder / item.file, item.sheet, settings, wanted)
                notes += [note for note in [header_note(table, Path(item.file).name)] if note]
                # one file for every unit: the unit column says each response's
                keys, wrong = _row_units(table, item, "" if item.unit else dataset.unit_column, units)
                problems += wrong
                if keys is None:
                    continue
                found = validate_survey(table, dataset, replace(round_, file=item.file, sheet=item.sheet))
            except DataError as error:
                problems += error.problems
                continue
            parts.append(found.answers.assign(unit=keys.reset_index(drop=True)))
        if parts:
            answers = pd.concat(parts, ignore_index=True)
            rounds.append(SurveyRound(survey=dataset, round=round_, answers=answers))
    if problems:
        raise DataError(problems)
    return rounds, tuple(notes)


def _row_units(
    table: pd.DataFrame, item: UnitFile, column: str, units: Sequence[Unit]
) -> tuple[pd.Series | None, list[Problem]]:
    """Each row's unit key: the file's own unit (a file per unit), or read from ``column`` (one file
    for every unit); None when the column is missing (its problem is in the list)."""
    pandas = importers.pandas()
    if not column:
        return pandas.Series(item.unit, index=table.index, dtype=object), []
    columns, missing = find_columns(table, {"unit": column}, item.file)
    if missing:
        return None, missing
    return unit_keys(table[columns["unit"]], units, item.file, column)
