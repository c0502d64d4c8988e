"""Audit: could a reader work out a suppressed count from what the site shows?

Two attacks are checked, both on a table of disjoint cells and published sums of cells:

- *Subtraction* (exact): an item is determined when its indicator vector lies in the
  span of the published items' vectors (rank test in rational arithmetic).
- *Intervals* (what the published rule tells every reader): counts are whole and not
  negative, a SMALL count is 1 to threshold-1 (»færre end 5«), and a HIDDEN count is 0
  or at least the threshold (anything between would have been SMALL). A SMALL item is
  pinned when the smallest and largest value it can take under these facts are equal;
  found by integer programming (scipy's HiGHS).

A reader is assumed to know no upper bound beyond the published numbers; the search
caps each cell at the sum of all cells plus the threshold, which can only make the
audit stricter (a cell found free below the cap is free).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence

from .. import importers

Vector = tuple[int, ...]


def in_span(vector: Vector, basis: Sequence[Vector]) -> bool:
    """Whether ``vector`` is a linear combination of ``basis`` (exactly): what is left of it after
    eliminating with the basis's echelon form is nothing. The echelon form is made once per basis
    (the suppression asks about many items against the same published ones)."""
    left = list(vector)
    for column, row in _echelon(tuple(sorted(set(basis)))):
        if left[column]:
            pivot, factor = row[column], left[column]
            left = [pivot * a - factor * b for a, b in zip(left, row, strict=True)]
    return not any(left)


@functools.lru_cache(maxsize=16384)
def _echelon(rows: tuple[Vector, ...]) -> tuple[tuple[int, Vector], ...]:
    """The rows in echelon form, in whole numbers, each with its pivot's column, leftmost first.
    Eliminating a vector with them in this order clears each pivot column for good, as no later
    row has anything in an earlier pivot's column."""
    found: list[tuple[int, Vector]] = []
    for start in rows:
        row = list(start)
        for column, pivot_row in found:
            if row[column]:
                pivot, factor = pivot_row[column], row[column]
                row = [pivot * a - factor * b for a, b in zip(row, pivot_row, strict=True)]
        column = next((c for c, value in enumerate(row) if value), None)
        if column is None:
            continue
        divisor = functools.reduce(math.gcd, row)
        row = [value // divisor for value in row]
        found.append((column, tuple(row)))
        found.sort(key=lambda item: item[0])
    return tuple(found)


def rank(rows: list[Vector]) -> int:
    """Rank of a small integer matrix, exactly (row order and repeated rows do not matter)."""
    return len(_echelon(tuple(sorted(set(rows)))))


def pinned(
    target: str,
    vectors: Mapping[str, Vector],
    values: Mapping[str, int],
    suppressed: Mapping[str, bool],
    threshold: int,
) -> bool:
    """Whether SMALL item ``target`` has one possible value for a reader who knows the rule.

    ``suppressed`` maps each suppressed item to whether it is SMALL (else HIDDEN); every
    other item of ``values`` is published. ``vectors`` say which cells each item sums.
    """
    if _moves(target, vectors, values, suppressed, threshold):
        return False
    np, optimize = importers.numpy(), importers.scipy_optimize()
    cells = len(vectors[target])
    ceiling = sum(values.values()) + threshold  # at least the sum of all cells
    switches = sorted(name for name, small in suppressed.items() if not small)
    width = cells + len(switches)

    def row(name: str, switch: int = -1, factor: int = 0) -> list[float]:
        line = [*vectors[name], *([0] * len(switches))]
        if switch >= 0:
            line[cells + switch] = factor
        return line

    rows: list[tuple[list[float], float, float]] = []  # (coefficients, least, most)
    for name in sorted(values):
        if name not in suppressed:
            rows.append((row(name), values[name], values[name]))
        elif suppressed[name]:
            rows.append((row(name), 1, threshold - 1))
    for index, name in enumerate(switches):  # 0 when its switch is 0, else at least the threshold
        rows.append((row(name, index, -threshold), 0, np.inf))
        rows.append((row(name, index, -sum(vectors[name]) * ceiling), -np.inf, 0))
    coefficients, lower, upper = zip(*rows, strict=True)
    constraint = optimize.LinearConstraint(np.array(coefficients, dtype=float), lower, upper)
    bounds = optimize.Bounds([0] * width, [ceiling] * cells + [1] * len(switches))
    objective = np.array(row(target), dtype=float)
    ends = []
    for sign in (1, -1):
        result = optimize.milp(sign * objective, constraints=constraint, integrality=np.ones(width), bounds=bounds)
        if result.status != 0:  # cannot happen for a true table; count it as given away, to be safe
            return True
        ends.append(round(sign * result.fun))
    return ends[0] == ends[1]


def _allowed(value: int, small: bool, threshold: int) -> bool:
    return 0 < value < threshold if small else value == 0 or value >= threshold


def _moves(
    target: str,
    vectors: Mapping[str, Vector],
    values: Mapping[str, int],
    suppressed: Mapping[str, bool],
    threshold: int,
) -> bool:
    """Whether one person moved from one suppressed cell to another gives a second table that
    every published number and the rule allow, with another value of ``target``: then ``target``
    is not pinned (a quick proof that spares the integer programme in most tables)."""
    units = {vector.index(1): name for name, vector in vectors.items() if sum(vector) == 1 and max(vector) == 1}
    free = [index for index, name in units.items() if name in suppressed]
    shown = [name for name in values if name not in suppressed]
    for into in free:
        for out in free:
            if into == out or vectors[target][into] == vectors[target][out]:
                continue
            if any(vectors[name][into] != vectors[name][out] for name in shown):
                continue
            if all(
                _allowed(values[name] + vectors[name][into] - vectors[name][out], small, threshold)
                for name, small in suppressed.items()
            ):
                return True
    return False
