"""The rows of an outcome's open-data tables: every status and group on a data date, and on a site
with units the same for the programme and each unit (the »enheder« table, ``open_data.py``).

Pure: the figure book's published figures (protected across the units), nothing counted here.
"""

from __future__ import annotations

import datetime as dt

from ..charts.view import csv_cell, csv_share
from ..danish import words
from ..figures.book import FigureBook
from ..figures.figure import Pins
from ..figures.units import PROGRAMME, unit_dataset
from ..settings import Settings

Rows = list[tuple[str, ...]]


def status_rows(book: FigureBook, settings: Settings, dataset: str, day: dt.date) -> Rows:
    """Every status and group of ``dataset`` on ``day``: its count, its base and its share, as shown."""
    outcome = book.outcomes[dataset].outcome
    marker, decimals = settings.suppressed_marker, settings.percent_decimals
    rows: Rows = []
    items = [(c.key, words.OPEN_KIND_STATUS) for c in outcome.categories]
    items += [(g.key, words.OPEN_KIND_GROUP) for g in outcome.groups]
    for key, kind in items:
        figure = book.figure(dataset, key, Pins(data_date=day))
        base = figure.base
        share = csv_share(figure.count, base, decimals, marker) if base is not None else ""
        rows.append(
            (key, figure.label, kind, csv_cell(figure.count, marker), figure.base_key, share, figure.definition)
        )
    return rows


def units_rows(book: FigureBook, settings: Settings, dataset: str, day: dt.date) -> Rows:
    """The programme's rows and each unit's (in the descriptor's order), each led by the unit's key,
    name and municipality: one long table a spreadsheet filters or pivots by unit. The figures are
    the pages' own, protected across the units, so a hidden cell is the marker here too."""
    rows: Rows = [(PROGRAMME, words.OPEN_PROGRAMME_NAME, "", *row) for row in status_rows(book, settings, dataset, day)]
    for unit in book.units[dataset]:
        own = status_rows(book, settings, unit_dataset(dataset, unit.key), day)
        rows += [(unit.key, unit.name, unit.municipality, *row) for row in own]
    return rows
