"""Chart views: what a chart shows, as a spec, Danish texts and a table, from protected counts.

A view is built only from the FigureBook's protected counts, so the chart, its
text alternative, its table, its CSV and the running text hold the same numbers
with the same cells suppressed. Drawing the spec (SVG, PNG) happens later, in
``drawing``, for all charts of a build at once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..danish import numbers, words
from ..danish.style import count_in_text
from ..data.datasets import Outcome
from ..plain_data import APART, AS_TEXT, keepable
from ..privacy.suppression import Count
from ..settings import Settings
from . import messages, specs
from .palette import Style, category_styles

FORM_BARS, FORM_ICONS, FORM_TIME, FORM_SCALE = words.FORM_BARS, words.FORM_ICONS, words.FORM_TIME, words.FORM_SCALE


@keepable
@dataclass(frozen=True)
class Table:
    """A chart's numbers: ``columns`` and ``rows`` of text; the first cell of a row is its header."""

    columns: tuple[str, ...] = field(metadata={AS_TEXT: True})  # kept as JSON text (see plain_data)
    rows: tuple[tuple[str, ...], ...] = field(metadata={AS_TEXT: True})

    def __post_init__(self) -> None:  # texts all through; lists read back become tuples again
        object.__setattr__(self, "columns", tuple(str(c) for c in self.columns))
        object.__setattr__(self, "rows", tuple(tuple(str(c) for c in row) for row in self.rows))


@keepable
@dataclass(frozen=True)
class ChartView:
    key: str  # "forløb.status" or "forløb.status.ikoner"
    form: str
    title: str  # the message: what the chart shows
    subtitle: str  # measure, period and base
    alt: str  # the generated text alternative
    source: str
    table: Table  # as the page shows it
    csv: Table  # as the download holds it: plain numbers, decimal comma, the marker (»..«)
    # {"narrow": …, "wide": …}: kept as JSON text in a file of its own, read back only when the chart is drawn
    spec: Mapping[str, Any] = field(compare=False, metadata={AS_TEXT: True, APART: True})
    file_stem: str = ""  # name of the downloads, without extension
    note: str = ""  # the marker's legend, when a cell is suppressed; the rounding note
    suppressed: int = 0  # cells shown as the marker
    marker: str = words.SUPPRESSED_CELL  # what a hidden cell is (RESULTS_SUPPRESSED_MARKER)

    def __post_init__(self) -> None:
        if self.file_stem and not FILE_STEM.fullmatch(self.file_stem):  # a view read back from a cache
            raise ValueError(f"not a download name: {self.file_stem!r}")

    @property
    def columns(self) -> tuple[str, ...]:
        return self.table.columns

    @property
    def rows(self) -> tuple[tuple[str, ...], ...]:
        return self.table.rows


MARKER = words.SUPPRESSED_CELL  # the default; each view is given the setting's


def cell(count: Count, marker: str = MARKER) -> str:
    """A count in a table or chart: '1.234', or the marker ('..') when suppressed."""
    return marker if count.suppressed else numbers.format_count(count.value)


def csv_cell(count: Count, marker: str = MARKER) -> str:
    return marker if count.suppressed else str(count.value)


def share(count: Count, base: Count, percent_style: str, decimals: int, marker: str = MARKER) -> str:
    """'40 %', the marker when either is suppressed, '' on an empty base."""
    if count.suppressed or base.suppressed:
        return marker
    if base.value == 0:
        return ""
    return numbers.format_percent(count.value, base.value, percent_style, decimals)


def csv_share(count: Count, base: Count, decimals: int, marker: str = MARKER) -> str:
    """'40' or '12,5' (decimal comma, no percent sign), the marker, or '' on an empty base."""
    if count.suppressed or base.suppressed:
        return marker
    if base.value == 0:
        return ""
    return numbers.format_number(numbers.percent_value(count.value, base.value, decimals), decimals).replace(".", "")


def percent(count: Count, base: Count, decimals: int) -> float | None:
    """The share in percent as a number for a bar, or None when it may not be drawn."""
    if count.suppressed or base.suppressed or base.value == 0:
        return None
    return float(numbers.percent_value(count.value, base.value, decimals))


def exact_percent(count: int, base: int) -> float:
    """Geometry only (segment ends): the unrounded share, so segments add up to their bar."""
    return float(Decimal(count) * 100 / Decimal(base))


def legend(counts: list[Count], threshold: int, marker: str = MARKER) -> tuple[str, int]:
    """The marker's legend when anything is suppressed, and how many cells are."""
    hidden = sum(c.suppressed for c in counts)
    legend_text = words.SUPPRESSION_LEGEND.format(threshold=count_in_text(threshold), marker=marker)  # »under fem«
    return (legend_text if hidden else ""), hidden


def notes(*texts: str) -> str:
    """A chart's notes under it, in one paragraph."""
    return " ".join(text for text in texts if text)


def with_suppressed(alt_text: str, hidden: int) -> str:
    """The alt text and how many of its chart's figures are hidden: »To tal vises ikke …«."""
    count = count_in_text(hidden, opens_sentence=True, neuter=True)
    return alt_text + (words.ALT_SUPPRESSED.format(count=count) if hidden else "")


FILE_STEM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # what stem makes: never a path


def stem(key: str, period: str) -> str:
    """A readable file name: 'forloeb-status-2022-02-15'."""
    ascii_key = key.translate(words.TRANSLITERATION)
    parts = "".join(c if c.isascii() and c.isalnum() else "-" for c in f"{ascii_key}-{period}".lower())
    return "-".join(w for w in parts.split("-") if w)


@functools.cache
def outcome_styles(outcome: Outcome) -> dict[str, Style]:
    """Each status and group its colour and dash, the same in every chart of the dataset: assigned once
    in the descriptor's order (statuses, then groups), distinct within each breakdown."""
    keys = [item.key for item in (*outcome.categories, *outcome.groups)]
    return category_styles(keys, [b.parts for b in outcome.breakdowns])


def share_target(settings: Settings, dataset: str, key: str, survey: bool = False) -> float | None:
    """The unit's target for the share of ``key`` (RESULTS_TARGETS: »forløb.meningsfuld.andel«; a survey
    question's share also without ».andel«, as its key figure is a share by default), or None."""
    targets = dict(settings.targets)
    names = [f"{dataset}.{key}.{words.VARIANT_SHARE}", *([f"{dataset}.{key}"] if survey else [])]
    return next((targets[name] for name in names if name in targets), None)


def bars_spec(rows: list[dict[str, Any]], domain_max: float | None, font: str) -> dict[str, Any]:
    extra = [name for name in ("colour", "tip") if any(name in row for row in rows)]  # a breakdown's colours
    table = [{name: row.get(name) for name in ("label", "value", "text", *extra)} for row in rows]
    return specs.drawings(lambda size: specs.bar_chart(table, domain_max, size), font)


@dataclass(frozen=True)
class Part:
    label: str
    count: Count
    colour: str = ""  # the category's colour (outcome_styles); "" draws a bar in MAIN
    target: float | None = None  # the unit's target for the part's share of the whole (RESULTS_TARGETS)


def count_bars(
    key: str,
    title: str,
    parts: list[Part],
    total: Count,
    period: str,
    source: str,
    file_stem: str,
    settings: Settings,
) -> ChartView:
    """Bars for the parts of a whole: each part's count and its share of the total."""
    percent_style, decimals, marker = settings.percent_style, settings.percent_decimals, settings.suppressed_marker
    rows = [
        {
            "label": p.label,
            "value": None if p.count.suppressed else p.count.value,
            "text": marker
            if p.count.suppressed
            else f"{cell(p.count)} ({share(p.count, total, percent_style, decimals)})",
        }
        | ({"colour": p.colour} if p.colour else {})
        for p in parts
    ]
    note, hidden = legend([p.count for p in parts], settings.min_count, marker)
    message = messages.breakdown_message(
        [(p.label, p.count) for p in parts], total, title, percent_style, decimals, [p.target for p in parts]
    )
    return ChartView(
        key=key,
        form=FORM_BARS,
        title=message.text,
        subtitle=words.BREAKDOWN_SUBTITLE.format(period=period[0].upper() + period[1:], total=cell(total, marker)),
        alt=breakdown_alt(words.KIND_BARS, title, parts, total, period, settings),
        source=source,
        table=Table(
            (words.COLUMN_GROUP, words.COLUMN_COUNT, words.COLUMN_SHARE_OF_TOTAL),
            (
                *tuple(
                    (p.label, cell(p.count, marker), share(p.count, total, percent_style, decimals, marker))
                    for p in parts
                ),
                (words.TOTAL, cell(total, marker), share(total, total, percent_style, decimals, marker)),
            ),
        ),
        csv=Table(
            (words.COLUMN_GROUP, words.COLUMN_COUNT, words.COLUMN_PERCENT_CSV),
            (
                *tuple(
                    (p.label, csv_cell(p.count, marker), csv_share(p.count, total, decimals, marker)) for p in parts
                ),
                (words.TOTAL, csv_cell(total, marker), csv_share(total, total, decimals, marker)),
            ),
        ),
        spec=bars_spec(rows, None, settings.chart_font),
        file_stem=file_stem,
        note=notes(note, rounding_note(parts, total, decimals)),
        suppressed=hidden,
        marker=marker,
    )


def rounding_note(parts: list[Part], total: Count, decimals: int) -> str:
    """»Andelene summer ikke til 100 …« when every part's share is shown and, rounded, they do not."""
    if total.suppressed or total.value == 0 or any(p.count.suppressed for p in parts):
        return ""
    shares = [numbers.percent_value(p.count.value, total.value, decimals) for p in parts]
    return words.ROUNDING_NOTE if messages.rounded_sum_differs(shares) else ""


def breakdown_alt(kind: str, title: str, parts: list[Part], total: Count, period: str, settings: Settings) -> str:
    """The text alternative: what the chart is, its total, and what its parts say in sentences
    (``messages.breakdown_summary``: »den største« / »den mindste« only where that is true, the hidden
    parts by name)."""
    summary = messages.breakdown_summary([(p.label, p.count) for p in parts], total, settings.percent_style)
    template = words.BREAKDOWN_ALT_TOTAL_HIDDEN if total.suppressed else words.BREAKDOWN_ALT
    text = template.format(kind=kind, title=title, period=period, total=count_in_text(total.value), summary=summary)
    return text.strip()


ICONS_PER_LINE = 20
MOST_ICONS = 250
ICON_UNITS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


def icon_unit(total: int) -> int:
    """People per icon: one each up to MOST_ICONS, else the smallest round unit that keeps to it."""
    return next((u for u in ICON_UNITS if total <= MOST_ICONS * u), ICON_UNITS[-1])


def icon_spec(parts: list[Part], unit: int, font: str, marker: str = MARKER) -> dict[str, Any]:
    """Each shown part's icons (rounded half-up to the unit) in lines of their own under its label."""
    icons, labels, line = [], [], 0
    for index, part in enumerate(parts):
        labels.append({"line": line, "text": words.ICON_LABEL.format(label=part.label, count=cell(part.count, marker))})
        line += 1
        if part.count.suppressed:
            continue
        number = int((Decimal(part.count.value) / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        colour = part.colour or specs.PALETTE[index % len(specs.PALETTE)]
        for i in range(number):
            icons.append(
                {
                    "column": i % ICONS_PER_LINE,
                    "line": line + i // ICONS_PER_LINE,
                    "colour": colour,
                    "label": part.label,
                    "text": cell(part.count),
                }
            )
        line += -(-number // ICONS_PER_LINE)
    return specs.drawings(lambda size: specs.icon_chart(icons, labels, line, size), font)


def as_icons(
    view: ChartView, parts: list[Part], total: Count, title: str, period: str, settings: Settings
) -> ChartView:
    """The same breakdown as an icon array: same title, table and downloads, another drawing."""
    unit = icon_unit(total.value if not total.suppressed else sum(p.count.value for p in parts))
    unit_text = words.ICON_UNIT_ONE if unit == 1 else words.ICON_UNIT.format(unit=count_in_text(unit))  # »fem«
    alt_text = breakdown_alt(words.KIND_ICONS, title, parts, total, period, settings)
    return ChartView(
        key=f"{view.key}.{FORM_ICONS}",
        form=FORM_ICONS,
        title=view.title,
        subtitle=f"{view.subtitle} {unit_text}",
        alt=f"{alt_text} {unit_text}",
        source=view.source,
        table=view.table,
        csv=view.csv,
        spec=icon_spec(parts, unit, settings.chart_font, view.marker),
        file_stem=f"{view.file_stem}-{FORM_ICONS}",
        note=view.note,
        suppressed=view.suppressed,
        marker=view.marker,
    )
