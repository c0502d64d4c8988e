"""The figure catalogue: every figure, chart and method box a writer can place, with its value now.

Shown by ``make figures`` in the terminal and, in preview builds only, as a page of the site
(never published). Each entry carries the exact snippet to paste into an article.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..charts.by_name import chart_names, chart_view
from ..charts.unit_views import unit_comparison
from ..charts.view import FORM_TIME
from ..danish import words
from ..errors import NotFound
from ..figures.book import RESPONSES, FigureBook
from ..figures.figure import BASE, VARIANTS, Figure, Pins
from ..figures.methods import SPECIAL
from ..figures.units import unit_dataset
from ..settings import Settings


@dataclass(frozen=True)
class Entry:
    kind: str  # "figure", "chart" or "method"
    name: str  # "forløb.aktive"
    snippet: str  # "{{ forløb.aktive }}"
    value: str  # what it shows now (newest data)
    base: str
    definition: str
    variants: tuple[str, ...] = ()  # the other snippets of the same figure


def figure_entries(book: FigureBook, settings: Settings) -> list[Entry]:
    """Every figure of every dataset at the newest data date or survey round; a dataset with units
    (an outcome or a survey) also each unit's (»{{ forløb.aktive | enhed: nord }}«), its value as
    the unit's page shows it (a suppressed one as the marker)."""
    entries = []
    style = settings.number_style
    for key, log in sorted(book.outcomes.items()):
        for item in (*log.outcome.categories, *log.outcome.groups):
            entries.append(_entry(book, key, item.key, style))
        for unit in book.units.get(key, ()):
            entries += [
                _entry(book, key, item.key, style, unit.key) for item in (*log.outcome.categories, *log.outcome.groups)
            ]
    for key, rounds in sorted(book.surveys.items()):
        names = [RESPONSES, *(q.key for q in rounds[0].survey.questions)]
        entries += [_entry(book, key, name, style) for name in names]
        for unit in book.units.get(key, ()):  # »{{ evaluering.håb | enhed: nord }}«
            entries += [_entry(book, key, name, style, unit.key) for name in names]
    return entries


def _entry(book: FigureBook, dataset: str, name: str, style, unit: str = "") -> Entry:
    figure = book.figure(unit_dataset(dataset, unit), name, Pins())
    after = f" | {words.UNIT_FILTER}: {unit}" if unit else ""
    usable = []
    for variant in VARIANTS:
        try:
            figure.text(variant, style)
        except NotFound:
            continue
        usable.append(f"{{{{ {dataset}.{name}.{variant}{after} }}}}")
    base = figure.text(BASE, style) if figure.base is not None and figure.base.value else ""
    return Entry("figure", f"{dataset}.{name}{after}", f"{{{{ {dataset}.{name}{after} }}}}", figure.text("", style),
                 base, figure.definition, tuple(usable))  # fmt: skip


def chart_entries(book: FigureBook, settings: Settings) -> list[Entry]:
    """Every chart, with the message title it has now; on a site with units, then the comparisons."""
    entries = []
    for name in chart_names(book):
        view = chart_view(book, name, Pins(), settings)
        snippet = f"{{{{ {words.BLOCK_CHART}: {name} }}}}"
        entries.append(Entry("chart", name, snippet, view.title, "", view.subtitle))
    return entries + compare_entries(book, settings)


def compare_names(book: FigureBook) -> list[str]:
    """Every comparison of the units a writer can place: each status and group with a base (a
    share; not »alle«, its own base), and each status and group over time (»forløb.aktive.udvikling«)."""
    names = []
    for key, units in sorted(book.units.items()):
        if key not in book.outcomes or not units:
            continue
        outcome = book.outcomes[key].outcome
        items = [item.key for item in (*outcome.categories, *outcome.groups)]
        shares = [item for item in items if _has_share(book.figure(key, item, Pins()), item)]
        names += [f"{key}.{item}" for item in shares]
        names += [f"{key}.{item}.{FORM_TIME}" for item in items]
    return names


def _has_share(figure: Figure, name: str) -> bool:
    """A share to compare: a base other than the figure itself (»alle« of »alle« is always 100 %)."""
    return figure.base is not None and figure.base_key != name


def compare_entries(book: FigureBook, settings: Settings) -> list[Entry]:
    """The comparisons of the units (``{{ sammenlign: forløb.praktik }}``), with their titles now."""
    entries = []
    for name in compare_names(book):
        view = unit_comparison(book, name, Pins(), settings)
        snippet = f"{{{{ {words.BLOCK_COMPARE}: {name} }}}}"
        entries.append(Entry("chart", f"{words.BLOCK_COMPARE}: {name}", snippet, view.title, "", view.subtitle))
    return entries


def method_entries(book: FigureBook) -> list[Entry]:
    return [
        Entry("method", name, f"{{{{ {words.BLOCK_METHOD}: {name} }}}}", "", "", words.CATALOGUE_METHOD)
        for name in [*book.datasets(), *SPECIAL]
    ]


def all_entries(book: FigureBook, settings: Settings) -> list[Entry]:
    return [*figure_entries(book, settings), *chart_entries(book, settings), *method_entries(book)]


def text_table(entries: list[Entry]) -> list[str]:
    """The catalogue for the terminal: one line per entry, then its variants."""
    lines = []
    for entry in entries:
        value = f" = {entry.value}" if entry.value else ""
        base = f" ({entry.base})" if entry.base else ""
        lines.append(f"{entry.snippet}{value}{base}")
        if entry.variants:
            lines.append(words.CATALOGUE_ALSO.format(variants="  ".join(entry.variants)))
    return lines
