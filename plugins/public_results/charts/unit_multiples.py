"""Small multiples comparing units: a small line chart per unit, on one shared scale.

``small_multiples``: a count at each month's end, one panel per unit (a hidden month is a gap). With
many units (more than ``PANELS``) the chart shows the page's own unit, the units the writer names
(``| enheder: nord, syd``) or else the largest at the last date, and says which in its subtitle;
the table and the CSV keep every unit, a unit a row: the table on the page at a few dates
(``table_days``), the CSV at every month's end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..danish import numbers, words
from ..danish.style import count_in_text, listed
from ..privacy.suppression import Count
from ..settings import Settings
from . import specs, unit_specs
from .layout import axis_steps
from .view import FORM_TIME, ChartView, Table, cell, csv_cell, legend, notes, with_suppressed


@dataclass(frozen=True)
class UnitSeries:
    """One unit's protected count at each month's end (a suppressed one is a gap)."""

    unit: str
    name: str
    points: tuple[tuple[dt.date, Count], ...]


PANELS = 6  # the most small charts drawn (three rows of two on a phone); more units: a choice, said in words


def _size(unit: UnitSeries) -> int:
    """The unit's count at the last date, for choosing the largest (a hidden count: -1, after every shown)."""
    last = unit.points[-1][1] if unit.points else None
    return -1 if last is None or last.suppressed else last.value


def panels(
    units: Sequence[UnitSeries], own: str = "", chosen: Sequence[str] = (), most: int = PANELS
) -> tuple[list[UnitSeries], str]:
    """The units drawn, and the sentence saying which (\"\": every unit is drawn). ``own``: the page's
    unit (drawn first); ``chosen``: the units the writer names (``| enheder: …``; then exactly those);
    else, with more than ``most`` units, the largest at the last date fill up to ``most``."""
    by_key = {u.unit: u for u in units}
    first = [by_key[own]] if own in by_key else []
    if chosen:
        drawn = first + [by_key[k] for k in dict.fromkeys(chosen) if k in by_key and k != own]
    elif len(units) <= most:
        return list(units), ""
    else:
        largest = sorted((u for u in units if u.unit != own), key=_size, reverse=True)
        drawn = first + largest[: most - len(first)]
    if len(drawn) == len(units):
        return drawn, ""
    count = count_in_text(len(units))
    if chosen:
        names = listed([u.name for u in drawn])
        return drawn, words.MULTIPLES_CHOSEN.format(names=names, count=count)
    mine = words.MULTIPLES_OWN.format(name=first[0].name) if first else ""
    return drawn, words.MULTIPLES_LARGEST.format(own=mine, shown=count_in_text(len(drawn) - len(first)), count=count)


def small_multiples(
    key: str,
    label: str,
    units: Sequence[UnitSeries],
    day: dt.date,
    source: str,
    file_stem: str,
    settings: Settings,
    own: str = "",
    chosen: Sequence[str] = (),
) -> ChartView:
    """``label`` (»Borgere i aktivt forløb«) at each month's end up to ``day``, a small chart per unit
    in the given order, all on one scale. The units' names must differ (each names its chart). With
    many units, or ``chosen`` ones, some are drawn (``panels``); the table and the CSV hold all."""
    if len({u.name for u in units}) != len(units):
        raise ValueError("two units have the same name")
    marker = settings.suppressed_marker
    days = sorted({d for u in units for d, _ in u.points})
    drawn, choice = panels(units, own, chosen)
    points = []
    for order, unit in enumerate(drawn):
        values = [None if c.suppressed else c.value for _, c in unit.points]
        for index, (when, count) in enumerate(unit.points):
            before = values[index - 1] if index else None
            after = values[index + 1] if index + 1 < len(values) else None
            tip = words.MULTIPLES_TIP.format(name=unit.name, date=numbers.format_date(when), count=cell(count, marker))
            alone = values[index] is not None and before is None and after is None  # a dot: no line reaches it
            point = {"panel": unit.name, "order": order, "date": when.isoformat(), "value": values[index]}
            points.append(point | {"alone": alone, "tip": tip})
    shown = [p["value"] for p in points if p["value"] is not None]  # the drawn units' scale
    top = axis_steps(max(shown, default=0))[0] if shown else 5.0
    first, last = days[0], days[-1]
    date, first_month = numbers.format_date(day), numbers.format_month(first)
    every = [c for u in units for _, c in u.points]
    note, hidden = legend(every, settings.min_count, marker)
    gaps = any(c.suppressed for c in every)
    values = {u.name: dict(u.points) for u in units}
    columns = table_days(days)  # a unit a row (98 units: 98 rows, not 98 columns), some dates a column
    table = tuple(
        (u.name, *(cell(values[u.name][d], marker) if d in values[u.name] else "" for d in columns)) for u in units
    )
    csv = tuple(
        (u.name, *(csv_cell(values[u.name][d], marker) if d in values[u.name] else "" for d in days)) for u in units
    )
    some = ""
    if columns != days:  # the table says that its dates are some of the chart's
        dates = listed([numbers.format_date(d) for d in columns])
        some = words.MULTIPLES_TABLE_SOME_DATES.format(dates=dates, total=len(days))
    return ChartView(
        key=key,
        form=FORM_TIME,
        title=words.MULTIPLES_TITLE.format(label=label, first_month=first_month, date=date),
        subtitle=f"{words.MULTIPLES_SUBTITLE} {choice}".strip(),
        alt=with_suppressed(f"{_multiples_alt(label, drawn, first_month, date)} {choice}".strip(), hidden),
        source=source,
        table=Table((words.COLUMN_UNIT, *(numbers.format_date(d) for d in columns)), table),
        csv=Table((words.COLUMN_UNIT, *(d.isoformat() for d in days)), csv),
        spec=specs.drawings(
            lambda size: unit_specs.multiples_chart(points, top, (first, last), size), settings.chart_font
        ),
        file_stem=file_stem,
        note=notes(note, words.MULTIPLES_GAP_NOTE if gaps else "", some),
        suppressed=hidden,
        marker=marker,
    )


def table_days(days: Sequence[dt.date]) -> list[dt.date]:
    """The dates the table on the page shows as its columns (its CSV has every month): the first,
    the data dates that are no month's end (»15. februar 2022«), the same month a year before the
    newest, and the newest."""
    if not days:
        return []
    newest = days[-1]
    chosen = {days[0], newest} | {d for d in days if (d + dt.timedelta(days=1)).day != 1}
    chosen |= {d for d in days if (d.year, d.month) == (newest.year - 1, newest.month)}
    return sorted(chosen)


def _multiples_alt(label: str, units: Sequence[UnitSeries], first_month: str, date: str) -> str:
    """What the small charts are, and the lowest and the highest unit at the last date (
    »blandt de enheder, der vises« when a unit's last count is hidden)."""
    last = [(u.name, u.points[-1][1]) for u in units if u.points]
    shown = sorted(((c.value, name) for name, c in last if not c.suppressed), key=lambda t: t[0])
    sentence = ""
    if len(shown) > 1:
        template = words.MULTIPLES_ALT_LAST if len(shown) == len(last) else words.MULTIPLES_ALT_LAST_SHOWN
        (low, low_name), (high, high_name) = shown[0], shown[-1]
        sentence = template.format(
            date=date, low=count_in_text(low), low_name=low_name, high=count_in_text(high), high_name=high_name
        )
    count = count_in_text(len(units))
    text = words.MULTIPLES_ALT.format(count=count, label=label, first_month=first_month, date=date, last=sentence)
    return text.strip()
