"""The generated pages: a briefing per data date, and the live key figures ("Tal og resultater").

Pure: from the FigureBook, the settings and where the page is, the HTML of the page's
body (cards, charts, method boxes, definitions, response rates, caveats) and what it
shows, for the ledger. Charts are resolved like any page's, so they are drawn with all
the site's charts and carry the same numbers. A briefing also gets what its two-page PDF
shows (``PdfParts``: key messages, the key figures, one or two charts as their PNG
downloads, the method in a few lines per dataset); the theme's ``briefing_pdf.html`` lays
it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ..charts.by_name import ChartView, site_charts
from ..charts.survey import AGREEMENT
from ..charts.view import FORM_TIME
from ..danish import numbers, words
from ..errors import NotFound, Problem
from ..figures.book import FigureBook
from ..figures.briefings import Briefing, Card, cards, default_figures
from ..figures.figure import Pins
from ..figures.units import UNIT_MARK, unit_dataset
from ..pages.blocks import render_template
from ..pages.placeholders import Reference, token
from ..pages.resolve import Place, resolve
from ..settings import Settings
from .live_sections import Section, live_sections
from .pdf_parts import PdfParts, pdf_parts

METHOD_PREFIX = f"{words.BLOCK_METHOD}:"  # "metode:forløb": a method box among the charts of a briefing


@dataclass
class Body:
    html: str = ""
    charts: dict[str, ChartView] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)  # for the ledger: what the page shows
    labels: dict[str, str] = field(default_factory=dict)  # each of ``shown`` by what a reader calls it
    problems: list[Problem] = field(default_factory=list)
    cards_html: str = ""  # the key figures alone
    pdf: PdfParts | None = None  # a briefing's PDF


@dataclass(frozen=True)
class Term:
    label: str
    definition: str


@dataclass(frozen=True)
class ResponseRate:
    survey: str
    round: str
    invited: str
    answered: str
    rate: str


def default_charts(book: FigureBook) -> list[str]:
    """Without RESULTS_BRIEFING_CHARTS: each breakdown and its development, and each survey's agreement."""
    names = []
    for key, log in sorted(book.outcomes.items()):
        for breakdown in log.outcome.breakdowns:
            names += [f"{key}.{breakdown.key}", f"{key}.{breakdown.key}.{FORM_TIME}"]
    return names + [f"{key}.{AGREEMENT}" for key in sorted(book.surveys)]


def terms(book: FigureBook) -> list[Term]:
    """The definitions the descriptor gives, in its order."""
    found = []
    for _, log in sorted(book.outcomes.items()):
        for item in (*log.outcome.categories, *log.outcome.groups):
            if item.definition:
                found.append(Term(item.label, item.definition))
    return found


def response_rates(book: FigureBook, briefing: Briefing | None) -> list[ResponseRate]:
    """Invited and answered for each survey round of the briefing (every round: None)."""
    found = []
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in sorted(rounds, key=lambda r: r.round.date):
            if briefing is not None and (key, survey_round.round.name) not in briefing.rounds:
                continue
            answered, invited = book.response_count(survey_round), survey_round.round.invited  # protected
            rate = "" if not invited or answered.suppressed else numbers.format_percent(answered.value, invited)
            found.append(
                ResponseRate(
                    survey=survey_round.survey.title,
                    round=survey_round.round.name,
                    invited=numbers.format_count(invited) if invited else "",
                    answered=words.SUPPRESSED_HIDDEN if answered.suppressed else numbers.format_count(answered.value),
                    rate=rate,
                )
            )
    return found


def caveats(book: FigureBook, datasets: list[str]) -> list[str]:
    found = []
    for key in datasets:
        if key in book.surveys:
            survey = book.surveys[key][0].survey
            if survey.population:
                found.append(words.POPULATION.format(survey=survey.title, population=survey.population))
            found += list(survey.caveats)
        elif key in book.outcomes:
            found += list(book.outcomes[key].outcome.caveats)
    return found


def _references(kind: str, names: list[str]) -> list[Reference]:
    found = []
    for index, name in enumerate(names):
        parts = name.split(".")
        found.append(
            Reference(
                token=token(10_000 + index) if kind == "chart" else token(20_000 + index),
                text=f"{words.BLOCK_CHART if kind == 'chart' else words.BLOCK_METHOD}: {name}",
                line=0,
                kind=kind,
                dataset=parts[0],
                name=parts[1] if len(parts) > 1 else "",
                variant=parts[2] if len(parts) > 2 else "",
            )
        )
    return found


def _blocks(book: FigureBook, settings: Settings, names: list[str], pins: Pins, place: Place, body: Body) -> list[str]:
    """Charts and method boxes resolved for the page; their problems are the settings'."""
    references = _references("chart", [n for n in names if not n.startswith(METHOD_PREFIX)])
    references += _references("method", [n.removeprefix(METHOD_PREFIX) for n in names if n.startswith(METHOD_PREFIX)])
    page = resolve(book, settings, references, pins, place)
    body.charts.update(page.charts)
    body.shown.update(page.shown)
    body.labels.update(page.labels)
    body.problems += [
        Problem(file="pelicanconf.py", what=p.what, fix=p.fix) for p in page.problems
    ]  # a name in RESULTS_BRIEFING_CHARTS that does not exist
    return [page.blocks[r.token] for r in references if r.token in page.blocks]


def key_figure_cards(
    book: FigureBook, settings: Settings, briefing: Briefing, body: Body, unit: str = ""
) -> list[Card]:
    """The key figures (RESULTS_BRIEFING_FIGURES); with ``unit``, that unit's (``unit_names``)."""
    names = unit_names(book, list(settings.briefing_figures) or default_figures(book), unit)
    try:
        found = cards(book, names, briefing, settings, dict(settings.targets))
    except NotFound as error:
        body.problems.append(
            Problem(file="pelicanconf.py", what=f"RESULTS_BRIEFING_FIGURES: {error.what}", fix=error.fix)
        )
        return []
    body.shown.update({words.SHOWN_KEY_FIGURE.format(name=c.name): f"{c.value} {c.base}".strip() for c in found})
    body.labels.update({words.SHOWN_KEY_FIGURE.format(name=c.name): c.label for c in found})
    return found


def _datasets(book: FigureBook, briefing: Briefing) -> list[str]:
    return sorted(book.outcomes) + [key for key, _ in briefing.rounds]


def unit_names(book: FigureBook, names: list[str], unit: str) -> list[str]:
    """``names`` (»forløb.aktive«) as ``unit``'s figures (»forløb@nord.aktive«): only those of a
    dataset with units (a unit's briefing never shows the programme's figures as its own); without
    ``unit``, ``names`` as they are."""
    if not unit:
        return names
    found = []
    for name in names:
        dataset, _, rest = name.partition(".")
        if dataset in book.units:
            found.append(f"{unit_dataset(dataset, unit)}.{rest}")
    return found


def briefing_body(
    book: FigureBook, settings: Settings, briefing: Briefing, place: Place, pdf: str, unit: str = ""
) -> Body:
    """The body of the briefing for one data date; with ``unit`` (``place.unit`` too), that unit's:
    its key figures, charts and method boxes from the unit's datasets (see ``unit_names``)."""
    body = Body()
    found = key_figure_cards(book, settings, briefing, body, unit)
    surveys = {key for key, _ in briefing.rounds}
    names = [
        n
        for n in (list(settings.briefing_charts) or default_charts(book))
        if (n.split(".")[0] not in book.surveys or n.split(".")[0] in surveys)
        and (not unit or n.split(".")[0] in book.units)
    ]
    datasets = _datasets(book, briefing) if not unit else [unit_dataset(d, unit) for d in sorted(book.units)]
    methods = [d.partition(UNIT_MARK)[0] for d in datasets]  # the page's unit picks the unit's method box
    pins = Pins(data_date=briefing.date, survey_round=briefing.rounds[0][1] if briefing.rounds else None)
    blocks = _blocks(book, settings, [*names, *(f"{METHOD_PREFIX}{d}" for d in methods)], pins, place, body)
    body.html = render_template(
        "briefing_body.html",
        briefing=briefing,
        date=numbers.format_date(briefing.date),
        previous=numbers.format_date(briefing.previous) if briefing.previous else "",
        cards=found,
        charts=blocks[: len(blocks) - len(datasets)],
        methods=blocks[len(blocks) - len(datasets) :],
        terms=terms(book),
        rates=response_rates(book, briefing),
        caveats=caveats(book, datasets),
        pdf=pdf,
    )
    figures = unit_names(book, list(settings.briefing_figures) or default_figures(book), unit)
    body.pdf = pdf_parts(book, settings, briefing, place, found, list(body.charts.values()), datasets, figures)
    return body


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    date: dt.date


def live_body(
    book: FigureBook,
    settings: Settings,
    newest: Briefing,
    place: Place,
    archive: list[Link],
) -> Body:
    """The live key figures: the newest briefing's cards, every chart of the site in sections (with a
    table of contents), the archive."""
    body = Body()
    found = key_figure_cards(book, settings, newest, body)

    def resolved(section: Section) -> Section:
        return replace(
            section,
            html=tuple(_blocks(book, settings, list(section.charts), Pins(), place, body)),
            parts=tuple(resolved(part) for part in section.parts),
        )

    sections = [resolved(section) for section in live_sections(book, site_charts(book))]
    body.cards_html = render_template("cards.html", cards=found)
    body.html = render_template(
        "live_body.html",
        date=numbers.format_date(newest.date),
        cards=found,
        sections=sections,
        archive=archive,
        rates=response_rates(book, None),
    )
    return body
