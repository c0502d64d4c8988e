"""The units side by side, from the figure book's protected figures per unit: what
``{{ sammenlign: forløb.praktik }}``, ``{{ sammenlign: forløb.aktive.udvikling }}`` and
``{{ sammenlign: evaluering.håb }}`` (a survey question's share of positive answers) show.

The adapter between the figure book and ``compare_units``: each unit's share is its own figure
(»forløb@nord«), protected with the whole programme (``figures/units.py``), so a hidden or small
count is never passed on: the unit's share is hidden (».."), never worked out from raw counts.
"""

from __future__ import annotations

from ..danish import numbers, words
from ..data.datasets import Survey
from ..data.units import nearest
from ..errors import NotFound
from ..figures.book import FigureBook
from ..figures.definitions import RESPONSES
from ..figures.figure import Figure, Pins
from ..figures.units import PROGRAMME, unit_dataset
from ..settings import Settings
from .by_name import chart_help
from .compare_units import UnitSeries, UnitShare, compare_units, small_multiples
from .view import FORM_TIME, ChartView, stem


def unit_comparison(
    book: FigureBook, name: str, pins: Pins, settings: Settings, own: str = "", chosen: tuple[str, ...] = ()
) -> ChartView:
    """The comparison called ``name`` (»forløb.praktik«: a share per unit; »forløb.aktive.udvikling«:
    a count over time per unit) for the page's pins; NotFound says what to write instead. ``own``:
    the page's unit (marked; with many units always drawn), ``chosen``: the units the writer names.

    Remembered per dataset, data date and the units asked for, as the other charts are."""
    dataset = name.partition(".")[0]
    if dataset not in book.units:
        raise NotFound(words.COMPARE_NO_UNITS.format(dataset=dataset), words.COMPARE_NO_UNITS_FIX.format())
    pins = book.resolved(dataset, pins)
    keys = [u.key for u in book.units[dataset]]
    for key in chosen:
        if key not in keys:
            raise NotFound(
                words.UNIT_UNKNOWN_IN_PAGE.format(unit=key),
                words.UNIT_UNKNOWN_IN_PAGE_FIX.format(nearest=nearest(key, keys), names=", ".join(keys)),
            )
    own = own if own in keys else ""
    parts = ("compare", name, pins, own, chosen)
    return book.remember(dataset, parts, lambda: _comparison(book, name, pins, settings, own, chosen))


def unit_share(key: str, name: str, figure: Figure) -> UnitShare:
    """One unit's share as its protected figure shows it: a count or base that is not shown is None,
    and the share is hidden when either is."""
    count, base = figure.count, figure.base
    positive = None if count.suppressed else count.value
    shown_base = None if base is None or base.suppressed else base.value
    hidden = count.suppressed or base is None or base.suppressed
    return UnitShare(key, name, positive, shown_base, hidden)


def _comparison(
    book: FigureBook, name: str, pins: Pins, settings: Settings, own: str, chosen: tuple[str, ...]
) -> ChartView:
    dataset, _, rest = name.partition(".")
    if dataset in book.surveys:
        return _survey_comparison(book, dataset, rest, pins, settings, own, chosen)
    figure_name, _, form = rest.partition(".")
    outcome = book.outcomes[dataset].outcome
    units = book.units[dataset]
    day = book.data_date(dataset, pins)
    date_text = numbers.format_date(day)
    source = words.CHART_SOURCE.format(source=outcome.source, date=date_text)
    key = f"{dataset}.{figure_name}.{words.COMPARE_FOLDER}"
    mine = _own_part(own, chosen)
    if form == FORM_TIME:
        item = outcome.counted(figure_name)
        if item is None:
            raise NotFound(words.CHART_UNKNOWN.format(name=name), chart_help(book, dataset))
        series = [
            UnitSeries(u.key, u.name, tuple((d, counts[figure_name]) for d, counts in
                                            book.series(unit_dataset(dataset, u.key), day)))
            for u in units
        ]  # fmt: skip
        file_stem = stem(f"{dataset}-{figure_name}-{FORM_TIME}-{words.COMPARE_FOLDER}{mine}", day.isoformat())
        return small_multiples(f"{key}.{FORM_TIME}", item.label, series, day, source, file_stem, settings, own, chosen)
    if form:
        raise NotFound(words.CHART_UNKNOWN.format(name=name), chart_help(book, dataset))
    whole = book.figure(dataset, figure_name, pins)  # NotFound for a name that does not exist
    if whole.base is None:
        example = next((g.key for g in outcome.categories), figure_name)
        fix = words.COMPARE_NO_SHARE_FIX.format(dataset=dataset, example=example, name=figure_name)
        raise NotFound(words.COMPARE_NO_SHARE.format(name=f"{dataset}.{figure_name}"), fix)
    shares = [unit_share(u.key, u.name, book.figure(unit_dataset(dataset, u.key), figure_name, pins)) for u in units]
    measure = words.COMPARE_MEASURE.format(label=whole.label, who=whole.base_who)
    period = words.PERIOD_OUTCOME.format(date=date_text)
    file_stem = stem(f"{dataset}-{figure_name}-{words.COMPARE_FOLDER}{mine}", day.isoformat())
    programme = unit_share(PROGRAMME, words.UNIT_PROGRAMME, whole)  # the line
    return compare_units(key, measure, shares, period, source, file_stem, settings, programme, own, chosen)


def _own_part(own: str, chosen: tuple[str, ...]) -> str:
    """A file stem's part for the page's unit and the units the writer chose (»-nord«, »-nord-syd-oe«):
    a unit's page marks its unit, and ``| enheder:`` draws other units, so each is a drawing, and
    downloads, of its own."""
    return "".join(f"-{unit}" for unit in (own, *chosen) if unit)


def _survey_comparison(
    book: FigureBook, dataset: str, question: str, pins: Pins, settings: Settings, own: str, chosen: tuple[str, ...]
) -> ChartView:
    """``{{ sammenlign: evaluering.håb }}``: each unit's share of positive answers to the question
    in the page's round, of those who answered it (its own protected figure »evaluering@nord.håb«)."""
    whole = book.figure(dataset, question, pins)  # NotFound for a question that does not exist
    if question == RESPONSES or whole.base is None:
        survey = book.surveys[dataset][0].survey
        example = survey.questions[0].key if survey.questions else question
        fix = words.COMPARE_NO_SHARE_SURVEY_FIX.format(dataset=dataset, example=example)
        raise NotFound(words.COMPARE_NO_SHARE.format(name=f"{dataset}.{question}"), fix)
    survey_round = book.survey_round(dataset, pins)
    units = book.units[dataset]
    shares = [unit_share(u.key, u.name, book.figure(unit_dataset(dataset, u.key), question, pins)) for u in units]
    round_name = survey_round.round.name
    source = words.CHART_SOURCE_SURVEY.format(source=survey_round.survey.source, round=round_name)
    measure = words.COMPARE_MEASURE_SURVEY.format(label=whole.label, positive=_positive(survey_round.survey))
    period = words.CHART_PERIOD_SURVEY.format(round=round_name)
    key = f"{dataset}.{question}.{words.COMPARE_FOLDER}"
    file_stem = stem(
        f"{dataset}-{question}-{words.COMPARE_FOLDER}{_own_part(own, chosen)}",
        words.FILE_ROUND.format(round=round_name),
    )
    programme = unit_share(PROGRAMME, words.UNIT_PROGRAMME, whole)  # the line
    return compare_units(key, measure, shares, period, source, file_stem, settings, programme, own, chosen)


def _positive(survey: Survey) -> str:
    """The positive answers in words: »»I meget høj grad« eller »I høj grad««."""
    return words.JOIN_OR.join(words.QUOTED.format(text=s.answer) for s in survey.scale if s.positive)
