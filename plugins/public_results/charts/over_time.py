"""Chart views of development over time: counts at the end of each month up to the data date.

Every point is the FigureBook's protected count for that day, so a small count is a
gap in its line, exactly as it would be hidden (»..«) anywhere else. The book's series leaves out
the months whose step would give away a small flow (``privacy/flows.py``): a count that
nobody leaves (everyone since the start, an end status) steps from one shown month to the
next by 0 or at least the threshold, in every chart and every part of a breakdown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..danish import numbers, words
from ..danish.style import count_in_text, listed
from ..data.datasets import Breakdown
from ..figures.book import FigureBook
from ..privacy.suppression import Count
from ..settings import Settings
from . import messages, specs
from .lines import Line, time_chart
from .view import (
    FORM_TIME,
    MARKER,
    ChartView,
    Style,
    Table,
    cell,
    csv_cell,
    legend,
    notes,
    outcome_styles,
    stem,
    with_suppressed,
)

Series = list[tuple[dt.date, Count]]


def _said(count: Count) -> str:
    """A count as the alt text says it: running text (»fem«, »92«), a hidden one »vises ikke«."""
    return words.SUPPRESSED_CELL_SPOKEN if count.suppressed else count_in_text(count.value)


def _month(day: dt.date) -> str:
    return numbers.format_month(day)


def _spec(lines: dict[str, Series], styles: dict[str, Style], font: str, marker: str = MARKER) -> dict[str, Any]:
    """Both drawings of the lines, each in its category's colour and dash (``styles``, by label; MAIN
    when it has none); the key explains the dotted bridges when a month is hidden between shown ones."""
    drawn = []
    for label, series in lines.items():
        colour, dash = styles.get(label, (specs.MAIN, specs.DASHES[0]))
        points = tuple((day, None if c.suppressed else float(c.value), cell(c, marker)) for day, c in series)
        drawn.append(Line(label, colour, tuple(dash), points))
    key = words.TIME_BRIDGE_KEY if any(_bridged(series) for series in lines.values()) else ""
    return specs.drawings(lambda size: time_chart(drawn, size, words.MONTHS_SHORT, key), font)


def _bridged(series: Series) -> bool:
    """Whether a hidden month stands between two shown ones: a dotted bridge crosses it."""
    shown = [not count.suppressed for _, count in series]
    return any(not s for s in shown[shown.index(True) : len(shown) - shown[::-1].index(True)]) if any(shown) else False


def _tables(lines: dict[str, Series], marker: str = MARKER) -> tuple[Table, Table]:
    days = sorted({d for series in lines.values() for d, _ in series})
    values = {label: dict(series) for label, series in lines.items()}
    rows = tuple(
        (numbers.format_date(d), *(cell(values[label][d], marker) if d in values[label] else "" for label in lines))
        for d in days
    )
    csv_rows = tuple(
        (d.isoformat(), *(csv_cell(values[label][d], marker) if d in values[label] else "" for label in lines))
        for d in days
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
    marker = settings.suppressed_marker
    all_counts = [c for s in lines.values() for _, c in s]
    thinned = any(c.suppressed for c in all_counts)  # a hidden month may be a small step too
    title_words = breakdown.title if breakdown else label_of[name]
    date, first_month = numbers.format_date(day), _month(series[0][0])
    table, csv = _tables(lines, marker)
    note, hidden = legend(all_counts, settings.min_count, marker)
    if any(_bridged(points) for points in lines.values()):
        note = notes(note, words.TIME_BRIDGE_NOTE)
    highest = _highest(lines)
    highest_word = words.TIME_HIGHEST if messages.highest_is_certain(all_counts) else words.TIME_HIGHEST_SHOWN
    last = {label: points[-1][1] for label, points in lines.items()}
    if breakdown:
        title = messages.parts_at_end_message(list(last.items()), title_words, first_month, date).text
        alt_text = words.TIME_ALT_EMPTY.format(title=title_words, first_month=first_month, date=date)
        if highest:
            alt_text = words.TIME_ALT.format(
                title=title_words, first_month=first_month, date=date,
                last_values=listed([words.TIME_ALT_VALUE.format(label=k, count=_said(c)) for k, c in last.items()]),
                top_label=highest[0], top_count=_said(highest[2]), top_month=_month(highest[1]), highest=highest_word,
            )  # fmt: skip
    else:
        ((label, points),) = lines.items()
        first, final = points[0][1], points[-1][1]
        title = messages.change_message(label, first, final, _month(points[0][0]), date).text
        alt_text = words.TIME_ALT_EMPTY.format(title=label, first_month=first_month, date=date)
        if highest:
            alt_text = words.TIME_ALT_ONE.format(
                title=label, first_month=first_month, date=date, first=_said(first),
                last=_said(final), top=_said(highest[2]), top_month=_month(highest[1]), highest=highest_word,
            )  # fmt: skip
    subtitle = (words.TIME_SUBTITLE_THINNED if thinned else words.TIME_SUBTITLE).format(
        first_month=first_month, date=date, threshold=count_in_text(settings.min_count), marker=marker
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
        spec=_spec(lines, styles, settings.chart_font, marker),
        file_stem=stem(key.replace(".", "-"), day.isoformat()),
        note=note,
        suppressed=hidden,
        marker=marker,
    )
