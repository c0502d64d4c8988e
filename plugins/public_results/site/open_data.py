"""Open data: the published figures of every data date (and survey round) as CSV with a Frictionless
Data Package beside them.

``packages(book, settings)`` gives one ``Package`` per outcome data date and per survey round: tables
made from the figure book's protected counts, the very figures and cells the pages show (a hidden cell
is ``RESULTS_SUPPRESSED_MARKER``, as in the charts' downloads). Nothing is counted here, so nothing
below the privacy rules can appear. ``write_packages`` writes them to
``data/<dataset>/<YYYY-MM-DD>/`` (``status.csv`` … and ``datapackage.json``); the address of a
published data date never changes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import output_files
from ..charts.downloads import csv_text
from ..charts.view import Table, csv_cell, csv_share
from ..danish import numbers, words
from ..danish.style import count_in_text
from ..data.validate import SurveyRound
from ..figures.book import FigureBook
from ..figures.definitions import BASE, POSITIVE, RESPONSES
from ..figures.figure import Pins
from ..figures.methods import round_name
from ..settings import Settings, Site
from .open_data_rows import status_rows, units_rows

FOLDER = words.FOLDER_OPEN_DATA
DESCRIPTOR = "datapackage.json"
MEDIA_TYPES = {"csv": "text/csv", "json": "application/json"}


@dataclass(frozen=True)
class Resource:
    """One table of a package: its name (the CSV's stem), title, description, columns and rows."""

    name: str
    title: str
    description: str
    table: Table  # columns: names from words.OPEN_COLUMNS; cells as the CSV holds them

    @property
    def path(self) -> str:
        return f"{self.name}.csv"


@dataclass(frozen=True)
class Package:
    """The published figures of one dataset on one data date (or survey round)."""

    dataset: str  # the descriptor's key (»forløb«)
    title: str  # »Borgerforløb pr. 15. maj 2018«
    dataset_title: str  # »Borgerforløb«
    description: str
    source: str
    day: dt.date  # the data date, or the day the survey round closed
    start: dt.date  # the period the figures cover: from the start (outcome) or the round's day
    keywords: tuple[str, ...]
    resources: tuple[Resource, ...]
    positive: tuple[str, ...] = ()  # a survey's answers that count as positive
    survey_round: str = ""  # a survey round's name (its day is the day it closed); "" for an outcome

    @property
    def folder(self) -> str:
        """``<dataset>/<YYYY-MM-DD>``, inside the open-data folder."""
        return f"{folder_name(self.dataset)}/{self.day.isoformat()}"

    @property
    def name(self) -> str:
        """The package's name in Frictionless' alphabet: ``forloeb-2018-05-15``."""
        return f"{folder_name(self.dataset)}-{self.day.isoformat()}"


def folder_name(dataset: str) -> str:
    """A dataset's key as a folder name: ASCII, lower case (»forløb« -> ``forloeb``)."""
    ascii_key = dataset.translate(words.TRANSLITERATION).lower()
    return "".join(c if c.isascii() and c.isalnum() else "-" for c in ascii_key).strip("-")


def packages(book: FigureBook, settings: Settings, *, with_rows: bool = True) -> list[Package]:
    """Every outcome data date and every survey round, oldest first within each dataset.
    ``with_rows=False``: the tables without their rows, to list the packages (the »Data« page names
    each package's files; making every row of every unit at every data date took a second at 98 units)."""
    found = []
    for key, log in sorted(book.outcomes.items()):
        found += [_outcome_package(book, settings, key, day, with_rows) for day in log.outcome.data_dates]
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in sorted(rounds, key=lambda r: r.round.date):
            found.append(_survey_package(book, settings, key, survey_round.round.name, with_rows))
    return found


def _description(title: str, period: str, source: str, settings: Settings) -> str:
    return words.OPEN_PACKAGE_DESCRIPTION.format(
        title=title, period=period, marker=settings.suppressed_marker, source=source
    )


def _outcome_package(book: FigureBook, settings: Settings, dataset: str, day: dt.date, with_rows: bool) -> Package:
    """Every status and group on ``day``: its count, its base and its share, as the figures show them."""
    outcome = book.outcomes[dataset].outcome
    rows = status_rows(book, settings, dataset, day) if with_rows else []
    name, title, description = words.OPEN_OUTCOME_TABLE
    columns = words.OPEN_OUTCOME_COLUMNS
    resources = [Resource(name, title, description, Table(columns, tuple(rows)))]
    if dataset in book.units:  # a programme: every unit's figures too, a row per unit (and the programme's)
        resources.append(_units_resource(book, settings, dataset, day, with_rows))
    period = words.PERIOD_DATE.format(date=numbers.format_date(day))
    labels = [c.label for c in outcome.categories] + [g.label for g in outcome.groups]
    return Package(
        dataset=dataset,
        title=words.OPEN_PACKAGE_TITLE.format(title=outcome.title, period=period),
        dataset_title=outcome.title,
        description=_description(outcome.title, period, outcome.source, settings),
        source=outcome.source,
        day=day,
        start=outcome.start,
        keywords=(outcome.title, *labels),
        resources=tuple(resources),
    )


def _units_resource(book: FigureBook, settings: Settings, dataset: str, day: dt.date, with_rows: bool) -> Resource:
    name, title, description = words.OPEN_UNITS_TABLE
    columns = (*words.OPEN_UNIT_COLUMNS, *words.OPEN_OUTCOME_COLUMNS)
    text = description.format(marker=settings.suppressed_marker)
    rows = units_rows(book, settings, dataset, day) if with_rows else []
    return Resource(name, title, text, Table(columns, tuple(rows)))


def _survey_package(book: FigureBook, settings: Settings, dataset: str, round_key: str, with_rows: bool) -> Package:
    """A survey round: each question's positive answers, n and share; every answer; the background."""
    survey_round = book.survey_round(dataset, Pins(survey_round=round_key))
    survey = survey_round.survey
    questions, answers = _answer_rows(book, settings, survey_round) if with_rows else ([], [])
    tables = [
        (words.OPEN_QUESTIONS_TABLE, words.OPEN_QUESTION_COLUMNS, questions),
        (words.OPEN_ANSWERS_TABLE, words.OPEN_ANSWER_COLUMNS, answers),
    ]
    if survey.background:  # a row per value of each question and »I alt«: rows whenever there are questions
        background = _background_rows(book, settings, survey_round) if with_rows else []
        tables.append((words.OPEN_BACKGROUND_TABLE, words.OPEN_BACKGROUND_COLUMNS, background))
    period = words.PERIOD_SURVEY.format(round=round_name(survey_round.round.name))
    resources = tuple(
        Resource(name, title, description, Table(columns, tuple(rows)))
        for (name, title, description), columns, rows in tables
    )
    return Package(
        dataset=dataset,
        title=words.OPEN_PACKAGE_TITLE.format(title=survey.title, period=period),
        dataset_title=survey.title,
        description=_description(survey.title, period, survey.source, settings),
        source=survey.source,
        day=survey_round.round.date,
        start=survey_round.round.date,
        keywords=(survey.title, *(q.label for q in survey.questions)),
        resources=resources,
        positive=tuple(s.answer for s in survey.scale if s.positive),
        survey_round=survey_round.round.name,
    )


Rows = list[tuple[str, ...]]


def _answer_rows(book: FigureBook, settings: Settings, survey_round: SurveyRound) -> tuple[Rows, Rows]:
    """Per question: positive answers, n and share (as the agreement chart); per answer: its count and
    share of n (as the answer chart)."""
    survey = survey_round.survey
    marker, decimals = settings.suppressed_marker, settings.percent_decimals
    steps = [s.answer for s in survey.scale if s.counted] + ([""] if survey.blank_counted else [])
    questions: Rows = []
    answers: Rows = []
    for question in survey.questions:
        counts = book.answers(survey_round, question.key)
        n, positive = counts[BASE], counts[POSITIVE]
        shown_n = csv_cell(n, marker)
        share = csv_share(positive, n, decimals, marker)
        questions.append((question.key, question.label, question.header, csv_cell(positive, marker), shown_n, share))
        for step in steps:
            count = counts[step]
            shown = (csv_cell(count, marker), csv_share(count, n, decimals, marker), shown_n)
            answers.append((question.key, question.label, step or words.BLANK_ANSWER, *shown))
    return questions, answers


def _background_rows(book: FigureBook, settings: Settings, survey_round: SurveyRound) -> Rows:
    """Responses per value of each background question, and all responses (»I alt«)."""
    marker, decimals = settings.suppressed_marker, settings.percent_decimals
    rows: Rows = []
    for item in survey_round.survey.background:
        counts = book.background_counts(survey_round, item.key)
        total = counts[RESPONSES]
        values = [(value or words.NOT_STATED, count) for value, count in counts.items() if value != RESPONSES]
        for value, count in [*values, (words.TOTAL, total)]:
            rows.append(
                (item.key, item.header, value, csv_cell(count, marker), csv_share(count, total, decimals, marker))
            )
    return rows


def licence(address: str) -> dict[str, str]:
    """The licence as a Data Package names it: its short name, address and title."""
    name, title = words.LICENCES.get(address, (address, address))
    return {"name": name, "path": address, "title": title}


def rule(settings: Settings) -> str:
    """The suppression rule in one sentence, for the package and its columns."""
    threshold = settings.min_count
    return words.OPEN_SUPPRESSION_RULE.format(under=threshold - 1, threshold=count_in_text(threshold))


def _field(name: str, settings: Settings, positive: str) -> dict[str, Any]:
    kind, title, description = (words.OPEN_COLUMNS | words.OPEN_UNIT_COLUMNS)[name]
    text = description.format(marker=settings.suppressed_marker, positive=positive)
    field: dict[str, Any] = {"name": name, "type": kind, "title": title, "description": text}
    if name in words.OPEN_UNITS:
        field["unit"] = words.OPEN_UNITS[name]
    if kind == "number":
        field["decimalChar"] = ","
    return field


def datapackage(package: Package, settings: Settings, site: Site, code_version: str, base: str) -> dict[str, Any]:
    """The package's ``datapackage.json`` (Frictionless Data Package, tabular): its tables' schemas with
    Danish titles and descriptions, units, the suppression rule, source, licence, data date and the
    build's code version. ``base``: the open-data folder's address (absolute when published, else
    relative to the package's own folder)."""
    positive = words.JOIN_OR.join(words.QUOTED.format(text=step) for step in package.positive)
    publisher = settings.municipality or site.name
    resources = []
    for resource in package.resources:
        resources.append({
            "name": resource.name,
            "path": resource.path,
            "profile": "tabular-data-resource",
            "title": resource.title,
            "description": resource.description,
            "format": "csv",
            "mediatype": MEDIA_TYPES["csv"],
            "encoding": "utf-8-sig",
            "dialect": {"delimiter": ";", "lineTerminator": "\r\n", "header": True},
            "schema": {
                "fields": [_field(name, settings, positive) for name in resource.table.columns],
                "missingValues": [settings.suppressed_marker, ""],
            },
        })  # fmt: skip
    return {
        "profile": "tabular-data-package",
        "name": package.name,
        "id": f"{base}/{package.folder}/{DESCRIPTOR}",
        "title": package.title,
        "description": package.description,
        "homepage": f"{base}/index.html",
        "keywords": list(package.keywords),
        "licenses": [licence(settings.data_licence)],
        "sources": [{"title": package.source}],
        "contributors": [{"title": publisher, "role": "publisher"}] if publisher else [],
        "temporal": {"start": package.start.isoformat(), "end": package.day.isoformat()},
        "dataDate": package.day.isoformat(),
        "suppression": {"rule": rule(settings), "marker": settings.suppressed_marker},
        "codeVersion": code_version,
        "resources": resources,
    }


def write_packages(output: Path, found: list[Package], settings: Settings, site: Site, code_version: str) -> list[Path]:
    """Each package's CSV files and ``datapackage.json`` in ``<output>/data/<dataset>/<date>/``."""
    base = f"{site.url.rstrip('/')}/{FOLDER}" if site.url.startswith("http") else "../.."  # seen from a package
    written = []
    for package in found:
        folder = output / FOLDER / package.folder
        folder.mkdir(parents=True, exist_ok=True)
        for resource in package.resources:
            path = folder / resource.path
            output_files.write_bytes(path, csv_text(resource.table).encode("utf-8"))
            written.append(path)
        descriptor = datapackage(package, settings, site, code_version, base)
        path = folder / DESCRIPTOR
        output_files.write_text(path, json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n")
        written.append(path)
    return written
