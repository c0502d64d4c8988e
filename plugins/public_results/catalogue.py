"""Named charts and method boxes: what ``{{ graf: … }}`` and ``{{ metode: … }}`` show.

Each view is built from the FigureBook's numbers, so a chart, its text
alternative and its table always hold the same figures as the text.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import chart, numbers, strings
from .compute import breakdown_table, responses
from .errors import NotFound
from .figures import FigureBook, Pins
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


@dataclass(frozen=True)
class MethodView:
    dataset: str
    lines: tuple[str, ...]


def chart_names(book: FigureBook) -> list[str]:
    names = [f"{key}.{AGREEMENT}" for key in book.surveys]
    for key, log in book.outcomes.items():
        names += [f"{key}.{b.key}" for b in log.outcome.breakdowns]
    return sorted(names)


def chart_view(book: FigureBook, name: str, pins: Pins, settings: Settings) -> ChartView:
    dataset, _, chart_key = name.partition(".")
    if dataset in book.surveys and chart_key == AGREEMENT:
        return _agreement(book, dataset, pins, settings)
    if dataset in book.outcomes and any(b.key == chart_key for b in book.outcomes[dataset].outcome.breakdowns):
        return _breakdown(book, dataset, chart_key, pins, settings)
    raise NotFound(f"grafen «{name}» findes ikke", "Brug en af: " + ", ".join(chart_names(book)) + ".")


def _percent(count: int, base: int, settings: Settings) -> str:
    return numbers.format_percent(count, base, settings.percent_style, settings.percent_decimals)


def _agreement(book: FigureBook, dataset: str, pins: Pins, settings: Settings) -> ChartView:
    survey_round = book.survey_round(dataset, pins)
    survey = survey_round.survey
    table = book.survey_table(survey_round)
    answered = table["n"] > 0
    table["percent"] = [
        float(numbers.percent_value(p, n, settings.percent_decimals)) if n else 0.0
        for p, n in zip(table["positive"], table["n"], strict=True)
    ]
    table["share"] = [
        _percent(p, n, settings) if n else strings.NO_ANSWERS
        for p, n in zip(table["positive"], table["n"], strict=True)
    ]
    table["text"] = [f"{s} (n = {numbers.format_count(n)})" for s, n in zip(table["share"], table["n"], strict=True)]
    table = table.sort_values("percent", ascending=False, kind="stable")
    ranked = table[answered.loc[table.index]] if answered.any() else table
    top, low = ranked.iloc[0], ranked.iloc[-1]
    positive = " eller ".join(f"«{s.answer}»" for s in survey.scale if s.positive)
    round_name = survey_round.round.name
    alt_text = strings.AGREEMENT_ALT.format(
        count=len(table), round=round_name,
        top_label=top["label"], top_share=top["share"], top_n=numbers.format_count(top["n"]),
        low_label=low["label"], low_share=low["share"], low_n=numbers.format_count(low["n"]),
    )  # fmt: skip
    rows = tuple(
        (r["label"], r["share"], numbers.format_count(r["positive"]), numbers.format_count(r["n"]))
        for _, r in table.iterrows()
    )
    return ChartView(
        key=f"{dataset}.{AGREEMENT}",
        title=strings.AGREEMENT_TITLE,
        subtitle=strings.AGREEMENT_SUBTITLE.format(
            positive=positive, round=round_name, responses=numbers.format_count(responses(survey_round))
        ),
        alt=alt_text,
        source=strings.CHART_SOURCE_SURVEY.format(source=survey.source, round=round_name),
        columns=(strings.COLUMN_QUESTION, strings.COLUMN_SHARE, strings.COLUMN_POSITIVE, strings.COLUMN_BASE),
        rows=rows,
        svg=chart.to_svg(chart.to_spec(chart.agreement_chart(table))),
    )


def _breakdown(book: FigureBook, dataset: str, key: str, pins: Pins, settings: Settings) -> ChartView:
    log = book.outcomes[dataset]
    breakdown = next(b for b in log.outcome.breakdowns if b.key == key)
    day = book.data_date(dataset, pins)
    table = breakdown_table(log.outcome, book.counts(dataset, day), key)
    total = int(table["count"].sum())
    table["share"] = [_percent(c, total, settings) if total else "" for c in table["count"]]
    table["text"] = [f"{numbers.format_count(c)} ({s})" for c, s in zip(table["count"], table["share"], strict=False)]
    ordered = table.sort_values("count", ascending=False, kind="stable")
    top, low = ordered.iloc[0], ordered.iloc[-1]
    date_text = numbers.format_date(day)
    alt_text = strings.BREAKDOWN_ALT.format(
        title=breakdown.title, total=numbers.format_count(total), date=date_text,
        top_label=top["label"], top_count=numbers.format_count(top["count"]), top_share=top["share"],
        low_label=low["label"], low_count=numbers.format_count(low["count"]), low_share=low["share"],
    )  # fmt: skip
    rows = tuple((r["label"], numbers.format_count(r["count"]), r["share"]) for _, r in table.iterrows())
    rows += ((strings.TOTAL, numbers.format_count(total), _percent(total, total, settings) if total else ""),)
    return ChartView(
        key=f"{dataset}.{key}",
        title=breakdown.title,
        subtitle=strings.BREAKDOWN_SUBTITLE.format(date=date_text, total=numbers.format_count(total)),
        alt=alt_text,
        source=strings.CHART_SOURCE.format(source=log.outcome.source, date=date_text),
        columns=(strings.COLUMN_GROUP, strings.COLUMN_COUNT, strings.COLUMN_SHARE_OF_TOTAL),
        rows=rows,
        svg=chart.to_svg(chart.to_spec(chart.breakdown_chart(pd.DataFrame(table)))),
    )


def method_view(book: FigureBook, dataset: str, pins: Pins) -> MethodView:
    if dataset in book.surveys:
        survey_round = book.survey_round(dataset, pins)
        survey = survey_round.survey
        values = {
            "source": survey.source,
            "round": survey_round.round.name,
            "responses": numbers.format_count(responses(survey_round)),
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
            "total": numbers.format_count(book.counts(dataset, day)["alle"]),
        }
        lines = [line.format(**values) for line in strings.METHOD_OUTCOME]
        synthetic = outcome.synthetic
    else:
        raise NotFound(f"datasættet «{dataset}» findes ikke", "Brug et af: " + ", ".join(book.datasets()) + ".")
    if synthetic:
        lines.append(strings.SYNTHETIC_NOTE)
    return MethodView(dataset=dataset, lines=tuple(line for line in lines if line.strip(". ")))
