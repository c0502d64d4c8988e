"""Read data files into tables of text, exactly as the spreadsheet shows them.

CSV: the encoding (UTF-8, UTF-8 with BOM, Windows-1252) and the delimiter
(; , tab |) are detected, then verified. Excel: the first sheet, or a named one.
Every value stays text here; the validate stage parses dates and labels.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from .errors import DataError, Problem

DELIMITERS = ";,\t|"
DELIMITER_NAMES = {";": "semikolon", ",": "komma", "\t": "tabulator", "|": "lodret streg"}


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
    """The delimiter that splits the header and the first rows into equal columns."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        raise DataError(Problem(file=name, what="filen er tom", fix="Eksportér filen igen med data."))
    best, best_columns = None, 1
    for delimiter in DELIMITERS:
        rows = list(csv.reader(lines, delimiter=delimiter))
        widths = {len(row) for row in rows}
        if len(widths) == 1 and rows[0] and len(rows[0]) > best_columns:
            best, best_columns = delimiter, len(rows[0])
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


def read_csv(path: Path) -> pd.DataFrame:
    """A CSV file as a table of text (empty cells are empty strings)."""
    text = decode(path.read_bytes(), path.name)
    delimiter = detect_delimiter(text, path.name)
    table = pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        dtype=str,
        keep_default_na=False,
        skipinitialspace=False,
        engine="python",
    )
    return table


def read_excel(path: Path, sheet: str | int = 0) -> pd.DataFrame:
    """An Excel sheet as a table of text."""
    return pd.read_excel(path, sheet_name=sheet, dtype=str, keep_default_na=False, engine="openpyxl")


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
