"""Downloads beside the charts: each chart's numbers as CSV and its picture as PNG.

The CSV is what Danish spreadsheets open without an import dialogue: UTF-8 with a byte-order
mark, semicolons, decimal comma, no thousands separator, ``..`` (RESULTS_SUPPRESSED_MARKER) for a hidden cell. It holds
the chart's own table after suppression, so a download can never show more than the page.

A label from the data can be written to look like a formula (``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``).
``safe_cell`` neutralises it as OWASP recommends: a text cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return (after any spaces) gets a leading ``'`` and is quoted, so a
spreadsheet shows it as text and runs nothing. The site's own numbers (``-3``, ``-1,5``) stay numbers.
Every CSV the site writes goes through ``csv_text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from .. import output_files
from .drawing import Drawing, place_file
from .view import ChartView, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula
SITE_NUMBER = re.compile(r"-?\d+(?:,\d+)?")  # a number as the downloads write it: 82, -3, 40,5
NEEDS_QUOTES = re.compile(r'[;"\r\n]')


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet may open it: a text that could start a formula gets a leading ``'``."""
    if text.lstrip(" ").startswith(FORMULA_STARTS) and not SITE_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _field(text: str) -> str:
    """One cell of a line: quoted when it holds ``;``, a quote or a line break, or was neutralised."""
    safe = safe_cell(text)
    if safe != text or NEEDS_QUOTES.search(safe):
        return '"' + safe.replace('"', '""') + '"'
    return safe


def _line(cells: Iterable[str]) -> str:
    return ";".join(_field(str(cell)) for cell in cells) + "\r\n"


def csv_text(table: Table) -> str:
    """The table as CSV text, with a byte-order mark, ';', CRLF line ends and ``safe_cell`` cells."""
    return "\ufeff" + _line(table.columns) + "".join(_line(row) for row in table.rows)


def write_downloads(folder: Path, charts: Mapping[str, ChartView], drawings: Mapping[str, Drawing]) -> list[Path]:
    """Write ``<file_stem>.csv`` and ``.png`` for every chart; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[Path, bytes] = {}
    pictures: dict[Path, Drawing] = {}
    for key in sorted(charts):
        view = charts[key]
        path = folder / f"{view.file_stem}.csv"
        data = csv_text(view.csv).encode("utf-8")
        picture = folder / f"{view.file_stem}.png"
        same_picture = (
            picture not in pictures or pictures[picture].key == key or pictures[picture].png == drawings[key].png
        )
        if (path in written and written[path] != data) or not same_picture:
            raise ValueError(f"two charts would write different files to {path.stem}")
        written[path] = data
        pictures[picture] = drawings[key]
    for path, data in written.items():
        output_files.write_bytes(path, data)
    for path, drawing in pictures.items():
        place_file(drawing.png_file, path)
    return sorted([*written, *pictures])
