"""Named charts and method boxes: what ``{{ graf: … }}`` and ``{{ metode: … }}`` show.

Each view is built from the FigureBook's protected counts, so a chart, its text
alternative, its table and the running text always hold the same numbers, with
the same cells suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import numbers, strings
from .compute import responses
from .descriptor import ALL_GROUP
from .errors import NotFound
from .figures import BASE, POSITIVE, FigureBook, Pins
from .protect import Count, single
from .settings import Settings
from .views import FORM_ICONS, FORM_TIME, ChartView, Part, as_icons, count_bars, stem
from .views_survey import AGREEMENT, SCALE, agreement, answer_scale, background
from .views_time import over_time

__all__ = ["ChartView", "MethodView", "chart_names", "chart_view", "method_view", "suppression_lines"]


@dataclass(frozen=True)
class MethodView:
    dataset: str
    lines: tuple[str, ...]
    heading: str = strings.METHOD_HEADING


PRIVACY = "diskretion"  # {{ metode: diskretion }}: the suppression rule and what it hid


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


def chart_view(book: FigureBook, name: str, pins: Pins, settings: Settings) -> ChartView:
    """The chart called ``name`` for the page's pins; NotFound names the charts that exist."""
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
    raise NotFound(f"grafen «{name}» findes ikke", chart_help(book, dataset))


def chart_help(book: FigureBook, dataset: str) -> str:
    """What to write instead of a chart name that does not exist (short: there are many)."""
    datasets = [dataset] if dataset in book.surveys or dataset in book.outcomes else book.datasets()
    names = [n for n in chart_names(book) if n.split(".")[0] in datasets and n.count(".") == 1]
    words = strings.CHART_HELP.format(names=", ".join(names))
    if any(d in book.outcomes for d in datasets):
        example = next(n for n in names if n.split(".")[0] in book.outcomes)
        everyone = f"{example.split('.')[0]}.{ALL_GROUP}"
        words += " " + strings.CHART_HELP_FORMS.format(
            example=example, icons=FORM_ICONS, time=FORM_TIME, everyone=everyone
        )
    return words


def _breakdown(book: FigureBook, dataset: str, key: str, form: str, pins: Pins, settings: Settings) -> ChartView:
    outcome = book.outcomes[dataset].outcome
    breakdown = next(b for b in outcome.breakdowns if b.key == key)
    day = book.data_date(dataset, pins)
    counts = book.counts(dataset, day)
    parts = [Part(getattr(outcome.counted(p), "label", p), counts[p]) for p in breakdown.parts]
    date_text = numbers.format_date(day)
    source = strings.CHART_SOURCE.format(source=outcome.source, date=date_text)
    period = strings.PERIOD_OUTCOME.format(date=date_text)
    total = counts[breakdown.of]
    file_stem = stem(f"{dataset}-{key}", day.isoformat())
    view = count_bars(f"{dataset}.{key}", breakdown.title, parts, total, period, source, file_stem, settings)
    return as_icons(view, parts, total, breakdown.title, period, settings) if form == FORM_ICONS else view


def _cell(count: Count) -> str:
    return strings.SUPPRESSED_CELL if count.suppressed else numbers.format_count(count.value)


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
        names.append(strings.SUPPRESSED_ANSWERS.format(count=answers, questions=questions))
    for item in survey_round.survey.background:
        counts = book.background_counts(survey_round, item.key)
        names += [f"{item.header}: {v or strings.NOT_STATED}" for v, c in counts.items() if c.suppressed]
    return len(names) - bool(answers) + answers, names


def suppression_lines(book: FigureBook) -> list[str]:
    """One line per outcome data date and survey round: how many counts are suppressed, and which."""
    lines = []
    for key, log in sorted(book.outcomes.items()):
        for day in log.outcome.data_dates:
            count, names = suppressed_names(book, key, Pins(data_date=day))
            where = f"{key} pr. {numbers.format_date(day)}"
            lines.append(strings.SUPPRESSION_LINE.format(where=where, count=count, names=", ".join(names) or "–"))
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in rounds:
            count, names = suppressed_names(book, key, Pins(survey_round=survey_round.round.name))
            where = f"{key}, måling {survey_round.round.name}"
            lines.append(strings.SUPPRESSION_LINE.format(where=where, count=count, names=", ".join(names) or "–"))
    return lines


def method_view(book: FigureBook, dataset: str, pins: Pins, settings: Settings) -> MethodView:
    if dataset == PRIVACY:
        rule = [
            line.format(threshold=settings.min_count, cell=strings.SUPPRESSED_CELL) for line in strings.PRIVACY_RULE
        ]
        return MethodView(dataset=dataset, lines=(*rule, *suppression_lines(book)), heading=strings.PRIVACY_HEADING)
    if dataset in book.surveys:
        survey_round = book.survey_round(dataset, pins)
        survey = survey_round.survey
        values = {
            "source": survey.source,
            "round": survey_round.round.name,
            "responses": _cell(single(responses(survey_round), book.threshold)),
            "method": survey.method,
        }
        lines = [line.format(**values) for line in strings.METHOD_SURVEY]
        synthetic = survey.synthetic
    elif dataset in book.outcomes:
        outcome = book.outcomes[dataset].outcome
        day = book.data_date(dataset, pins)
        values = {
            "source": outcome.source,
            "date": numbers.format_date(day),
            "start": numbers.format_month(outcome.start),
            "total": _cell(book.counts(dataset, day)["alle"]),
        }
        lines = [line.format(**values) for line in strings.METHOD_OUTCOME]
        synthetic = outcome.synthetic
    else:
        names = [*book.datasets(), PRIVACY]
        raise NotFound(f"datasættet «{dataset}» findes ikke", "Brug et af: " + ", ".join(names) + ".")
    count, hidden = suppressed_names(book, dataset, pins)
    if hidden:
        lines.append(
            strings.METHOD_SUPPRESSION.format(
                threshold=settings.min_count, count=count, names=", ".join(h.lower() for h in hidden)
            )
        )
    else:
        lines.append(strings.METHOD_NO_SUPPRESSION.format(threshold=settings.min_count))
    if synthetic:
        lines.append(strings.SYNTHETIC_NOTE)
    return MethodView(dataset=dataset, lines=tuple(line for line in lines if line.strip(". ")))
