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
from collections.abc import Mapping, Sequence

from .. import importers

Vector = tuple[int, ...]


def in_span(vector: Vector, basis: Sequence[Vector]) -> bool:
    """Whether ``vector`` is a linear combination of ``basis`` (exactly)."""
    return rank([*basis, vector]) == rank(list(basis))


def rank(rows: list[Vector]) -> int:
    """Rank of a small integer matrix, exactly (row order and repeated rows do not matter)."""
    return _rank(tuple(sorted(set(rows))))


@functools.lru_cache(maxsize=65536)
def _rank(rows: tuple[Vector, ...]) -> int:
    """Fraction-free Gaussian elimination (Bareiss) in whole numbers: exact and quick."""
    matrix = [list(row) for row in rows]
    found, previous = 0, 1
    columns = len(matrix[0]) if matrix else 0
    for column in range(columns):
        pivot = next((r for r in range(found, len(matrix)) if matrix[r][column] != 0), None)
        if pivot is None:
            continue
        matrix[found], matrix[pivot] = matrix[pivot], matrix[found]
        top = matrix[found]
        for r in range(found + 1, len(matrix)):
            row = matrix[r]
            matrix[r] = [(top[column] * row[j] - row[column] * top[j]) // previous for j in range(columns)]
        previous = top[column]
        found += 1
    return found


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
