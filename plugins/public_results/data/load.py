"""Load: read data files into tables of text, exactly as the spreadsheet shows them.

The table's index is the row number the spreadsheet shows (the header is row 1),
so every later error can name the row a person will find. Blank rows are left
out but keep their numbers. Files over the size limit are refused before reading, and so is a
cell longer than Excel allows (32.767 characters), naming its row.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from .. import importers
from ..danish import words
from ..errors import DataError, Problem
from . import load_csv, load_excel
from .header_row import column_letter, header_at, non_blank
from .mojibake import mojibake_problem

if TYPE_CHECKING:
    import pandas as pd

SHOWN_PROBLEMS = 5  # ragged rows named per file
UNPACK_FACTOR = 10  # an .xlsx may unpack to this many times the file size limit


def table_from_rows(
    rows: list[list[str]], name: str, wanted: Collection[str] = (), *, csv: bool = False
) -> pd.DataFrame:
    """A table from rows of text; the header is the row ``header_at`` finds (title rows above it are
    left out); ragged rows are problems, and so is text read in the wrong encoding (``mojibake``;
    ``csv``: the rows are a CSV file's, with its own advice). ``table.attrs`` holds ``header_row`` (its row number),
    ``title_rows`` (how many non-blank rows above it were left out) and ``titles`` (those rows)."""
    pd = importers.pandas()
    numbered = non_blank(rows)
    if not numbered:
        raise DataError(Problem(file=name, what=words.FILE_EMPTY, fix=words.FILE_EMPTY_FIX))
    skipped = header_at(numbered, wanted)
    titles, numbered = numbered[:skipped], numbered[skipped:]
    (header_row, header), body = numbered[0], numbered[1:]
    # The checks below look at every row in one pass of C (map, chain) and name rows only when one is wrong.
    if max(map(len, chain.from_iterable(map(_cells, numbered))), default=0) > load_excel.CELL_CHARACTERS:
        raise DataError(
            [
                load_excel.cell_too_long(
                    name, number, header[i] if row is not header and i < len(header) else None, cell
                )
                for number, row in numbered
                for i, cell in enumerate(row)
                if len(cell) > load_excel.CELL_CHARACTERS
            ][:SHOWN_PROBLEMS]
        )
    mangled = mojibake_problem(titles + numbered, header_row, name, csv=csv)
    if mangled is not None:
        raise DataError(mangled)
    ragged = [(number, row) for number, row in body if len(row) != len(header)] if _widths(body) - {len(header)} else []
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
    table = pd.DataFrame(
        list(map(_cells, body)),
        columns=[str(h) for h in header],
        index=pd.Index(list(map(_number, body)), dtype="int64", name="row"),
        dtype=object,
    )
    table.attrs.update(header_row=header_row, title_rows=skipped, titles=titles)
    return table


_number, _cells = itemgetter(0), itemgetter(1)  # of a numbered row (number, cells)


def _widths(numbered: list[tuple[int, list[str]]]) -> set[int]:
    """How many cells the rows have (each width once)."""
    return set(map(len, map(_cells, numbered)))


def title_table(table: pd.DataFrame) -> pd.DataFrame:
    """The title rows left out above the header, as a table with the spreadsheet's column letters
    (A, B, …) as headers and the rows' numbers as index: still searched for personal data."""
    pd = importers.pandas()
    titles = table.attrs.get("titles", [])
    width = max((len(row) for _, row in titles), default=0)
    return pd.DataFrame(
        [row + [""] * (width - len(row)) for _, row in titles],
        columns=[column_letter(i) for i in range(width)],
        index=pd.Index([number for number, _ in titles], dtype="int64", name="row"),
        dtype=object,
    )


def header_note(table: pd.DataFrame, name: str) -> str | None:
    """The info line saying which row held the header, when rows above it were left out."""
    if not table.attrs.get("title_rows"):
        return None
    return words.HEADER_ROW_FOUND.format(file=name, row=table.attrs["header_row"])


def read_table(
    path: Path, sheet: str | None = None, max_bytes: int = 50_000_000, wanted: Collection[str] = ()
) -> pd.DataFrame:
    """Read ``path`` by its file type; a missing or oversized file is a DataError. ``wanted`` (the
    descriptor's headers) tells which of the top rows is the header."""
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
    excel = path.suffix.lower() in {".xlsx", ".xlsm"}
    rows = load_excel.read_rows(path, sheet, max_bytes * UNPACK_FACTOR) if excel else []
    with collector_paused():
        rows = rows if excel else load_csv.read_rows(path, wanted)
        return table_from_rows(rows, path.name, wanted, csv=not excel)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a table is built: a million rows are a million lists
    and tuples, and the collector, run again and again as they are made, went through all of them
    each time (a third of the CSV's reading at 3 × 10⁵ rows). These rows hold no cycles; what they
    leave behind is freed as before, and the collector runs again after (unless it was paused)."""
    was_running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_running:
            gc.enable()
