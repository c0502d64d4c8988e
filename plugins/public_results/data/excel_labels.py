"""An Excel export's labels sheet, as survey tools export it: the columns variable, value, label.

A row with a value turns that code into its label in the data sheet; a row without a value
renames the variable's column to the full question text. Both sheets may have title rows above
their header (a report's name, »Rapport dannet …«): the labels sheet's header is the top row
holding the three label headers, the data sheet's the top row holding the most variable names
(``header_row``); the title rows are kept as they are.
"""

from __future__ import annotations

from ..danish import words
from .header_row import HEADER_SEARCH, header_position, non_blank
from .text import normalise

LABEL_HEADERS = words.LABEL_HEADERS  # a labels sheet's columns: variable, value, label (each in Danish or English)


def labels_header(rows: list[list[str]]) -> int | None:
    """The index in ``rows`` of a labels sheet's header (its first three filled cells are
    variable, value, label), among the top rows; None when ``rows`` is no labels sheet."""
    for number, row in non_blank(rows)[:HEADER_SEARCH]:
        filled = [cell for cell in row if cell.strip()][:3]
        if len(filled) == 3 and all(normalise(c) in names for c, names in zip(filled, LABEL_HEADERS, strict=True)):
            return number - 1
    return None


def _label_rows(labels: list[list[str]], header: int) -> list[tuple[str, str, str]]:
    """The (variable, value, label) of each row below the header, read from the header's columns."""
    first = next(i for i, cell in enumerate(labels[header]) if cell.strip())
    found = []
    for row in labels[header + 1 :]:
        variable, value, label, *_ = [*row[first:], "", "", ""]
        if variable.strip():
            found.append((variable, value, label))
    return found


def apply_labels(rows: list[list[str]], labels: list[list[str]]) -> list[list[str]]:
    """Data rows with codes turned into labels and variable names into question texts; ``labels``
    is the labels sheet's rows (title rows above its header allowed)."""
    header_index = labels_header(labels)
    if not rows or header_index is None:
        return rows
    codes: dict[tuple[str, str], str] = {}
    titles: dict[str, str] = {}
    for variable, value, label in _label_rows(labels, header_index):
        if value.strip():
            codes[(normalise(variable), value.strip())] = label
        else:
            titles[normalise(variable)] = label
    at = header_position(rows, {variable for variable, _ in codes} | set(titles))
    if at is None:
        return rows
    header = [normalise(h) for h in rows[at]]
    body = [[codes.get((header[i], cell.strip()), cell) for i, cell in enumerate(row)] for row in rows[at + 1 :]]
    renamed = [titles.get(h, original) for h, original in zip(header, rows[at], strict=True)]
    return [*rows[:at], renamed, *body]
