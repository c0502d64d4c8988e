"""Development over time as lines, laid out for a drawing's size so that no text collides.

- Narrow (a phone): a key above the plot names each line with its last value after a short stroke
  in the line's colour and dash; the plot takes the whole width.
- Wide: each line is named at its end; the names are moved apart (``layout.spread``) so that no
  two overlap, and long names are broken into lines.
- Both: the time axis has the first and the last month and, between them, years (or months over
  a short span) where their labels have room (``layout.time_ticks``). Months hidden for discretion
  break a line; a thin dotted line bridges the gap and the key says what it means; a shown month
  alone between hidden ones is a dot. Each month is one band to hover or tap (``_months``), its
  ``tip`` every line's value then.

All text is near-black (TEXT, 4.5:1); the colours (3:1) are only in strokes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..danish.numbers import format_date
from .layout import LINE_HEIGHT, axis_steps, spread, text_width, time_ticks, wrap
from .specs import MUTED, PADDING, TEXT, Size, _described, _tip
from .vega_lite import Rows, Spec, chart, field, layer, mark, vconcat


@dataclass(frozen=True)
class Line:
    """A line: its label, colour and dash, and its points (day, value or None when not shown, text)."""

    label: str
    colour: str
    dash: tuple[int, ...]
    points: tuple[tuple[dt.date, float | None, str], ...]

    @property
    def name(self) -> str:
        """The line's name with its last value: "Meningsfuld beskæftigelse 318"."""
        return f"{self.label} {self.points[-1][2]}"

    @property
    def end(self) -> float:
        """Where the line ends: its last shown value (0 when none is shown)."""
        return next((value for _, value, _ in reversed(self.points) if value is not None), 0.0)


BRIDGE_DASH = [1, 3]  # dots: no line's own dash is dotted (palette.DASHES)
NAME_SHARE = 0.3  # of a wide drawing: the most a line's name at its end may take before it breaks


def _number(value: float) -> str:
    return f"{round(value):,}".replace(",", ".")


def time_chart(lines: Sequence[Line], size: Size, months: Sequence[str], bridge_key: str) -> Spec:
    """The lines of ``lines`` drawn for ``size`` (see the module docstring); ``months``: the twelve
    short month names of the time axis; ``bridge_key``: what a dotted bridge means ("" when no line
    has a gap)."""
    room = size.width - 2 * PADDING
    days = [day for line in lines for day, _, _ in line.points]
    first, last = min(days), max(days)
    top, step = axis_steps(max([v for line in lines for _, v, _ in line.points if v is not None], default=0.0))
    top, step = (top, step) if top >= 5 else (5.0, 1.0)
    axis_width = text_width(_number(top), size.value) + 6
    height = size.plot
    line_height = round(size.value * LINE_HEIGHT)
    marker = round(size.value * 1.4)
    named_at_end = size.width >= 600
    names: list[list[str]] = []
    if named_at_end:
        names = [wrap(line.name, room * NAME_SHARE, size.value) for line in lines]
        widest = max(text_width(part, size.value) for name in names for part in name)
        right = 6 + marker + 6 + widest + size.value / 2  # and a little room: the widths are estimates
    else:
        right = size.value / 2
    width = room - axis_width - right
    x_scale = {"domain": [_datetime(first), _datetime(last)], "nice": False}
    y_scale = {"domain": [0, top], "nice": False}
    ticks = time_ticks(first, last, width, size.value, months)
    x_axis = {"values": [t.day.isoformat() for t in ticks], "labels": False, "grid": False, "tickSize": 5}
    x = field("date:T", title=None, scale=x_scale, axis=x_axis)
    y_axis = {
        "format": ",d", "values": [step * i for i in range(round(top / step) + 1)], "domain": False, "ticks": False,
        "labelPadding": 4,
    }  # fmt: skip
    y = field("value:Q", title=None, scale=y_scale, axis=y_axis)
    points = _points(lines)
    colour = field("colour:N", scale=None)
    series = field("series:N")
    drawn = chart(
        points,
        mark("line", strokeWidth=2.5, invalid="break-paths-show-domains"),
        x=x, y=y, detail=series, color=colour, strokeDash=field("dash:N", scale=None),
    )  # fmt: skip
    # Across months hidden for discretion a thin dotted line joins the shown points: the gap is
    # marked (the key says so), not an unexplained break, and it shows nothing a reader cannot draw
    # between two points.
    bridges = chart(
        points,
        mark("line", strokeWidth=1.5, strokeDash=BRIDGE_DASH, strokeOpacity=0.8, invalid="filter"),
        x=x, y=y, detail=series, color=colour,
    )  # fmt: skip
    months = _months(lines)
    tip = _tip(months, [row["tip"] for row in months])
    hover = chart(
        months,
        mark("rect", **_described({"opacity": 0, "y": 0, "y2": height})),
        x=field("start:T", title=None, scale=x_scale, axis=x_axis), x2=field("end"), description=tip,
    )  # fmt: skip
    layers = [bridges, drawn, *_tick_labels(ticks, x, height), hover]
    alone = [point for point in points if point["alone"]]
    if alone:
        layers.insert(
            2, chart(alone, mark("point", filled=True, size=size.value * 3, opacity=1), x=x, y=y, color=colour)
        )
    if named_at_end:
        at = lambda name: field(name, title=None, scale=y_scale, axis=y_axis)  # noqa: E731 - the lines' own y
        layers += _end_names(lines, names, (x, at), top, height, size, marker, line_height, last)
    plot = layer(*layers, width=round(width), height=height)
    keys: list[Key] = (
        [] if named_at_end else [(line.label, line.name, line.colour, list(line.dash), 2.5) for line in lines]
    )
    if bridge_key:
        keys.append((None, bridge_key, MUTED, BRIDGE_DASH, 1.5))
    if not keys:
        return plot
    key = _key(keys, (-axis_width, room - axis_width), round(width), size, marker, line_height)
    return vconcat(key, plot, spacing=size.value)


def _datetime(day: dt.date) -> dict[str, Any]:
    return {"year": day.year, "month": day.month, "date": day.day, "utc": True}


def _points(lines: Sequence[Line]) -> Rows:
    """A row per point: ``date`` (ISO), ``series``, ``value``, ``colour``, ``dash``, ``text`` and
    ``alone`` (shown, but neither neighbour is: a line cannot be drawn to it)."""
    rows = []
    for line in lines:
        values = [value for _, value, _ in line.points]
        for index, (day, value, text) in enumerate(line.points):
            before = values[index - 1] if index else None
            after = values[index + 1] if index + 1 < len(values) else None
            rows.append({"date": day.isoformat(), "series": line.label, "value": value,
                         "colour": line.colour, "dash": list(line.dash), "text": text,
                         "alone": value is not None and before is None and after is None})  # fmt: skip
    return rows


def _months(lines: Sequence[Line]) -> Rows:
    """A band per month, from halfway to the month before to halfway to the next, with every line's
    value then as its ``tip`` ("31. marts 2020: I afklaring 92, Praktik .."): one mark to hover or
    tap per month, not one per line and month."""
    days = sorted({day for line in lines for day, _, _ in line.points})
    texts = {(line.label, day): text for line in lines for day, _, text in line.points}
    rows = []
    for index, day in enumerate(days):
        before = days[index - 1] if index else day
        after = days[index + 1] if index + 1 < len(days) else day
        values = ", ".join(f"{line.label} {texts[line.label, day]}" for line in lines if (line.label, day) in texts)
        rows.append({"start": (day - (day - before) / 2).isoformat(), "end": (day + (after - day) / 2).isoformat(),
                     "tip": f"{format_date(day)}: {values}"})  # fmt: skip
    return rows


def _tick_labels(ticks: Sequence[Any], x: dict[str, Any], height: int) -> list[Spec]:
    """The time axis's labels, under its ticks: the first flush left, the last flush right."""
    layers = []
    for align in ("left", "center", "right"):
        rows = [{"date": t.day.isoformat(), "label": t.text} for t in ticks if t.align == align and t.text]
        if rows:
            drawn = mark("text", align=align, baseline="top", y=height + 8, color=TEXT)
            layers.append(chart(rows, drawn, x=x, text=field("label:N")))
    return layers


def _end_names(
    lines: Sequence[Line], names: list[list[str]], axes: tuple[Any, Any], top: float, height: int, size: Size,
    marker: int, line: int, last: dt.date,
) -> list[Spec]:  # fmt: skip
    """Each line's name at its end, after a stroke in its colour and dash, moved apart from the others
    (``axes``: the plot's x encoding and a function giving its y encoding of a field)."""
    x, y = axes
    wanted = [height * (1 - item.end / top) for item in lines]
    heights = [len(name) * line for name in names]
    centres = spread(wanted, heights, -size.value, height + size.value)
    rows = []
    for item, name, centre, tall in zip(lines, names, centres, heights, strict=True):
        first_line = centre - tall / 2 + line / 2  # the middle of the name's first line
        rows.append({"date": last.isoformat(), "series": item.label, "stroke": top * (1 - first_line / height),
                     "top": top * (1 - (centre - tall / 2) / height), "name": "\n".join(name),
                     "colour": item.colour, "dash": list(item.dash)})  # fmt: skip
    stroke = mark(
        "point", shape="M-1,0L1,0", size=marker**2, filled=False, opacity=1, strokeWidth=2.5, xOffset=6 + marker / 2
    )
    strokes = chart(
        rows, stroke, x=x, y=y("stroke:Q"), color=field("colour:N", scale=None), strokeDash=field("dash:N", scale=None)
    )
    text = mark("text", align="left", baseline="top", dx=6 + marker + 6, lineBreak="\n", lineHeight=line)
    return [strokes, chart(rows, text, x=x, y=y("top:Q"), text=field("name:N"))]


Key = tuple[str | None, str, str, list[int], float]  # line's label (None: the bridges), text, colour, dash, width


def _key(
    keys: list[Key], across: tuple[float, float], width: int, size: Size, marker: int, line: int
) -> Spec:  # fmt: skip
    """A key above the plot: per entry a stroke (colour, dash, width) and its text, broken into lines.
    It stands ``across`` the drawing (pixels from the plot's left edge: the y axis is left of it);
    ``width``: the plot's."""
    left, right = across
    rows, y = [], 0
    for series, text, colour, dash, stroke in keys:
        parts = wrap(text, right - left - marker - 8, size.value)
        row = {"x": left, "x2": left + marker, "y": y, "middle": y + line / 2, "text": "\n".join(parts),
               "colour": colour, "dash": dash, "stroke": stroke}  # fmt: skip
        rows.append(row | ({"series": series} if series else {}))
        y += len(parts) * line + 4
    pixels = {"scale": None, "axis": None}
    strokes = chart(
        None, mark("rule"),
        x=field("x:Q", **pixels), x2=field("x2"), y=field("middle:Q", **pixels),
        color=field("colour:N", scale=None), strokeDash=field("dash:N", scale=None),
        strokeWidth=field("stroke:Q", scale=None),
    )  # fmt: skip
    text = mark("text", align="left", baseline="top", dx=marker + 8, lineBreak="\n", lineHeight=line)
    texts = chart(None, text, x=field("x:Q", **pixels), y=field("y:Q", **pixels), text=field("text:N"))
    return layer(strokes, texts, rows=rows, width=width, height=y - 4)
