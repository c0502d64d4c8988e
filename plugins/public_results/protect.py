"""Protect: nothing that can point to a person travels past this stage.

- Pseudonymous citizen IDs are replaced by meaningless row codes before any
  figure is computed, so no ID can reach a page, chart, table or download.
- Survey free-text columns are never read (validate keeps only declared columns).
- Small counts are suppressed, with one mechanism for every place a number is
  shown (text, titles, charts, tables, downloads, feeds):

  *Primary:* a count of 1 to threshold-1 is suppressed ("small"); 0 may be shown.
  *Secondary:* a table is a set of cells (e.g. statuses) and of published sums of
  cells (e.g. groups and the total). A suppressed item must not be worked out
  from the published ones: its indicator vector must not lie in the span of the
  published items' vectors (an exact rank audit, in rational arithmetic). While
  one does, the cheapest further item is suppressed ("hidden"): the published
  item with the smallest non-zero count whose removal breaks the derivation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

import pandas as pd

from .validate import OutcomeLog

SHOWN, SMALL, HIDDEN = "shown", "small", "hidden"


@dataclass(frozen=True)
class Count:
    """A published count and whether it may be shown."""

    value: int
    status: str = SHOWN  # SHOWN, SMALL (below the threshold) or HIDDEN (would reveal a small one)

    @property
    def suppressed(self) -> bool:
        return self.status != SHOWN


def drop_identifiers(log: OutcomeLog) -> OutcomeLog:
    """The same log with each citizen ID replaced by a number 0, 1, 2, …"""
    codes, _ = pd.factorize(log.events["citizen"], sort=False)
    events = log.events.assign(citizen=codes.astype("int64"))
    return OutcomeLog(outcome=log.outcome, events=events)


def single(value: int, threshold: int) -> Count:
    """A count that stands alone (no published sum it belongs to)."""
    return Count(value, SMALL if 0 < value < threshold else SHOWN)


def suppress(cells: Mapping[str, int], sums: Mapping[str, frozenset[str]], threshold: int) -> dict[str, Count]:
    """Every cell and every sum of cells, protected so no suppressed one can be derived.

    ``cells`` are disjoint counts; ``sums`` name published totals of some cells
    (a group, a breakdown's whole, the grand total).
    """
    order = list(cells)
    values = dict(cells) | {name: sum(cells[c] for c in members) for name, members in sums.items()}
    vectors = {c: tuple(int(c == other) for other in order) for c in order}
    vectors |= {name: tuple(int(c in members) for c in order) for name, members in sums.items()}
    hidden = {name for name, value in values.items() if 0 < value < threshold}
    small = set(hidden)
    while True:
        published = [vectors[n] for n in values if n not in hidden]
        exposed = sorted((n for n in hidden if _in_span(vectors[n], published)), key=lambda n: (values[n], n))
        if not exposed:
            break
        target = exposed[0]
        candidates = sorted(
            (n for n in values if n not in hidden),
            key=lambda n: (values[n] == 0, values[n], n in sums, n),
        )
        chosen = next(
            (
                n
                for n in candidates
                if not _in_span(vectors[target], [vectors[m] for m in values if m not in hidden and m != n])
            ),
            candidates[0],
        )
        hidden.add(chosen)
    return {
        name: Count(value, SMALL if name in small else HIDDEN if name in hidden else SHOWN)
        for name, value in values.items()
    }


def determined(
    name: str, cells: Mapping[str, int], sums: Mapping[str, frozenset[str]], counts: Mapping[str, Count]
) -> bool:
    """Whether item ``name`` can be worked out exactly from the items ``counts`` shows (the audit)."""
    order = list(cells)

    def vector(item: str) -> tuple[int, ...]:
        members = sums.get(item, frozenset({item}))
        return tuple(int(c in members) for c in order)

    return _in_span(vector(name), [vector(n) for n, c in counts.items() if not c.suppressed])


def _in_span(vector: tuple[int, ...], basis: list[tuple[int, ...]]) -> bool:
    return _rank([*basis, vector]) == _rank(basis)


def _rank(rows: list[tuple[int, ...]]) -> int:
    """Rank of a small integer matrix, exactly (Gaussian elimination over the rationals)."""
    matrix = [[Fraction(x) for x in row] for row in rows]
    rank, columns = 0, len(matrix[0]) if matrix else 0
    for column in range(columns):
        pivot = next((r for r in range(rank, len(matrix)) if matrix[r][column] != 0), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        for r in range(len(matrix)):
            if r != rank and matrix[r][column] != 0:
                factor = matrix[r][column] / matrix[rank][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[rank], strict=True)]
        rank += 1
    return rank
