"""Where a sheet's header is: the top row holding the most of the headers looked for, below any
title rows (a report's name, »Rapport dannet 5. januar 2026«, blank rows).

Used for every sheet that is read: a data file's rows (``load``) and an Excel export's labels
sheet and data sheet (``excel_labels``).
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import compress

from .text import normalise

HEADER_SEARCH = 20  # the header is looked for among this many non-blank rows at the top


def header_at(numbered: list[tuple[int, list[str]]], wanted: Collection[str] = ()) -> int:
    """Where the header is among the non-blank rows: the first of the top rows holding the most of
    the ``wanted`` headers; without any of them, the first row after title rows (rows with one
    filled cell above a row with more, such as »Rapport dannet 5. januar 2026«)."""
    top = numbered[:HEADER_SEARCH]
    names = {normalise(h) for h in wanted}
    hits = [len(names & {normalise(cell) for cell in row}) for _, row in top]
    if names and max(hits, default=0) > 0:
        return hits.index(max(hits))
    filled = [sum(bool(cell.strip()) for cell in row) for _, row in top]
    if max(filled, default=0) < 2:
        return 0
    return next(i for i, count in enumerate(filled) if count >= 2)


def non_blank(rows: list[list[str]]) -> list[tuple[int, list[str]]]:
    """The rows with any filled cell, each with its number as the spreadsheet shows it (from 1).
    (A row's cells joined are blank exactly when each cell is: one strip per row, in C.)"""
    return list(compress(enumerate(rows, 1), map(str.strip, map("".join, rows))))


def header_position(rows: list[list[str]], wanted: Collection[str] = ()) -> int | None:
    """The index in ``rows`` (blank rows counted) of the header ``header_at`` finds; None for a
    sheet without any filled row."""
    numbered = non_blank(rows)
    if not numbered:
        return None
    return numbered[header_at(numbered, wanted)][0] - 1


def column_letter(position: int) -> str:
    """A column's letter as a spreadsheet shows it: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
