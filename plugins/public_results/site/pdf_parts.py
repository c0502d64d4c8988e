"""What a briefing's two-page PDF shows: its key messages, its key figures, one or two charts as
their PNG downloads (with title and source drawn in: an image is laid out fast, an inline SVG is
not) and the method of each dataset in a few lines.

Pure: from the FigureBook, the settings, the briefing's cards and its resolved charts. The theme's
``briefing_pdf.html`` lays the parts out on two A4 pages; ``site/pdf.py`` makes the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..charts.by_name import ChartView
from ..danish import numbers
from ..errors import NotFound
from ..figures.book import FigureBook
from ..figures.briefings import Briefing, Card, default_figures, key_messages
from ..figures.methods import method_view
from ..pages.resolve import Place
from ..settings import Settings

PDF_CHARTS = 2  # the charts on the PDF's second page: the first of RESULTS_BRIEFING_CHARTS


@dataclass(frozen=True)
class PdfChart:
    """A chart in the PDF: its PNG download (title and source drawn in), and its text alternative."""

    src: str  # the PNG's address as the page links it
    title: str
    alt: str


@dataclass(frozen=True)
class PdfMethod:
    """The method of one dataset in the PDF's small print."""

    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PdfParts:
    """What a briefing's two-page PDF shows (``theme/templates/briefing_pdf.html``)."""

    messages: tuple[str, ...]
    cards: tuple[Card, ...]
    charts: tuple[PdfChart, ...]
    methods: tuple[PdfMethod, ...]
    previous: str  # the previous data date in words ("" for the first briefing)


def pdf_parts(
    book: FigureBook,
    settings: Settings,
    briefing: Briefing,
    place: Place,
    found: list[Card],
    charts: list[ChartView],
    datasets: list[str],
    figures: list[str] | None = None,
) -> PdfParts:
    """What the briefing's PDF shows: its key messages, its cards, its first charts as PNG and the
    method of each dataset it speaks of. ``figures``: the key figures' names (a unit's briefing:
    the unit's; None: RESULTS_BRIEFING_FIGURES)."""
    names = figures if figures is not None else list(settings.briefing_figures) or default_figures(book)
    try:
        messages = key_messages(book, names, briefing, settings, dict(settings.targets))
    except NotFound:  # the cards have said so already
        messages = []
    methods = []
    for dataset in datasets:
        pins = briefing.pins_for(book, dataset)
        if pins is None:
            continue
        view = method_view(book, dataset, pins, settings)
        title = (
            book.outcomes[dataset].outcome.title if dataset in book.outcomes else book.surveys[dataset][0].survey.title
        )
        methods.append(PdfMethod(title or dataset, view.lines))
    return PdfParts(
        messages=tuple(messages),
        cards=tuple(found),
        charts=tuple(
            PdfChart(src=f"{place.downloads}/{view.file_stem}.png", title=view.title, alt=view.alt)
            for view in charts[:PDF_CHARTS]
            if view.file_stem
        ),
        methods=tuple(methods),
        previous=numbers.format_date(briefing.previous) if briefing.previous else "",
    )
