"""Chart messages comparing units: a unit called highest or lowest only when the bases allow it.

The rules of ``messages`` for a share compared across units (``compare_units``): one unit is
»højest« (or »lavest«) only when its share's Wilson interval overlaps none of the other shown
units' (``wilson.stands_apart``: the one rule the method box states, ``words.COMPARE_METHOD``);
otherwise the title gives the range of the shares. A hidden unit's share could be anything, so
with one hidden the title says »af de enheder, der vises«.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..danish import numbers, words
from ..danish.style import count_in_text
from .messages import HIGHEST_UNIT, LOWEST_UNIT, PLAIN, UNITS_RANGE, UNITS_SAME, Message, _percent
from .wilson import Interval, stands_apart

Units = Sequence[tuple[str, Decimal | None, Interval | None]]  # a unit's name, share as shown (None: hidden), interval


def units_apart(units: Units) -> tuple[int | None, int | None]:
    """The shown units (``units`` highest share first) whose interval overlaps none of the others':
    the index among the shown ones of the highest (0) and of the lowest, each or None."""
    intervals = [interval for _, share, interval in units if share is not None and interval is not None]
    if len(intervals) < 2:
        return None, None
    last = len(intervals) - 1
    return (0 if stands_apart(0, intervals) else None), (last if stands_apart(last, intervals) else None)


def units_message(units: Units, fallback: str, style: str = "space", decimals: int = 0) -> Message:
    """The title of a share compared across units (``units`` highest share first, hidden ones last):
    the highest or the lowest unit when its interval stands apart from the others', else the range of
    the shares (»Andelen ligger mellem 41 % og 68 % i de syv enheder«); »af de enheder, der vises«
    when a unit's share is hidden; with one shown, that one (»Kun andelen for Jobhuset Nord kan vises: 19 %«);
    ``fallback`` for a single unit."""
    shown = [(name, share) for name, share, interval in units if share is not None and interval is not None]
    if len(shown) == 1 and len(units) > 1:  # the others hidden: the measure alone would repeat the subtitle
        name, share = shown[0]
        return Message(PLAIN, words.MESSAGE_UNITS_ONE_SHOWN.format(name=name, share=_percent(share, style, decimals)))
    if not shown and units:
        return Message(PLAIN, words.MESSAGE_UNITS_NONE_SHOWN)
    if len(shown) < 2:
        return Message(PLAIN, fallback)
    every = len(shown) == len(units)
    count = count_in_text(len(shown))  # »syv enheder«
    highest, lowest = units_apart(units)
    for rule, index in ((HIGHEST_UNIT, highest), (LOWEST_UNIT, lowest)):
        if index is None:
            continue
        name, share = shown[index]
        others = [value for i, (_, value) in enumerate(shown) if i != index]
        low, high = min(others), max(others)
        spread = (
            _percent(low, style, decimals)
            if low == high
            else words.RANGE.format(low=numbers.format_number(low, decimals), high=_percent(high, style, decimals))
        )
        where = words.COMPARE_OTHER_ONE if len(others) == 1 else words.COMPARE_OTHERS
        template = {
            (HIGHEST_UNIT, True): words.MESSAGE_UNITS_HIGHEST, (HIGHEST_UNIT, False): words.MESSAGE_UNITS_HIGHEST_SHOWN,
            (LOWEST_UNIT, True): words.MESSAGE_UNITS_LOWEST, (LOWEST_UNIT, False): words.MESSAGE_UNITS_LOWEST_SHOWN,
        }[rule, every]  # fmt: skip
        share_text = _percent(share, style, decimals)  # type: ignore[arg-type]  # shown: not None
        return Message(rule, template.format(name=name, share=share_text, others=spread, where=where))
    values = [share for _, share in shown if share is not None]
    low, high = min(values), max(values)
    if low == high:
        template = words.MESSAGE_UNITS_SAME if every else words.MESSAGE_UNITS_SAME_SHOWN
        if every and len(shown) == 2:  # »i begge enheder«, not »i alle to«
            template = words.MESSAGE_UNITS_SAME_BOTH
        return Message(UNITS_SAME, template.format(share=_percent(low, style, decimals), count=count))
    template = words.MESSAGE_UNITS_RANGE if every else words.MESSAGE_UNITS_RANGE_SHOWN
    facts = {"low": _percent(low, style, decimals), "high": _percent(high, style, decimals), "count": count}
    return Message(UNITS_RANGE, template.format(**facts))
