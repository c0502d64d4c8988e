"""Units: a programme of several units in one descriptor, and each data row's unit.

The descriptor may list ``units:`` (key -> Danish name, or key -> ``{name, municipality}``). An
outcome dataset then carries its unit in a column (``columns: {unit: Enhed}``) or comes as one
file per unit (``files: {nord: {file: nord.xlsx}}``, each file in its own export format); a
survey the same way, its files per unit given per round (``rounds: [{round: …, files: {…}}]``).
``read_units``, ``outcome_units``, ``survey_unit_column`` and ``unit_files`` read that part of the
descriptor; ``unit_keys`` reads a table's unit column, every unknown value a problem with the
nearest name.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..danish import words
from ..errors import Problem, cut
from .datasets import Round, Unit, UnitFile
from .distinct import per_distinct
from .fields import Fields
from .text import normalise
from .validate import SHOWN_ROWS, unknown_values

if TYPE_CHECKING:
    import pandas as pd

UNIT_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # safe in an address: enheder/<key>/


def read_units(top: Fields) -> tuple[Unit, ...]:
    """The descriptor's ``units:`` (none when it has none); every mistake a problem of ``top``."""
    raw = top.get("units", dict, {})
    if raw is None:
        return ()
    units = []
    for written, value in raw.items():
        key = str(written)
        if key == words.UNIT_PROGRAMME:
            top.fail(words.DESCRIPTOR_UNIT_RESERVED.format(key=key), words.DESCRIPTOR_UNIT_RESERVED_FIX, "units")
        elif not UNIT_KEY.match(key):
            top.fail(words.DESCRIPTOR_UNIT_KEY.format(key=cut(key)), words.DESCRIPTOR_UNIT_KEY_FIX, "units")
        if isinstance(value, dict):
            sub = Fields(value, f"units.{key}", top.file, top.problems)
            name, municipality = sub.get("name", str) or "", sub.get("municipality", str, "") or ""
            sub.finish()
        else:
            name, municipality = (str(value).strip() if value is not None else ""), ""
        if not name:
            top.fail(words.DESCRIPTOR_UNIT_NO_NAME.format(key=key), words.DESCRIPTOR_UNIT_NO_NAME_FIX.format(key=key))
        units.append(Unit(key, name, municipality))
    return tuple(units)


def outcome_units(key: str, fields: Fields, columns: Fields, folder: Path) -> dict[str, Any]:
    """An outcome's unit fields: ``unit_column`` (from ``columns.unit``) and ``unit_files``."""
    column = columns.get("unit", str, "") or ""
    return {"unit_column": column, "unit_files": unit_files(key, fields, folder)}


def unit_files(where: str, fields: Fields, folder: Path) -> tuple[UnitFile, ...]:
    """The ``files:`` of a dataset or a survey round: one file per unit, each with its own sheet."""
    files = []
    for unit, item in (fields.get("files", dict, {}) or {}).items():
        sub = Fields(item, f"{where}.files.{unit}", fields.file, fields.problems)
        files.append(UnitFile(str(unit), sub.path("file", folder), sub.get("sheet", str, None)))
        sub.finish()
    return tuple(files)


def survey_unit_column(key: str, fields: Fields) -> str:
    """A survey's unit column (``columns: {unit: Enhed}``; "" for none): a survey's only column."""
    if "columns" not in fields.data:
        return ""
    columns = Fields(fields.get("columns", dict), f"{key}.columns", fields.file, fields.problems)
    column = columns.get("unit", str, "") or ""
    columns.finish()
    return column


def check_survey_units(dataset: str, column: str, rounds: Sequence[Round], has_file: Sequence[bool],
                       units: Sequence[Unit], fields: Fields) -> None:  # fmt: skip
    """A survey with units: each round has a file per unit or the unit column tells each response's
    unit; the checks of ``check_outcome_units`` for each round's files."""
    if not column and not any(r.unit_files for r in rounds):
        return
    if not units:
        fields.fail(words.DESCRIPTOR_UNITS_MISSING.format(dataset=dataset), words.DESCRIPTOR_UNITS_MISSING_FIX)
        return
    for round_, file_too in zip(rounds, has_file, strict=True):
        where = words.DESCRIPTOR_ROUND_WHERE.format(dataset=dataset, round=round_.name)
        check_outcome_units(where, column, round_.unit_files, file_too, units, fields)
        if not round_.unit_files and not column:
            what = words.DESCRIPTOR_ROUND_NO_UNITS.format(where=where)
            fields.fail(what, words.DESCRIPTOR_ROUND_NO_UNITS_FIX.format())


def check_outcome_units(dataset: str, column: str, files: Sequence[UnitFile], has_file: bool, units: Sequence[Unit],
                        fields: Fields) -> None:  # fmt: skip
    """A dataset with units needs ``units:``; each file names a known unit; ``file`` or ``files``."""
    if (column or files) and not units:
        fields.fail(words.DESCRIPTOR_UNITS_MISSING.format(dataset=dataset), words.DESCRIPTOR_UNITS_MISSING_FIX)
    if files and has_file:
        fields.fail(words.DESCRIPTOR_FILE_AND_FILES.format(dataset=dataset), words.DESCRIPTOR_FILE_AND_FILES_FIX)
    keys = [u.key for u in units]
    for item in files:
        if units and item.unit not in keys:
            fields.fail(
                words.DESCRIPTOR_UNIT_FILE_UNKNOWN.format(dataset=dataset, unit=cut(item.unit)),
                words.DESCRIPTOR_UNIT_FILE_UNKNOWN_FIX.format(nearest=nearest(item.unit, keys)),
                "files",
            )


def nearest(value: str, names: Sequence[str]) -> str:
    """»Mente du »nord«?« for the name closest to ``value`` (difflib), or ""."""
    by_normal = {normalise(n): n for n in names}
    close = difflib.get_close_matches(normalise(value), list(by_normal), n=1, cutoff=0.6)
    return words.UNIT_NEAREST.format(nearest=by_normal[close[0]]) + " " if close else ""


def unit_keys(cells: pd.Series, units: Sequence[Unit], file: str, column: str) -> tuple[pd.Series, list[Problem]]:
    """Each row's unit key, read from its cell (the unit's key or its name, in any case); an empty
    cell or a unit the descriptor does not name is a problem naming its rows and the nearest name."""
    known = {normalise(u.key): u.key for u in units} | {normalise(u.name): u.key for u in units}
    text = cells.fillna("").astype(str).str.strip()
    keys = per_distinct(text, lambda c: known.get(normalise(c), ""))  # once per distinct cell, not per row
    problems = []
    for index in text.index[text == ""][:SHOWN_ROWS]:
        problems.append(
            Problem(file=file, row=int(index), column=column, what=words.UNIT_MISSING,
                    fix=words.UNIT_MISSING_FIX.format(example=units[0].name if units else "")),
        )  # fmt: skip
    names = [u.name for u in units] + [u.key for u in units]
    listed = ", ".join(u.name for u in units)
    unknown = text[(text != "") & (keys == "")]
    fix = lambda value: words.UNIT_UNKNOWN_FIX.format(nearest=nearest(value, names), names=listed)  # noqa: E731
    problems += unknown_values(file, column, unknown, words.UNIT_UNKNOWN_VALUE, fix)
    return keys, problems
