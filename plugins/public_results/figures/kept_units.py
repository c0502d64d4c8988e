"""The figure cache for a dataset with units: each unit's own counts kept under its own file's bytes.

A dataset with units (``figures/units.py``) is kept as

- the programme's results (``forløb``), under the fingerprint of every file (as any dataset);
- each unit's results (``forløb@nord``), under the fingerprint of the unit's own file (files per
  unit; with a unit column, of the one file): its counts at every day asked and the dates
  citizens left a status (``OWN``: made from its own rows only), and everything else computed for
  it (figures, chart views, method boxes), which also depends on the protection across units, with
  a digest of its part of the family's protected series at every data date (``Stored.checked``).

When every file is unchanged all is restored and nothing is read. When one unit's file changed,
only that unit's file is read; the other units' counts come from the cache, and the protection
across units is computed again from the counts (it is cheap), with the programme's figures. A unit
whose protected series came out the same keeps its figures and chart views; one whose protected
numbers changed (the protection moved a hidden cell into it) computes them again.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..data.datasets import Outcome, Unit
from ..data.read import read_unit_outcome
from ..data.validate import OutcomeLog
from ..settings import Settings
from . import units as by_unit
from .cache import Stored, fingerprint, plugin_code_version, restore, store

if TYPE_CHECKING:
    from .book import FigureBook
    from .prepare import Prepared

OWN = frozenset({"raw", "left"})  # memo keys made from a unit's own rows only
TABLES = "{dataset}#tables"  # the family's protected tables by a digest of what they were made from
OWN_FILE = "{dataset}#own"  # a unit's own counts, read only when the protection across units runs again


def unit_prints(settings: Settings, folder: Path, dataset: Outcome, units: tuple[Unit, ...]) -> dict[str, str | None]:
    """Per unit, the fingerprint its own results are kept under: its own file's (files per unit),
    else the dataset's one file's."""
    if dataset.unit_files:
        return {f.unit: fingerprint(settings, [folder / f.file]) for f in dataset.unit_files}
    whole = fingerprint(settings, [folder / dataset.file])
    return {unit.key: whole for unit in units}


def read_units(
    dataset: Outcome, folder: Path, settings: Settings, today: dt.date, units: tuple[Unit, ...], wanted: set[str]
) -> tuple[dict[str, OutcomeLog], tuple[str, ...]]:
    """The logs of the units in ``wanted`` by book name, reading only their own files (files per
    unit; with a unit column, the one file), and under the dataset's own name all rows read; the
    files' header notes. DataError as the loader says it."""
    files = tuple(f for f in dataset.unit_files if f.unit in wanted)
    part = replace(dataset, unit_files=files) if dataset.unit_files else dataset
    log, notes = read_unit_outcome(part, folder, settings, today, units)
    chosen = tuple(u for u in units if u.key in wanted)
    whole = OutcomeLog(dataset, log.events)
    return {dataset.key: whole, **by_unit.unit_logs(whole, chosen)}, notes


def prepare_family(
    prepared: Prepared, dataset: Outcome, units: tuple[Unit, ...], settings: Settings, folder: Path,
    today: dt.date, cache: Path | None, read: Callable[[], Any],
) -> tuple[str, ...]:  # fmt: skip
    """Put the dataset with units into the book: restored from the cache where each unit's file is
    unchanged, the rest read now (only their files); the header notes of what was read. ``read``
    reads the whole dataset (only if something not kept is asked of the programme's rows)."""
    book, key = prepared.book, dataset.key
    files = [folder / f.file for f in dataset.unit_files] or [folder / dataset.file]
    whole = fingerprint(settings, files) if cache is not None else None
    prints = unit_prints(settings, folder, dataset, units) if cache is not None else {}
    kept: dict[str, Stored] = {}
    for unit in units:
        print_ = prints.get(unit.key)
        stored, damaged = restore(cache, by_unit.unit_dataset(key, unit.key), print_) if cache and print_ else (None, 0)
        prepared.damaged += damaged
        if stored is not None and (stored.latest is None or stored.latest <= today):
            kept[unit.key] = stored
    programme, damaged = restore(cache, key, whole) if cache and whole and len(kept) == len(units) else (None, 0)
    prepared.damaged += damaged
    if programme is None:  # the protection across units runs again: it needs each kept unit's own counts
        kept = _with_own(cache, key, kept, prints) if cache else {}
    fresh = {u.key for u in units if u.key not in kept}
    logs, notes = read_units(dataset, folder, settings, today, units, fresh) if fresh else ({}, ())
    book.units[key] = units
    prepared.fingerprints[key] = whole
    if programme is not None:
        book.restore(dataset, programme.memo, read)
        notes = programme.notes
        prepared.checked.update({by_unit.unit_dataset(key, unit): stored.checked for unit, stored in kept.items()})
    if cache is not None:  # when the protection across units runs again, the tables it made before come back
        book.tables = KeptTables(functools.partial(_kept_tables, cache, key))
    if programme is None and not kept:  # every unit read now: the programme's rows are all there
        book.outcomes[key] = logs[key]
    elif programme is None:
        book.outcomes[key] = OutcomeLog(dataset, None)
        book.loaders[key] = read
    for unit in units:
        name = by_unit.unit_dataset(key, unit.key)
        if unit.key in kept:
            book.outcomes[name] = OutcomeLog(by_unit.unit_outcome(dataset, unit), None)
            book.loaders[name] = functools.partial(_one_unit, dataset, folder, settings, today, units, unit.key)
            book.memo[name] = dict(kept[unit.key].memo)
            book.restored[name] = len(book.memo[name])
            prepared.latest[name] = kept[unit.key].latest
        else:
            book.outcomes[name] = logs[name]
            events = logs[name].events
            prepared.latest[name] = events["date"].max().date() if len(events) else None
    found = [prepared.latest[by_unit.unit_dataset(key, u.key)] for u in units]
    prepared.latest[key] = programme.latest if programme else max((d for d in found if d), default=None)
    if programme is None and kept:
        settle(book, key, {unit: stored.checked for unit, stored in kept.items()})
    return notes


class KeptTables(dict[str, Any]):
    """The family's protected tables kept by the last build, read from the cache on first use."""

    def __init__(self, read: Callable[[], dict[str, Any]]) -> None:
        super().__init__()
        self._read: Callable[[], dict[str, Any]] | None = read

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if self._read is not None:
            read, self._read = self._read, None
            self.update(read())
        return super().get(key, default)


def _kept_tables(cache: Path, key: str) -> dict[str, Any]:
    tables, _ = restore(cache, TABLES.format(dataset=key), plugin_code_version()[:32])
    return {found[0]: value for found, value in tables.memo.items()} if tables else {}


def _with_own(cache: Path, key: str, kept: dict[str, Stored], prints: dict[str, str | None]) -> dict[str, Stored]:
    """The kept units whose own counts are kept too, with them in their memo (the others are read)."""
    found = {}
    for unit, stored in kept.items():
        own, _ = restore(cache, OWN_FILE.format(dataset=by_unit.unit_dataset(key, unit)), prints[unit] or "")
        if own is not None:
            found[unit] = Stored({**stored.memo, **own.memo}, stored.latest, stored.notes, stored.checked)
    return found


def _one_unit(
    dataset: Outcome, folder: Path, settings: Settings, today: dt.date, units: tuple[Unit, ...], unit: str
) -> OutcomeLog:
    """One unit's log, read from its own file (the loader of a unit restored from the cache)."""
    logs, _ = read_units(dataset, folder, settings, today, units, {unit})
    return logs[by_unit.unit_dataset(dataset.key, unit)]


def series_digests(book: FigureBook, programme: str) -> dict[str, str]:
    """Per unit, a digest of its part of the family's protected series at every data date (what its
    figures and chart views are made from besides its own counts)."""
    dates = book.outcomes[programme].outcome.data_dates
    keys = [unit.key for unit in book.units[programme]]
    splits = [by_unit.members_series(book.series(programme, day), keys) for day in dates]
    return {key: hashlib.sha256(repr([split[key] for split in splits]).encode()).hexdigest()[:32] for key in keys}


def settle(book: FigureBook, programme: str, checked: dict[str, str]) -> None:
    """The family's protection computed again from the units' counts; a restored unit whose part of
    it changed keeps only its own counts (``OWN``) and computes its figures again."""
    now = series_digests(book, programme)
    for unit, digest in checked.items():
        if now[unit] != digest:
            name = by_unit.unit_dataset(programme, unit)
            book.memo[name] = {k: v for k, v in book.memo[name].items() if k[0] in OWN}
            book.restored[name] = len(book.memo[name])


def keep_family(prepared: Prepared, cache: Path, key: str) -> None:
    """Store the programme's results under every file's fingerprint and each unit's under its own.

    When the programme came from the cache (no file changed) the protection across units did not
    run: each unit keeps the digest it had, and the tables and units' own counts stay as kept."""
    book = prepared.book
    dataset = book.outcomes[key].outcome
    whole, settings = prepared.fingerprints.get(key), prepared.settings
    if whole is None or settings is None:
        return
    restored = key in book.restored
    if not restored or key in book.computed:
        store(cache, key, whole, Stored(book.kept(key), prepared.latest.get(key), prepared.notes.get(key, ())))
    units = book.units[key]
    digests = {u.key: prepared.checked[by_unit.unit_dataset(key, u.key)] for u in units} if restored else {}
    digests = digests or series_digests(book, key)
    if not restored:  # only the tables this data needs (the walk at every data date used them all): it never grows
        tables = {(digest,): found for digest, found in book.tables_used.items()}
        store(cache, TABLES.format(dataset=key), plugin_code_version()[:32], Stored(tables, None))
    prints = unit_prints(settings, prepared.folder, dataset, book.units[key])
    computed = book.computed  # counted over the whole memo: once
    for unit in book.units[key]:
        name, print_ = by_unit.unit_dataset(key, unit.key), prints.get(unit.key)
        if print_ is None or (name in book.restored and name not in computed) or unit.key not in digests:
            continue
        made = book.kept(name)
        derived = {entry: value for entry, value in made.items() if entry[0] not in OWN}
        store(cache, name, print_, Stored(derived, prepared.latest.get(name), (), digests[unit.key]))
        if not restored:  # all its own counts are here only when the protection ran
            own = {entry: value for entry, value in made.items() if entry[0] in OWN}
            store(cache, OWN_FILE.format(dataset=name), print_, Stored(own, prepared.latest.get(name)))
