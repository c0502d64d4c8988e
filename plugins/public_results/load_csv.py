"""Read CSV exports: detect the encoding and the delimiter, then verify both.

Encodings: UTF-8, UTF-8 with BOM, UTF-16 with BOM (Excel's "Unicode text") and
Windows-1252. Latin-1 is never guessed: bytes that Windows-1252 does not define
are refused. Delimiters: ; , tab |, chosen by which one splits the first records
into equal widths; a header with delimiters that split unevenly is refused, so a
semicolon file never silently becomes one column.
"""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

from .errors import DataError, Problem

DELIMITERS = ";,\t|"
SAMPLE_RECORDS = 50
ZIP_MAGIC = b"PK\x03\x04"


def decode(raw: bytes, name: str) -> str:
    """Text of a CSV file in one of the encodings exports use."""
    if raw.startswith(ZIP_MAGIC):
        raise DataError(
            Problem(
                file=name,
                what="filen er et Excel-regneark, men navnet ender på .csv",
                fix="Omdøb filen til .xlsx (og ret filnavnet i datasets.yaml), eller gem den som CSV fra Excel.",
            )
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise DataError(
        Problem(
            file=name,
            what="filen er ikke en tekstfil i et kendt tegnsæt (UTF-8, UTF-16 eller Windows-1252)",
            fix="Gem filen igen som «CSV UTF-8 (kommasepareret)» fra Excel eller dit spørgeskemaværktøj.",
        )
    )


def _records(text: str, delimiter: str, limit: int | None = None, *, keep_blank: bool = False) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records = (row for row in reader if keep_blank or any(cell.strip() for cell in row))
    return list(itertools.islice(records, limit))


def detect_delimiter(text: str, name: str) -> str:
    """The delimiter that splits the first records (quoted line breaks allowed) into equal widths."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if not first_line:
        raise DataError(Problem(file=name, what="filen er tom", fix="Eksportér filen igen med data."))
    best, best_columns = None, 1
    for delimiter in DELIMITERS:
        try:
            records = _records(text, delimiter, SAMPLE_RECORDS)
        except csv.Error:
            continue
        widths = {len(row) for row in records}
        if len(widths) == 1 and len(records[0]) > best_columns:
            best, best_columns = delimiter, len(records[0])
    if best is not None:
        return best
    if not any(d in first_line for d in DELIMITERS):
        return DELIMITERS[0]  # one column
    raise DataError(
        Problem(
            file=name,
            row=1,
            what="kolonnerne kan ikke skilles ad: ingen af tegnene ; , tabulator | "
            "giver det samme antal kolonner i de første rækker",
            fix="Eksportér filen igen som CSV med semikolon mellem kolonnerne.",
        )
    )


def read_rows(path: Path) -> list[list[str]]:
    """All records of a CSV file, one per spreadsheet row (blank rows included)."""
    text = decode(path.read_bytes(), path.name)
    delimiter = detect_delimiter(text, path.name)
    try:
        return _records(text, delimiter, keep_blank=True)
    except csv.Error as error:
        raise DataError(
            Problem(
                file=path.name,
                what=f"filen kan ikke læses som CSV ({error})",
                fix="Tjek anførselstegn i filen, eller eksportér den igen.",
            )
        ) from None
