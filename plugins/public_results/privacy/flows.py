"""Flows: no two published stocks may give away a small number of people who came or went.

A stock that nobody leaves (everyone since the start, an end status) only grows, so the step from
one published date to the next is exactly the people who came in between: a flow. A flow of 1 to
threshold-1 people is as small as any small count, so it must not be worked out by subtraction
(901 → 903 is 2 people who started that month, even when the intake itself is not shown).

``protect_series`` walks the dates of a dataset (month ends and data dates). Where an item that
nobody left since it was last shown steps by 1 to threshold-1, the item is hidden on that date, and
the date's table is protected again by ``suppress`` (so the item cannot be worked out from the
date's other numbers either). On a data date (its figures are the briefing's) the item is first
hidden on the month ends before it, back to the data date before, and only then on the data
date. Every date is decided from the dates up to the next data date, so a page's series and
figures stay the same when newer data arrives. As the steps between published dates of an item
that nobody leaves are each 0 or at least the threshold, so is the difference of any two of its
published values; a sum of such items (the parts of a breakdown) is such an item too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from .suppression import Count

Table = Mapping[str, Count]
Protect = Callable[[dt.date, frozenset[str]], Table]  # the table on a date, with these items hidden too
IsFlow = Callable[[str, dt.date, dt.date], bool]  # nobody left the item after the first date, up to the second


def small_steps(
    shown: list[tuple[dt.date, Table]], day: dt.date, table: Table, is_flow: IsFlow, start: dt.date, threshold: int
) -> frozenset[str]:
    """The items of ``table`` whose step from where they were last shown (0 before ``start``) is a
    flow of 1 to threshold-1 people."""
    last: dict[str, tuple[dt.date, int]] = {}
    for earlier, values in shown:
        _shown_now(last, earlier, values)
    return _steps(last, day, table, is_flow, start, threshold)


def _shown_now(last: dict[str, tuple[dt.date, int]], day: dt.date, table: Table) -> None:
    """``last``: each item's latest date shown and its value there, now with ``table`` on ``day``."""
    for name, count in table.items():
        if not count.suppressed:
            last[name] = (day, count.value)


def _steps(
    last: Mapping[str, tuple[dt.date, int]], day: dt.date, table: Table, is_flow: IsFlow, start: dt.date, threshold: int
) -> frozenset[str]:
    """``small_steps`` from each item's latest date shown (``_shown_now``): one look per item, where
    a walk over every date shown before was one per item and date (a walk at 98 units and 84 months)."""
    found = set()
    for name, count in table.items():
        if count.suppressed:
            continue
        before, value = last.get(name, (start, 0))
        if 0 < abs(count.value - value) < threshold and is_flow(name, before, day):
            found.add(name)
    return frozenset(found)


def protect_series(
    days: list[dt.date],
    forced: frozenset[dt.date],
    protect: Protect,
    is_flow: IsFlow,
    start: dt.date,
    threshold: int,
) -> list[tuple[dt.date, Table]]:
    """Each of ``days`` (oldest first) with its table, where no shown item steps by a small flow from
    where it was last shown; the dates in ``forced`` are data dates, whose figures are hidden last."""
    extra: dict[dt.date, frozenset[str]] = {}
    while True:
        shown = _walk(days, forced, protect, is_flow, start, threshold, extra)
        if shown is not None:
            return shown


def _walk(
    days: list[dt.date],
    forced: frozenset[dt.date],
    protect: Protect,
    is_flow: IsFlow,
    start: dt.date,
    threshold: int,
    extra: dict[dt.date, frozenset[str]],
) -> list[tuple[dt.date, Table]] | None:
    """One pass over the dates, adding to ``extra`` (what to hide on a date); None when a month end
    before a data date got more to hide, and the pass must start again."""
    shown: list[tuple[dt.date, Table]] = []
    last: dict[str, tuple[dt.date, int]] = {}  # each item's latest date shown, and its value there
    for day in days:
        table = protect(day, extra.get(day, frozenset()))
        while bad := _steps(last, day, table, is_flow, start, threshold):
            if day in forced and _hide_before(shown, forced, bad, extra):
                return None
            extra[day] = extra.get(day, frozenset()) | bad
            table = protect(day, extra[day])
        shown.append((day, table))
        _shown_now(last, day, table)
    return shown


def _hide_before(
    shown: list[tuple[dt.date, Table]],
    forced: frozenset[dt.date],
    bad: frozenset[str],
    extra: dict[dt.date, frozenset[str]],
) -> bool:
    """For a data date's small steps: hide each item on the last month end that shows it, back to the
    data date before (the data date's own figures stay). Whether anything was added."""
    added = False
    for name in bad:
        for day, table in reversed(shown):
            if day in forced:
                break
            if not table[name].suppressed:
                extra[day] = extra.get(day, frozenset()) | {name}
                added = True
                break
    return added
