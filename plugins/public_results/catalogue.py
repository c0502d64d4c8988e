"""Named charts and method boxes: what ``{{ graf: … }}`` and ``{{ metode: … }}`` show.

Each view is built from the FigureBook's protected counts, so a chart, its text
alternative, its table and the running text always hold the same numbers, with
the same cells suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import chart, numbers, strings
from .compute import responses
from .errors import NotFound
from .figures import RESPONSES, FigureBook, Pins
from .protect import Count, single
from .settings import Settings

AGREEMENT = "enighed"


@dataclass(frozen=True)
class ChartView:
    key: str  # "forløb.status"
    title: str
    subtitle: str
    alt: str
    source: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # first cell is the row header
    svg: str
    note: str = ""  # the [c] legend, when a cell is suppressed
    suppressed: int = 0  # cells shown as [c]


@dataclass(frozen=True)
class MethodView:
    dataset: str
    lines: tuple[str, ...]
    heading: str = strings.METHOD_HEADING


PRIVACY = "diskretion"  # {{ metode: diskretion }}: the suppression rule and what it hid


def chart_names(book: FigureBook) -> list[str]:
    names = []
    for key, rounds in book.surveys.items():
        names += [f"{key}.{AGREEMENT}"] + [f"{key}.{b.key}" for b in rounds[0].survey.background]
    for key, log in book.outcomes.items():
        names += [f"{key}.{b.key}" for b in log.outcome.breakdowns]
    return sorted(names)


def chart_view(book: FigureBook, name: str, pins: Pins, settings: Settings) -> ChartView:
    dataset, _, chart_key = name.partition(".")
    if dataset in book.surveys and chart_key == AGREEMENT:
        return _agreement(book, dataset, pins, settings)
    if dataset in book.surveys and name in chart_names(book):
        return _background(book, dataset, chart_key, pins, settings)
    if dataset in book.outcomes and any(b.key == chart_key for b in book.outcomes[dataset].outcome.breakdowns):
        return _breakdown(book, dataset, chart_key, pins, settings)
    raise NotFound(f"grafen «{name}» findes ikke", "Brug en af: " + ", ".join(chart_names(book)) + ".")


def _cell(count: Count) -> str:
    return strings.SUPPRESSED_CELL if count.suppressed else numbers.format_count(count.value)


def _share(count: Count, base: Count, settings: Settings) -> str:
    if count.suppressed or base.suppressed or base.value == 0:
        return strings.SUPPRESSED_CELL if count.suppressed or base.suppressed else ""
    return numbers.format_percent(count.value, base.value, settings.percent_style, settings.percent_decimals)


def _legend(counts: list[Count], settings: Settings) -> tuple[str, int]:
    hidden = sum(c.suppressed for c in counts)
    return (strings.SUPPRESSION_LEGEND.format(threshold=settings.min_count) if hidden else ""), hidden


def _agreement(book: FigureBook, dataset: str, pins: Pins, settings: Settings) -> ChartView:
    survey_round = book.survey_round(dataset, pins)
    survey = survey_round.survey
    rows, bars = [], []
    for _, r in book.survey_table(survey_round).iterrows():
        positive, n = single(int(r["positive"]), book.threshold), single(int(r["n"]), book.threshold)
        share = _share(positive, n, settings) if n.value else strings.NO_ANSWERS
        shown = not (positive.suppressed or n.suppressed) and n.value > 0
        percent = float(numbers.percent_value(positive.value, n.value, settings.percent_decimals)) if shown else None
        bars.append(
            {"label": r["label"], "percent": percent, "text": f"{share} (n = {_cell(n)})", "positive": positive}
        )
        rows.append((r["label"], share, _cell(positive), _cell(n)))
    ranked = sorted((b for b in bars if b["percent"] is not None), key=lambda b: -b["percent"])
    order = {b["label"]: i for i, b in enumerate(ranked)}
    table = pd.DataFrame(sorted(bars, key=lambda b: order.get(b["label"], len(order))))
    rows.sort(key=lambda row: order.get(row[0], len(order)))
    note, hidden = _legend([b["positive"] for b in bars], settings)
    round_name = survey_round.round.name
    alt_text = strings.AGREEMENT_ALT_EMPTY.format(count=len(bars), round=round_name)
    if ranked:
        top, low = ranked[0], ranked[-1]
        alt_text = strings.AGREEMENT_ALT.format(
            count=len(bars), round=round_name,
            top_label=top["label"], top_share=top["text"], low_label=low["label"], low_share=low["text"],
        )  # fmt: skip
    positive_words = " eller ".join(f"«{s.answer}»" for s in survey.scale if s.positive)
    return ChartView(
        key=f"{dataset}.{AGREEMENT}",
        title=strings.AGREEMENT_TITLE,
        subtitle=strings.AGREEMENT_SUBTITLE.format(
            positive=positive_words, round=round_name, responses=numbers.format_count(responses(survey_round))
        ),
        alt=alt_text + (strings.ALT_SUPPRESSED.format(count=hidden) if hidden else ""),
        source=strings.CHART_SOURCE_SURVEY.format(source=survey.source, round=round_name),
        columns=(strings.COLUMN_QUESTION, strings.COLUMN_SHARE, strings.COLUMN_POSITIVE, strings.COLUMN_BASE),
        rows=tuple(rows),
        svg=chart.to_svg(chart.to_spec(chart.agreement_chart(table[["label", "percent", "text"]]))),
        note=note,
        suppressed=hidden,
    )


def _count_bars(
    key: str, title: str, parts: list[tuple[str, Count]], total: Count, period: str, source: str, settings: Settings
) -> ChartView:
    """A bar per part (its count and share of the total), with [c] for suppressed parts."""
    table = pd.DataFrame(
        [
            {
                "label": label,
                "count": None if count.suppressed else count.value,
                "text": strings.SUPPRESSED_CELL
                if count.suppressed
                else f"{numbers.format_count(count.value)} ({_share(count, total, settings)})",
            }
            for label, count in parts
        ]
    )
    shown = sorted(((c.value, label, c) for label, c in parts if not c.suppressed), key=lambda t: -t[0])
    note, hidden = _legend([c for _, c in parts], settings)
    alt_text = strings.BREAKDOWN_ALT_EMPTY.format(title=title, total=_cell(total), period=period)
    if shown:
        (_, top_label, top), (_, low_label, low) = shown[0], shown[-1]
        alt_text = strings.BREAKDOWN_ALT.format(
            title=title, total=_cell(total), period=period,
            top_label=top_label, top_count=_cell(top), top_share=_share(top, total, settings),
            low_label=low_label, low_count=_cell(low), low_share=_share(low, total, settings),
        )  # fmt: skip
    rows = tuple((label, _cell(count), _share(count, total, settings)) for label, count in parts)
    rows += ((strings.TOTAL, _cell(total), _share(total, total, settings)),)
    return ChartView(
        key=key,
        title=title,
        subtitle=strings.BREAKDOWN_SUBTITLE.format(period=period[0].upper() + period[1:], total=_cell(total)),
        alt=alt_text + (strings.ALT_SUPPRESSED.format(count=hidden) if hidden else ""),
        source=source,
        columns=(strings.COLUMN_GROUP, strings.COLUMN_COUNT, strings.COLUMN_SHARE_OF_TOTAL),
        rows=rows,
        svg=chart.to_svg(chart.to_spec(chart.breakdown_chart(table))),
        note=note,
        suppressed=hidden,
    )


def _breakdown(book: FigureBook, dataset: str, key: str, pins: Pins, settings: Settings) -> ChartView:
    outcome = book.outcomes[dataset].outcome
    breakdown = next(b for b in outcome.breakdowns if b.key == key)
    day = book.data_date(dataset, pins)
    counts = book.counts(dataset, day)
    parts = [(getattr(outcome.counted(p), "label", p), counts[p]) for p in breakdown.parts]
    date_text = numbers.format_date(day)
    source = strings.CHART_SOURCE.format(source=outcome.source, date=date_text)
    period = strings.PERIOD_OUTCOME.format(date=date_text)
    return _count_bars(f"{dataset}.{key}", breakdown.title, parts, counts[breakdown.of], period, source, settings)


def _background(book: FigureBook, dataset: str, key: str, pins: Pins, settings: Settings) -> ChartView:
    survey_round = book.survey_round(dataset, pins)
    survey = survey_round.survey
    background = next(b for b in survey.background if b.key == key)
    counts = book.background_counts(survey_round, key)
    parts = [(value or strings.NOT_STATED, count) for value, count in counts.items() if value != RESPONSES]
    title = strings.BACKGROUND_TITLE.format(header=background.header.lower())
    source = strings.CHART_SOURCE_SURVEY.format(source=survey.source, round=survey_round.round.name)
    period = strings.PERIOD_SURVEY.format(round=survey_round.round.name)
    return _count_bars(f"{dataset}.{key}", title, parts, counts[RESPONSES], period, source, settings)


def suppressed_names(book: FigureBook, dataset: str, pins: Pins) -> list[str]:
    """Labels of every suppressed count of a dataset at the pinned date or round."""
    if dataset in book.outcomes:
        outcome = book.outcomes[dataset].outcome
        counts = book.counts(dataset, book.data_date(dataset, pins))
        return [getattr(outcome.counted(k), "label", k) for k, c in counts.items() if c.suppressed]
    survey_round = book.survey_round(dataset, pins)
    names = [
        str(r["label"])
        for _, r in book.survey_table(survey_round).iterrows()
        if single(int(r["positive"]), book.threshold).suppressed or single(int(r["n"]), book.threshold).suppressed
    ]
    for background in survey_round.survey.background:
        counts = book.background_counts(survey_round, background.key)
        names += [f"{background.header}: {v or strings.NOT_STATED}" for v, c in counts.items() if c.suppressed]
    return names


def suppression_lines(book: FigureBook) -> list[str]:
    """One line per outcome data date and survey round: how many counts are suppressed, and which."""
    lines = []
    for key, log in sorted(book.outcomes.items()):
        for day in log.outcome.data_dates:
            names = suppressed_names(book, key, Pins(data_date=day))
            where = f"{key} pr. {numbers.format_date(day)}"
            lines.append(strings.SUPPRESSION_LINE.format(where=where, count=len(names), names=", ".join(names) or "–"))
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in rounds:
            names = suppressed_names(book, key, Pins(survey_round=survey_round.round.name))
            where = f"{key}, måling {survey_round.round.name}"
            lines.append(strings.SUPPRESSION_LINE.format(where=where, count=len(names), names=", ".join(names) or "–"))
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
    hidden = suppressed_names(book, dataset, pins)
    if hidden:
        lines.append(
            strings.METHOD_SUPPRESSION.format(
                threshold=settings.min_count, count=len(hidden), names=", ".join(h.lower() for h in hidden)
            )
        )
    else:
        lines.append(strings.METHOD_NO_SUPPRESSION.format(threshold=settings.min_count))
    if synthetic:
        lines.append(strings.SYNTHETIC_NOTE)
    return MethodView(dataset=dataset, lines=tuple(line for line in lines if line.strip(". ")))
