"""The figures API: every figure a page can show, per data date, as JSON for other sites and programs.

``api/<YYYY-MM-DD>/figures.json`` holds the figures of one data date and ``api/latest.json`` those
of the newest, with its date and the address of its dated file. Each figure has its value as the
pages show it (suppressed figures carry no value, only why), its base, unit, definition, data date
and the corrections the ledger holds for it. The format is described by
``docs/figures-api.schema.json``; fields are only ever added, never renamed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from .. import output_files
from ..danish import words
from ..errors import NotFound
from ..figures.book import RESPONSES, FigureBook
from ..figures.briefings import data_dates
from ..figures.figure import SHARE, Figure, Pins
from ..figures.units import unit_dataset
from ..pages.placeholders import parse
from ..privacy.suppression import HIDDEN, SMALL, Count
from ..record.history import correction_notes
from ..record.ledger import Change, Correction, Ledger, as_read, recorded
from ..settings import NumberStyle, Site
from .build import Collected, Loaded

FOLDER = "api"
LATEST = f"{FOLDER}/latest.json"
VERSION = 1
KEY_FIGURE_PREFIX = words.SHOWN_KEY_FIGURE.format(name="")  # »nøgletal: « before a briefing's figure


def dated_file(day: dt.date) -> str:
    """The address of a data date's file, from the site's root."""
    return f"{FOLDER}/{day.isoformat()}/figures.json"


def api_dates(book: FigureBook) -> list[dt.date]:
    """The data dates the API publishes: the outcome data dates (the briefings' dates), or on a
    site with surveys only, the days its survey rounds closed."""
    return data_dates(book) or sorted({r.round.date for rounds in book.surveys.values() for r in rounds})


def figure_names(book: FigureBook) -> Iterator[tuple[str, str]]:
    """(dataset, figure) for every figure a page can place, as the figure catalogue lists them."""
    for key, log in sorted(book.outcomes.items()):
        for item in (*log.outcome.categories, *log.outcome.groups):
            yield key, item.key
    for key, rounds in sorted(book.surveys.items()):
        for name in [RESPONSES, *(q.key for q in rounds[0].survey.questions)]:
            yield key, name


def figures_at(book: FigureBook, day: dt.date) -> list[Figure]:
    """Every figure at data date ``day``: outcome datasets with data on that day, surveys with a
    round on or before it (the newest such round), as the pages pinned to ``day`` read them."""
    found = []
    for dataset, name in figure_names(book):
        if dataset in book.outcomes and day not in book.outcomes[dataset].outcome.data_dates:
            continue
        try:
            found.append(book.figure(dataset, name, Pins(data_date=day)))
        except NotFound:  # a survey with no round yet, or a question that round did not ask
            continue
    return found


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _count(count: Count) -> int | None:
    return None if count.suppressed else count.value


def _hidden(figure: Figure, style: NumberStyle) -> tuple[str, str] | None:
    """Why the figure's own value is not shown: (code, Danish reason), or None when it is."""
    if figure.count.status == SMALL:
        return SMALL, words.API_HIDDEN_SMALL.format(threshold=style.threshold)
    if figure.count.status == HIDDEN:
        return HIDDEN, words.API_HIDDEN_DERIVED
    if figure.unit == SHARE and figure.base is not None and figure.base.suppressed:
        return "base_hidden", words.API_HIDDEN_BASE
    return None


def figure_entry(figure: Figure, style: NumberStyle, revisions: list[dict[str, str]]) -> dict[str, Any]:
    """One figure as the API writes it; a suppressed value is null, never the number."""
    hidden = _hidden(figure, style)
    base = figure.base
    has_share = base is not None and base.value != 0
    entry: dict[str, Any] = {
        "name": figure.name,  # "forløb.aktive", as a writer places it
        "dataset": figure.dataset,
        "label": figure.label,
        "definition": figure.definition,
        "unit": figure.unit,
        "value": None if hidden else _number(figure.value(figure.unit, style.decimals)),
        "text": figure.text("", style),
        "count": _count(figure.count),
        "share": _number(figure.value(SHARE, style.decimals)) if has_share else None,
        "base": None if base is None else {"n": _count(base), "who": figure.base_who},
        "hidden": hidden is not None,
        "hidden_reason": hidden[0] if hidden else None,
        "hidden_text": hidden[1] if hidden else None,
        "data_date": figure.date.isoformat(),
        "period": figure.period,
        "source": figure.source,
        "revisions": revisions,
    }
    return entry


Changed = tuple[str, Correction, Change]  # a page, one of its corrections and the change in it


def changes_by_figure(ledger: Ledger, pins: Mapping[str, Pins]) -> dict[str, list[Changed]]:
    """Every change the ledger records on a page of this build (``pins``), by the figure it names
    (»forløb.alle«, whatever variant the page placed), in the order of the pages: read once for all
    the API's files, not once per figure."""
    found: dict[str, list[Changed]] = {}
    for page, entry in sorted(ledger.items()):
        if page not in pins or not entry.corrections:
            continue
        for correction in entry.corrections:
            for change in correction.changes:
                if (name := _figure_of(change.name)) is not None:
                    found.setdefault(name, []).append((page, correction, change))
    return found


def revision_history(
    book: FigureBook, ledger: Ledger, pins: Mapping[str, Pins], figure: Figure, day: dt.date,
    changes: Mapping[str, list[Changed]] | None = None,
) -> list[dict[str, str]]:  # fmt: skip
    """The corrections of ``figure`` at ``day``: every change in the ledger to this figure (in any
    of its variants) on a page that speaks of the same data (pinned to ``day``, or to the survey
    round ``day`` reads), oldest first. ``changes``: ``changes_by_figure(ledger, pins)``, made once."""
    wanted = book.resolved(figure.dataset, Pins(data_date=day))
    changes = changes_by_figure(ledger, pins) if changes is None else changes
    found = [
        {
            "date": correction.date.isoformat(),
            "page": page,
            "placeholder": change.name,
            "old": as_read(change.old),
            "new": as_read(change.new),
            "note": correction_notes([Correction(correction.date, (change,))], {change.name: figure.label})[0],
        }
        for page, correction, change in changes.get(figure.name, [])
        if _resolved(book, figure.dataset, pins[page]) == wanted
    ]
    return sorted(found, key=lambda r: r["date"])


def _resolved(book: FigureBook, dataset: str, pins: Pins) -> Pins | None:
    try:
        return book.resolved(dataset, pins)
    except NotFound:
        return None


def _figure_of(placeholder: str) -> str | None:
    """The figure a placeholder as the ledger writes it names (»forløb.alle« for »forløb.alle.andel« or
    »nøgletal: forløb.alle«), or None for a chart or a method box."""
    try:
        reference = parse(placeholder.removeprefix(KEY_FIGURE_PREFIX), 0, 0)
    except NotFound:
        return None
    return f"{reference.dataset}.{reference.name}" if reference.kind == "figure" else None


def document(
    loaded: Loaded, collected: Collected, day: dt.date, ledger: Ledger, changes: Mapping[str, list[Changed]]
) -> dict[str, Any]:
    """The figures of data date ``day`` with their revision history (``figures.json``); ``ledger``
    with this build's corrections, ``changes`` its changes by figure."""
    book, style = loaded.book, loaded.settings.number_style

    def history(figure: Figure) -> list[dict[str, str]]:
        return revision_history(book, ledger, collected.pins, figure, day, changes)

    return {
        "version": VERSION,
        "about": words.API_ABOUT,
        "site": loaded.site.name,
        "data_date": day.isoformat(),
        "threshold": style.threshold,
        "figures": [
            _with_round(book, figure_entry(figure, style, history(figure)), day) for figure in figures_at(book, day)
        ]
        + unit_entries(book, style, day),
    }


def unit_entries(book: FigureBook, style: NumberStyle, day: dt.date) -> list[dict[str, Any]]:
    """On a site with units: each unit's figures at ``day``, after the programme's. An entry is a
    programme figure's (``name`` and ``dataset`` as the writer names them, »forløb.aktive«) with
    ``org_unit``: the unit's key, name and municipality (``{{ forløb.aktive | enhed: nord }}``).
    A survey's (»evaluering.håb«) are those of the unit's newest round on or before ``day``, with
    ``survey_round``. The programme's own entries have no ``org_unit``; the ledger's corrections are
    the programme's. A suppressed value is null, as for the programme's."""
    found = []
    for programme, units in sorted(book.units.items()):
        if programme in book.outcomes and day not in book.outcomes[programme].outcome.data_dates:
            continue
        names = [name for dataset, name in figure_names(book) if dataset == programme]
        for unit in units:
            org_unit = {"key": unit.key, "name": unit.name, "municipality": unit.municipality}
            for name in names:
                try:
                    figure = book.figure(unit_dataset(programme, unit.key), name, Pins(data_date=day))
                except NotFound:  # a survey with no round yet, or a question that round did not ask
                    continue
                entry = {**figure_entry(figure, style, []), "name": f"{programme}.{name}", "dataset": programme}
                if programme in book.surveys:
                    entry["survey_round"] = book.survey_round(figure.dataset, Pins(data_date=day)).round.name
                found.append({**entry, "org_unit": org_unit})
    return found


def _with_round(book: FigureBook, entry: dict[str, Any], day: dt.date) -> dict[str, Any]:
    """A survey's figure also names its round (»2021«)."""
    survey_round = book.resolved(entry["dataset"], Pins(data_date=day)).survey_round
    return {**entry, "survey_round": survey_round} if survey_round else entry


def _address(site: Site, path: str) -> str:
    return f"{site.url.rstrip('/')}/{path}" if site.url.startswith("http") else path


def api_files(loaded: Loaded, collected: Collected) -> dict[str, str]:
    """The API's files (address from the site's root -> JSON text): one per data date and latest.json."""
    files = {}
    ledger = recorded(loaded.ledger, collected.pinned, collected.accepted)  # with this build's corrections
    changes = changes_by_figure(ledger, collected.pins)
    documents = [document(loaded, collected, day, ledger, changes) for day in api_dates(loaded.book)]
    for found in documents:
        files[dated_file(dt.date.fromisoformat(found["data_date"]))] = _json(found)
    if documents:
        newest = documents[-1]
        address = _address(loaded.site, dated_file(dt.date.fromisoformat(newest["data_date"])))
        files[LATEST] = _json({**newest, "dated_file": address})
    return files


def _json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_figures_api(output: Path, loaded: Loaded, collected: Collected) -> list[str]:
    """Write the API's files into the output folder (before the output guard scans it); their
    addresses from the site's root."""
    files = api_files(loaded, collected)
    for name, text in files.items():
        path = output / name
        path.parent.mkdir(parents=True, exist_ok=True)
        output_files.write_text(path, text)
    return list(files)
