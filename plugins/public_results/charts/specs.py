"""Charts: Vega-Lite specs (built with Altair) from small tidy tables.

Each chart function takes a table from the views (labels and texts already
formatted in Danish, positions already computed) and returns an Altair chart.
Labels stay data: no Vega expression and no scale domain is ever built from a
label, so a label can hold anything and is drawn as text. Colours are data too
(a ``colour`` field used as is), so the palette lives here and nowhere else.

Design: one row per label, the label written above its bar (readable at 360 px
without rotating or cutting it), values written at the bar, no axis where the
values are labelled. Marks that carry meaning alone are at least 3:1 against
white (WCAG 1.4.11); the light steps of an ordered scale get a dark outline and
sit in a fixed order with a legend, so colour is never the only cue.

Two drawings of every chart: ``NARROW`` for phones (340 px wide, shown from 328 px: text at least
12,5 px as the reader sees it) and ``WIDE`` for the column of a desktop page (768 px, text 16 to
18 px, about the body's size); the page shows one of them by a container query (``site.css``). The
chart functions take the ``Size`` and lay out for it; ``drawings`` builds both.

Values on hover: each data mark carries its value in Danish words as a ``tip`` field, drawn into
the static SVG as the mark's ``aria-label`` (``_tip``; Vega's own English descriptions stay off).
The theme's ``charts.js`` shows it in a small tooltip; no chart is drawn again in the browser.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .. import importers
from .layout import text_width
from .palette import DASHES, MAIN, MUTED, OTHER_STEPS, OUTLINE, PALETTE, POSITIVE_STEPS, SUPPRESSED, TEXT

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

__all__ = ["DASHES", "MAIN", "MUTED", "OTHER_STEPS", "OUTLINE", "PALETTE", "POSITIVE_STEPS", "SUPPRESSED", "TEXT"]


@dataclass(frozen=True)
class Size:
    """How big a drawing is: its whole width, its text and its rows, in its own pixels."""

    name: str  # "narrow" or "wide": the key of the drawing in a view's spec
    width: int  # the whole drawing, padding included
    label: int  # font size of labels (a row's, a part's)
    value: int  # font size of values, axes and legends: the smallest text of a chart
    row: int  # height of one labelled row
    bar: int  # bar thickness
    icon: int  # area of an icon (Vega's size) and
    icon_line: int  # the height of a line of icons
    plot: int  # height of a time chart's plot


NARROW = Size("narrow", 340, 14, 13, 44, 16, 110, 24, 200)
WIDE = Size("wide", 768, 18, 16, 54, 22, 280, 36, 300)
SIZES = (NARROW, WIDE)
PADDING = 4  # round every drawing
MARKER = 16  # the stroke beside a line's label, in the line's colour and dash


Made = TypeVar("Made")


def _tip(table: pd.DataFrame, texts: list[str]) -> alt.Description:
    """The ``tip`` field (one Danish text per row of ``table``) as the marks' description: vl-convert
    writes it into the SVG as each mark's ``aria-label``, which ``charts.js`` shows on hover or tap."""
    table["tip"] = texts
    return importers.altair().Description("tip:N")


def _described(mark: dict[str, Any]) -> dict[str, Any]:
    """A mark's options with its description drawn (the shared look turns Vega's ARIA off)."""
    return {**mark, "aria": True}


def _unchecked(function: Callable[..., Made]) -> Callable[..., Made]:
    """Build without Altair's "debug mode", which checks every object against the Vega-Lite schema
    as it is made (a tenth of a chart's time). ``as_dict`` explains why the specs are not checked."""

    @functools.wraps(function)
    def build(*args: Any, **kwargs: Any) -> Made:
        with importers.altair().utils.schemapi.debug_mode(False):
            return function(*args, **kwargs)

    return build


def drawings(build: Callable[[Size], alt.TopLevelMixin], font: str) -> dict[str, dict[str, Any]]:
    """A chart's two specs, ``{"narrow": …, "wide": …}``: ``build`` laid out for each size."""
    return {size.name: as_dict(finish(build(size), font, size)) for size in SIZES}


def config(font: str, size: Size = NARROW) -> dict[str, Any]:
    """The look shared by every chart; ``font`` is a family the renderer and the page both have."""
    family = f"'{font}', system-ui, sans-serif"
    return {
        "font": family,
        "view": {"stroke": None},
        "aria": False,  # the figure carries the Danish text alternative; Vega's own is English
        "axis": {
            "labelColor": TEXT,
            "titleColor": TEXT,
            "labelFontSize": size.value,
            "titleFontSize": size.value,
            "titleFontWeight": "normal",
            "gridColor": "#d9d9d9",
            "domainColor": MUTED,
            "tickColor": MUTED,
        },
        "text": {"color": TEXT, "fontSize": size.value},
        "legend": {"disable": True},
    }


@_unchecked
def finish(chart: alt.TopLevelMixin, font: str, size: Size = NARROW) -> alt.TopLevelMixin:
    """Padding and the shared look (each chart function sets its own size)."""
    padding = dict.fromkeys(("left", "right", "top", "bottom"), PADDING)
    return chart.properties(padding=padding).configure(**config(font, size))


def as_dict(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart's Vega-Lite spec. Altair's check of it against the Vega-Lite schema is skipped: it
    costs more than building the chart, and the specs come only from the functions here, whose
    every kind the unit tests check against the schema."""
    return chart.to_dict(validate=False)


def _rows(table: pd.DataFrame) -> alt.Y:
    """A band per row, in the table's order (by a position field: a list of labels would be code)."""
    alt = importers.altair()
    order = alt.EncodingSortField(field="order", op="min", order="ascending")
    return alt.Y("label:N", sort=order, axis=None, scale=alt.Scale(paddingInner=0, paddingOuter=0))


def _row_labels(base: alt.Chart, size: Size) -> alt.Chart:
    """The label of each row, above its bar (its descenders clear of the value under it)."""
    alt = importers.altair()
    return base.mark_text(align="left", baseline="alphabetic", dy=-size.label // 4, fontSize=size.label).encode(
        x=alt.XDatum(0), text=alt.Text("label:N")
    )


VALUE_GAP = 5  # between a bar's end and its value


def bar_width(values: list[float | None], texts: list[str], top: float, size: Size) -> float:
    """The longest a bar may be (its value ``top``) so that each value's text, written after its bar,
    ends inside the drawing; at least a third of the drawing."""
    room = size.width - 2 * PADDING
    fits = [
        (room - VALUE_GAP - text_width(text, size.value)) * top / value
        for value, text in zip(values, texts, strict=True)
        if value is not None and value > 0
    ]
    return max(room / 3, min([room, *fits]))


@_unchecked
def bar_chart(table: pd.DataFrame, domain_max: float | None, size: Size) -> alt.Chart:
    """Horizontal bars, one labelled row each.

    ``table``: ``label``, ``value`` (None when suppressed: no bar), ``text`` (written after the bar,
    e.g. "94 %" or "..", in TEXT), optionally ``tip`` (the tooltip; else "label: text") and, in a
    breakdown, ``colour`` (each category's; without it every bar is MAIN). The rows keep the table's
    order; the bars are as long as the drawing's width leaves room for the values after them.
    """
    alt = importers.altair()
    table = table.assign(order=range(len(table)), position=table["value"].fillna(0))
    values = [None if value is None or math.isnan(value) else float(value) for value in table["value"]]
    top = domain_max if domain_max is not None else max([v for v in values if v is not None], default=0.0)
    scale = alt.Scale(domain=[0, top or 1], nice=False)
    width = bar_width(values, list(table["text"]), top or 1, size)
    tips = (
        [
            tip or f"{label}: {text}"
            for label, text, tip in zip(table["label"], table["text"], table["tip"], strict=True)
        ]
        if "tip" in table
        else [f"{label}: {text}" for label, text in zip(table["label"], table["text"], strict=True)]
    )
    tip = _tip(table, tips)
    base = alt.Chart(table).encode(y=_rows(table))
    colour = {"color": alt.Color("colour:N", scale=None)} if "colour" in table else {}
    middle = size.bar // 2 + 2  # the bar's middle below the row's middle
    bars = base.mark_bar(**_described({"color": MAIN, "height": size.bar, "yOffset": middle})).encode(
        x=alt.X("value:Q", scale=scale, axis=None), description=tip, **colour
    )
    values = base.mark_text(
        **_described({"align": "left", "baseline": "middle", "dx": VALUE_GAP, "dy": middle, "fontSize": size.value})
    ).encode(x=alt.X("position:Q", scale=scale, axis=None), text=alt.Text("text:N"), description=tip)
    return alt.layer(bars, values, _row_labels(base, size)).properties(width=round(width), height={"step": size.row})


@_unchecked
def scale_chart(
    segments: pd.DataFrame, legend: pd.DataFrame, domain: tuple[float, float], divider: float | None, size: Size
) -> alt.VConcatChart:
    """Diverging stacked bars over a whole answer scale, with a legend above.

    ``segments``: ``label`` (the question), ``order`` (of the question), ``start`` and ``end`` (in
    percent; the positive answers run right from 0, the others left, the suppressed ones in a column
    of their own right of a dotted ``divider``), ``colour``, ``text`` (written in the segment, "" when
    it is too narrow) and ``text_colour``, ``answer`` and ``share`` (tooltip).
    ``legend``: ``answer``, ``colour``, ``column`` (0 or 1) and ``line``.
    """
    alt = importers.altair()
    scale = alt.Scale(domain=list(domain), nice=False)
    rows = alt.Y("label:N", sort=alt.EncodingSortField(field="order", op="min"), axis=None)
    segments = segments.copy()
    tip = _tip(
        segments,
        [
            f"{label} – {answer}: {share}"
            for label, answer, share in zip(segments["label"], segments["answer"], segments["share"], strict=True)
        ]
        if len(segments)
        else [],
    )
    base = alt.Chart(segments).encode(y=rows)
    bar = {"height": size.bar + 4, "yOffset": size.bar // 2 + 3, "stroke": OUTLINE, "strokeWidth": 0.75}
    bars = base.mark_bar(**_described(bar)).encode(
        x=alt.X("start:Q", scale=scale, axis=None),
        x2=alt.X2("end:Q"),
        color=alt.Color("colour:N", scale=None),
        description=tip,
    )
    texts = base.mark_text(baseline="middle", dy=size.bar // 2 + 3, fontSize=size.value).encode(
        x=alt.X("middle:Q", scale=scale, axis=None),
        text=alt.Text("text:N"),
        color=alt.Color("text_colour:N", scale=None),
    )
    questions = segments.drop_duplicates("label")[["label", "order"]] if len(segments) else segments
    labels = (
        alt.Chart(questions)
        .mark_text(align="left", baseline="alphabetic", dy=-size.label // 4, fontSize=size.label)
        .encode(y=rows, x=alt.XDatum(domain[0]), text=alt.Text("label:N"))
    )
    layers = [bars, texts, labels]
    if divider is not None:  # a dotted rule the chart's height (no y; axis=None here fails in Vega-Lite 6.4)
        layers.append(
            alt.Chart(questions.head(1).assign(divider=divider))
            .mark_rule(color=MUTED, strokeDash=[2, 3], strokeWidth=1)
            .encode(x=alt.X("divider:Q", scale=scale))
        )
    width = size.width - 2 * PADDING
    main = alt.layer(*layers).properties(width=width, height={"step": size.row + 4})
    key = alt.Chart(legend).encode(
        x=alt.X("column:Q", scale=alt.Scale(domain=[0, 2]), axis=None),
        y=alt.Y("line:O", axis=None),
    )
    swatch = size.value - 1  # a square as high as the legend's capitals, more or less
    swatches = key.mark_square(
        size=swatch**2, stroke=OUTLINE, strokeWidth=0.75, opacity=1, xOffset=swatch // 2 + 1
    ).encode(color=alt.Color("colour:N", scale=None))
    names = key.mark_text(align="left", baseline="middle", dx=swatch + 6, fontSize=size.value).encode(
        text=alt.Text("answer:N")
    )
    keys = alt.layer(swatches, names).properties(width=width, height={"step": round(size.value * 1.6)})
    return alt.vconcat(keys, main, spacing=14)


PERSON = (
    "M0,-1.05 a0.3,0.3 0 1,1 0.001,0 Z M-0.42,-0.55 h0.84 a0.12,0.12 0 0 1 0.12,0.12 v0.6 h-0.22 v0.88"
    " h-0.26 v-0.62 h-0.12 v0.62 h-0.26 v-0.88 h-0.22 v-0.6 a0.12,0.12 0 0 1 0.12,-0.12 Z"
)  # a person, centred on 0,0 in a box of about 1 × 2.1


@_unchecked
def icon_chart(icons: pd.DataFrame, labels: pd.DataFrame, lines: int, size: Size) -> alt.LayerChart:
    """An icon array: each part's icons in rows of their own under the part's label.

    ``icons``: ``column`` and ``line`` of each icon, ``colour``, ``label`` and ``text`` (tooltip).
    ``labels``: ``line`` (of the label) and ``text`` ("Job med løntilskud: 82").
    ``lines``: how many lines the chart has (labels and icon rows).
    """
    alt = importers.altair()
    x = alt.X("column:Q", scale=alt.Scale(domain=[-0.5, 19.5]), axis=None)
    y = alt.Y("line:Q", scale=alt.Scale(domain=[-0.7, lines - 0.3], reverse=True), axis=None)
    icons = icons.copy()
    tip = _tip(icons, [f"{label}: {text}" for label, text in zip(icons["label"], icons["text"], strict=True)])
    person = {"shape": PERSON, "filled": True, "size": size.icon, "opacity": 1, "strokeWidth": 0}
    people = (
        alt.Chart(icons)
        .mark_point(**_described(person))
        .encode(x=x, y=y, color=alt.Color("colour:N", scale=None), description=tip)
    )
    labels_drawn = (
        alt.Chart(labels)
        .mark_text(align="left", baseline="middle", fontSize=size.label, dx=-size.icon_line // 4)
        .encode(x=alt.XDatum(0), y=y, text=alt.Text("text:N"))
    )
    return alt.layer(people, labels_drawn).properties(width=size.width - 2 * PADDING, height=lines * size.icon_line)
