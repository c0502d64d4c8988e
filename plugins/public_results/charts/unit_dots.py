"""The compact comparison of many units: one thin row per unit, a dot with its interval.

``dots_chart``: the unit's label on the left (its name, share and base:
»Jobhuset Nord: 56 % af 120«, broken into lines on a phone), on the right a dot at its share with
its Wilson interval as a thin dark line, and the programme's share as a dashed vertical line through
every row; a caution triangle before the name of a unit with a small base; the page's own unit in bold, with a larger
diamond and »(denne side)« after its name, so it is found by words and by shape, not by colour. A
hidden unit's row is its label alone (»..«). A key above says in words what each mark means.

Everything is laid out in pixels here (a row is as tall as its label), so a long name takes two
lines without making every row taller; the share axis is drawn as a few labelled grid lines.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .layout import text_width, wrap
from .palette import MAIN, OUTLINE, TEXT
from .specs import PADDING, Size, _described, _tip
from .unit_specs import CAUTION_FILL, CAUTION_SHAPE, JOINED, NBSP, _key
from .vega_lite import Rows, Spec, chart, field, layer, mark, vconcat

GRID = "#d9d9d9"
DASH = [5, 3]
STEPS = (5, 10, 20, 25, 50)
REFERENCE_SHAPE = "M0,-1V-0.35M0,0.35V1"  # the key's sample of the dashed line: two strokes, one above the other


def _dot(size: Size) -> float:
    return (size.value * 0.75) ** 2  # a dot's area


def samples(size: Size) -> dict[str, dict[str, Any]]:
    """The key's sample marks of the dot, the page's unit's diamond and the programme's line."""
    return {
        "dot": {"shape": "circle", "size": _dot(size), "filled": True, "opacity": 1, "color": MAIN},
        "own": {"shape": "diamond", "size": _dot(size) * 2.2, "filled": True, "opacity": 1, "color": MAIN,
                "stroke": TEXT, "strokeWidth": 2},
        "reference": {"shape": REFERENCE_SHAPE, "size": size.value * size.value, "stroke": TEXT, "strokeWidth": 2,
                      "filled": False, "opacity": 1},
    }  # fmt: skip


def domain(rows: Rows, reference: float | None, narrow: bool) -> tuple[float, float, float]:
    """The share axis (percent): its low end, its high end and the step of its labels, covering
    every interval and the programme's share, in round steps (at most four labels on a phone)."""
    values = [v for row in rows for v in (row["low"], row["high"]) if v is not None]
    values += [reference] if reference is not None else []
    low, high = (min(values), max(values)) if values else (0.0, 100.0)
    for step in STEPS:
        start, end = math.floor(low / step) * step, math.ceil(high / step) * step
        end = end if end > start else start + step
        if (end - start) / step <= (3 if narrow else 6):
            return float(max(start, 0)), float(min(end, 100)), float(step)
    return 0.0, 100.0, 50.0


def dots_chart(
    table: Rows, keys: list[tuple[str, str]], reference: float | None, percent: Callable[[float], str], size: Size
) -> Spec:
    """Thin rows of a share per unit: ``table`` rows in order, each ``label``, ``value``, ``low``,
    ``high`` (percent; None: no dot), ``caution``, ``own`` (the page's unit) and ``tip``;
    ``reference``: the programme's share in percent (None: no line); ``percent``: a tick's label."""
    room = size.width - 2 * PADDING
    narrow = size.width < 600
    font, line = size.value, round(size.value * 1.3)
    indent = font + 6 if any(row["caution"] for row in table) else 0
    label_room = room * (0.56 if narrow else 0.44)
    low, high, step = domain(table, reference, narrow)
    left, right = label_room + 8, room - text_width(percent(high), font) / 2 - 1  # the last label inside

    def x(value: float) -> float:
        return round(left + (value - low) / (high - low) * (right - left), 1)

    top = line + 6  # under the axis labels
    rows = []
    for row in table:
        kept = str(row["label"]).replace(NBSP, JOINED)  # »56 % af 120« stays on one line
        lines = [part.replace(JOINED, NBSP) for part in wrap(kept, label_room - indent, font)] or [""]
        middle = top + len(lines) * line / 2
        drawn = {"x": x(row["value"]) if row["value"] is not None else None, "y": middle, "text_y": top}
        interval = {"x_low": x(row["low"]), "x_high": x(row["high"])} if row["low"] is not None else {}
        rows.append(dict(row, text="\n".join(lines), first=top + line / 2, **drawn, **interval))
        top += len(lines) * line + 6
    bottom = top - 2
    pixels = {"scale": None, "axis": None}
    px = {name: field(f"{name}:Q", **pixels) for name in ("x", "y", "x_low", "x_high", "text_y", "first")}
    ticks = [{"x": x(low + i * step), "text": percent(low + i * step)} for i in range(round((high - low) / step) + 1)]
    marks = [
        chart(ticks, mark("rule", color=GRID, strokeWidth=1, y=line + 2, y2=bottom), x=px["x"]),
        chart(ticks, mark("text", baseline="top", align="center", fontSize=font, y=0), x=px["x"],
              text=field("text:N")),
    ]  # fmt: skip
    if reference is not None:
        rule = mark("rule", color=TEXT, strokeWidth=2, strokeDash=DASH, y=line + 2, y2=bottom)
        marks.append(chart([{"x": x(reference)}], rule, x=px["x"]))
    with_interval = [row for row in rows if "x_low" in row]
    whisker = mark("rule", color=TEXT, strokeWidth=1.5)
    marks.append(chart(with_interval, whisker, x=px["x_low"], x2=field("x_high"), y=px["y"]))
    dots = [row for row in rows if row["x"] is not None]
    tip = _tip(dots, [row["tip"] for row in dots])
    look = samples(size)
    for own in (False, True):
        these = [row for row in dots if row["own"] is own]
        if these:
            drawn = mark("point", **_described(look["own" if own else "dot"]))
            marks.append(chart(these, drawn, x=px["x"], y=px["y"], description=tip))
    signs = [dict(row, x=font / 2 + 1) for row in rows if row["caution"]]
    if signs:
        triangle = mark("point", shape=CAUTION_SHAPE, size=font * font * 0.8, filled=True, opacity=1,
                        color=CAUTION_FILL, stroke=OUTLINE, strokeWidth=1)  # fmt: skip
        marks.append(chart(signs, triangle, x=px["x"], y=px["first"]))
    for own in (False, True):
        these = [dict(row, x=indent) for row in rows if row["own"] is own]
        if these:
            text = mark("text", align="left", baseline="top", lineBreak="\n", lineHeight=line, fontSize=font,
                        fontWeight="bold" if own else "normal")  # fmt: skip
            marks.append(chart(these, text, x=px["x"], y=px["text_y"], text=field("text:N")))
    main = layer(*marks, width=room, height=round(bottom + 2))
    return vconcat(_key(keys, room, size, look), main, spacing=font) if keys else main
