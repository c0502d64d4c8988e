"""Read CSV exports: detect the encoding and the delimiter, then verify both.

Encodings: UTF-8, UTF-8 with BOM, UTF-16 with BOM (Excel's "Unicode text") and
Windows-1252. Latin-1 is never guessed: bytes that Windows-1252 does not define
are refused, and a file that mixes UTF-8 rows with Windows-1252 rows is refused
naming the first row in the rarer encoding (text that was UTF-8 read as Windows-1252 and
saved again, »hÃ¸j«, is refused by ``load`` at its first cell: ``mojibake``). Delimiters:
; , tab |, chosen by which one splits the header into the most columns that the first records agree with; a record with
another width is an error naming its row (a semicolon file never silently
becomes one column). A header without any delimiter means one column.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Collection
from pathlib import Path

from ..danish import words
from ..errors import DataError, Problem
from . import load_excel
from .mojibake import letter_of_exports
from .text import normalise

DELIMITERS = ";,\t|"
ONE_COLUMN = "\x1f"  # a delimiter no export uses: the whole line is one cell
SAMPLE_RECORDS = 50
TITLE_ROWS = 20  # the top lines searched for the descriptor's headers (as header_row.HEADER_SEARCH)
ZIP_MAGIC = b"PK\x03\x04"
_ASCII_TO_SPACE = bytes(range(256)).maketrans(bytes(range(128)), b" " * 128)  # leaves the non-ASCII runs


def decode(raw: bytes, name: str) -> str:
    """Text of a CSV file in one of the encodings exports use."""
    if raw.startswith(ZIP_MAGIC):
        raise DataError(
            Problem(
                file=name,
                what=words.CSV_IS_EXCEL,
                fix=words.CSV_IS_EXCEL_FIX,
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
            _refuse_mixed(raw, name)
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise DataError(
        Problem(
            file=name,
            what=words.CSV_ENCODING,
            fix=words.CSV_RESAVE,
        )
    )


def _refuse_mixed(raw: bytes, name: str) -> None:
    """A file whose rows are partly valid UTF-8 with non-ASCII letters, partly not, is refused at the
    first row in the rarer of the two: a stray Windows-1252 row in a UTF-8 file, or the other way.

    A line is UTF-8 exactly when each of its runs of non-ASCII bytes is, and plausible exactly when
    each run is (ASCII always is): each distinct run is decoded once, and only a file holding both
    a run that is not UTF-8 and one that is plausible UTF-8 is looked at line by line."""
    runs = set(raw.translate(_ASCII_TO_SPACE).split())
    if not any(_is_utf8(run) and _plausible(run) for run in runs) or all(map(_is_utf8, runs)):
        return  # no line is plausible UTF-8, or every line is UTF-8: not mixed
    lines = [(number, line) for number, line in enumerate(raw.split(b"\n"), 1) if not line.isascii()]
    utf8_rows = [number for number, line in lines if _is_utf8(line) and _plausible(line)]
    odd = [number for number, line in lines if not _is_utf8(line)]
    if utf8_rows and odd:
        stray_utf8 = len(utf8_rows) < len(odd)  # most rows are Windows-1252: the UTF-8 row is the odd one
        raise DataError(
            Problem(
                file=name,
                row=utf8_rows[0] if stray_utf8 else odd[0],
                what=words.CSV_STRAY_UTF8_ROW if stray_utf8 else words.CSV_MIXED_ENCODING,
                fix=words.CSV_MIXED_ENCODING_FIX.format(resave=words.CSV_RESAVE[0].lower() + words.CSV_RESAVE[1:]),
            )
        )


def _plausible(line: bytes) -> bool:
    """Whether a UTF-8 line holds only letters exports use (Latin-1 range, dashes, quotes, €).

    Windows-1252 bytes can form valid but odd UTF-8 by chance (»Å–« is UTF-8 for »Ŗ«);
    such a line is no evidence that the file is UTF-8.
    """
    return all(map(letter_of_exports, line.decode("utf-8")))


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _records(buffer: io.StringIO, delimiter: str, limit: int | None = None) -> list[list[str]]:
    """The first ``limit`` records of the text in ``buffer`` (read from its start: one copy of the
    text serves every delimiter tried)."""
    buffer.seek(0)
    return list(itertools.islice(csv.reader(buffer, delimiter=delimiter), limit))


def _first_filled_line(text: str, head: int = 65_536) -> str:
    """The first line of ``text`` (``str.splitlines``) that is not blank, or "". Looked for in the
    first ``head`` characters (all lines but the last there are whole), then in all of it."""
    lines = text[:head].splitlines()
    found = next((line for line in lines[:-1] if line.strip()), "") if len(text) > head else ""
    return found or next((line for line in text.splitlines() if line.strip()), "")


def detect_delimiter(text: str, name: str, wanted: Collection[str] = ()) -> str:
    """The delimiter that splits the header into the most columns the first records agree with.

    With ``wanted`` (the descriptor's headers), the delimiter that splits the most of them out of
    one of the top lines comes first, and lines above that line (a title, »Rapport dannet …«) do not
    count: without them, such a line and a one-column file with a delimiter in its cells look alike."""
    names = {normalise(h) for h in wanted}
    first_line = _first_filled_line(text)
    buffer = io.StringIO(text, newline="")
    if not first_line:
        raise DataError(Problem(file=name, what=words.FILE_EMPTY, fix=words.FILE_EMPTY_FIX))
    scores, too_long = {}, False
    for delimiter in DELIMITERS:
        try:
            records = [r for r in _records(buffer, delimiter, SAMPLE_RECORDS) if any(c.strip() for c in r)]
        except csv.Error as error:
            too_long = too_long or "field larger than field limit" in str(error)
            continue
        hits = [len(names & {normalise(cell) for cell in r}) for r in records[:TITLE_ROWS]]
        found = max(hits, default=0)
        records = records[hits.index(found) :] if found else records  # title lines above the header
        if not records:
            continue
        width = len(records[0])
        agreeing = sum(len(r) == width for r in records)
        if width >= 2 and agreeing * 2 >= len(records):  # most records agree with the header
            scores[delimiter] = (found, agreeing / len(records), width)
    if scores:
        return max(scores, key=lambda d: scores[d])
    if too_long:
        raise DataError(load_excel.cell_too_long(name, _first_long_line(text)))
    if not any(d in first_line for d in DELIMITERS):
        return ONE_COLUMN
    raise DataError(
        Problem(
            file=name,
            row=1,
            what=words.CSV_DELIMITER,
            fix=words.CSV_DELIMITER_FIX,
        )
    )


def _first_long_line(text: str) -> int | None:
    """The number of the first line longer than a cell may be (where a too long cell is)."""
    lines = enumerate(text.splitlines(), 1)
    return next((number for number, line in lines if len(line) > load_excel.CELL_CHARACTERS), None)


def read_rows(path: Path, wanted: Collection[str] = ()) -> list[list[str]]:
    """All records of a CSV file, one per spreadsheet row (blank rows included); ``wanted``: the
    descriptor's headers, which help find the delimiter below title lines."""
    text = decode(path.read_bytes(), path.name)
    delimiter = detect_delimiter(text, path.name, wanted)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    try:
        rows.extend(reader)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise DataError(load_excel.cell_too_long(path.name, len(rows) + 1)) from None
        unclosed = "end of data" in str(error)
        raise DataError(
            Problem(
                file=path.name,
                row=len(rows) + 1,
                what=words.CSV_QUOTE_UNCLOSED if unclosed else words.CSV_TEXT_AFTER_QUOTE,
                fix=words.CSV_QUOTES_FIX,
            )
        ) from None
    return rows
