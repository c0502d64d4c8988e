"""Suppression of a one-sum table (cells and their total) in time that grows with the cells, not
their cube: a survey background with 10,000 values is protected in well under a second.

The general audit (``audit``) needs a rank test and integer programming for every item it checks.
A table whose only sum is the total of all its cells is simple enough to audit exactly by counting:

- *Subtraction*: a cell is worked out when it is the only suppressed cell and the total is shown;
  the total is worked out when every cell is shown.
- *Ranges*: a reader who knows the rule knows that a SMALL count is 1 to threshold-1 and a HIDDEN
  one 0 or at least the threshold. What the other suppressed items can add up to is then a union of
  at most two intervals, so whether a value fits an item is one comparison. The rule is the general
  audit's (``ranges.py``): a SMALL item must keep every value from 1 to threshold-1 that it could
  take with every item suppressed, an item hidden for a small flow every value within threshold-1
  of its own. What fits depends only on how many small and hidden items there are and on what the
  shown ones add up to.

The choices follow ``suppression.suppress`` exactly (the same target, the same cheapest item or
pair, the same rule when nothing can protect), so the result is the same; the property tests
compare the two on random tables.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass

Interval = tuple[int, int | None]  # (least, most); most None: no upper end


@dataclass(frozen=True)
class State:
    """What a reader knows of a one-sum table: which items are suppressed, and what is shown."""

    total_suppressed: bool
    cells_suppressed: int
    small_cells: int  # suppressed cells that are SMALL (the rest of the suppressed cells are HIDDEN)
    shown_sum: int  # the shown cells added up


def sums_of(small: int, hidden: int, threshold: int) -> list[Interval]:
    """What ``small`` SMALL counts (1 to threshold-1) and ``hidden`` HIDDEN counts (0 or at least
    the threshold) can add up to, as intervals."""
    low, high = small, small * (threshold - 1)
    return [(low, high), (low + threshold, None)] if hidden else [(low, high)]


def _meets(first: list[Interval], second: list[Interval]) -> list[int]:
    """A value in each overlap of the intervals of ``first`` and ``second`` (lowest ends)."""
    found = []
    for (a_low, a_high), (b_low, b_high) in itertools.product(first, second):
        low = max(a_low, b_low)
        high = min(h for h in (a_high, b_high, low + 10**12) if h is not None)
        if low <= high:
            found.append(low)
    return found


def kept_open(name: str, value: int, small: bool, hide: bool, threshold: int) -> range:
    """The values the rule needs a suppressed item to keep open (those the rule's words allow):
    1 to threshold-1 for a SMALL one, every value within threshold-1 of its own for one hidden
    for a small flow (``hide``), none for any other (it must only not be worked out exactly)."""
    if small:
        return range(1, threshold)
    if hide:
        return range(max(0, value - threshold + 1), value + threshold)
    return range(0)


@functools.lru_cache(maxsize=4096)
def possible_values(
    state: State, target: tuple[bool, bool], total_small: bool, total: int, threshold: int, wanted: range
) -> frozenset[int]:
    """The values of ``wanted`` that a target can take for a reader who knows the rule; ``target`` is
    (whether it is the total, whether it is SMALL)."""
    is_total, is_small = target
    hidden_cells = state.cells_suppressed - state.small_cells
    found = set()
    for value in wanted:
        if not (0 < value < threshold if is_small else value == 0 or value >= threshold):
            continue
        if is_total:
            fits = bool(_meets([(value - state.shown_sum, value - state.shown_sum)],
                               sums_of(state.small_cells, hidden_cells, threshold)))  # fmt: skip
        else:
            rest = sums_of(state.small_cells - is_small, hidden_cells - (not is_small), threshold)
            if not state.total_suppressed:
                left = total - state.shown_sum - value
                fits = bool(_meets([(left, left)], rest))
            else:
                allowed = [(1, threshold - 1)] if total_small else [(0, 0), (threshold, None)]
                shifted = [(low - state.shown_sum - value, None if high is None else high - state.shown_sum - value)
                           for low, high in allowed]  # fmt: skip
                fits = bool(_meets(shifted, rest))
        if fits:
            found.add(value)
    return frozenset(found)


PAIR_SEARCH = 8  # when no single item protects, pairs of the cheapest this many are tried


def suppress_one_sum(
    cells: Mapping[str, int], total: str, threshold: int, hide: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The status of each cell and of ``total`` (their sum): ``shown``, ``small`` or ``hidden``."""
    values = dict(cells) | {total: sum(cells.values())}
    small = {n for n, v in values.items() if 0 < v < threshold}
    hidden = small | hide

    def state(suppressed: set[str]) -> State:
        inside = [n for n in suppressed if n != total]
        return State(total in suppressed, len(inside), sum(n in small for n in inside),
                     values[total] - sum(values[n] for n in inside))  # fmt: skip

    def adding(found: State, names: tuple[str, ...]) -> State:
        for name in names:
            if name == total:
                found = State(True, found.cells_suppressed, found.small_cells, found.shown_sum)
            else:
                found = State(found.total_suppressed, found.cells_suppressed + 1,
                              found.small_cells + (name in small), found.shown_sum - values[name])  # fmt: skip
        return found

    def possible(item: str, found: State, wanted: range) -> frozenset[int]:
        return possible_values(found, (item == total, item in small), total in small, values[total], threshold, wanted)

    everything = state(set(values))
    kept = {n: possible(n, everything, kept_open(n, values[n], n in small, n in hide, threshold)) for n in hidden}

    def exposed(item: str, found: State) -> bool:
        if item == total and found.cells_suppressed == 0:
            return True
        if item != total and not found.total_suppressed and found.cells_suppressed == 1:
            return True
        wanted = kept.get(item)
        return bool(wanted) and bool(wanted - possible(item, found, _window(wanted)))

    given_away = {n for n in small if len(kept[n]) < 2}  # the rule's own words pin it: show nothing more
    if given_away:
        hidden |= set(values)
    while True:
        now = state(hidden)
        in_order = sorted(hidden - given_away, key=lambda n: (values[n], n))
        target = next((n for n in in_order if exposed(n, now)), None)
        if target is None:
            break
        candidates = sorted(
            (n for n in values if n not in hidden), key=lambda n: (values[n] == 0, values[n], n == total, n)
        )
        protects = functools.partial(_protects, exposed, adding, target, now)
        hidden |= _cheapest(candidates, values, protects, total)
    return {name: "small" if name in small else "hidden" if name in hidden else "shown" for name in values}


def _window(values: frozenset[int]) -> range:
    """The least range that holds ``values`` (a key the cache of ``possible_values`` can share)."""
    return range(min(values), max(values) + 1)


def _protects(exposed: Callable[[str, State], bool], adding: Callable[[State, tuple[str, ...]], State],
              target: str, now: State, names: tuple[str, ...]) -> bool:  # fmt: skip
    """Whether hiding ``names`` as well leaves ``target`` unexposed."""
    return not exposed(target, adding(now, names))


def _cheapest(
    candidates: list[str], values: Mapping[str, int], protects: Callable[[tuple[str, ...]], bool],
    total: str,
) -> set[str]:  # fmt: skip
    """As ``suppression.cheapest_protection``, trying one cell per count only (hiding either of
    two cells with the same count tells a reader the same)."""
    tried: set[int] = set()
    for name in candidates:
        if name != total:
            if values[name] in tried:
                continue
            tried.add(values[name])
        if protects((name,)):
            return {name}
    pairs = sorted(
        itertools.combinations(candidates[:PAIR_SEARCH], 2), key=lambda pair: (sum(values[n] for n in pair), pair)
    )
    for pair in pairs:
        if protects(pair):
            return set(pair)
    return {candidates[0]}
