"""Read data files into tables of text, exactly as the spreadsheet shows them.

CSV: the encoding (UTF-8, UTF-8 with BOM, Windows-1252) and the delimiter
(; , tab |) are detected, then verified. Excel: the first sheet, or a named one.
Every value stays text here; the validate stage parses dates and labels.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd

from .errors import DataError, Problem

DELIMITERS = ";,\t|"
SHOWN_PROBLEMS = 5  # ragged rows named per file


def decode(raw: bytes, name: str) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise DataError(
            Problem(
                file=name,
                what="filens tegnsæt kan ikke genkendes (hverken UTF-8 eller Windows-1252)",
                fix="Gem filen igen som «CSV UTF-8» fra Excel eller dit spørgeskemaværktøj.",
            )
        ) from None
    return text


def detect_delimiter(text: str, name: str) -> str:
    """The delimiter that splits the header and the first rows into equal columns.

    A file with one column (no delimiter in its header) is read as one column; a
    header with delimiters that split the rows unevenly is refused, so a semicolon
    file never silently becomes one column.
    """
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        raise DataError(Problem(file=name, what="filen er tom", fix="Eksportér filen igen med data."))
    best, best_columns = None, 1
    for delimiter in DELIMITERS:
        rows = list(csv.reader(lines, delimiter=delimiter))
        widths = {len(row) for row in rows}
        if len(widths) == 1 and rows[0] and len(rows[0]) > best_columns:
            best, best_columns = delimiter, len(rows[0])
    if best is None and not any(d in lines[0] for d in DELIMITERS):
        return DELIMITERS[0]
    if best is None:
        raise DataError(
            Problem(
                file=name,
                row=1,
                what="kolonnerne kan ikke skilles ad: ingen af tegnene ; , tabulator | "
                "giver det samme antal kolonner i hver række",
                fix="Eksportér filen igen som CSV med semikolon mellem kolonnerne.",
            )
        )
    return best


def _table(rows: list[list[str]], name: str) -> pd.DataFrame:
    """A table from rows of text; the first row is the header; ragged rows are problems."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise DataError(Problem(file=name, what="filen er tom", fix="Eksportér filen igen med data."))
    header, body = rows[0], rows[1:]
    ragged = [(number, row) for number, row in enumerate(body, 2) if len(row) != len(header)]
    if ragged:
        raise DataError(
            [
                Problem(
                    file=name,
                    row=number,
                    what=f"rækken har {len(row)} kolonner, men overskriften har {len(header)}",
                    fix="Tjek rækken for et skilletegn for meget eller for lidt, og eksportér filen igen.",
                )
                for number, row in ragged[:SHOWN_PROBLEMS]
            ]
        )
    table = pd.DataFrame(body, columns=[str(h) for h in header], dtype=object)
    return table.fillna("").astype(str) if len(table) else table


def read_csv(path: Path) -> pd.DataFrame:
    """A CSV file as a table of text (empty cells are empty strings)."""
    text = decode(path.read_bytes(), path.name)
    delimiter = detect_delimiter(text, path.name)
    return _table(list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)), path.name)


def _cell_text(value: object) -> str:
    """An Excel cell as the text a spreadsheet shows; date cells as 2022-02-15."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_excel(path: Path, sheet: str | int = 0) -> pd.DataFrame:
    """An Excel sheet (the first, or a named one) as a table of text."""
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise DataError(
            Problem(
                file=path.name,
                what="filen kan ikke åbnes som et Excel-regneark (.xlsx)",
                fix="Åbn filen i Excel og gem den igen som «Excel-projektmappe (.xlsx)».",
            )
        ) from None
    try:
        worksheet = workbook.worksheets[sheet] if isinstance(sheet, int) else workbook[sheet]
        rows = [[_cell_text(v) for v in row] for row in worksheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    width = max((len(row) for row in rows), default=0)
    return _table([row + [""] * (width - len(row)) for row in rows], path.name)


def read_table(path: Path) -> pd.DataFrame:
    """Read ``path`` by its file type; a missing file is a DataError."""
    if not path.is_file():
        raise DataError(
            Problem(
                file=path.name,
                what=f"filen findes ikke i {path.parent}",
                fix="Læg filen i datamappen, eller ret filnavnet i datasets.yaml.",
            )
        )
    if path.suffix.lower() == ".xlsx":
        return read_excel(path)
    return read_csv(path)


def spreadsheet_row(index: int) -> int:
    """The row number a spreadsheet shows for a table row (the header is row 1)."""
    return index + 2
