"""Audit: could a reader work out a suppressed count from what the site shows?

Two attacks are checked, both on a table of disjoint cells and published sums of cells:

- *Subtraction* (exact): an item is determined when its indicator vector lies in the
  span of the published items' vectors (rank test in rational arithmetic).
- *Ranges* (what the published rule tells every reader, ``ranges.py``): counts are whole and
  not negative, a SMALL count is 1 to threshold-1 (»færre end 5«), and a HIDDEN count is 0
  or at least the threshold (anything between would have been SMALL). The published numbers
  must not narrow a SMALL item further: it keeps every value from 1 to threshold-1 that the
  rule's words alone leave open (normally all; two values such as 3 or 4 are too few). An item
  hidden for a small flow keeps every value within threshold-1 of its own.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence

from .ranges import Reader

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
    return len(narrowed_to(target, vectors, values, suppressed, threshold)) < 2


def narrowed_to(
    target: str,
    vectors: Mapping[str, Vector],
    values: Mapping[str, int],
    suppressed: Mapping[str, bool],
    threshold: int,
) -> frozenset[int]:
    """The values from 1 to threshold-1 that SMALL item ``target`` can take for a reader who knows
    the rule (arguments as ``pinned``): the rule asks for all of them that its words leave open."""
    small = [name for name, is_small in suppressed.items() if is_small]
    reader = Reader(vectors, values, small, threshold)
    wanted = range(1, threshold)
    return frozenset(wanted) - reader.impossible(target, wanted, frozenset(suppressed))
