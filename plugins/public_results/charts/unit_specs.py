"""Vega-Lite specs that compare units: a share per unit with its interval, and small multiples.

``compare_chart``: one labelled row per unit in the table's order (sorted by ``compare_units``): the
unit's name and base above its bar (the page's own unit's in bold, with »(denne side)«), the share
after it, the Wilson interval as a thin dark line over a white halo (visible on the bar and beside
it), and a caution triangle before the name of a unit with a small base. A key above the chart says
in words what the line and the triangle mean, so neither colour nor a symbol stands alone, and the
PNG download explains itself.

``multiples_chart``: one small line chart per unit, in a grid, on one shared scale (Vega-Lite's
facet shares the scales by default), each headed by the unit's name (in lines as wide as its panel:
a long name is wrapped, never cut off). A hidden month is a gap in the line (no dotted bridge: a
small chart has no room for its key); a month shown between two hidden ones is a dot.

As in ``specs``: labels are data, never code; text is near-black; marks carry a Danish ``tip``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .layout import text_width, wrap
from .palette import MAIN, OUTLINE, TEXT
from .specs import PADDING, VALUE_GAP, Size, _described, _tip
from .vega_lite import Rows, Spec, chart, datum, field, layer, mark, vconcat

CAUTION_FILL = "#9A6700"  # the triangle: ochre (4.9:1 against white), outlined in OUTLINE
CAUTION_SHAPE = "triangle-up"
HALO = "#ffffff"
NBSP, JOINED = "\u00a0", "\ue000"  # a no-break space, and what stands for it while a text is wrapped


def _caution_size(size: Size) -> int:
    return size.label  # the triangle is about as high as a capital of the label


def _rows() -> dict[str, Any]:
    order = {"field": "order", "op": "min", "order": "ascending"}
    return field("label:N", sort=order, axis=None, scale={"paddingInner": 0, "paddingOuter": 0})


def compare_chart(table: Rows, keys: list[tuple[str, str]], size: Size) -> Spec:
    """Bars of a share per unit with their intervals.

    ``table``: ``label`` (the unit's name and base), ``value`` (the share in percent; None: no bar),
    ``low`` and ``high`` (the interval in percent; None without a share), ``text`` (written after the
    bar and its interval: "68 %", ".."), ``caution`` (a small base) and ``tip`` (the tooltip).
    ``keys``: what the key above says, as (``"interval"`` or ``"caution"``, text), in that order.
    """
    room = size.width - 2 * PADDING
    caution = any(row["caution"] for row in table)
    indent = _caution_size(size) + 8 if caution else 0
    lines = [wrap(str(row["label"]), room - indent, size.label) or [""] for row in table]
    extra = max((len(one) for one in lines), default=1) - 1
    line = round(size.label * 1.25)
    table = [
        dict(row, order=index, position=max(row["value"] or 0, row["high"] or 0))
        | {"lines": [""] * (extra + 1 - len(one)) + one}
        for index, (row, one) in enumerate(zip(table, lines, strict=True))
    ]
    scale = {"domain": [0, 100], "nice": False}
    width = _bar_room(table, size)
    tip = _tip(table, [row["tip"] for row in table])
    middle = size.bar // 2 + 2 + extra * line // 2
    y = _rows()
    bars = chart(
        None,
        mark("bar", **_described({"color": MAIN, "height": size.bar, "yOffset": middle})),
        x=field("value:Q", scale=scale, axis=None),
        y=y,
        description=tip,
    )
    shown = [row for row in table if row["low"] is not None]
    x, x2 = field("low:Q", scale=scale, axis=None), field("high")
    halo = chart(shown, mark("rule", color=HALO, strokeWidth=5, yOffset=middle), x=x, x2=x2, y=y)
    whisker = chart(shown, mark("rule", color=TEXT, strokeWidth=1.5, yOffset=middle), x=x, x2=x2, y=y)
    value_text = {"align": "left", "baseline": "middle", "dx": VALUE_GAP, "dy": middle, "fontSize": size.value}
    texts = chart(
        None,
        mark("text", **_described(value_text)),
        x=field("position:Q", scale=scale, axis=None),
        y=y,
        text=field("text:N"),
        description=tip,
    )
    dy = -size.label // 4 + extra * line // 2 - extra * line
    layers = [bars, halo, whisker, texts]
    for own in (False, True):  # the page's own unit: its name in bold (and »(denne side)«), not colour alone
        these = [row for row in table if row.get("own", False) is own]
        if not these:
            continue
        label = mark(
            "text", align="left", baseline="alphabetic", dx=indent, dy=dy, fontSize=size.label, lineHeight=line,
            fontWeight="bold" if own else "normal",
        )  # fmt: skip
        layers.append(chart(these, label, x=datum(0), y=y, text=field("lines")))
    if caution:
        layers.append(_triangles([row for row in table if row["caution"]], y, size, dy - size.label // 3))
    main = layer(*layers, rows=table, width=round(width), height={"step": size.row + extra * line})
    return vconcat(_key(keys, room, size), main, spacing=size.value) if keys else main


def _bar_room(table: Rows, size: Size) -> float:
    """The width of 0–100 % so that each row's text, written after its bar and interval, ends inside
    the drawing; at least half of the drawing."""
    room = size.width - 2 * PADDING
    fits = [
        (room - VALUE_GAP - text_width(row["text"], size.value)) * 100 / row["position"]
        for row in table
        if row["position"] > 0
    ]
    return max(room / 2, min([room, *fits]))


def _triangles(rows: Rows, y: dict[str, Any], size: Size, dy: float) -> Spec:
    """The caution triangle before the name of each unit with a small base."""
    side = _caution_size(size)
    drawn = mark(
        "point", shape=CAUTION_SHAPE, size=side * side, filled=True, opacity=1, color=CAUTION_FILL,
        stroke=OUTLINE, strokeWidth=1, xOffset=side / 2 + 1, yOffset=dy,
    )  # fmt: skip
    return chart(rows, drawn, x=datum(0), y=y)


def _key(keys: list[tuple[str, str]], room: int, size: Size, samples: dict[str, dict[str, Any]] | None = None) -> Spec:
    """The key above the chart: a sample of the interval line or the triangle, and its words;
    ``samples``: a point mark for each other kind (the compact form's dot, line and diamond)."""
    sample = _caution_size(size) + 2
    line = round(size.value * 1.3)
    rows, top = [], 0
    for kind, text in keys:
        kept = text.replace(NBSP, JOINED)  # »95 %« stays on one line
        parts = [part.replace(JOINED, NBSP) for part in wrap(kept, room - sample - 8 - size.value, size.value)]
        rows.append({"kind": kind, "y": top + line / 2, "text_y": top, "text": "\n".join(parts)})
        top += len(parts) * line + 4
    pixels = {"scale": None, "axis": None}
    lines = [dict(row, x=3, x2=sample) for row in rows if row["kind"] == "interval"]  # its halo inside the drawing
    marks = [
        chart(lines, mark("rule", color=HALO, strokeWidth=5), x=field("x:Q", **pixels), x2=field("x2"),
              y=field("y:Q", **pixels)),
        chart(lines, mark("rule", color=TEXT, strokeWidth=1.5), x=field("x:Q", **pixels), x2=field("x2"),
              y=field("y:Q", **pixels)),
    ] if lines else []  # fmt: skip
    signs = [dict(row, x=sample / 2) for row in rows if row["kind"] == "caution"]
    if signs:
        side = _caution_size(size)
        drawn = mark(
            "point", shape=CAUTION_SHAPE, size=side * side, filled=True, opacity=1, color=CAUTION_FILL,
            stroke=OUTLINE, strokeWidth=1,
        )  # fmt: skip
        marks.append(chart(signs, drawn, x=field("x:Q", **pixels), y=field("y:Q", **pixels)))
    for kind, look in (samples or {}).items():
        found = [dict(row, x=sample / 2) for row in rows if row["kind"] == kind]
        if found:
            marks.append(chart(found, mark("point", **look), x=field("x:Q", **pixels), y=field("y:Q", **pixels)))
    text = mark(
        "text", align="left", baseline="top", dx=sample + 8, lineBreak="\n", lineHeight=line, fontSize=size.value
    )
    texts = [dict(row, x=0) for row in rows]
    marks.append(chart(texts, text, x=field("x:Q", **pixels), y=field("text_y:Q", **pixels), text=field("text:N")))
    return layer(*marks, width=room, height=max(top - 4, 1))


def multiples_chart(points: Rows, top: float, days: tuple[dt.date, dt.date], size: Size) -> Spec:
    """Small line charts, one per unit, on one scale.

    ``points``: ``panel`` (the unit's name), ``order`` (of its panel), ``date`` (ISO), ``value`` (None:
    hidden), ``alone`` (a shown month between hidden ones: a dot) and ``tip``; every unit has a point
    per month, hidden or not. ``top``: the shared scale's top; ``days``: the first and the last day.
    """
    columns = min(2 if size.width < 600 else 4, len({row["panel"] for row in points}) or 1)
    gap = size.value  # between panels
    room = size.width - 2 * PADDING
    axis_room = text_width(f"{round(top):,}".replace(",", "."), size.value) + 8
    panel_width = (room - (columns - 1) * gap) / columns - axis_room
    x_scale = {"domain": [_datetime(days[0]), _datetime(days[1])], "nice": False}
    years = days[0].year != days[1].year  # the first and the last year; within one year, months
    x_axis = {
        "values": [days[0].isoformat(), days[1].isoformat()], "format": "%Y" if years else "%b %Y",
        "labelFlush": True, "grid": False, "title": None, "labelFontSize": size.value, "tickSize": 3,
    }  # fmt: skip
    y_axis = {"values": [0, top], "format": ",d", "title": None, "domain": False, "ticks": False, "grid": True}
    x = field("date:T", scale=x_scale, axis=x_axis)
    y = field("value:Q", scale={"domain": [0, top], "nice": False}, axis=y_axis)
    tip = _tip(points, [row["tip"] for row in points])
    drawn = chart(None, mark("line", color=MAIN, strokeWidth=2, invalid="break-paths-show-domains"), x=x, y=y)
    dots = chart(None, mark("point", color=MAIN, filled=True, opacity=1, size=size.value * 2), x=x, y=y)
    dots["transform"] = [{"filter": {"field": "alone", "equal": True}}]
    hover = chart(None, mark("point", **_described({"opacity": 0, "size": 60})), x=x, y=y, description=tip)
    hover["transform"] = [{"filter": {"field": "value", "valid": True}}]
    inner = layer(drawn, dots, hover, width=round(panel_width), height=round(size.plot * 0.45))
    sort = {"field": "order", "op": "min", "order": "ascending"}
    headings = {name: "\n".join(wrap(name, panel_width, size.value)) for name in {row["panel"] for row in points}}
    header = {
        "labelFontSize": size.value, "labelAnchor": "start", "labelColor": TEXT, "labelPadding": 4,
        "labelExpr": "split(datum.value, '\\n')", "labelLineHeight": round(size.value * 1.25), "labelLimit": 0,
    }  # fmt: skip  # a long name takes two lines, never cut off (»Jobhuset Frederiksber…«)
    facet = {"field": "heading", "type": "nominal", "sort": sort, "header": {**header, "title": None}}
    return {
        "data": {"values": [dict(row, heading=headings[row["panel"]]) for row in points]},
        "facet": facet,
        "columns": columns,
        "spec": inner,
        "spacing": {"row": gap, "column": gap},
    }


def _datetime(day: dt.date) -> dict[str, Any]:
    return {"year": day.year, "month": day.month, "date": day.day, "utc": True}
