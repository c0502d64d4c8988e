"""Text read in the wrong encoding once too often: »hÃ¸j« for »høj«.

UTF-8 bytes read as Windows-1252 turn each Danish letter into two or three odd ones. A whole file
like that was opened as Windows-1252 and saved again; a few such cells in a file that otherwise
has its Danish letters right were pasted from such a file. Either way the file is refused at its
first such cell (file, row, column) with the text it probably should hold, instead of the
»kolonnen mangler« and »svaret findes ikke« the wrong letters would cause later.
"""

from __future__ import annotations

import re
from itertools import chain
from operator import itemgetter

from ..danish import words
from ..errors import Problem
from .header_row import column_letter
from .text import shown_value

# A letter of UTF-8 read as Windows-1252: a lead byte (Â-ô) and one to three continuation bytes,
# each shown as the Windows-1252 letter of a byte 0x80-0xBF.
_CONTINUATION = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)
# What every match of MOJIBAKE starts with: one set of letters, then one, which the regular expression
# module scans for quickly (MOJIBAKE's three alternatives are tried at every place): a first search.
_MOJIBAKE_START = re.compile(f"[\u00c2-\u00f4]{_CONTINUATION}")
_RIGHT_LETTER = re.compile("[\u00c0-\u00ff]")  # æ, ø, å, é …: a letter written right (when not mojibake)
CELL_SEPARATOR = "\x1f"  # joins a sheet's cells for one search of them all


def letter_of_exports(letter: str) -> bool:
    """Whether a letter is one exports use: the Latin-1 range, dashes, quotes, €."""
    return ord(letter) < 0x100 or 0x2010 <= ord(letter) <= 0x2030 or letter == "€"


def unmangled(text: str) -> str | None:
    """``text`` as it was before its UTF-8 bytes were read as Windows-1252, when it holds such
    mojibake (»Ã¸«, »Ã¥«, »â€“«); None for text without it."""
    if not MOJIBAKE.search(text):  # most cells: one search
        return None
    found = False

    def letter(match: re.Match[str]) -> str:
        nonlocal found
        try:
            meant = match.group().encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return match.group()
        if not letter_of_exports(meant):
            return match.group()  # »Ø«, read back, is an Arabic letter: a real »Ø« before a quote mark
        found = True
        return meant

    meant = MOJIBAKE.sub(letter, text)
    return meant if found else None


def _all_mangled(cells: list[str]) -> bool:
    """Whether no Danish letter of ``cells`` is written right: every one is mojibake."""
    return not any(_RIGHT_LETTER.search(MOJIBAKE.sub("", cell)) for cell in cells)


def mojibake_problem(
    numbered: list[tuple[int, list[str]]], header_row: int, name: str, *, csv: bool = False
) -> Problem | None:
    """The problem of the first cell with mojibake among ``numbered`` (rows with their numbers; the
    header is row ``header_row``), or None. Its column is the header above it (a spreadsheet's
    letter for a cell of the header or of a title row). A CSV file whose Danish letters are all
    wrong was saved again in the wrong encoding; otherwise the cells were pasted from such a file."""
    joined = CELL_SEPARATOR.join(chain.from_iterable(map(itemgetter(1), numbered)))
    if not _MOJIBAKE_START.search(joined) or not MOJIBAKE.search(joined):  # one search of them all
        return None
    cells = [cell for _, row in numbered for cell in row]
    header = next((row for number, row in numbered if number == header_row), [])
    found = [
        (number, i, cell, meant)
        for number, row in numbered
        for i, cell in enumerate(row)
        if (meant := unmangled(cell)) is not None
    ]
    if not found:
        return None
    number, i, cell, meant = found[0]
    below_header = number > header_row and i < len(header)
    column = header[i] if below_header else column_letter(i)
    if csv and _all_mangled(cells):
        what, fix = words.CSV_MOJIBAKE.format(meant=shown_value(meant)), words.CSV_MOJIBAKE_FIX
    else:
        what = words.TEXT_MOJIBAKE.format(meant=shown_value(meant))
        more = words.TEXT_MOJIBAKE_MORE.format(count=len(found)) if len(found) > 1 else ""
        fix = words.TEXT_MOJIBAKE_FIX.format(meant=shown_value(meant), more=more)
    return Problem(file=name, row=number, column=column, value=shown_value(cell), what=what, fix=fix)
