"""Placing chart text so that nothing overlaps: text widths, labels moved apart, ticks on a time axis.

Pure functions in pixels of a drawing. Vega lays text out itself but does not move one label away
from another, so what must not collide (the end labels of lines, the labels of a time axis) is
placed here, from estimated text widths, before the spec is written.

- ``text_width(text, size)``: the width of a text in the charts' typeface (Atkinson Hyperlegible
  Next), from the advance widths of its characters; an unknown character counts as wide.
- ``spread(wanted, heights, low, high)``: labels of given heights moved apart vertically, each as
  near to where it wants to be as the others allow, in their order, all inside ``low``–``high``.
- ``time_ticks(first, last, width, size, names)``: the ticks of a time axis whose labels fit: the
  first and the last month always, then years (or quarters, or months) between where there is room.
- ``wrap(text, width, size)``: a label broken into lines no wider than ``width`` where it can be.
- ``axis_steps(top)``: a round top and step for an axis from 0 (steps 1, 2, 2,5 or 5 times a power of ten).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

# Advance widths in thousandths of the font size (Atkinson Hyperlegible Next, regular).
_ADVANCE = {
    **dict.fromkeys(" \u00a0", 280), **dict.fromkeys(".,:;", 210), "!": 286, '"': 301, "%": 919, "'": 160,
    "(": 299, ")": 299, "+": 606, "-": 362, "/": 387, "=": 628, "?": 480, "[": 317, "]": 344, "»": 562,
    "«": 562, "–": 504, "§": 528, "0": 648, "1": 407, "2": 548, "3": 576, "4": 614, "5": 588, "6": 598,
    "7": 510, "8": 615, "9": 595, "a": 525, "b": 566, "c": 485, "d": 564, "e": 538, "f": 314, "g": 558,
    "h": 550, "i": 252, "j": 245, "k": 492, "l": 262, "m": 845, "n": 550, "o": 548, "p": 566, "q": 574,
    "r": 349, "s": 471, "t": 326, "u": 540, "v": 461, "w": 684, "x": 481, "y": 449, "z": 460, "æ": 866,
    "ø": 548, "å": 525, "é": 538, "A": 626, "B": 613, "C": 645, "D": 669, "E": 569, "F": 552, "G": 694,
    "H": 694, "I": 392, "J": 512, "K": 631, "L": 541, "M": 824, "N": 693, "O": 714, "P": 592, "Q": 724,
    "R": 614, "S": 592, "T": 558, "U": 690, "V": 593, "W": 856, "X": 623, "Y": 575, "Z": 607, "Æ": 891,
    "Ø": 714, "Å": 626,
}  # fmt: skip
_UNKNOWN = 900  # a character not listed: as wide as a wide letter, so that room is never too small
LINE_HEIGHT = 1.3  # a line of text, in font sizes (the typeface's ascent and descent)


def text_width(text: str, size: float) -> float:
    """The width in pixels of ``text`` at ``size`` pixels (an estimate a little on the wide side)."""
    return size * _advance(text) / 1000


@functools.lru_cache(maxsize=4096)
def _advance(text: str) -> int:
    """The sum of the advance widths of ``text``'s characters (a word: measured once, wrap adds them up)."""
    return sum(_ADVANCE.get(c, _UNKNOWN) for c in text)


def wrap(text: str, width: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken at spaces (a word wider than that stands alone)."""
    lines: list[str] = []
    line = 0  # the advance of the last line: its words' and the spaces between them (exact, in integers)
    space = _ADVANCE[" "]
    for word in text.split():
        own = _advance(word)
        if lines and size * (line + space + own) / 1000 <= width:
            lines[-1] = f"{lines[-1]} {word}"
            line += space + own
        else:
            lines.append(word)
            line = own
    return lines


def spread(wanted: Sequence[float], heights: Sequence[float], low: float, high: float) -> list[float]:
    """Centres for labels of ``heights`` that want to stand at ``wanted`` (pixels, downwards), moved
    apart so that no two overlap, in the order of ``wanted``, as near to it as they can (least squares
    within each group that touches), and inside ``low``–``high`` where they fit. Returned in the
    order given."""
    order = sorted(range(len(wanted)), key=lambda i: (wanted[i], i))
    blocks: list[list[int]] = []  # runs of labels stacked edge to edge, each with its top below
    tops: list[float] = []

    def best_top(block: list[int]) -> float:
        offsets, total = [], 0.0
        for i in block:
            offsets.append(total + heights[i] / 2)
            total += heights[i]
        top = sum(wanted[i] - offset for i, offset in zip(block, offsets, strict=True)) / len(block)
        return max(low, min(top, high - total)) if total <= high - low else low

    for i in order:
        blocks.append([i])
        tops.append(best_top([i]))
        while len(blocks) > 1 and tops[-2] + sum(heights[j] for j in blocks[-2]) > tops[-1]:
            merged = blocks[-2] + blocks[-1]
            del blocks[-1], tops[-1]
            blocks[-1], tops[-1] = merged, best_top(merged)
    centres = [0.0] * len(wanted)
    for block, top in zip(blocks, tops, strict=True):
        edge = top
        for i in block:
            centres[i] = edge + heights[i] / 2
            edge += heights[i]
    return centres


def axis_steps(top: float, most: int = 7) -> tuple[float, float]:
    """The top of an axis of counts from 0 that holds ``top``, and its step: a whole, round step (1, 2,
    2,5 or 5 times a power of ten) and at most ``most`` steps, the lowest such top."""
    best = (1.0, 1.0)
    if top > 1:
        power = 10 ** math.floor(math.log10(top / most))
        steps = [m * p for p in (power, power * 10) for m in (1, 2, 2.5, 5)]
        fitting = [step for step in steps if step >= 1 and step % 1 == 0 and top / step <= most]
        best = min((math.ceil(top / step) * step, step) for step in fitting)
    return best


@dataclass(frozen=True)
class Tick:
    """A tick of a time axis: its day, its label and how the label stands to it."""

    day: dt.date
    text: str
    align: str  # "left" (the first), "center", "right" (the last)


MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # months between ticks, tried from the smallest
YEARS_ONLY = 36  # months: over a longer span the ticks between are years


def time_ticks(first: dt.date, last: dt.date, width: float, size: float, names: Sequence[str]) -> list[Tick]:
    """Ticks of a time axis ``width`` pixels wide from ``first`` to ``last`` whose labels (``size``
    pixels; ``names``: the twelve short month names) do not collide: the first and the last month
    with their years, and between them, with the smallest step that leaves room, years ("2019") or,
    over three years or less, months ("apr.", and the year where one begins); a tick whose label
    would touch the first's or the last's keeps its mark without a label (``text`` "")."""
    span = (last - first).days

    def x(day: dt.date) -> float:
        return width * (day - first).days / span if span else width / 2

    def month(day: dt.date) -> str:
        return f"{names[day.month - 1]} {day.year}"

    if span <= 0:
        return [Tick(last, month(last), "center")]
    gap = size / 2  # free room between two labels
    ends = [Tick(first, month(first), "left"), Tick(last, month(last), "right")]
    if text_width(ends[0].text, size) + text_width(ends[1].text, size) + gap > width:
        return [ends[1]]
    taken = [(0.0, text_width(ends[0].text, size) + gap), (width - text_width(ends[1].text, size) - gap, width)]
    months = (last.year - first.year) * 12 + last.month - first.month
    for step in (s for s in MONTH_STEPS if s >= 12 or months <= YEARS_ONLY):
        between = [_tick(day, step, names) for day in _month_starts(first, last, step)]
        boxes = [_box(x(t.day), text_width(t.text, size), gap) for t in between]
        if all(b[1] <= c[0] for b, c in itertools.pairwise(boxes)):
            kept = [
                t if not any(_overlap(b, o) for o in taken) else Tick(t.day, "", t.align)
                for t, b in zip(between, boxes, strict=True)
            ]
            return [ends[0], *kept, ends[1]]
    return ends


def _tick(day: dt.date, step: int, names: Sequence[str]) -> Tick:
    return Tick(day, str(day.year) if step >= 12 or day.month == 1 else names[day.month - 1], "center")


def _month_starts(first: dt.date, last: dt.date, step: int) -> list[dt.date]:
    """The first days of months strictly after ``first`` and before ``last`` on a step of ``step``
    months counted from January (years: those divisible by ``step`` / 12)."""
    days, year, month = [], first.year, first.month + 1
    while True:
        if month > 12:
            year, month = year + 1, 1
        day = dt.date(year, month, 1)
        if day >= last:
            return days
        index = year * 12 + month - 1
        if index % step == 0:
            days.append(day)
        month += 1


def _box(centre: float, width: float, gap: float) -> tuple[float, float]:
    return centre - width / 2 - gap / 2, centre + width / 2 + gap / 2


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
