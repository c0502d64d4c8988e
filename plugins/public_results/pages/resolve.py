"""Resolve every reference of one page against the build's figures.

Pure: takes references and pins, returns the values, blocks and problems.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..charts.by_name import ChartView, chart_view
from ..charts.drawing import DRAWING_KEY, drawing_key
from ..danish import numbers, words
from ..errors import NotFound, Problem
from ..figures.book import FigureBook
from ..figures.figure import CHANGE, FRACTION, SHARE, Figure, Pins
from ..figures.methods import method_view
from ..plain_data import keepable
from ..settings import Settings
from .blocks import anchor, chart_html, inline_html, method_html
from .placeholders import Reference
from .safety_net import Facts


@dataclass
class ResolvedPage:
    values: dict[str, str] = field(default_factory=dict)  # token -> plain text
    blocks: dict[str, str] = field(default_factory=dict)  # token -> HTML
    problems: list[Problem] = field(default_factory=list)
    data_dates: set[dt.date] = field(default_factory=set)
    suppressed: set[str] = field(default_factory=set)  # tokens of figures shown as suppressed
    shown: dict[str, str] = field(default_factory=dict)  # placeholder as written -> what a reader sees
    charts: dict[str, ChartView] = field(default_factory=dict)  # drawing key -> chart, drawn after all pages
    facts: dict[str, Facts] = field(default_factory=dict)  # token -> the figure's numbers, for the safety net

    @property
    def data_date_label(self) -> str | None:
        return ", ".join(numbers.format_date(d) for d in sorted(self.data_dates)) or None

    def html_values(self) -> dict[str, str]:
        return {t: inline_html(v) for t, v in self.values.items()}


@dataclass(frozen=True)
class Place:
    """Where a page is: its file, the URL of the chart downloads from it, the drawing version."""

    file: str
    downloads: str = words.FOLDER_DOWNLOADS
    drawing_version: str = ""
    site: str = ""  # the site's root as seen from the page: "", "..", or the SITEURL


def resolve(
    book: FigureBook,
    settings: Settings,
    references: list[Reference],
    pins: Pins,
    place: Place,
) -> ResolvedPage:
    """Every reference's value (figures) or HTML (charts, method boxes) for ``pins``; a name that
    does not exist is a problem naming its line."""
    page = ResolvedPage()
    file = place.file
    used_anchors: set[str] = set()
    for ref in references:
        try:
            if ref.kind == "figure":
                shown = _shown_figure(book, ref, pins, settings)
                page.values[ref.token] = shown.text
                page.facts[ref.token] = shown.facts
                if shown.suppressed:
                    page.suppressed.add(ref.token)
                page.shown[ref.text] = shown.text
                if ref.dataset in book.outcomes:
                    page.data_dates.add(shown.date)
            elif ref.kind == "chart":
                name = _chart_name(ref)
                view = chart_view(book, name, pins, settings)
                html_id = _unique(anchor(words.ANCHOR_CHART, view.key), used_anchors)
                key, page.blocks[ref.token] = _chart_block(book, ref.dataset, name, pins, html_id, place, view)
                page.charts[key] = view
                page.shown[ref.text] = _chart_shown(view)
                if ref.dataset in book.outcomes:
                    page.data_dates.add(book.data_date(ref.dataset, pins))
            else:
                view = method_view(book, ref.dataset, pins, settings)
                html_id = _unique(anchor(words.ANCHOR_METHOD, ref.dataset), used_anchors)
                page.blocks[ref.token] = method_html(view, html_id, place.site)
                page.shown[ref.text] = " ".join(view.lines)
        except NotFound as error:
            page.problems.append(Problem(file=file, line=ref.line, what=error.what, fix=error.fix))
    return page


def shown_values(book: FigureBook, settings: Settings, references: list[Reference], pins: Pins) -> dict[str, str]:
    """What each figure and chart of ``references`` shows for ``pins``, as ``resolve`` records it
    (``ResolvedPage.shown``), without making any HTML; a name that does not exist is left out."""
    shown = {}
    for ref in references:
        try:
            if ref.kind == "figure":
                shown[ref.text] = _shown_figure(book, ref, pins, settings).text
            elif ref.kind == "chart":
                shown[ref.text] = _chart_shown(chart_view(book, _chart_name(ref), pins, settings))
        except NotFound:
            continue
    return shown


def _chart_name(ref: Reference) -> str:
    return ".".join(p for p in (ref.dataset, ref.name, ref.variant) if p)


RECORDED_HIDDEN = "[c]"  # a hidden cell in the record, whatever RESULTS_SUPPRESSED_MARKER shows


def _chart_shown(view: ChartView) -> str:
    """A chart as the record of shown figures holds it: its table's rows, a hidden cell always as
    RECORDED_HIDDEN, so that another marker on the page is no change of a published figure."""
    return "; ".join(
        " ".join([row[0], *(RECORDED_HIDDEN if cell == view.marker else cell for cell in row[1:])]) for row in view.rows
    )


def _chart_block(
    book: FigureBook, dataset: str, name: str, pins: Pins, html_id: str, place: Place, view: ChartView
) -> tuple[str, str]:
    """The chart's drawing key and its HTML on the page. The key is remembered with the chart's
    figures (hashing a spec is not free); the HTML is made on every build from it, so no markup is
    read back from a cache."""

    def made() -> str:
        return drawing_key(view.spec, place.drawing_version, (view.title, view.subtitle, view.source))

    parts = ("drawing", name, book.resolved(dataset, pins), place.drawing_version)
    key = book.remember(dataset, parts, made)
    if not (isinstance(key, str) and DRAWING_KEY.fullmatch(key)):
        key = made()  # what the cache gave is not a key: made again
    return key, chart_html(view, html_id, key, place.downloads)


@keepable
@dataclass(frozen=True)
class ShownFigure:
    """A figure as one placeholder shows it: its text, its numbers for the safety net, its date."""

    text: str
    facts: Facts
    suppressed: bool
    date: dt.date


def _shown_figure(book: FigureBook, ref: Reference, pins: Pins, settings: Settings) -> ShownFigure:
    """The figure of ``ref`` as shown (remembered: formatting Danish numbers is not free)."""
    figure = book.figure(ref.dataset, ref.name, pins)  # NotFound for a name or pin that does not exist

    def make() -> ShownFigure:
        text = figure.text(ref.variant, settings.number_style)
        facts = _facts(figure, ref.variant, settings.percent_decimals)
        return ShownFigure(text, facts, figure.is_suppressed(ref.variant), figure.date)

    return book.remember(ref.dataset, ("shown", ref.name, ref.variant, book.resolved(ref.dataset, pins)), make)


def _facts(figure: Figure, variant: str, decimals: int) -> Facts:
    shown = variant or figure.unit
    share = figure.value(SHARE, decimals) if shown in {SHARE, FRACTION} else None
    return Facts(
        share=share,
        change=figure.change(decimals) if shown == CHANGE else None,
        is_change=shown == CHANGE,
        is_generated_words=shown == FRACTION,
    )


def _unique(anchor_id: str, used: set[str]) -> str:
    candidate, number = anchor_id, 2
    while candidate in used:
        candidate, number = f"{anchor_id}-{number}", number + 1
    used.add(candidate)
    return candidate
