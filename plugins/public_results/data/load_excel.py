"""Read Excel exports (.xlsx): a named or the first sheet, and a labels sheet.

The file is checked before openpyxl opens it: it must be a zip, what it unpacks
to must stay under a limit (a zip bomb is refused), and no text in its XML may be
longer than one cell can hold (a small file with one cell of 490 MB is refused
while it is streamed, before openpyxl would hold the cell in memory). A labels sheet, as
survey tools export it, turns codes into labels (``excel_labels``).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from pathlib import Path
from typing import IO

from .. import importers
from ..danish import words
from ..errors import DataError, Problem
from .excel_labels import apply_labels, labels_header
from .text import shown_value

CELL_CHARACTERS = 32_767  # Excel's own limit for the text of one cell
LONGEST_XML_TEXT = 6 * CELL_CHARACTERS  # one cell's text in the XML, in bytes: UTF-8 and &amp; make it longer
LONGEST_SHARED_STRING = 4_000_000  # one shared string in bytes, formatting of its runs (<r><rPr>…) included
CHUNK = 1 << 20  # the XML is scanned a megabyte at a time
# A number format that writes a whole number with leading zeros, in groups: 0000000000, 000000-0000.
_ZERO_PADDED = re.compile(r'0+(?:(?:\\?-|"-")0+)*')


def check_zip(path: Path, max_unpacked: int) -> None:
    """Refuse a file that is not a zip, or that unpacks to more than ``max_unpacked`` bytes."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise DataError(
            Problem(
                file=path.name,
                what=words.EXCEL_NOT_ZIP,
                fix=words.EXCEL_RESAVE,
            )
        ) from None
    if unpacked > max_unpacked:
        raise DataError(
            Problem(
                file=path.name,
                what=words.EXCEL_TOO_LARGE.format(size=megabytes(unpacked), limit=megabytes(max_unpacked)),
                fix=words.FILE_TOO_LARGE_FIX,
            )
        )
    if _has_long_text(path):
        raise DataError(cell_too_long(path.name))


def _has_long_text(path: Path) -> bool:
    """Whether any XML part of the workbook holds a text (between ``>`` and ``<``, or inside a tag)
    longer than LONGEST_XML_TEXT bytes, or a shared string (``<si>…</si>``) longer than
    LONGEST_SHARED_STRING bytes; streamed, so a huge text is never held whole."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = info.filename.lower()
                checks = [((b"<", b">"), LONGEST_XML_TEXT)] if name.endswith((".xml", ".rels")) else []
                if name.endswith("sharedstrings.xml"):  # a cell split into many short runs of text
                    checks.append(((b"si>",), LONGEST_SHARED_STRING))
                for marks, limit in checks:
                    with archive.open(info) as stream:
                        if _longest_run_over(stream, marks, limit):
                            return True
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError):
        raise _damaged(path) from None
    return False


def _longest_run_over(stream: IO[bytes], marks: tuple[bytes, ...], limit: int) -> bool:
    """Whether ``stream`` has more than ``limit`` bytes in a row without any of ``marks``."""
    run = 0
    while chunk := stream.read(CHUNK):
        for mark in marks[1:]:
            chunk = chunk.replace(mark, marks[0])
        parts = chunk.split(marks[0])
        run += len(parts[0])
        if len(parts) > 1:
            if run > limit or max(map(len, parts[1:-1]), default=0) > limit:
                return True
            run = len(parts[-1])
        if run > limit:
            return True
    return False


def cell_too_long(file: str, row: int | None = None, column: str | None = None, value: str | None = None) -> Problem:
    """The problem of a cell longer than CELL_CHARACTERS (its value cut, as every value in a problem)."""
    limit = f"{CELL_CHARACTERS:,}".replace(",", ".")
    return Problem(
        file=file,
        row=row,
        column=column,
        value=None if value is None else shown_value(value),
        what=words.CELL_TOO_LONG.format(limit=limit),
        fix=words.CELL_TOO_LONG_FIX.format(limit=limit),
    )


def megabytes(size: int) -> str:
    """A size in MB with one decimal, Danish style: '10,4'."""
    return f"{size / 1_000_000:.1f}".replace(".", ",")


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell as the text a spreadsheet shows; a date cell as 2022-02-15; a whole number in a
    zero-padded format (``0000000000``, ``000000-0000``) with its leading zeros, as an ID column of
    CPR numbers stored as numbers shows them."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and value >= 0 and float(value).is_integer() and (padded := zero_padded(int(value), number_format)):
        return padded
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def zero_padded(number: int, number_format: str) -> str | None:
    """``number`` written in ``number_format`` when that is zero-padded groups of digits: 103921234
    in ``000000-0000`` is '010392-1234'; None for any other format."""
    if not _ZERO_PADDED.fullmatch(number_format):
        return None
    groups = re.findall("0+", number_format)
    digits = str(number).zfill(sum(map(len, groups)))
    head = len(digits) - sum(map(len, groups[1:]))  # a number too long for the format widens its first group
    parts, at = [digits[:head]], head
    for group in groups[1:]:
        parts.append(digits[at : at + len(group)])
        at += len(group)
    return "-".join(parts)


def _damaged(path: Path) -> DataError:
    return DataError(
        Problem(
            file=path.name,
            what=words.EXCEL_DAMAGED,
            fix=words.EXCEL_RESAVE,
        )
    )


def read_rows(path: Path, sheet: str | None, max_unpacked: int) -> list[list[str]]:
    """The rows of a sheet as text (the named sheet, else the first), with labels applied."""
    check_zip(path, max_unpacked)
    try:
        workbook = importers.openpyxl().load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged workbook
        raise _damaged(path) from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise DataError(
                Problem(
                    file=path.name,
                    what=words.EXCEL_SHEET_UNKNOWN.format(sheet=shown_value(sheet)),
                    fix=words.EXCEL_SHEET_UNKNOWN_FIX.format(
                        sheets=", ".join(words.QUOTED.format(text=shown_value(n)) for n in workbook.sheetnames)
                    ),
                )
            )
        data_title = sheet if sheet is not None else workbook.sheetnames[0]
        sheets = {}
        for worksheet in workbook.worksheets:
            worksheet.reset_dimensions()  # the stored size can be stale; read every row there is
            sheets[worksheet.title] = [[_shown(cell) for cell in row] for row in worksheet.iter_rows()]
    except DataError:
        raise
    except Exception:  # a sheet's XML is parsed only while its rows are read
        raise _damaged(path) from None
    finally:
        workbook.close()
    rows = sheets.pop(data_title)
    width = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows]
    for other in sheets.values():
        if labels_header(other) is not None:
            return apply_labels(rows, other)
    return rows


def _shown(cell: object) -> str:
    """A cell of a read-only sheet as text, with its number format (an empty cell has none)."""
    return cell_text(getattr(cell, "value", None), getattr(cell, "number_format", "General") or "General")
