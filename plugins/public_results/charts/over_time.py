"""Chart views of development over time: counts at the end of each month up to the data date.

Every point is the FigureBook's protected count for that day, so a small count is a
gap in its line, exactly as it would be [c] anywhere else. The book's series leaves out
the months whose step would give away a small flow (``privacy/flows.py``): a count that
nobody leaves (everyone since the start, an end status) steps from one shown month to the
next by 0 or at least the threshold, in every chart and every part of a breakdown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import importers
from ..danish import numbers, words
from ..data.datasets import Breakdown
from ..figures.book import FigureBook
from ..privacy.suppression import Count
from ..settings import Settings
from . import specs
from .view import FORM_TIME, ChartView, Style, Table, cell, csv_cell, legend, outcome_styles, stem, with_suppressed

Series = list[tuple[dt.date, Count]]


def _month(day: dt.date) -> str:
    return numbers.format_month(day)


def _spread(ends: list[dict[str, Any]], top: float) -> list[dict[str, Any]]:
    """End labels moved apart (at least 8 % of the height) so they never overlap."""
    gap = max(top, 1) * 0.08
    placed: list[dict[str, Any]] = []
    for end in sorted(ends, key=lambda e: e["position"]):
        lowest = placed[-1]["position"] + gap if placed else end["position"]
        placed.append(end | {"position": max(end["position"], lowest)})
    return placed


def _spec(lines: dict[str, Series], styles: dict[str, Style], day: dt.date, font: str) -> dict[str, Any]:
    """The lines, each in its category's colour and dash (``styles``, by label; MAIN when it has none)."""
    pd = importers.pandas()
    points, ends, top = [], [], 0.0
    for label, series in lines.items():
        colour, dash_pattern = styles.get(label, (specs.MAIN, specs.DASHES[0]))
        dash = list(dash_pattern)
        for point_day, count in series:
            value = None if count.suppressed else count.value
            top = max(top, value or 0)
            points.append({"date": point_day.isoformat(), "series": label, "value": value, "colour": colour,
                           "dash": dash, "text": cell(count)})  # fmt: skip
        last = series[-1][1]
        position = 0 if last.suppressed else last.value
        ends.append({"date": series[-1][0].isoformat(), "position": position, "series": label,
                     "text": f"{label} {cell(last)}", "colour": colour, "dash": dash})  # fmt: skip
    first = min(s[0][0] for s in lines.values())
    ticks = [dt.date(year, 1, 1).isoformat() for year in range(first.year + 1, day.year + 1)]
    drawn = specs.time_chart(pd.DataFrame(points), pd.DataFrame(_spread(ends, top)), ticks)
    return specs.as_dict(specs.finish(drawn, font))


def _tables(lines: dict[str, Series]) -> tuple[Table, Table]:
    days = sorted({d for series in lines.values() for d, _ in series})
    values = {label: dict(series) for label, series in lines.items()}
    rows = tuple(
        (numbers.format_date(d), *(cell(values[label][d]) if d in values[label] else "" for label in lines))
        for d in days
    )
    csv_rows = tuple(
        (d.isoformat(), *(csv_cell(values[label][d]) if d in values[label] else "" for label in lines)) for d in days
    )
    return Table((words.COLUMN_MONTH, *lines), rows), Table((words.COLUMN_DATE_CSV, *lines), csv_rows)


def _highest(lines: dict[str, Series]) -> tuple[str, dt.date, Count] | None:
    shown = [(c.value, label, d, c) for label, s in lines.items() for d, c in s if not c.suppressed]
    if not shown:
        return None
    _, label, day, count = max(shown, key=lambda t: (t[0], t[2]))
    return label, day, count


def over_time(
    book: FigureBook, dataset: str, day: dt.date, name: str, breakdown: Breakdown | None, settings: Settings
) -> ChartView:
    """Lines for the parts of a breakdown, or one line for a status or group, up to ``day``."""
    outcome = book.outcomes[dataset].outcome
    series = book.series(dataset, day)
    keys = list(breakdown.parts) if breakdown else [name]
    label_of = {k: getattr(outcome.counted(k), "label", k) for k in keys}
    styles = {label_of[k]: style for k, style in outcome_styles(outcome).items() if k in label_of}
    lines = {label_of[k]: [(d, counts[k]) for d, counts in series] for k in keys}
    thinned = any(c.suppressed for s in lines.values() for _, c in s)  # [c] may be a small step too
    title_words = breakdown.title if breakdown else label_of[name]
    date, first_month = numbers.format_date(day), _month(series[0][0])
    table, csv = _tables(lines)
    note, hidden = legend([c for s in lines.values() for _, c in s], settings.min_count)
    highest = _highest(lines)
    last = {label: points[-1][1] for label, points in lines.items()}
    if breakdown:
        shown = sorted(((c.value, label) for label, c in last.items() if not c.suppressed), reverse=True)
        title = (
            words.TIME_TITLE_PARTS.format(date=date, top_label=shown[0][1], top_count=numbers.format_count(shown[0][0]))
            if shown
            else words.TIME_TITLE_PLAIN.format(label=title_words, first_month=first_month, date=date)
        )
        alt_text = words.TIME_ALT_EMPTY.format(title=title_words.lower(), first_month=first_month, date=date)
        if highest:
            alt_text = words.TIME_ALT.format(
                title=title_words.lower(), first_month=first_month, date=date,
                last_values=", ".join(f"{label} {cell(c)}" for label, c in last.items()),
                top_label=highest[0], top_count=cell(highest[2]), top_month=_month(highest[1]),
            )  # fmt: skip
    else:
        ((label, points),) = lines.items()
        first, final = points[0][1], points[-1][1]
        plain = words.TIME_TITLE_PLAIN.format(label=label, first_month=first_month, date=date)
        title = plain if first.suppressed or final.suppressed else words.TIME_TITLE_ONE.format(
            label=label, first=cell(first), first_month=_month(points[0][0]), last=cell(final), date=date
        )  # fmt: skip
        alt_text = words.TIME_ALT_EMPTY.format(title=label.lower(), first_month=first_month, date=date)
        if highest:
            alt_text = words.TIME_ALT_ONE.format(
                title=label.lower(), first_month=first_month, date=date, first=cell(first), last=cell(final),
                top=cell(highest[2]), top_month=_month(highest[1]),
            )  # fmt: skip
    subtitle = (words.TIME_SUBTITLE_THINNED if thinned else words.TIME_SUBTITLE).format(
        first_month=first_month, date=date, threshold=settings.min_count
    )
    source = words.CHART_SOURCE.format(source=outcome.source, date=date)
    key = f"{dataset}.{breakdown.key if breakdown else name}.{FORM_TIME}"
    return ChartView(
        key=key,
        form=FORM_TIME,
        title=title,
        subtitle=subtitle,
        alt=with_suppressed(alt_text, hidden),
        source=source,
        table=table,
        csv=csv,
        spec=_spec(lines, styles, day, settings.chart_font),
        file_stem=stem(key.replace(".", "-"), day.isoformat()),
        note=note,
        suppressed=hidden,
    )
