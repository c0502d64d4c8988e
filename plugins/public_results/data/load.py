"""Load: read data files into tables of text, exactly as the spreadsheet shows them.

The table's index is the row number the spreadsheet shows (the header is row 1),
so every later error can name the row a person will find. Blank rows are left
out but keep their numbers. Files over the size limit are refused before reading, and so is a
cell longer than Excel allows (32.767 characters), naming its row.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import importers
from ..danish import words
from ..errors import DataError, Problem
from . import load_csv, load_excel

if TYPE_CHECKING:
    import pandas as pd

SHOWN_PROBLEMS = 5  # ragged rows named per file
UNPACK_FACTOR = 10  # an .xlsx may unpack to this many times the file size limit


def table_from_rows(rows: list[list[str]], name: str) -> pd.DataFrame:
    """A table from rows of text; the first non-blank row is the header; ragged rows are problems."""
    pd = importers.pandas()
    numbered = [(number, row) for number, row in enumerate(rows, 1) if any(cell.strip() for cell in row)]
    if not numbered:
        raise DataError(Problem(file=name, what=words.FILE_EMPTY, fix=words.FILE_EMPTY_FIX))
    (_, header), body = numbered[0], numbered[1:]
    long_cells = [
        load_excel.cell_too_long(name, number, header[i] if row is not header and i < len(header) else None, cell)
        for number, row in numbered
        for i, cell in enumerate(row)
        if len(cell) > load_excel.CELL_CHARACTERS
    ]
    if long_cells:
        raise DataError(long_cells[:SHOWN_PROBLEMS])
    ragged = [(number, row) for number, row in body if len(row) != len(header)]
    if ragged:
        raise DataError(
            [
                Problem(
                    file=name,
                    row=number,
                    what=words.ROW_RAGGED.format(cells=len(row), header=len(header)),
                    fix=words.ROW_RAGGED_FIX,
                )
                for number, row in ragged[:SHOWN_PROBLEMS]
            ]
        )
    return pd.DataFrame(
        [row for _, row in body],
        columns=[str(h) for h in header],
        index=pd.Index([number for number, _ in body], dtype="int64", name="row"),
        dtype=object,
    )


def read_table(path: Path, sheet: str | None = None, max_bytes: int = 50_000_000) -> pd.DataFrame:
    """Read ``path`` by its file type; a missing or oversized file is a DataError."""
    if not path.is_file():
        raise DataError(
            Problem(
                file=path.name,
                what=words.FILE_MISSING.format(folder=path.parent),
                fix=words.FILE_MISSING_FIX,
            )
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise DataError(
            Problem(
                file=path.name,
                what=words.FILE_TOO_LARGE.format(
                    size=load_excel.megabytes(size), limit=load_excel.megabytes(max_bytes)
                ),
                fix=words.FILE_TOO_LARGE_FIX,
            )
        )
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        rows = load_excel.read_rows(path, sheet, max_bytes * UNPACK_FACTOR)
    else:
        rows = load_csv.read_rows(path)
    return table_from_rows(rows, path.name)
