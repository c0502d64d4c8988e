"""Chart views comparing units honestly: a share per unit, and a count over time per unit.

- ``compare_units``: a sorted bar per unit of one share (meaningful employment among those who
  finished, the positive answers to a survey question), each labelled with the unit's name and its
  base, its Wilson interval drawn as a thin line, a caution triangle (and words in the key, the
  table and the alt text) where the base is below ``RESULTS_SMALL_BASE``, and the units whose share
  is hidden last, as »..«. The title ranks a unit only when its interval stands apart from every
  other's (``unit_messages``; the rule in one sentence: ``METHOD``).
- ``small_multiples``: a small line chart per unit on one shared scale; a hidden month is a gap.

The inputs are plain data made by the page that places the chart (``UnitShare``, ``UnitSeries``),
already protected across units (``privacy``): this module shows what it is given and hides nothing
itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from ..danish import numbers, words
from ..danish.style import count_in_text, listed
from ..privacy.suppression import HIDDEN, Count
from ..settings import Settings
from . import specs, unit_messages, unit_specs
from .layout import axis_steps
from .view import FORM_BARS, FORM_TIME, ChartView, Table, cell, csv_cell, legend, notes, with_suppressed
from .wilson import Interval, wilson

METHOD = words.COMPARE_METHOD  # the rule for »højest« / »lavest«, for the method box
MOST_NAMED = 5  # units named in a sentence of the text alternative; more are counted (the table names them)


@dataclass(frozen=True)
class UnitShare:
    """One unit's share: ``positive`` of ``base`` (None: not shown); ``hidden``: the share is hidden."""

    unit: str  # the unit's key, »nord«
    name: str  # its Danish name, »Jobhuset Nord«
    positive: int | None
    base: int | None
    hidden: bool

    @property
    def shown(self) -> bool:
        """Whether the share is shown: not hidden, both counts given, a base of at least one."""
        return not self.hidden and self.positive is not None and self.base is not None and self.base > 0


@dataclass(frozen=True)
class UnitSeries:
    """One unit's protected count at each month's end (a suppressed one is a gap)."""

    unit: str
    name: str
    points: tuple[tuple[dt.date, Count], ...]


def sorted_units(units: Sequence[UnitShare]) -> list[UnitShare]:
    """The shown units highest share first (ties in the given order), then those with an empty base,
    then the hidden ones, each in the given order."""
    shown = sorted((u for u in units if u.shown), key=lambda u: -Fraction(u.positive or 0, u.base or 1))
    empty = [u for u in units if not u.shown and not u.hidden and u.base == 0]
    return shown + empty + [u for u in units if not u.shown and u not in empty]


def _percent(value: float, decimals: int) -> Decimal:
    """A fraction (0–1) in percent, rounded half-up as shares are."""
    return Decimal(repr(value * 100)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class _Row:
    unit: UnitShare
    share: Decimal | None  # as shown
    interval: Interval | None
    caution: bool


def _rows(units: Sequence[UnitShare], settings: Settings) -> list[_Row]:
    rows = []
    for unit in sorted_units(units):
        if unit.shown:
            positive, base = unit.positive or 0, unit.base or 0
            share = numbers.percent_value(positive, base, settings.percent_decimals)
            rows.append(_Row(unit, share, wilson(positive, base), base < settings.small_base))
        else:
            rows.append(_Row(unit, None, None, False))
    return rows


def compare_units(
    key: str,
    measure: str,
    units: Sequence[UnitShare],
    period: str,
    source: str,
    file_stem: str,
    settings: Settings,
) -> ChartView:
    """The comparison of ``units`` on one share: ``measure`` says what the share is
    (»Andel i meningsfuld beskæftigelse blandt dem, der har afsluttet et forløb«), ``period`` when
    (»pr. 15. februar 2022«); the view's ``key`` and ``file_stem`` are the caller's."""
    style, decimals, marker, small = (
        settings.percent_style, settings.percent_decimals, settings.suppressed_marker, settings.small_base
    )  # fmt: skip
    rows = _rows(units, settings)

    def percent(value: Decimal) -> str:
        return words.PERCENT_STYLES[style].format(value=numbers.format_number(value, decimals))

    def base_cell(unit: UnitShare) -> str:
        return marker if unit.base is None else numbers.format_count(unit.base)

    bars, table, csv = [], [], []
    for row in rows:
        unit, interval = row.unit, row.interval
        label = unit.name if unit.base is None else words.COMPARE_LABEL.format(name=unit.name, n=base_cell(unit))
        positive = marker if unit.positive is None or unit.hidden else numbers.format_count(unit.positive)
        caution = words.COMPARE_CAUTION_CELL.format(small=count_in_text(small)) if row.caution else ""
        if row.share is not None and interval is not None:
            low, high = _percent(interval.low, decimals), _percent(interval.high, decimals)
            text = percent(row.share)
            facts = {
                "name": unit.name,
                "share": text,
                "n": base_cell(unit),
                "low": numbers.format_number(low, decimals),
            }
            tip = (words.COMPARE_TIP_CAUTION if row.caution else words.COMPARE_TIP).format(high=percent(high), **facts)
            span = words.RANGE.format(low=facts["low"], high=percent(high))
            drawn = {"value": float(row.share), "low": float(low), "high": float(high)}
            csv_values = tuple(str(value).replace(".", ",") for value in (row.share, low, high))
        else:
            text = words.COMPARE_NO_BASE if unit.base == 0 and not unit.hidden else marker
            tip, span = f"{unit.name}: {text}", ""
            drawn = {"value": None, "low": None, "high": None}
            csv_values = ("" if unit.base == 0 and not unit.hidden else marker, "", "")
        bars.append({"label": label, "text": text, "caution": row.caution, "tip": tip} | drawn)
        table.append((unit.name, text, span, positive, base_cell(unit), caution))
        small_csv = words.CSV_YES if row.caution else words.CSV_NO
        csv.append((unit.name, *csv_values, _csv_count(unit.positive, unit.hidden, marker),
                    _csv_count(unit.base, False, marker), small_csv))  # fmt: skip
    hidden_cells = [Count(0, HIDDEN) for line in table for value in line if value == marker]
    note, hidden = legend(hidden_cells, settings.min_count, marker)
    keys = [("interval", words.COMPARE_INTERVAL_KEY)] if any(r.interval for r in rows) else []
    if any(r.caution for r in rows):
        keys.append(("caution", words.COMPARE_CAUTION_KEY.format(small=count_in_text(small))))
    facts = [(r.unit.name, r.share, r.interval) for r in rows]
    message = unit_messages.units_message(facts, measure, style, decimals)
    columns = (words.COLUMN_UNIT, words.COLUMN_SHARE_OF_TOTAL, words.COLUMN_INTERVAL, words.COLUMN_COUNT)
    caution_column = (words.COLUMN_CAUTION,) if any(r.caution for r in rows) else ()
    return ChartView(
        key=key,
        form=FORM_BARS,
        title=message.text,
        subtitle=words.COMPARE_SUBTITLE.format(measure=measure, period=period),
        alt=_alt(measure, period, rows, message.text, small),  # the hidden units by name
        source=source,
        table=Table(
            (*columns, words.COLUMN_BASE, *caution_column),
            tuple(line[: len(columns) + 1 + len(caution_column)] for line in table),
        ),
        csv=Table(
            (
                words.COLUMN_UNIT,
                words.COLUMN_PERCENT_CSV,
                words.COLUMN_INTERVAL_LOW_CSV,
                words.COLUMN_INTERVAL_HIGH_CSV,
                words.COLUMN_COUNT,
                words.COLUMN_BASE,
                words.COLUMN_CAUTION_CSV,
            ),
            tuple(csv),
        ),
        spec=specs.drawings(lambda size: unit_specs.compare_chart(bars, keys, size), settings.chart_font),
        file_stem=file_stem,
        note=notes(note, METHOD),
        suppressed=hidden,
        marker=marker,
    )


def _csv_count(count: int | None, hidden: bool, marker: str) -> str:
    """A count in the download: plain digits, or the marker when it is not shown."""
    return marker if count is None or hidden else str(count)


def _alt(measure: str, period: str, rows: list[_Row], title: str, small: int) -> str:
    """The text alternative: what the chart is, its message, whether a unit stands apart, which
    shares are uncertain and which are hidden."""
    sentences = [f"{title}."]
    facts = [(r.unit.name, r.share, r.interval) for r in rows]
    shown = [r for r in rows if r.share is not None]
    if len(shown) > 1:
        highest, lowest = unit_messages.units_apart(facts)
        if highest is not None:  # the title names it
            sentences.append(words.COMPARE_ALT_APART.format(name=shown[highest].unit.name))
        if lowest is not None and highest is None:
            sentences.append(words.COMPARE_ALT_APART.format(name=shown[lowest].unit.name))
        elif lowest is not None and len(shown) > 2:  # two units: the other one is lowest, as the title says
            sentences.append(words.COMPARE_ALT_APART_LOW.format(name=shown[lowest].unit.name))
        if highest is None and lowest is None:
            sentences.append(words.COMPARE_ALT_OVERLAP)
    uncertain = [words.QUOTED.format(text=r.unit.name) for r in rows if r.caution]
    if len(uncertain) > MOST_NAMED:  # a national programme: the count, the table names them
        sentences.append(
            words.COMPARE_ALT_CAUTION_MANY.format(count=count_in_text(len(uncertain)), small=count_in_text(small))
        )
    elif uncertain:
        template = words.COMPARE_ALT_CAUTION_ONE if len(uncertain) == 1 else words.COMPARE_ALT_CAUTION
        sentences.append(template.format(names=listed(uncertain), small=count_in_text(small)))
    hidden = [words.QUOTED.format(text=r.unit.name) for r in rows if r.unit.hidden]
    if len(hidden) > MOST_NAMED:
        sentences.append(words.COMPARE_ALT_HIDDEN_MANY.format(count=count_in_text(len(hidden))))
    elif hidden:
        template = words.ALT_HIDDEN_GROUP if len(hidden) == 1 else words.ALT_HIDDEN_GROUPS
        sentences.append(template.format(names=listed(hidden)))
    count = count_in_text(len(rows))
    return words.COMPARE_ALT.format(measure=measure, period=period, count=count, sentences=" ".join(sentences))


def small_multiples(
    key: str, label: str, units: Sequence[UnitSeries], day: dt.date, source: str, file_stem: str, settings: Settings
) -> ChartView:
    """``label`` (»Borgere i aktivt forløb«) at each month's end up to ``day``, a small chart per unit
    in the given order, all on one scale. The units' names must differ (each names its chart)."""
    if len({u.name for u in units}) != len(units):
        raise ValueError("two units have the same name")
    marker = settings.suppressed_marker
    days = sorted({d for u in units for d, _ in u.points})
    points = []
    for order, unit in enumerate(units):
        values = [None if c.suppressed else c.value for _, c in unit.points]
        for index, (when, count) in enumerate(unit.points):
            before = values[index - 1] if index else None
            after = values[index + 1] if index + 1 < len(values) else None
            tip = words.MULTIPLES_TIP.format(name=unit.name, date=numbers.format_date(when), count=cell(count, marker))
            alone = values[index] is not None and before is None and after is None  # a dot: no line reaches it
            point = {"panel": unit.name, "order": order, "date": when.isoformat(), "value": values[index]}
            points.append(point | {"alone": alone, "tip": tip})
    shown = [p["value"] for p in points if p["value"] is not None]
    top = axis_steps(max(shown, default=0))[0] if shown else 5.0
    first, last = days[0], days[-1]
    date, first_month = numbers.format_date(day), numbers.format_month(first)
    every = [c for u in units for _, c in u.points]
    note, hidden = legend(every, settings.min_count, marker)
    gaps = any(c.suppressed for c in every)
    values = {u.name: dict(u.points) for u in units}
    table = tuple(
        (numbers.format_date(d), *(cell(values[u.name][d], marker) if d in values[u.name] else "" for u in units))
        for d in days
    )
    csv = tuple(
        (d.isoformat(), *(csv_cell(values[u.name][d], marker) if d in values[u.name] else "" for u in units))
        for d in days
    )
    names = [u.name for u in units]
    return ChartView(
        key=key,
        form=FORM_TIME,
        title=words.MULTIPLES_TITLE.format(label=label, first_month=first_month, date=date),
        subtitle=words.MULTIPLES_SUBTITLE,
        alt=with_suppressed(_multiples_alt(label, units, first_month, date), hidden),
        source=source,
        table=Table((words.COLUMN_MONTH, *names), table),
        csv=Table((words.COLUMN_DATE_CSV, *names), csv),
        spec=specs.drawings(
            lambda size: unit_specs.multiples_chart(points, top, (first, last), size), settings.chart_font
        ),
        file_stem=file_stem,
        note=notes(note, words.MULTIPLES_GAP_NOTE if gaps else ""),
        suppressed=hidden,
        marker=marker,
    )


def _multiples_alt(label: str, units: Sequence[UnitSeries], first_month: str, date: str) -> str:
    """What the small charts are, and the lowest and the highest unit at the last date (»blandt de
    enheder, der vises« when a unit's last count is hidden)."""
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
