"""Named charts and method boxes: what ``{{ graf: … }}`` and ``{{ metode: … }}`` show.

Each view is built from the FigureBook's protected counts, so a chart, its text
alternative, its table and the running text always hold the same numbers, with
the same cells suppressed.
"""

from __future__ import annotations

from ..danish import numbers, words
from ..data.datasets import ALL_GROUP
from ..errors import NotFound
from ..figures.book import FigureBook
from ..figures.figure import Pins
from ..settings import Settings
from .over_time import over_time
from .scale import answer_scale
from .survey import AGREEMENT, SCALE, agreement, background
from .view import FORM_ICONS, FORM_TIME, ChartView, Part, as_icons, count_bars, outcome_styles, share_target, stem

__all__ = ["ChartView", "chart_help", "chart_names", "chart_view", "site_charts"]


def chart_names(book: FigureBook) -> list[str]:
    """Every chart a writer can place: ``{{ graf: <name> }}``."""
    names = []
    for key, rounds in book.surveys.items():
        names += [f"{key}.{AGREEMENT}", f"{key}.{SCALE}"] + [f"{key}.{b.key}" for b in rounds[0].survey.background]
    for key, log in book.outcomes.items():
        for b in log.outcome.breakdowns:
            names += [f"{key}.{b.key}", f"{key}.{b.key}.{FORM_ICONS}", f"{key}.{b.key}.{FORM_TIME}"]
        names += [f"{key}.{item.key}.{FORM_TIME}" for item in (*log.outcome.groups, *log.outcome.categories)]
    return sorted(names)


def site_charts(book: FigureBook) -> list[str]:
    """The charts the live page shows: every survey chart; every breakdown and its development; the
    first breakdown as icons too; and everyone since the start over time (not every status over time)."""
    names = []
    for key, rounds in sorted(book.surveys.items()):
        names += [f"{key}.{AGREEMENT}", f"{key}.{SCALE}"] + [f"{key}.{b.key}" for b in rounds[0].survey.background]
    for key, log in sorted(book.outcomes.items()):
        for index, b in enumerate(log.outcome.breakdowns):
            names += [f"{key}.{b.key}"] + ([f"{key}.{b.key}.{FORM_ICONS}"] if index == 0 else [])
            names.append(f"{key}.{b.key}.{FORM_TIME}")
        names.append(f"{key}.{ALL_GROUP}.{FORM_TIME}")
    return names


def chart_view(book: FigureBook, name: str, pins: Pins, settings: Settings) -> ChartView:
    """The chart called ``name`` for the page's pins; NotFound names the charts that exist.

    Remembered per dataset and data date (or survey round): the figure cache keeps it."""
    dataset = name.partition(".")[0]
    if dataset not in book.surveys and dataset not in book.outcomes:
        return _chart_view(book, name, pins, settings)  # NotFound
    pins = book.resolved(dataset, pins)
    return book.remember(dataset, ("chart", name, pins), lambda: _chart_view(book, name, pins, settings))


def _chart_view(book: FigureBook, name: str, pins: Pins, settings: Settings) -> ChartView:
    dataset, _, rest = name.partition(".")
    chart_key, _, form = rest.partition(".")
    if dataset in book.surveys and not form:
        survey_round = book.survey_round(dataset, pins)
        if chart_key == AGREEMENT:
            return agreement(book, dataset, survey_round, settings)
        if chart_key == SCALE:
            return answer_scale(book, dataset, survey_round, settings)
        if any(b.key == chart_key for b in survey_round.survey.background):
            return background(book, dataset, chart_key, survey_round, settings)
    if dataset in book.outcomes:
        outcome = book.outcomes[dataset].outcome
        breakdown = next((b for b in outcome.breakdowns if b.key == chart_key), None)
        if breakdown is not None and form in {"", FORM_ICONS}:
            return _breakdown(book, dataset, chart_key, form, pins, settings)
        if form == FORM_TIME and (breakdown is not None or outcome.counted(chart_key) is not None):
            return over_time(book, dataset, book.data_date(dataset, pins), chart_key, breakdown, settings)
    raise NotFound(words.CHART_UNKNOWN.format(name=name), chart_help(book, dataset))


def chart_help(book: FigureBook, dataset: str) -> str:
    """What to write instead of a chart name that does not exist (short: there are many)."""
    datasets = [dataset] if dataset in book.surveys or dataset in book.outcomes else book.datasets()
    names = [n for n in chart_names(book) if n.split(".")[0] in datasets and n.count(".") == 1]
    text = words.USE_ONE_OF.format(names=", ".join(names))
    if any(d in book.outcomes for d in datasets):
        example = next(n for n in names if n.split(".")[0] in book.outcomes)
        everyone = f"{example.split('.')[0]}.{ALL_GROUP}"
        text += " " + words.CHART_HELP_FORMS.format(
            example=example, icons=FORM_ICONS, time=FORM_TIME, everyone=everyone
        )
    return text


def _breakdown(book: FigureBook, dataset: str, key: str, form: str, pins: Pins, settings: Settings) -> ChartView:
    outcome = book.outcomes[dataset].outcome
    breakdown = next(b for b in outcome.breakdowns if b.key == key)
    day = book.data_date(dataset, pins)
    counts = book.counts(dataset, day)
    styles = outcome_styles(outcome)
    parts = []
    for p in breakdown.parts:
        item = outcome.counted(p)  # a target for its share applies when the share is of this breakdown's whole
        target = share_target(settings, dataset, p) if getattr(item, "base", None) == breakdown.of else None
        parts.append(Part(getattr(item, "label", p), counts[p], styles[p][0], target))
    date_text = numbers.format_date(day)
    source = words.CHART_SOURCE.format(source=outcome.source, date=date_text)
    period = words.PERIOD_OUTCOME.format(date=date_text)
    total = counts[breakdown.of]
    file_stem = stem(f"{dataset}-{key}", day.isoformat())
    view = count_bars(f"{dataset}.{key}", breakdown.title, parts, total, period, source, file_stem, settings)
    return as_icons(view, parts, total, breakdown.title, period, settings) if form == FORM_ICONS else view
