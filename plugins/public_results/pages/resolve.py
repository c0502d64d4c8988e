"""Resolve every reference of one page against the build's figures.

Pure: takes references and pins, returns the values, blocks and problems.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ..charts.by_name import ChartView, chart_view
from ..charts.drawing import DRAWING_KEY, drawing_key
from ..charts.unit_views import unit_comparison
from ..danish import numbers, style, words
from ..errors import NotFound, Problem
from ..figures.book import FigureBook
from ..figures.figure import BASE, CHANGE, FRACTION, RECORDED_HIDDEN, SHARE, Figure, Pins
from ..figures.methods import MethodView, method_view
from ..plain_data import keepable
from ..settings import Settings
from .blocks import anchor, chart_html, inline_html, method_html
from .honesty_check import claim_of
from .placeholders import Reference
from .safety_net import Facts
from .units import for_unit, for_units, is_unit_figure, unit_text, with_compare_method


@dataclass
class ResolvedPage:
    values: dict[str, str] = field(default_factory=dict)  # token -> plain text, as running text writes it
    blocks: dict[str, str] = field(default_factory=dict)  # token -> HTML
    problems: list[Problem] = field(default_factory=list)
    data_dates: set[dt.date] = field(default_factory=set)
    suppressed: set[str] = field(default_factory=set)  # tokens of figures shown as suppressed
    shown: dict[str, str] = field(default_factory=dict)  # placeholder as written -> what a reader sees
    labels: dict[str, str] = field(default_factory=dict)  # placeholder as written -> what a reader calls it
    charts: dict[str, ChartView] = field(default_factory=dict)  # drawing key -> chart, drawn after all pages
    facts: dict[str, Facts] = field(default_factory=dict)  # token -> the figure's numbers, for the safety net
    notes: dict[str, str] = field(default_factory=dict)  # token -> its base as a note (RESULTS_BASE_STYLE = "note")

    @property
    def data_date_label(self) -> str | None:
        return ", ".join(numbers.format_date(d) for d in sorted(self.data_dates)) or None

    def html_values(self) -> dict[str, str]:
        """Each token's value as HTML; a note's mark is a link to its note."""
        values = {t: inline_html(v) for t, v in self.values.items()}
        for number, token in enumerate(self.notes, 1):
            values[token] = NOTE_MARK.format(number=number, anchor=words.ANCHOR_NOTE)
        return values

    @property
    def note_tokens(self) -> frozenset[str]:
        return frozenset(self.notes)

    def notes_html(self) -> str:
        """The bases as notes below the text (``RESULTS_BASE_STYLE = "note"``), or ""."""
        if not self.notes:
            return ""
        items = "".join(
            NOTE_ITEM.format(number=number, anchor=words.ANCHOR_NOTE, text=inline_html(text))
            for number, text in enumerate(self.notes.values(), 1)
        )
        return NOTE_LIST.format(items=items)


NOTE_MARK = '<sup class="base-note"><a href="#{anchor}-{number}" id="{anchor}-ref-{number}">{number}</a></sup>'
NOTE_ITEM = '<li id="{anchor}-{number}">{text}</li>'
NOTE_LIST = '<ol class="base-notes">{items}</ol>'
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class Place:
    """Where a page is: its file, the URL of the chart downloads from it, the drawing version."""

    file: str
    downloads: str = words.FOLDER_DOWNLOADS
    drawing_version: str = ""
    site: str = ""  # the site's root as seen from the page: "", "..", or the SITEURL
    date_line: int | None = None  # the line of its »Datadato:«, where a wrong data date is reported
    unit: str = ""  # the unit whose page it is (a unit page, an article with »Enhed:«); "": the programme


def resolve(
    book: FigureBook,
    settings: Settings,
    references: list[Reference],
    pins: Pins,
    place: Place,
) -> ResolvedPage:
    """Every reference's value (figures) or HTML (charts, method boxes) for ``pins``; a name that
    does not exist is one problem naming its lines, a data date that does not exist one problem at
    the page's »Datadato:«."""
    page = ResolvedPage()
    file = place.file
    used_anchors: set[str] = set()
    for written in references:
        ref = written
        try:
            if is_unit_figure(written):
                page.values[ref.token] = page.shown[ref.text] = unit_text(book, ref, place.unit)
                continue
            ref = for_unit(book, written, place.unit)
            if ref.kind == "figure":
                shown = _shown_figure(book, ref, pins, settings)
                page.values[ref.token] = shown.prose
                if ref.variant == BASE and settings.base_style == words.BASE_STYLES[1] and not shown.suppressed:
                    page.notes[ref.token] = style.base_note(shown.prose[:1].lower() + shown.prose[1:])
                    page.values[ref.token] = str(len(page.notes)).translate(SUPERSCRIPT)
                page.facts[ref.token] = shown.facts
                if shown.suppressed:
                    page.suppressed.add(ref.token)
                page.shown[ref.text], page.labels[ref.text] = shown.text, shown.label
                if ref.dataset in book.outcomes:
                    page.data_dates.add(shown.date)
            elif ref.kind in {"chart", "compare"}:
                view = _view(book, ref, pins, settings, place.unit)
                name = _chart_name(ref) if ref.kind == "chart" else f"{ref.kind}:{_chart_name(ref)}"  # its own drawing
                if ref.kind == "compare":  # the page's unit is marked, the writer's drawn: a drawing of its own
                    name = "@".join((name, place.unit, *ref.units))
                html_id = _unique(anchor(words.ANCHOR_CHART, view.key), used_anchors)
                key, page.blocks[ref.token] = _chart_block(book, ref.dataset, name, pins, html_id, place, view)
                page.charts[key] = view
                page.shown[ref.text], page.labels[ref.text] = _chart_shown(view), view.title
                if ref.dataset in book.outcomes:
                    page.data_dates.add(book.data_date(ref.dataset, pins))
            else:
                on_page = for_units(book, references, place.unit)
                hidden = _charts_hidden(book, ref, on_page, pins, settings)
                view = with_compare_method(method_view(book, ref.dataset, pins, settings, hidden), ref, on_page)
                html_id = _unique(anchor(words.ANCHOR_METHOD, ref.dataset), used_anchors)
                page.blocks[ref.token] = method_html(_styled(view, settings), html_id, place.site)
                page.shown[ref.text], page.labels[ref.text] = _method_shown(view), view.heading
        except NotFound as error:
            line = place.date_line if _pinned_date_missing(book, ref.dataset, pins) else ref.line
            page.problems.append(Problem(file=file, line=line or ref.line, what=error.what, fix=error.fix))
    page.problems = one_per_cause(page.problems)
    return page


def _pinned_date_missing(book: FigureBook, dataset: str, pins: Pins) -> bool:
    """Whether the page's »Datadato:« is a date the outcome ``dataset`` does not have."""
    outcome = book.outcomes.get(dataset)
    return outcome is not None and pins.data_date is not None and pins.data_date not in outcome.outcome.data_dates


def one_per_cause(problems: list[Problem]) -> list[Problem]:
    """One problem per cause: the same mistake (same file, text and fix) on several lines is one
    problem listing its lines, in the order first found."""
    merged: dict[tuple[str, str, str], Problem] = {}
    for problem in problems:
        key = (problem.file, problem.what, problem.fix)
        first = merged.get(key)
        if first is None:
            merged[key] = problem
        elif problem.line is not None and problem.line != first.line and problem.line not in first.more_lines:
            merged[key] = replace(first, more_lines=(*first.more_lines, problem.line))
    return list(merged.values())


def shown_values(book: FigureBook, settings: Settings, references: list[Reference], pins: Pins) -> dict[str, str]:
    """What each figure and chart of ``references`` shows for ``pins``, as ``resolve`` records it
    (``ResolvedPage.shown``), without making any HTML; a name that does not exist is left out."""
    shown = {}
    for ref in references:
        try:
            if ref.kind == "figure":
                shown[ref.text] = _shown_figure(book, ref, pins, settings).text  # as recorded
            elif ref.kind in {"chart", "compare"}:
                shown[ref.text] = _chart_shown(_view(book, ref, pins, settings))
        except NotFound:
            continue
    return shown


def _charts_hidden(
    book: FigureBook, box: Reference, references: list[Reference], pins: Pins, settings: Settings
) -> int | None:
    """How many values the page's charts of the method box's dataset hide (None: it has none), so
    the box says what the charts say."""
    charts = {(r.kind, _chart_name(r)): r for r in references if r.is_block and r.kind != "method"}
    hidden = []
    for _, ref in sorted((key, r) for key, r in charts.items() if r.dataset == box.dataset):
        try:
            hidden.append(_view(book, ref, pins, settings).suppressed)
        except NotFound:
            continue  # reported where the chart stands
    return sum(hidden) if hidden else None


def _chart_name(ref: Reference) -> str:
    return ".".join(p for p in (ref.dataset, ref.name, ref.variant) if p)


def _view(book: FigureBook, ref: Reference, pins: Pins, settings: Settings, own: str = "") -> ChartView:
    """The chart of a »graf:« or a »sammenlign:« placeholder (``own``: the page's unit, marked in a
    comparison; its table is the same on every page)."""
    name = _chart_name(ref)
    if ref.kind == "compare":
        return unit_comparison(book, name, pins, settings, own, ref.units)
    return chart_view(book, name, pins, settings)


RECORDED_ROWS = "; "  # between the rows of a chart's table in the record

# RECORDED_HIDDEN (figures/figure.py): a hidden cell in the record, whatever RESULTS_SUPPRESSED_MARKER shows


def _method_shown(view: MethodView) -> str:
    """A method box as the record of shown figures holds it: the figures in its text, in order (its
    counts, shares and dates), not its words: reworded prose is no change of a published figure."""
    return numbers.figures_in(" ".join(view.lines))


def _chart_shown(view: ChartView) -> str:
    """A chart as the record of shown figures holds it: its table's rows, a hidden cell always as
    RECORDED_HIDDEN, so that another marker on the page is no change of a published figure."""
    return RECORDED_ROWS.join(
        " ".join([row[0], *(RECORDED_HIDDEN if cell == view.marker else cell for cell in row[1:])]) for row in view.rows
    )


def _chart_block(
    book: FigureBook, dataset: str, name: str, pins: Pins, html_id: str, place: Place, view: ChartView
) -> tuple[str, str]:
    """The chart's drawing key and its HTML on the page. The key is remembered with the chart's
    figures (hashing a spec is not free); the HTML is made on every build from it, so no markup is
    read back from a cache. The key holds the download name too: two units' charts that draw the
    same are two charts, each with its own downloads and embed page."""

    def made() -> str:
        return drawing_key(view.spec, place.drawing_version, (view.title, view.subtitle, view.source, view.file_stem))

    parts = ("drawing", name, book.resolved(dataset, pins), place.drawing_version, view.file_stem)
    key = book.remember(dataset, parts, made)
    if not (isinstance(key, str) and DRAWING_KEY.fullmatch(key)):
        key = made()  # what the cache gave is not a key: made again
    return key, chart_html(view, html_id, key, place.downloads)


def _styled(view: MethodView, settings: Settings) -> MethodView:
    """A method box in the house style: »§ 103« and the quotation marks of ``RESULTS_QUOTES``
    (the record of shown figures keeps the lines as the descriptor wrote them)."""
    lines = tuple(style.requote(style.space_after_section_signs(line), settings.quotes) for line in view.lines)
    return replace(view, lines=lines)


@keepable
@dataclass(frozen=True)
class ShownFigure:
    """A figure as one placeholder shows it: its text as recorded (``Figure.record``: a hidden one as
    RECORDED_HIDDEN, whatever the words), as running text writes it
    (``Figure.prose``: »fem«, »to ud af tre blandt de 177, der …«), its numbers for the safety
    net, its date."""

    text: str
    prose: str
    facts: Facts
    suppressed: bool
    date: dt.date
    label: str = ""  # what a reader calls it (the figure's label: »Alle borgere siden start«)


def _shown_figure(book: FigureBook, ref: Reference, pins: Pins, settings: Settings) -> ShownFigure:
    """The figure of ``ref`` as shown (remembered: formatting Danish numbers is not free)."""
    figure = book.figure(ref.dataset, ref.name, pins)  # NotFound for a name or pin that does not exist

    def make() -> ShownFigure:
        text = figure.record(ref.variant, settings.number_style)
        prose = figure.prose(ref.variant, settings.number_style, opens_sentence=ref.opens_sentence)
        facts = replace(_facts(figure, ref.variant, settings.percent_decimals), claim=claim_of(book, ref, figure.unit))
        return ShownFigure(text, prose, facts, figure.is_suppressed(ref.variant), figure.date, figure.label)

    parts = ("shown", ref.name, ref.variant, ref.opens_sentence, book.resolved(ref.dataset, pins))
    return book.remember(ref.dataset, parts, make)


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
