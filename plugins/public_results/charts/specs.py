"""Charts: Vega-Lite specs, written as plain data (``vega_lite``), from small tidy tables.

Each chart function takes a table from the views (rows as dicts: labels and texts already
formatted in Danish, positions already computed) and returns the chart's Vega-Lite spec.
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

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .layout import text_width, wrap
from .palette import DASHES, MAIN, MUTED, OTHER_STEPS, OUTLINE, PALETTE, POSITIVE_STEPS, SUPPRESSED, TEXT
from .vega_lite import Rows, Spec, chart, datum, field, layer, mark, top_level, vconcat

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


def _tip(table: Rows, texts: list[str]) -> dict[str, Any]:
    """The ``tip`` field (one Danish text per row of ``table``, written into it) as the marks'
    description: vl-convert writes it into the SVG as each mark's ``aria-label``, which ``charts.js``
    shows on hover or tap."""
    for row, text in zip(table, texts, strict=True):
        row["tip"] = text
    return field("tip:N")


def _described(mark: dict[str, Any]) -> dict[str, Any]:
    """A mark's options with its description drawn (the shared look turns Vega's ARIA off)."""
    return {**mark, "aria": True}


def drawings(build: Callable[[Size], Spec], font: str) -> dict[str, Spec]:
    """A chart's two specs, ``{"narrow": …, "wide": …}``: ``build`` laid out for each size."""
    return {size.name: finish(build(size), font, size) for size in SIZES}


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


def finish(spec: Spec, font: str, size: Size = NARROW) -> Spec:
    """The spec to draw: padding and the shared look (each chart function sets its own size). The
    specs are not checked against the Vega-Lite schema here: they come only from the functions of
    this package, whose every kind the unit tests check against it."""
    padding = dict.fromkeys(("left", "right", "top", "bottom"), PADDING)
    return top_level(spec, padding, config(font, size))


def _rows() -> dict[str, Any]:
    """A band per row, in the table's order (by a position field: a list of labels would be code)."""
    order = {"field": "order", "op": "min", "order": "ascending"}
    return field("label:N", sort=order, axis=None, scale={"paddingInner": 0, "paddingOuter": 0})


def _row_labels(size: Size, extra_lines: int = 0) -> Spec:
    """The label of each row, above its bar (its descenders clear of the value under it). With
    ``extra_lines`` (a label longer than the drawing is wide, broken into ``lines``, the shorter
    labels' padded with empty lines in front), each label's last line stands just above its bar and
    every row is that much taller."""
    if not extra_lines:
        drawn = mark("text", align="left", baseline="alphabetic", dy=-size.label // 4, fontSize=size.label)
        return chart(None, drawn, y=_rows(), x=datum(0), text=field("label:N"))
    # Vega writes the first line where a one-line label stands and the others below it: start higher.
    dy = -size.label // 4 + _shift(size, extra_lines) - extra_lines * _line(size)
    drawn = mark("text", align="left", baseline="alphabetic", dy=dy, fontSize=size.label, lineHeight=_line(size))
    return chart(None, drawn, y=_rows(), x=datum(0), text=field("lines"))


def _line(size: Size) -> int:
    return round(size.label * 1.25)  # the height of a line of a label broken into lines


def _shift(size: Size, extra_lines: int) -> int:
    """How far a row's bar and label move down in a row made taller by ``extra_lines``: half of the
    extra height, as the row's middle moves down the other half."""
    return extra_lines * _line(size) // 2


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


def bar_chart(table: Rows, domain_max: float | None, size: Size) -> Spec:
    """Horizontal bars, one labelled row each.

    ``table``: ``label``, ``value`` (None when suppressed: no bar), ``text`` (written after the bar,
    e.g. "94 %" or "..", in TEXT), optionally ``tip`` (the tooltip; else "label: text") and, in a
    breakdown, ``colour`` (each category's; without it every bar is MAIN). The rows keep the table's
    order; the bars are as long as the drawing's width leaves room for the values after them.
    """
    values = [None if row["value"] is None or math.isnan(row["value"]) else float(row["value"]) for row in table]
    lines = [wrap(str(row["label"]), size.width - 2 * PADDING, size.label) or [""] for row in table]
    extra = max((len(one) for one in lines), default=1) - 1  # a label wider than the drawing: in lines
    table = [
        row
        | {"order": index, "position": value or 0}
        | ({"lines": [""] * (extra + 1 - len(one)) + one} if extra else {})
        for index, (row, value, one) in enumerate(zip(table, values, lines, strict=True))
    ]
    top = domain_max if domain_max is not None else max([v for v in values if v is not None], default=0.0)
    scale = {"domain": [0, top or 1], "nice": False}
    width = bar_width(values, [row["text"] for row in table], top or 1, size)
    tip = _tip(table, [row.get("tip") or f"{row['label']}: {row['text']}" for row in table])
    colour = {"color": field("colour:N", scale=None)} if any("colour" in row for row in table) else {}
    middle = size.bar // 2 + 2 + (_shift(size, extra) if extra else 0)  # the bar's middle below the row's
    at_value = {"y": _rows(), "description": tip}
    bars = chart(
        None,
        mark("bar", **_described({"color": MAIN, "height": size.bar, "yOffset": middle})),
        x=field("value:Q", scale=scale, axis=None),
        **at_value,
        **colour,
    )
    value_text = {"align": "left", "baseline": "middle", "dx": VALUE_GAP, "dy": middle, "fontSize": size.value}
    texts = chart(
        None,
        mark("text", **_described(value_text)),
        x=field("position:Q", scale=scale, axis=None),
        text=field("text:N"),
        **at_value,
    )
    step = size.row + extra * _line(size)
    return layer(bars, texts, _row_labels(size, extra), rows=table, width=round(width), height={"step": step})


def scale_chart(segments: Rows, legend: Rows, domain: tuple[float, float], divider: float | None, size: Size) -> Spec:
    """Diverging stacked bars over a whole answer scale, with a legend above.

    ``segments``: ``label`` (the question), ``order`` (of the question), ``start`` and ``end`` (in
    percent; the positive answers run right from 0, the others left, the suppressed ones in a column
    of their own right of a dotted ``divider``), ``colour``, ``text`` (written in the segment, "" when
    it is too narrow) and ``text_colour``, ``answer`` and ``share`` (tooltip).
    ``legend``: ``answer``, ``colour``, ``column`` (0 or 1) and ``line``.
    """
    scale = {"domain": list(domain), "nice": False}
    rows = field("label:N", sort={"field": "order", "op": "min"}, axis=None)
    segments = [dict(row) for row in segments]
    tip = _tip(segments, [f"{row['label']} – {row['answer']}: {row['share']}" for row in segments])
    bar = {"height": size.bar + 4, "yOffset": size.bar // 2 + 3, "stroke": OUTLINE, "strokeWidth": 0.75}
    bars = chart(
        segments,
        mark("bar", **_described(bar)),
        y=rows,
        x=field("start:Q", scale=scale, axis=None),
        x2=field("end"),
        color=field("colour:N", scale=None),
        description=tip,
    )
    texts = chart(
        segments,
        mark("text", baseline="middle", dy=size.bar // 2 + 3, fontSize=size.value),
        y=rows,
        x=field("middle:Q", scale=scale, axis=None),
        text=field("text:N"),
        color=field("text_colour:N", scale=None),
    )
    firsts: dict[str, dict[str, Any]] = {}  # each question once, as its first segment has it
    for row in segments:
        firsts.setdefault(row["label"], {"label": row["label"], "order": row["order"]})
    questions = list(firsts.values())
    labels = chart(
        questions,
        mark("text", align="left", baseline="alphabetic", dy=-size.label // 4, fontSize=size.label),
        y=rows,
        x=datum(domain[0]),
        text=field("label:N"),
    )
    layers = [bars, texts, labels]
    if divider is not None:  # a dotted rule the chart's height (no y; axis=None here fails in Vega-Lite 6.4)
        layers.append(
            chart(
                [row | {"divider": divider} for row in questions[:1]],
                mark("rule", color=MUTED, strokeDash=[2, 3], strokeWidth=1),
                x=field("divider:Q", scale=scale),
            )
        )
    width = size.width - 2 * PADDING
    main = layer(*layers, width=width, height={"step": size.row + 4})
    key = {"x": field("column:Q", scale={"domain": [0, 2]}, axis=None), "y": field("line:O", axis=None)}
    swatch = size.value - 1  # a square as high as the legend's capitals, more or less
    swatches = chart(
        None,
        mark("square", size=swatch**2, stroke=OUTLINE, strokeWidth=0.75, opacity=1, xOffset=swatch // 2 + 1),
        **key,
        color=field("colour:N", scale=None),
    )
    names = chart(
        None,
        mark("text", align="left", baseline="middle", dx=swatch + 6, fontSize=size.value),
        **key,
        text=field("answer:N"),
    )
    keys = layer(swatches, names, rows=legend, width=width, height={"step": round(size.value * 1.6)})
    return vconcat(keys, main, spacing=14)


PERSON = (
    "M0,-1.05 a0.3,0.3 0 1,1 0.001,0 Z M-0.42,-0.55 h0.84 a0.12,0.12 0 0 1 0.12,0.12 v0.6 h-0.22 v0.88"
    " h-0.26 v-0.62 h-0.12 v0.62 h-0.26 v-0.88 h-0.22 v-0.6 a0.12,0.12 0 0 1 0.12,-0.12 Z"
)  # a person, centred on 0,0 in a box of about 1 × 2.1


def icon_chart(icons: Rows, labels: Rows, lines: int, size: Size) -> Spec:
    """An icon array: each part's icons in rows of their own under the part's label.

    ``icons``: ``column`` and ``line`` of each icon, ``colour``, ``label`` and ``text`` (tooltip).
    ``labels``: ``line`` (of the label) and ``text`` ("Job med løntilskud: 82").
    ``lines``: how many lines the chart has (labels and icon rows).
    """
    x = field("column:Q", scale={"domain": [-0.5, 19.5]}, axis=None)
    y = field("line:Q", scale={"domain": [-0.7, lines - 0.3], "reverse": True}, axis=None)
    icons = [dict(row) for row in icons]
    tip = _tip(icons, [f"{row['label']}: {row['text']}" for row in icons])
    person = {"shape": PERSON, "filled": True, "size": size.icon, "opacity": 1, "strokeWidth": 0}
    people = chart(
        icons, mark("point", **_described(person)), x=x, y=y, color=field("colour:N", scale=None), description=tip
    )
    labels_drawn = chart(
        labels,
        mark("text", align="left", baseline="middle", fontSize=size.label, dx=-size.icon_line // 4),
        x=datum(0),
        y=y,
        text=field("text:N"),
    )
    return layer(people, labels_drawn, width=size.width - 2 * PADDING, height=lines * size.icon_line)
