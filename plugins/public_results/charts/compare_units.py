"""Chart views comparing units honestly: a share per unit, and a count over time per unit.

- ``compare_units``: a sorted bar per unit of one share (meaningful employment among those who
  finished, the positive answers to a survey question), each labelled with the unit's name and its
  base, its Wilson interval drawn as a thin line, a caution triangle (and words in the key, the
  table and the alt text) where the base is below ``RESULTS_SMALL_BASE``, and the units whose share
  is hidden last, as »..«. The title ranks a unit only when its interval stands apart from every
  other's (``unit_messages``; the rule in one sentence: ``METHOD``).
- ``small_multiples`` (``unit_multiples``): a small line chart per unit on one shared scale.

The inputs are plain data made by the page that places the chart (``UnitShare``, ``UnitSeries``),
already protected across units (``privacy``): this module shows what it is given and hides nothing
itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from ..danish import numbers, words
from ..danish.style import count_in_text, listed
from ..privacy.suppression import HIDDEN, Count
from ..settings import Settings
from . import specs, unit_cut, unit_dots, unit_messages, unit_specs
from .unit_multiples import UnitSeries, small_multiples
from .view import FORM_BARS, ChartView, Table, legend, notes
from .wilson import Interval, wilson

__all__ = ["METHOD", "UnitSeries", "UnitShare", "compare_units", "small_multiples", "sorted_units"]

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
    programme: UnitShare | None = None,
    own: str = "",
    chosen: Sequence[str] = (),
) -> ChartView:
    """The comparison of ``units`` on one share: ``measure`` says what the share is
    (»Andel i meningsfuld beskæftigelse blandt dem, der har afsluttet et forløb«), ``period`` when
    (»pr. 15. februar 2022«); the view's ``key`` and ``file_stem`` are the caller's. ``programme``:
    the whole programme's share (the compact form's line and cut, ``unit_cut``); ``own``: the page's
    unit, marked in words and in its mark; ``chosen``: units the writer wants drawn."""
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
        dot = words.COMPARE_DOT_LABEL.format(name=unit.name, share=text, n=base_cell(unit)) if unit.base else tip
        if unit.unit == own:
            label, dot = words.COMPARE_OWN_LABEL.format(label=label), words.COMPARE_OWN_LABEL.format(label=dot)
        facts_drawn = {"label": label, "text": text, "caution": row.caution, "tip": tip, "own": unit.unit == own}
        bars.append(facts_drawn | drawn | {"dot": dot})
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
    subtitle = words.COMPARE_SUBTITLE.format(measure=measure, period=period)
    alt = _alt(measure, period, rows, message.text, small)  # the hidden units by name
    spec = specs.drawings(lambda size: unit_specs.compare_chart(bars, keys, size), settings.chart_font)
    if len(rows) > unit_cut.BARS_UP_TO:  # many units: thin rows, perhaps a cut
        subtitle, alt, spec = _many(rows, bars, programme, own, chosen, measure, period, message.text, settings)
    columns = (words.COLUMN_UNIT, words.COLUMN_SHARE_OF_TOTAL, words.COLUMN_INTERVAL, words.COLUMN_COUNT)
    caution_column = (words.COLUMN_CAUTION,) if any(r.caution for r in rows) else ()
    return ChartView(
        key=key,
        form=FORM_BARS,
        title=message.text,
        subtitle=subtitle,
        alt=alt,
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
        spec=spec,
        file_stem=file_stem,
        note=notes(note, METHOD),
        suppressed=hidden,
        marker=marker,
    )


def _many(
    rows: list[_Row],
    bars: list[dict[str, Any]],
    programme: UnitShare | None,
    own: str,
    chosen: Sequence[str],
    measure: str,
    period: str,
    title: str,
    settings: Settings,
) -> tuple[str, str, dict[str, Any]]:
    """The compact form of many units (``unit_cut``, ``unit_dots``): its subtitle (saying which units
    it draws), its text alternative and its spec."""
    style, decimals, small = settings.percent_style, settings.percent_decimals, settings.small_base
    shown = programme is not None and programme.shown
    line = (
        numbers.percent_value(programme.positive or 0, programme.base or 1, decimals) if programme and shown else None
    )
    fraction = (programme.positive or 0) / (programme.base or 1) if programme and shown else None
    share = "" if line is None else words.PERCENT_STYLES[style].format(value=numbers.format_number(line, decimals))
    candidates = [unit_cut.Candidate(r.unit.unit, r.unit.name, r.interval) for r in rows]
    drawn = unit_cut.choose(candidates, fraction, (own, *chosen))
    sentence = unit_cut.choice(candidates, drawn, fraction, share, own)
    dots = [dict(bar, label=bar["dot"]) for i, bar in enumerate(bars) if drawn is None or i in drawn]
    own_name = next((r.unit.name for r in rows if r.unit.unit == own), "") if own else ""
    keys = _dot_keys(dots, share, own_name, small)
    subtitle = f"{words.COMPARE_DOTS_SUBTITLE.format(measure=measure, period=period)} {sentence}".strip()
    sides = _sides(candidates, fraction, share) if fraction is not None else ""
    first = _alt(measure, period, rows, title, small, words.COMPARE_DOTS_ALT)
    alt = " ".join(part for part in (first, sides, sentence) if part)
    reference = float(line) if line is not None else None
    spec = specs.drawings(
        lambda size: unit_dots.dots_chart(dots, keys, reference, _tick_text(style), size), settings.chart_font
    )
    return subtitle, alt, spec


def _csv_count(count: int | None, hidden: bool, marker: str) -> str:
    """A count in the download: plain digits, or the marker when it is not shown."""
    return marker if count is None or hidden else str(count)


def _tick_text(style: str) -> Callable[[float], str]:
    """A label of the compact form's share axis: »40 %«."""
    return lambda value: words.PERCENT_STYLES[style].format(value=numbers.format_count(round(value)))


def _dot_keys(dots: list[dict[str, object]], line: str, own: str, small: int) -> list[tuple[str, str]]:
    """What the compact form's key says: the dot and its interval, the programme's line, the page's
    unit and the caution triangle, each when drawn."""
    keys = [("dot", words.COMPARE_DOT_KEY), ("interval", words.COMPARE_INTERVAL_KEY)]
    keys += [("reference", words.COMPARE_REFERENCE_KEY.format(share=line))] if line else []
    keys += [("own", words.COMPARE_OWN_KEY.format(name=own))] if own and any(d["own"] for d in dots) else []
    if any(d["caution"] for d in dots):
        keys.append(("caution", words.COMPARE_CAUTION_KEY.format(small=count_in_text(small))))
    return keys


def _sides(candidates: list[unit_cut.Candidate], fraction: float | None, share: str) -> str:
    """How many units lie clearly above and below the programme's share, for the text alternative."""
    found = [unit_cut.side(c.interval, fraction) for c in candidates if c.interval is not None and fraction is not None]
    above, below = (count_in_text(found.count(side), neuter=False) for side in (1, -1))
    return words.COMPARE_ALT_SIDES.format(above=above, below=below, share=share)


def _alt(measure: str, period: str, rows: list[_Row], title: str, small: int, form: str = words.COMPARE_ALT) -> str:
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
    return form.format(measure=measure, period=period, count=count, sentences=" ".join(sentences))
