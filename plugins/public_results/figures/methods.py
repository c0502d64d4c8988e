"""Method boxes: what ``{{ metode: … }}`` shows, from the descriptor, the settings and the data.

``{{ metode: <datasæt> }}`` tells where the figures come from, their date or survey round,
how answers were merged and what was suppressed; ``{{ metode: diskretion }}`` the
suppression rule and what it hid on every data date; ``{{ metode: begreber }}`` the
definitions the descriptor gives; ``{{ metode: datadatoer }}`` every data date and survey
round, with a link to its briefing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..danish import numbers, words
from ..danish.style import count_in_text
from ..data.datasets import ALL_GROUP
from ..errors import NotFound
from ..privacy.suppression import SMALL, Count
from ..settings import Settings
from .book import FigureBook
from .briefings import briefings
from .figure import Pins
from .hidden import (
    OutcomeHidden,
    Suppressed,
    SurveyHidden,
    outcome_hidden,
    suppressed,
    suppression_lines,
    survey_hidden,
    unit_rounds_hidden,
    units_hidden,
)

__all__ = ["MethodView", "Suppressed", "method_view", "suppressed", "suppression_lines"]  # the summary's, too


@dataclass(frozen=True)
class MethodView:
    """A method box: a heading, paragraphs, then a list, definitions and links where it has them."""

    dataset: str
    lines: tuple[str, ...]  # paragraphs
    heading: str = ""
    links: tuple[tuple[str, str], ...] = ()  # (text, address from the site's root) after the lines
    items: tuple[str, ...] = ()  # a list after the paragraphs
    terms: tuple[tuple[str, str], ...] = ()  # (term, what it means)


PRIVACY = words.METHOD_PRIVACY  # {{ metode: diskretion }}: the suppression rule and what it hid
TERMS = words.METHOD_TERMS  # {{ metode: begreber }}: the definitions
DATES = words.METHOD_DATES  # {{ metode: datadatoer }}: the data dates and their briefings
SPECIAL = (PRIVACY, TERMS, DATES)


def _count(count: Count, threshold: int) -> str:
    """A count of people in running text: one to twelve in words, a hidden one as »færre end fem«."""
    if count.status == SMALL:
        return words.SUPPRESSED_SMALL.format(threshold=count_in_text(threshold))
    if count.suppressed:  # hidden to protect another count (another unit's): not »færre end fem«
        return words.SUPPRESSED_HIDDEN
    return count_in_text(count.value)


def _figures(count: int) -> str:
    """How many figures (»tal«, »månedstal«, »spørgsmål«: neuter) in running text: »ét«, »otte«, »60«."""
    return count_in_text(count, neuter=True)


def round_name(name: str) -> str:
    """»2021-målingen«, or »målingen forår 2024« for a name that is not a year."""
    return (words.ROUND_NAME_YEAR if name.isdigit() else words.ROUND_NAME).format(round=name)


def listed(parts: list[str]) -> str:
    """»a, b og c«."""
    return parts[0] if len(parts) < 2 else f"{', '.join(parts[:-1])} {words.LIST_AND} {parts[-1]}"


def outcome_hidden_lines(
    found: OutcomeHidden,
    day: str,
    charts_hidden: int | None,
    marker: str = words.SUPPRESSED_CELL,
    units_hidden: tuple[tuple[str, int], ...] | None = None,
) -> list[str]:
    """What an outcome hides on its date, and in the charts of the page (``charts_hidden``: what
    they hide; None when the page has none: then the charts over time of the date); ``marker``:
    what a hidden cell reads (RESULTS_SUPPRESSED_MARKER). ``units_hidden``: for a programme, each
    unit's name with how many of its own figures on the date are hidden (None: not a programme)."""
    cell = words.QUOTED.format(text=marker)
    none = words.METHOD_HIDDEN_NONE_ON_DATE if units_hidden is None else words.METHOD_HIDDEN_NONE_ON_DATE_TOTAL
    lines = [
        words.METHOD_HIDDEN_ON_DATE.format(labels=_quoted(found.on_date), date=day)
        if found.on_date
        else none.format(date=day)
    ]
    in_units = _hidden_in_units(units_hidden or (), words.METHOD_HIDDEN_UNITS, date=day)
    lines += in_units  # the programme's text may name a unit's hidden figure
    months = sum(n for _, n in found.over_time)
    if charts_hidden:
        lines.append(words.METHOD_HIDDEN_CHARTS.format(count=_figures(charts_hidden)))
    elif charts_hidden is None and months:
        lines.append(words.METHOD_HIDDEN_MONTHS.format(count=_figures(months)))
    if found.on_date or in_units or charts_hidden or (charts_hidden is None and months):
        lines.append(words.METHOD_HIDDEN_CELL.format(cell=cell))
    return lines


def _hidden_in_units(units_hidden: Iterable[tuple[str, int]], line: str, **where: str) -> list[str]:
    """``line`` naming the units of a programme whose own figures are hidden, with how many (a unit's
    name, how many of its figures), or nothing when no unit hides any."""
    found = [(name, count) for name, count in units_hidden if count]
    if not found:
        return []
    count, names = _figures(sum(n for _, n in found)), listed([name for name, _ in found])
    return [line.format(count=count, units=names, **where)]


def _quoted(labels: tuple[str, ...]) -> str:
    return listed([words.QUOTED.format(text=label) for label in labels])


def outcome_hidden_words(found: OutcomeHidden) -> list[str]:
    """What an outcome hides on a date and in its charts over time, in words."""
    parts = [words.HIDDEN_ON_DATE.format(labels=_quoted(found.on_date))] if found.on_date else []
    if found.over_time:
        parts.append(words.HIDDEN_MONTHS.format(count=_figures(sum(n for _, n in found.over_time))))
    return parts


def survey_hidden_words(found: SurveyHidden) -> list[str]:
    """What a survey round hides, in words."""
    parts = [words.HIDDEN_QUESTIONS.format(labels=_quoted(found.questions))] if found.questions else []
    if found.answers:
        parts.append(
            words.HIDDEN_ANSWERS.format(count=_figures(found.answers), questions=_figures(found.answer_questions))
        )
    for header, values in found.background:
        parts.append(words.HIDDEN_BACKGROUND.format(values=_quoted(values), header=header.lower()))
    return parts


def _hidden_line(count: int, parts: list[str], marker: str) -> str:
    cell = words.QUOTED.format(text=marker)
    if not count:
        return words.METHOD_HIDDEN_NONE
    return words.METHOD_HIDDEN.format(count=_figures(count), what=listed(parts), cell=cell)


def method_view(
    book: FigureBook, dataset: str, pins: Pins, settings: Settings, charts_hidden: int | None = None
) -> MethodView:
    """The method box ``{{ metode: <dataset> }}`` (or one of SPECIAL) for the page's pins
    (``charts_hidden``: how many values the page's charts of the dataset hide, None: no charts)."""
    if dataset == PRIVACY:
        return privacy_view(book, settings)
    if dataset == TERMS:
        return terms_view(book)
    if dataset == DATES:
        return dates_view(book, settings)
    if dataset in book.surveys:
        survey_round = book.survey_round(dataset, pins)
        survey = survey_round.survey
        lines = [words.METHOD_SOURCE.format(source=survey.source), survey.population]
        lines += round_lines(book, dataset, survey_round.round.date, settings.min_count)
        if len(lines) > 3:  # several rounds: say which one the figures are from
            lines.append(words.METHOD_ROUND_SHOWN.format(round_name=round_name(survey_round.round.name)))
        lines += [survey.method, words.METHOD_SURVEY_BASE, *survey.caveats]
        hidden = survey_hidden(book, dataset, pins)
        name = round_name(survey_round.round.name)
        in_units = _hidden_in_units(
            unit_rounds_hidden(book, dataset, pins), words.METHOD_HIDDEN_UNITS_ROUND, round_name=name
        )  # a programme's units
        if in_units and not hidden.count:  # the programme's own figures hide nothing; its units' do
            cell = words.METHOD_HIDDEN_CELL.format(cell=words.QUOTED.format(text=settings.suppressed_marker))
            lines += [words.METHOD_HIDDEN_NONE_TOTAL, *in_units, cell]
        else:
            lines += [_hidden_line(hidden.count, survey_hidden_words(hidden), settings.suppressed_marker), *in_units]
        title, synthetic = survey.title, survey.synthetic
    elif dataset in book.outcomes:
        outcome = book.outcomes[dataset].outcome
        day = book.data_date(dataset, pins)
        date = numbers.format_date(day)
        total = _count(book.counts(dataset, day)[ALL_GROUP], settings.min_count)
        units = book.units.get(dataset)  # a programme: its units' own figures are protected too
        since = words.METHOD_OUTCOME_TOTAL_UNITS if units else words.METHOD_OUTCOME_TOTAL
        lines = [
            words.METHOD_SOURCE.format(source=outcome.source),
            words.METHOD_OUTCOME_DATE.format(date=date),
            since.format(start=numbers.format_month(outcome.start), total=total),
            *outcome.caveats,
        ]
        in_units = units_hidden(book, dataset, day) if units else None
        lines += outcome_hidden_lines(
            outcome_hidden(book, dataset, day), date, charts_hidden, settings.suppressed_marker, in_units
        )
        title, synthetic = outcome.title, outcome.synthetic
    else:
        names = [*book.datasets(), *SPECIAL]
        raise NotFound(
            words.DATASET_UNKNOWN.format(dataset=dataset), words.USE_ONE_OF_NEUTER.format(names=", ".join(names))
        )
    if synthetic:
        lines.append(words.SYNTHETIC_NOTE)
    heading = words.METHOD_HEADING.format(title=title)
    return MethodView(dataset=dataset, lines=tuple(line for line in lines if line.strip(". ")), heading=heading)


def privacy_view(book: FigureBook, settings: Settings) -> MethodView:
    """The rule of discretion, and what it hides on every data date and in every survey round."""
    threshold = settings.min_count  # in words: running text
    under, cell = count_in_text(threshold - 1), settings.suppressed_marker
    facts = {"threshold": count_in_text(threshold), "under": under, "cell": cell}
    items = []
    for key, log in sorted(book.outcomes.items()):
        for day in log.outcome.data_dates:
            date = numbers.format_date(day)
            found = outcome_hidden(book, key, day)
            what = listed(outcome_hidden_words(found)) or words.HIDDEN_NOTHING
            items.append(words.PRIVACY_ITEM_OUTCOME.format(title=log.outcome.title, date=date, what=what))
    for _, rounds in sorted(book.surveys.items()):
        for survey_round in rounds:
            hidden = survey_hidden(book, survey_round.survey.key, Pins(survey_round=survey_round.round.name))
            what = listed(survey_hidden_words(hidden)) or words.HIDDEN_NOTHING
            name = round_name(survey_round.round.name)
            items.append(words.PRIVACY_ITEM_SURVEY.format(title=survey_round.survey.title, round_name=name, what=what))
    return MethodView(
        dataset=PRIVACY,
        lines=(*(line.format(**facts) for line in words.PRIVACY_RULE), words.PRIVACY_LIST),
        heading=words.PRIVACY_HEADING,
        items=tuple(items),
    )


def round_lines(book: FigureBook, dataset: str, until: dt.date, threshold: int) -> list[str]:
    """One line per survey round up to ``until``: who was asked, how many answered, the rate."""
    lines = []
    for survey_round in sorted(book.surveys[dataset], key=lambda r: r.round.date):
        if survey_round.round.date > until:
            continue
        answered = book.response_count(survey_round)  # protected (across the units, in a survey with units)
        invited = survey_round.round.invited
        values = {"round_name": round_name(survey_round.round.name), "answered": _count(answered, threshold)}
        if invited and not answered.suppressed:
            values |= {
                "invited": count_in_text(invited),
                "rate": numbers.format_percent(answered.value, invited),
            }
            lines.append(words.METHOD_ROUND.format(**values))
        else:
            lines.append(words.METHOD_ROUND_PLAIN.format(**values))
    return lines


def terms_view(book: FigureBook) -> MethodView:
    """The definitions the descriptor gives for statuses and groups."""
    terms = tuple(
        (item.label, item.definition)
        for _, log in sorted(book.outcomes.items())
        for item in (*log.outcome.categories, *log.outcome.groups)
        if item.definition
    )
    lines = () if terms else (words.NO_TERMS,)
    return MethodView(dataset=TERMS, lines=lines, heading=words.TERMS_HEADING, terms=terms)


def dates_view(book: FigureBook, settings: Settings) -> MethodView:
    """Every data date with a link to its briefing, and the survey rounds that belong to it."""
    lines, links = [], []
    for briefing in briefings(book):
        date = numbers.format_date(briefing.date)
        rounds = ", ".join(round_name(name) for _, name in briefing.rounds)
        text = words.DATES_LINE.format(date=date, rounds=f" ({rounds})" if rounds else "")
        links.append((text, f"{settings.briefings_path}/{briefing.slug}.html"))
    if not links:
        lines.append(words.NO_DATES)
    return MethodView(dataset=DATES, lines=tuple(lines), heading=words.DATES_HEADING, links=tuple(links))
