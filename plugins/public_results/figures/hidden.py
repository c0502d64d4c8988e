"""What discretion hides: the counts of hidden figures the method boxes, the build's summary and
``make check`` report, read from the same protected tables the charts and figures show.

An outcome's figures at a data date come from its protected counts on that date; its charts over
time from the protected monthly series up to it (``FigureBook.series``), where a small step hides
more values. Both are counted, so the method box tells what the charts say (a chart's »N tal vises
ikke« is the sum of its lines' hidden values). A survey round hides answers in the whole scale,
the positive count or the n of a question, and responses per background value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..danish import numbers, words
from ..errors import NotFound
from .book import BASE, POSITIVE, FigureBook
from .figure import Pins
from .units import unit_dataset


@dataclass(frozen=True)
class OutcomeHidden:
    """What is hidden of an outcome dataset up to one data date."""

    on_date: tuple[str, ...]  # the labels of the statuses and groups hidden on the date itself
    over_time: tuple[tuple[str, int], ...]  # (label, how many of its earlier values the series hides)

    @property
    def count(self) -> int:
        return len(self.on_date) + sum(n for _, n in self.over_time)


def outcome_hidden(book: FigureBook, dataset: str, day: dt.date) -> OutcomeHidden:
    """The statuses and groups hidden on ``day`` and, per status or group, how many of its values on
    the dates before it (the months of the charts over time) are hidden (remembered per date)."""

    def make() -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
        outcome = book.outcomes[dataset].outcome
        label = {item.key: item.label for item in (*outcome.categories, *outcome.groups)}
        on_date = tuple(label.get(k, k) for k, c in book.counts(dataset, day).items() if c.suppressed)
        earlier: dict[str, int] = {}
        for when, table in book.series(dataset, day):
            for key, count in table.items():
                if when < day and count.suppressed:
                    earlier[key] = earlier.get(key, 0) + 1
        order = [k for k in label if k in earlier]
        return on_date, tuple((label[k], earlier[k]) for k in order)

    on_date, over_time = book.remember(dataset, ("hidden", day), make)
    return OutcomeHidden(tuple(on_date), tuple((str(a), int(b)) for a, b in over_time))


def units_hidden(book: FigureBook, programme: str, day: dt.date) -> tuple[tuple[str, int], ...]:
    """Each unit of ``programme`` by name, with how many of its own statuses and groups on ``day``
    are hidden (the protection across units hides some of a unit's figures the programme shows)."""
    found = []
    for unit in book.units.get(programme, ()):
        counts = book.counts(unit_dataset(programme, unit.key), day)
        found.append((unit.name, sum(1 for count in counts.values() if count.suppressed)))
    return tuple(found)


def unit_rounds_hidden(book: FigureBook, survey: str, pins: Pins) -> tuple[tuple[str, int], ...]:
    """Each unit of ``survey`` by name, with how many of its own figures of the pinned round are
    hidden (a unit without that round: none)."""
    found = []
    for unit in book.units.get(survey, ()):
        try:
            found.append((unit.name, survey_hidden(book, unit_dataset(survey, unit.key), pins).count))
        except NotFound:
            found.append((unit.name, 0))
    return tuple(found)


@dataclass(frozen=True)
class SurveyHidden:
    """What is hidden of one survey round."""

    questions: tuple[str, ...]  # questions whose share or n is hidden
    answers: int  # single answer steps hidden in the whole scale
    answer_questions: int  # … over how many questions
    background: tuple[tuple[str, tuple[str, ...]], ...]  # (background header, its hidden values)

    @property
    def count(self) -> int:
        return len(self.questions) + self.answers + sum(len(v) for _, v in self.background)


def survey_hidden(book: FigureBook, dataset: str, pins: Pins) -> SurveyHidden:
    """What the pinned survey round hides."""
    survey_round = book.survey_round(dataset, pins)
    questions, answers, answer_questions = [], 0, 0
    for question in survey_round.survey.questions:
        counts = book.answers(survey_round, question.key)
        if counts[POSITIVE].suppressed or counts[BASE].suppressed:
            questions.append(question.label)
        hidden = sum(c.suppressed for a, c in counts.items() if a not in {POSITIVE, BASE})
        answers, answer_questions = answers + hidden, answer_questions + bool(hidden)
    background = []
    for item in survey_round.survey.background:
        counts = book.background_counts(survey_round, item.key)
        values = tuple(v or words.NOT_STATED for v, c in counts.items() if c.suppressed)
        if values:
            background.append((item.header, values))
    return SurveyHidden(tuple(questions), answers, answer_questions, tuple(background))


def suppressed_names(book: FigureBook, dataset: str, pins: Pins) -> tuple[int, list[str]]:
    """How many values of a dataset are hidden at the pinned date or round, and what they are, for
    the people who run the build (hidden single answers and monthly values are summed up)."""
    if dataset in book.outcomes:
        found = outcome_hidden(book, dataset, book.data_date(dataset, pins))
        months = sum(n for _, n in found.over_time)
        return found.count, [*found.on_date, *([words.SUPPRESSED_MONTHS.format(count=months)] if months else [])]
    hidden = survey_hidden(book, dataset, pins)
    names = list(hidden.questions)
    if hidden.answers:
        names.append(words.SUPPRESSED_ANSWERS.format(count=hidden.answers, questions=hidden.answer_questions))
    names += [f"{header}: {value}" for header, values in hidden.background for value in values]
    return hidden.count, names


@dataclass(frozen=True)
class Suppressed:
    """What is hidden at one data date or survey round."""

    where: str  # "forløb pr. 15. maj 2018", "evaluering, måling 2021"
    count: int
    names: tuple[str, ...]


def suppressed(book: FigureBook) -> tuple[Suppressed, ...]:
    """One entry per outcome data date and survey round: how many values are hidden, and which."""
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
    """One line per data date and survey round: how many values are hidden, and which."""
    return [
        words.SUPPRESSION_LINE.format(where=s.where, count=s.count, names=", ".join(s.names) or "–") for s in entries
    ]
