"""Preparing the figure book: every dataset read (data.read) or restored from the figure cache.

``prepare`` reads every dataset of the descriptor and raises one DataError
holding the problems of all files together.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

from ..data.datasets import Survey
from ..data.descriptor import read_descriptor
from ..data.read import read_dataset, read_dataset_noted
from ..errors import DataError, Problem, ResultsError
from ..settings import Settings
from .book import FigureBook
from .cache import Stored, fingerprint, restore, store
from .kept_surveys import keep_survey_family, restore_survey_family
from .kept_units import keep_family, prepare_family
from .units import add_units


@dataclass
class Prepared:
    """The book, and per dataset its fingerprint for the figure cache (None: not to be kept)."""

    book: FigureBook
    fingerprints: dict[str, str | None] = field(default_factory=dict)
    latest: dict[str, dt.date | None] = field(default_factory=dict)  # of datasets restored from the cache
    damaged: int = 0  # kept files found damaged: computed anew
    notes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per dataset: which row held a header
    settings: Settings | None = None  # what the book was prepared with (kept_units fingerprints a unit's file)
    folder: Path = Path()  # the data folder
    checked: dict[str, str] = field(default_factory=dict)  # a restored programme's units: their digests (kept_units)


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
    prepared = Prepared(book, settings=settings, folder=folder)
    for key, dataset in descriptor.datasets.items():
        files = [folder / r.file for r in dataset.rounds] if isinstance(dataset, Survey) else [folder / dataset.file]
        files += [folder / f.file for r in getattr(dataset, "rounds", ()) for f in r.unit_files]
        by_unit = not isinstance(dataset, Survey) and dataset.has_units  # an outcome's units: kept_units
        read = functools.partial(read_dataset, dataset, folder, settings, today)
        if by_unit:  # each unit kept under its own file (kept_units)
            try:
                prepared.notes[key] = prepare_family(prepared, dataset, descriptor.units, settings, folder, today,
                                                     cache, functools.partial(read, descriptor.units))  # fmt: skip
            except ResultsError as error:
                problems += error.problems
            continue
        print_ = fingerprint(settings, files) if cache is not None else None
        kept = cache is not None and print_ is not None and not dataset.has_units  # a survey's units: kept_surveys
        whole = functools.partial(read, descriptor.units)  # a survey with units: its whole family
        family = cache is not None and print_ is not None and dataset.has_units
        if family and restore_survey_family(prepared, dataset, descriptor.units, cache, print_, whole):  # type: ignore[arg-type]
            continue
        stored, damaged = restore(cache, key, print_) if kept else (None, False)
        prepared.damaged += damaged
        if stored is not None and (stored.latest is None or stored.latest <= today):
            book.restore(dataset, stored.memo, read)
            prepared.fingerprints[key] = print_
            prepared.latest[key] = stored.latest
            prepared.notes[key] = stored.notes
            continue
        try:
            value, prepared.notes[key] = read_dataset_noted(dataset, folder, settings, today, descriptor.units)
        except ResultsError as error:
            problems += error.problems
            continue
        book.add(dataset, value)
        if dataset.has_units:
            add_units(book, key, descriptor.units)
        prepared.fingerprints[key] = print_
    if problems:
        raise DataError(problems)
    return prepared


def keep(prepared: Prepared, cache: Path) -> None:
    """Store what the build computed from each dataset (after a build without problems)."""
    book = prepared.book
    for key, print_ in prepared.fingerprints.items():
        if key in book.units:
            (keep_family if key in book.outcomes else keep_survey_family)(prepared, cache, key)
            continue
        if print_ is None or (key in book.restored and key not in book.computed):
            continue  # nothing new
        latest = prepared.latest.get(key)
        if key in book.outcomes and key not in prepared.latest:
            log = book.outcome_log(key)
            latest = log.events["date"].max().date() if len(log.events) else None
        store(cache, key, print_, Stored(book.kept(key), latest, prepared.notes.get(key, ())))
