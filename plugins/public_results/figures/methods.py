"""Method boxes: what ``{{ metode: … }}`` shows, from the descriptor, the settings and the data.

``{{ metode: <datasæt> }}`` tells where the figures come from, their date or survey round,
how answers were merged and what was suppressed; ``{{ metode: diskretion }}`` the
suppression rule and what it hid on every data date; ``{{ metode: begreber }}`` the
definitions the descriptor gives; ``{{ metode: datadatoer }}`` every data date and survey
round, with a link to its briefing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..danish import numbers, words
from ..data.datasets import ALL_GROUP
from ..errors import NotFound
from ..privacy.suppression import Count, single
from ..settings import Settings
from .book import BASE, POSITIVE, FigureBook
from .briefings import briefings
from .figure import Pins


@dataclass(frozen=True)
class MethodView:
    dataset: str
    lines: tuple[str, ...]
    heading: str = words.METHOD_HEADING
    links: tuple[tuple[str, str], ...] = ()  # (text, address from the site's root) after the lines


PRIVACY = words.METHOD_PRIVACY  # {{ metode: diskretion }}: the suppression rule and what it hid
TERMS = words.METHOD_TERMS  # {{ metode: begreber }}: the definitions
DATES = words.METHOD_DATES  # {{ metode: datadatoer }}: the data dates and their briefings
SPECIAL = (PRIVACY, TERMS, DATES)


def _cell(count: Count) -> str:
    return words.SUPPRESSED_CELL if count.suppressed else numbers.format_count(count.value)


def suppressed_names(book: FigureBook, dataset: str, pins: Pins) -> tuple[int, list[str]]:
    """How many counts of a dataset are suppressed at the pinned date or round, and what they are
    (suppressed single answers are summed up per survey round: there can be many)."""
    if dataset in book.outcomes:
        outcome = book.outcomes[dataset].outcome
        counts = book.counts(dataset, book.data_date(dataset, pins))
        names = [getattr(outcome.counted(k), "label", k) for k, c in counts.items() if c.suppressed]
        return len(names), names
    survey_round = book.survey_round(dataset, pins)
    names, answers, questions = [], 0, 0
    for question in survey_round.survey.questions:
        counts = book.answers(survey_round, question.key)
        if counts[POSITIVE].suppressed or counts[BASE].suppressed:
            names.append(question.label)
        hidden = sum(c.suppressed for a, c in counts.items() if a not in {POSITIVE, BASE})
        answers, questions = answers + hidden, questions + bool(hidden)
    if answers:
        names.append(words.SUPPRESSED_ANSWERS.format(count=answers, questions=questions))
    for item in survey_round.survey.background:
        counts = book.background_counts(survey_round, item.key)
        names += [f"{item.header}: {v or words.NOT_STATED}" for v, c in counts.items() if c.suppressed]
    return len(names) - bool(answers) + answers, names


@dataclass(frozen=True)
class Suppressed:
    """What is suppressed at one data date or survey round."""

    where: str  # "forløb pr. 15. maj 2018", "evaluering, måling 2021"
    count: int
    names: tuple[str, ...]


def suppressed(book: FigureBook) -> tuple[Suppressed, ...]:
    """One entry per outcome data date and survey round: how many counts are suppressed, and which."""
    found = []
    for key, log in sorted(book.outcomes.items()):
        for day in log.outcome.data_dates:
            count, names = suppressed_names(book, key, Pins(data_date=day))
            where = words.WHERE_OUTCOME.format(dataset=key, date=numbers.format_date(day))
            found.append(Suppressed(where, count, tuple(names)))
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in rounds:
            count, names = suppressed_names(book, key, Pins(survey_round=survey_round.round.name))
            where = words.WHERE_SURVEY.format(dataset=key, round=survey_round.round.name)
            found.append(Suppressed(where, count, tuple(names)))
    return tuple(found)


def suppression_lines(entries: tuple[Suppressed, ...]) -> list[str]:
    """One line per data date and survey round: how many counts are suppressed, and which."""
    return [
        words.SUPPRESSION_LINE.format(where=s.where, count=s.count, names=", ".join(s.names) or "–") for s in entries
    ]


def method_view(book: FigureBook, dataset: str, pins: Pins, settings: Settings) -> MethodView:
    """The method box ``{{ metode: <dataset> }}`` (or one of SPECIAL) for the page's pins."""
    if dataset == PRIVACY:
        facts = {"threshold": settings.min_count, "under": settings.min_count - 1, "cell": words.SUPPRESSED_CELL}
        rule = [line.format(**facts) for line in words.PRIVACY_RULE]
        return MethodView(
            dataset=dataset, lines=(*rule, *suppression_lines(suppressed(book))), heading=words.PRIVACY_HEADING
        )
    if dataset == TERMS:
        return terms_view(book)
    if dataset == DATES:
        return dates_view(book, settings)
    if dataset in book.surveys:
        survey_round = book.survey_round(dataset, pins)
        survey = survey_round.survey
        values = {
            "source": survey.source,
            "round": survey_round.round.name,
            "responses": _cell(single(book.responses(survey_round), book.threshold)),
            "method": survey.method,
            "population": survey.population,
        }
        lines = [line.format(**values) for line in words.METHOD_SURVEY]
        lines += round_lines(book, dataset, survey_round.round.date)
        lines += list(survey.caveats)
        synthetic = survey.synthetic
    elif dataset in book.outcomes:
        outcome = book.outcomes[dataset].outcome
        day = book.data_date(dataset, pins)
        values = {
            "source": outcome.source,
            "date": numbers.format_date(day),
            "start": numbers.format_month(outcome.start),
            "total": _cell(book.counts(dataset, day)[ALL_GROUP]),
        }
        lines = [line.format(**values) for line in words.METHOD_OUTCOME]
        lines += list(outcome.caveats)
        synthetic = outcome.synthetic
    else:
        names = [*book.datasets(), *SPECIAL]
        raise NotFound(
            words.DATASET_UNKNOWN.format(dataset=dataset), words.USE_ONE_OF_NEUTER.format(names=", ".join(names))
        )
    count, hidden = suppressed_names(book, dataset, pins)
    if hidden:
        lines.append(
            words.METHOD_SUPPRESSION.format(
                threshold=settings.min_count, count=count, names=", ".join(h.lower() for h in hidden)
            )
        )
    else:
        lines.append(words.METHOD_NO_SUPPRESSION.format(threshold=settings.min_count))
    if synthetic:
        lines.append(words.SYNTHETIC_NOTE)
    return MethodView(dataset=dataset, lines=tuple(line for line in lines if line.strip(". ")))


def round_lines(book: FigureBook, dataset: str, until: object) -> list[str]:
    """One line per survey round up to ``until``: who was asked, how many answered, the rate."""
    lines = []
    for survey_round in sorted(book.surveys[dataset], key=lambda r: r.round.date):
        if survey_round.round.date > until:
            continue
        answered = single(book.responses(survey_round), book.threshold)
        invited = survey_round.round.invited
        values = {"round": survey_round.round.name, "answered": _cell(answered)}
        if invited and not answered.suppressed:
            values |= {
                "invited": numbers.format_count(invited),
                "rate": numbers.format_percent(answered.value, invited),
            }
            lines.append(words.METHOD_ROUND.format(**values))
        else:
            lines.append(words.METHOD_ROUND_PLAIN.format(**values))
    return lines


def terms_view(book: FigureBook) -> MethodView:
    """The definitions the descriptor gives for statuses and groups."""
    lines = [
        f"{item.label}: {item.definition}"
        for _, log in sorted(book.outcomes.items())
        for item in (*log.outcome.categories, *log.outcome.groups)
        if item.definition
    ]
    return MethodView(dataset=TERMS, lines=tuple(lines) or (words.NO_TERMS,), heading=words.TERMS_HEADING)


def dates_view(book: FigureBook, settings: Settings) -> MethodView:
    """Every data date with a link to its briefing, and the survey rounds that belong to it."""
    lines, links = [], []
    for briefing in briefings(book):
        date = numbers.format_date(briefing.date)
        rounds = ", ".join(words.PERIOD_SURVEY.format(round=name) for _, name in briefing.rounds)
        text = words.DATES_LINE.format(date=date, rounds=f" ({rounds})" if rounds else "")
        links.append((text, f"{settings.briefings_path}/{briefing.slug}.html"))
    if not links:
        lines.append(words.NO_DATES)
    return MethodView(dataset=DATES, lines=tuple(lines), heading=words.DATES_HEADING, links=tuple(links))
