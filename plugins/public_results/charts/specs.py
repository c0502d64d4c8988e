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

Values on hover: each data mark carries its value in Danish words as a ``tip`` field, drawn into
the static SVG as the mark's ``aria-label`` (``_tip``; Vega's own English descriptions stay off).
The theme's ``charts.js`` shows it in a small tooltip; no chart is drawn again in the browser.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .. import importers
from ..danish.numbers import format_date
from .palette import DASHES, MAIN, MUTED, OTHER_STEPS, OUTLINE, PALETTE, POSITIVE_STEPS, SUPPRESSED, TEXT

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

__all__ = ["DASHES", "MAIN", "MUTED", "OTHER_STEPS", "OUTLINE", "PALETTE", "POSITIVE_STEPS", "SUPPRESSED", "TEXT"]

WIDTH = 240  # the plot; labels and values take the rest of about 340 px
ROW = 44  # height of one labelled row
BAR = 16  # bar thickness
LABEL_SIZE = 14
VALUE_SIZE = 13
MARKER = 16  # the stroke beside a line's end label, in the line's colour and dash


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


def config(font: str) -> dict[str, Any]:
    """The look shared by every chart; ``font`` is a family the renderer and the page both have."""
    family = f"'{font}', system-ui, sans-serif"
    return {
        "font": family,
        "view": {"stroke": None},
        "aria": False,  # the figure carries the Danish text alternative; Vega's own is English
        "axis": {
            "labelColor": TEXT,
            "titleColor": TEXT,
            "labelFontSize": VALUE_SIZE,
            "titleFontSize": VALUE_SIZE,
            "titleFontWeight": "normal",
            "gridColor": "#d9d9d9",
            "domainColor": MUTED,
            "tickColor": MUTED,
        },
        "text": {"color": TEXT, "fontSize": VALUE_SIZE},
        "legend": {"disable": True},
    }


@_unchecked
def finish(chart: alt.TopLevelMixin, font: str) -> alt.TopLevelMixin:
    """Padding and the shared look (each chart function sets its own size)."""
    return chart.properties(padding={"left": 4, "right": 4, "top": 4, "bottom": 4}).configure(**config(font))


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


def _row_labels(base: alt.Chart) -> alt.Chart:
    """The label of each row, above its bar."""
    alt = importers.altair()
    return base.mark_text(align="left", baseline="alphabetic", dy=-3, fontSize=LABEL_SIZE).encode(
        x=alt.XDatum(0), text=alt.Text("label:N")
    )


@_unchecked
def bar_chart(table: pd.DataFrame, domain_max: float | None = None) -> alt.Chart:
    """Horizontal bars, one labelled row each.

    ``table``: ``label``, ``value`` (None when suppressed: no bar), ``text`` (written after the bar,
    e.g. "94 % (n = 180)" or "[c]", in TEXT) and, in a breakdown, ``colour`` (each category's; without
    it every bar is MAIN). The rows keep the table's order.
    """
    alt = importers.altair()
    table = table.assign(order=range(len(table)), position=table["value"].fillna(0))
    scale = alt.Scale(domain=[0, domain_max]) if domain_max is not None else alt.Scale(domainMin=0, nice=False)
    tip = _tip(table, [f"{label}: {text}" for label, text in zip(table["label"], table["text"], strict=True)])
    base = alt.Chart(table).encode(y=_rows(table))
    colour = {"color": alt.Color("colour:N", scale=None)} if "colour" in table else {}
    bars = base.mark_bar(**_described({"color": MAIN, "height": BAR, "yOffset": BAR // 2 + 2})).encode(
        x=alt.X("value:Q", scale=scale, axis=None), description=tip, **colour
    )
    values = base.mark_text(**_described({"align": "left", "baseline": "middle", "dx": 5, "dy": BAR // 2 + 2})).encode(
        x=alt.X("position:Q", scale=scale, axis=None), text=alt.Text("text:N"), description=tip
    )
    return alt.layer(bars, values, _row_labels(base)).properties(width=WIDTH, height={"step": ROW})


@_unchecked
def scale_chart(
    segments: pd.DataFrame, legend: pd.DataFrame, domain: tuple[float, float], divider: float | None = None
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
    bar = {"height": BAR + 4, "yOffset": BAR // 2 + 3, "stroke": OUTLINE, "strokeWidth": 0.75}
    bars = base.mark_bar(**_described(bar)).encode(
        x=alt.X("start:Q", scale=scale, axis=None),
        x2=alt.X2("end:Q"),
        color=alt.Color("colour:N", scale=None),
        description=tip,
    )
    texts = base.mark_text(baseline="middle", dy=BAR // 2 + 3, fontSize=12).encode(
        x=alt.X("middle:Q", scale=scale, axis=None),
        text=alt.Text("text:N"),
        color=alt.Color("text_colour:N", scale=None),
    )
    questions = segments.drop_duplicates("label")[["label", "order"]] if len(segments) else segments
    labels = (
        alt.Chart(questions)
        .mark_text(align="left", baseline="alphabetic", dy=-3, fontSize=LABEL_SIZE)
        .encode(y=rows, x=alt.XDatum(domain[0]), text=alt.Text("label:N"))
    )
    layers = [bars, texts, labels]
    if divider is not None:  # a dotted rule the chart's height (no y; axis=None here fails in Vega-Lite 6.4)
        layers.append(
            alt.Chart(questions.head(1).assign(divider=divider))
            .mark_rule(color=MUTED, strokeDash=[2, 3], strokeWidth=1)
            .encode(x=alt.X("divider:Q", scale=scale))
        )
    main = alt.layer(*layers).properties(width=WIDTH + 90, height={"step": ROW + 4})
    key = alt.Chart(legend).encode(
        x=alt.X("column:Q", scale=alt.Scale(domain=[0, 2]), axis=None),
        y=alt.Y("line:O", axis=None),
    )
    swatches = key.mark_square(size=140, stroke=OUTLINE, strokeWidth=0.75, opacity=1, xOffset=7).encode(
        color=alt.Color("colour:N", scale=None)
    )
    names = key.mark_text(align="left", baseline="middle", dx=18, fontSize=VALUE_SIZE).encode(text=alt.Text("answer:N"))
    keys = alt.layer(swatches, names).properties(width=WIDTH + 90, height={"step": 20})
    return alt.vconcat(keys, main, spacing=14)


ICON_LINE = 24  # height of a line of icons or of a part's label

PERSON = (
    "M0,-1.05 a0.3,0.3 0 1,1 0.001,0 Z M-0.42,-0.55 h0.84 a0.12,0.12 0 0 1 0.12,0.12 v0.6 h-0.22 v0.88"
    " h-0.26 v-0.62 h-0.12 v0.62 h-0.26 v-0.88 h-0.22 v-0.6 a0.12,0.12 0 0 1 0.12,-0.12 Z"
)  # a person, centred on 0,0 in a box of about 1 × 2.1


@_unchecked
def icon_chart(icons: pd.DataFrame, labels: pd.DataFrame, lines: int) -> alt.LayerChart:
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
    person = {"shape": PERSON, "filled": True, "size": 110, "opacity": 1, "strokeWidth": 0}
    people = (
        alt.Chart(icons)
        .mark_point(**_described(person))
        .encode(x=x, y=y, color=alt.Color("colour:N", scale=None), description=tip)
    )
    labels_drawn = (
        alt.Chart(labels)
        .mark_text(align="left", baseline="middle", fontSize=LABEL_SIZE, dx=-6)
        .encode(x=alt.XDatum(0), y=y, text=alt.Text("text:N"))
    )
    return alt.layer(people, labels_drawn).properties(width=WIDTH + 90, height=lines * ICON_LINE)


@_unchecked
def time_chart(points: pd.DataFrame, ends: pd.DataFrame, year_ticks: list[str]) -> alt.LayerChart:
    """Development over time: a line per series, labelled at its end.

    ``points``: ``date`` (ISO), ``series``, ``value`` (None when suppressed: the line breaks there,
    and a thin dotted line bridges the gap),
    ``colour``, ``dash`` and ``text`` (tooltip). ``ends``: ``date``, ``position`` (the label's
    height, spread so labels do not overlap), ``text``, ``colour`` and ``dash``: the label is
    written in TEXT (4.5:1; a line's colour is only 3:1) after a short stroke in the line's colour
    and dash. ``year_ticks``: ISO dates of the ticks on the time axis.
    """
    alt = importers.altair()
    x = alt.X(
        "date:T",
        title=None,
        axis=alt.Axis(values=year_ticks, format="%Y", grid=False, labelFlush=False),
    )
    y = alt.Y("value:Q", title=None, axis=alt.Axis(format=",d", tickCount=5, domain=False, ticks=False))
    points = points.copy()
    tip = _tip(
        points,
        [
            f"{series}, {format_date(dt.date.fromisoformat(day))}: {text}"
            for series, day, text in zip(points["series"], points["date"], points["text"], strict=True)
        ],
    )
    lines = (
        alt.Chart(points)
        .mark_line(strokeWidth=2.5, invalid="break-paths-show-domains", point=False)
        .encode(
            x=x,
            y=y,
            detail=alt.Detail("series:N"),
            color=alt.Color("colour:N", scale=None),
            strokeDash=alt.StrokeDash("dash:N", scale=None),
        )
    )
    # Across months hidden for discretion a thin dotted line joins the shown points: the gap is
    # marked, not an unexplained break (it shows nothing a reader cannot draw between two points).
    bridges = (
        alt.Chart(points)
        .mark_line(strokeWidth=1.5, strokeDash=[2, 3], opacity=0.8, invalid="filter")
        .encode(x=x, y=y, detail=alt.Detail("series:N"), color=alt.Color("colour:N", scale=None))
    )
    hover = alt.Chart(points).mark_point(**_described({"size": 60, "opacity": 0})).encode(x=x, y=y, description=tip)
    end = alt.Chart(ends).encode(x=alt.X("date:T"), y=alt.Y("position:Q"))
    markers = end.mark_point(
        shape="M-1,0L1,0", size=MARKER**2, filled=False, opacity=1, strokeWidth=2.5, xOffset=6 + MARKER // 2
    ).encode(color=alt.Color("colour:N", scale=None), strokeDash=alt.StrokeDash("dash:N", scale=None))
    labels = end.mark_text(align="left", baseline="middle", dx=6 + MARKER + 4, fontSize=VALUE_SIZE, color=TEXT).encode(
        text=alt.Text("text:N")
    )
    return alt.layer(bridges, lines, hover, markers, labels).properties(width=200, height=200)
