"""Slim SVG: vl-convert's drawing with the same picture in fewer elements, so a page of charts stays
light (Lighthouse counts every element of a page; a chart is inlined twice, narrow and wide).

``slim_svg(svg)`` does three things, each of which leaves the picture as it was drawn:

- a group (``<g>``) that only names itself (class, role, ARIA: the drawing is hidden from assistive
  technology as a whole) is taken away and its children stand in its place; a group left empty
  goes, and so do Vega's background and foreground paths that paint nothing;
- neighbouring shapes that differ only in where they stand (the icons of one category, the dots of
  one line, the ticks and grid lines of an axis) become one ``<path>``: each moved to its place;
- neighbouring invisible hit areas (``opacity="0"`` rectangles, one per month of a chart over time,
  each with its values in its ``aria-label``) become one path that keeps each area's box and text
  in ``data-boxes`` and ``data-tips``; the theme's ``charts.js`` shows the text of the box under
  the pointer, as it showed the rectangle's label.

It works on vl-convert's own output (every tag and attribute in plain sight: ``kept_files.safe_svg``
checks what is kept); what it does not know how to move it leaves as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_TAG = re.compile(r'<(/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(/?)>')
_ATTRIBUTE = re.compile(r'\s+([\w:-]+)="([^"]*)"')
# Paint nothing. (Vega's axes take no pointer events; nor does a shape without a text for charts.js.)
_NAMING = frozenset({"class", "role", "aria-roledescription", "aria-hidden", "pointer-events"})
_SHAPE = re.compile(r'<(path|line)((?:\s+[\w:-]+="[^"]*")*)\s*/>')
_TRANSLATE = re.compile(r"translate\(([-+.\deE]+),([-+.\deE]+)\)")
_COMMAND = re.compile(r"([MLHVCSQTAZmlhvcsqtaz])([^MLHVCSQTAZmlhvcsqtaz]*)")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PAIRS = {"M": 2, "L": 2, "T": 2, "C": 6, "S": 4, "Q": 4}
_BOX = re.compile(r"M([-.\deE]+),([-.\deE]+)h([-.\deE]+)v([-.\deE]+)h([-.\deE]+)Z")
_TIP_SEPARATOR = "|"

Attributes = tuple[tuple[str, str], ...]


def slim_svg(svg: str) -> str:
    """``svg`` drawn the same with fewer elements (see the module docstring)."""
    return _join_tips(_join_shapes(_unwrap(svg)))


def _attributes(text: str) -> dict[str, str]:
    return dict(_ATTRIBUTE.findall(text))


def _unwrap(svg: str) -> str:
    """Groups that only name themselves taken away; empty groups and paths that paint nothing too."""
    out: list[str] = []
    opened: list[tuple[int, bool]] = []  # each open group: where it starts in ``out``, whether it is kept
    position = 0
    for tag in _TAG.finditer(svg):
        out.append(svg[position : tag.start()])
        position = tag.end()
        closing, name, attributes, empty = tag.groups()
        found = _attributes(attributes)
        if name == "path" and found.get("class") in {"background", "foreground"} and _paints_nothing(found):
            continue
        if name == "g" and not closing and not empty:
            kept = any(k not in _NAMING and (k, v) != ("transform", "translate(0,0)") for k, v in found.items())
            opened.append((len(out), kept))
            out.append(tag.group(0) if kept else "")
        elif name == "g" and closing and opened:
            start, kept = opened.pop()
            if kept and not "".join(out[start + 1 :]).strip():
                del out[start:]
            else:
                out.append(tag.group(0) if kept else "")
        else:
            out.append(tag.group(0))
    out.append(svg[position:])
    return "".join(out)


def _paints_nothing(attributes: dict[str, str]) -> bool:
    """A path with no paint of its own (the drawing's root has ``fill="none"``) or not displayed."""
    if attributes.get("display") == "none":
        return True
    return not {"fill", "stroke", "fill-opacity", "stroke-width"} & set(attributes)


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in {"", "-0"} else text


def moved(d: str, dx: float, dy: float) -> str | None:
    """The path data ``d`` moved by (dx, dy), or None when it cannot tell how (a relative start)."""
    commands = _COMMAND.findall(d)
    if not commands or "".join(c + a for c, a in commands) != d or commands[0][0] != "M":
        return None
    out = []
    for command, arguments in commands:
        numbers = [float(n) for n in _NUMBER.findall(arguments)]
        if command.islower() or command == "Z":
            out.append(command + arguments)
            continue
        if command == "H":
            numbers = [n + dx for n in numbers]
        elif command == "V":
            numbers = [n + dy for n in numbers]
        elif command == "A":
            if len(numbers) % 7:
                return None
            numbers = [n + (dx if i % 7 == 5 else dy if i % 7 == 6 else 0) for i, n in enumerate(numbers)]
        else:
            if len(numbers) % _PAIRS[command]:
                return None
            numbers = [n + (dy if i % 2 else dx) for i, n in enumerate(numbers)]
        out.append(command + ",".join(_number(n) for n in numbers))
    return "".join(out)


def _shape(name: str, text: str) -> tuple[Attributes, str] | None:
    """A shape's attributes but its place, and its outline as path data where it stands; None for
    what must stay apart (see-through or dashed: joined, overlaps and dashes would draw otherwise)."""
    found = _attributes(text)
    place = _TRANSLATE.fullmatch(found.pop("transform", "translate(0,0)"))
    if place is None or found.get("opacity", "1") != "1" or {"stroke-dasharray", "fill-opacity"} & set(found):
        return None
    dx, dy = float(place.group(1)), float(place.group(2))
    if name == "line":
        x1, y1 = float(found.pop("x1", "0")) + dx, float(found.pop("y1", "0")) + dy
        x2, y2 = float(found.pop("x2", "0")) + dx, float(found.pop("y2", "0")) + dy
        return tuple(found.items()), f"M{_number(x1)},{_number(y1)}L{_number(x2)},{_number(y2)}"
    d = found.pop("d", None)
    outline = moved(d, dx, dy) if d is not None else None
    return (tuple(found.items()), outline) if outline is not None else None


def _join_runs(svg: str, read: Callable[[str, str], tuple[Any, ...] | None], join: Callable[[list], str]) -> str:
    """``svg`` with each run of neighbouring shapes that ``read`` (tag name, attributes) accepts with
    equal attributes (the first item it gives) replaced by ``join(run)``; ``run``'s items are what
    ``read`` gave with the tag as it was last. A run of one keeps its tag as it was."""
    out: list[str] = []
    run: list[tuple[Any, ...]] = []

    def close_run() -> None:
        if len(run) == 1:
            out.append(run[0][-1])
        elif run:
            out.append(join(run))
        run.clear()

    position = 0
    for tag in _SHAPE.finditer(svg):
        between = svg[position : tag.start()]
        position = tag.end()
        if between:
            close_run()
            out.append(between)
        found = read(tag.group(1), tag.group(2))
        if found is None or (run and run[0][0] != found[0]):
            close_run()
        if found is None:
            out.append(tag.group(0))
        else:
            run.append((*found, tag.group(0)))
    close_run()
    out.append(svg[position:])
    return "".join(out)


def _run_attributes(run: list) -> str:
    """The attributes a run's shapes share, written out."""
    return "".join(f' {k}="{v}"' for k, v in run[0][0])


def _join_shapes(svg: str) -> str:
    """Neighbouring shapes alike but for their place become one path (items: attributes, outline)."""
    return _join_runs(svg, _shape, lambda run: f'<path d="{"".join(item[1] for item in run)}"{_run_attributes(run)}/>')


def _join_tips(svg: str) -> str:
    """Neighbouring invisible hit areas with a text each become one path with their boxes and texts
    (items: attributes, box, text)."""

    def join(run: list) -> str:
        boxes = " ".join(item[1] for item in run)
        tips = _TIP_SEPARATOR.join(item[2] for item in run)
        outline = "".join(_outline(item[1]) for item in run)
        return f'<path d="{outline}" data-boxes="{boxes}" data-tips="{tips}"{_run_attributes(run)}/>'

    return _join_runs(svg, _tip, join)


def _tip(name: str, text: str) -> tuple[Attributes, str, str] | None:
    """An invisible rectangle with a text: its other attributes, its box "x,y,w,h" and its text."""
    found = _attributes(text)
    label = found.pop("aria-label", None)
    box = _BOX.fullmatch(found.pop("d", "")) if name == "path" else None
    if label is None or box is None or found.get("opacity") != "0" or _TIP_SEPARATOR in label:
        return None
    if "transform" in found or float(box.group(5)) != -float(box.group(3)):
        return None
    for naming in ("role", "aria-roledescription"):
        found.pop(naming, None)
    x, y, width, height = (float(box.group(i)) for i in (1, 2, 3, 4))
    return tuple(found.items()), ",".join(_number(n) for n in (x, y, width, height)), label


def _outline(box: str) -> str:
    x, y, width, height = box.split(",")
    return f"M{x},{y}h{width}v{height}h-{width}Z".replace("h--", "h")
