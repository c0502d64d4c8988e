"""Protect: nothing that can point to a person travels past this stage.

- Pseudonymous citizen IDs are replaced by meaningless row codes before any
  figure is computed, so no ID can reach a page, chart, table or download.
- Survey free-text columns are never read (validate keeps only declared columns).
- Small counts are suppressed, with one mechanism for every place a number is
  shown (text, titles, charts, tables, downloads, feeds):

  *Primary:* a count of 1 to threshold-1 is suppressed ("small"); 0 may be shown.
  *Secondary:* a table is a set of cells (e.g. statuses) and of published sums of
  cells (e.g. groups and the total). A suppressed item must not be worked out
  from the published ones (see ``audit``): not by subtraction, and not narrowed for
  a reader who also uses what the rule says (small is 1 to threshold-1, hidden is 0
  or at least the threshold; ``ranges``): a small item keeps every value from 1 to
  threshold-1 that these words leave open, an item hidden for a small flow every
  value within threshold-1 of its own. While one is given away, the cheapest further
  item is suppressed ("hidden"): the published item with the smallest count, zeros
  last, whose removal protects it.

  The one exception is ``fixed``: a survey question's positive count and its n are
  published whenever the primary rule allows, so the small answers among n minus the
  positive count may be narrowed by that difference (as public as the share itself).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..plain_data import keepable
from . import decided
from .audit import in_span
from .one_sum import PAIR_SEARCH, kept_open, suppress_one_sum
from .ranges import Reader

SHOWN, SMALL, HIDDEN = "shown", "small", "hidden"
AUDIT_LIMIT = 120  # items (cells and sums): the general audit's bound; it takes about a second at 60
DECIDED = 4096  # tables whose statuses a process keeps (``_decided``): a few kilobytes each


class TooFine(ValueError):
    """A table with more items than the general audit can check in seconds (``AUDIT_LIMIT``);
    the figure book says which dataset and how to publish it coarser."""

    def __init__(self, items: int) -> None:
        super().__init__(items)
        self.items = items


@keepable
@dataclass(frozen=True, slots=True)
class Count:
    """A published count and whether it may be shown."""

    value: int
    status: str = SHOWN  # SHOWN, SMALL (below the threshold) or HIDDEN (would reveal a small one)

    @property
    def suppressed(self) -> bool:
        return self.status != SHOWN


_SHARED: dict[tuple[int, str], Count] = {}


def shared_count(value: int, status: str) -> Count:
    """``Count(value, status)``, one object for each pair: a programme's protected tables hold about a
    million counts at 98 units, of few distinct values (a Count is frozen, so sharing is safe)."""
    found = _SHARED.get((value, status))
    if found is None:
        found = _SHARED.setdefault((value, status), Count(value, status))
    return found


def single(value: int, threshold: int) -> Count:
    """A count that stands alone (no published sum it belongs to)."""
    return Count(value, SMALL if 0 < value < threshold else SHOWN)


def suppress(
    cells: Mapping[str, int],
    sums: Mapping[str, frozenset[str]],
    threshold: int,
    fixed: frozenset[str] = frozenset(),
    hide: frozenset[str] = frozenset(),
) -> dict[str, Count]:
    """Every cell and every sum of cells, protected so no suppressed one can be derived.

    ``cells`` are disjoint counts; ``sums`` name published totals of some cells
    (a group, a breakdown's whole, the grand total). Items in ``fixed`` are published
    whenever the primary rule allows (a survey question's positive count and its n):
    they are never hidden to protect another item, and a small item that they give
    away or narrow whatever else is hidden (two small answers that are together n minus
    the positive count) is left as it is: suppressed, but as public as the figures it
    follows from. A small item that the rule's words alone pin (a table of 0, 1, 1, 1
    whose sums are small too: »færre end 3« for a row of two cells says both are 1)
    makes the whole table hidden, fixed items apart. Items in ``hide`` are hidden
    from the start, and protected like small ones (a step in time that would give away a small
    flow, see ``flows.py``).
    """
    if not fixed and len(sums) == 1 and set(next(iter(sums.values()))) == set(cells) and cells:
        ((total, _),) = sums.items()  # one sum of every cell: the exact counting audit (one_sum.py)
        statuses = suppress_one_sum(cells, total, threshold, hide)
        values = dict(cells) | {total: sum(cells.values())}
        return {name: Count(value, statuses[name]) for name, value in values.items()}
    if len(cells) + len(sums) > AUDIT_LIMIT:
        raise TooFine(len(cells) + len(sums))
    return suppress_general(cells, sums, threshold, fixed, hide)


def suppress_with_total(cells: Mapping[str, int], total: str, published: Count, threshold: int) -> dict[str, Count]:
    """``cells`` and their sum ``total``, protected, where the sum is also published elsewhere as
    ``published`` (a survey round's responses, per background value here and as a figure of its own
    there). A sum hidden there is hidden here from the start. A sum shown there cannot be hidden
    here: when this table's protection would hide it (one small cell beside a cell the sum would then
    give away), every cell is hidden, none marked small, and the sum stands as published there."""
    hide = frozenset({total}) if published.status == HIDDEN else frozenset()
    counts = suppress(cells, {total: frozenset(cells)}, threshold, hide=hide)
    if published.suppressed or not counts[total].suppressed:
        return counts
    return {name: Count(value, HIDDEN) for name, value in cells.items()} | {total: published}


def suppress_general(
    cells: Mapping[str, int],
    sums: Mapping[str, frozenset[str]],
    threshold: int,
    fixed: frozenset[str] = frozenset(),
    hide: frozenset[str] = frozenset(),
) -> dict[str, Count]:
    """``suppress`` for any table, with the rank and integer-programming audit (``audit.py``).

    A table met before is decided once: in this process (``_decided``: the preview's next build)
    and in the build before, whose tables are kept in the render cache (``decided.py``: a build
    after new data, whose older months are the same tables); this audit takes milliseconds per table."""
    key, statuses = _decided(
        tuple(cells.items()),
        tuple((name, frozenset(members)) for name, members in sums.items()),
        threshold,
        frozenset(fixed),
        frozenset(hide),
    )
    decided.met(key, statuses)
    values = dict(cells) | {name: sum(cells[c] for c in members) for name, members in sums.items()}
    return {name: Count(values[name], status) for name, status in zip(values, statuses, strict=True)}


@functools.lru_cache(maxsize=DECIDED)
def _decided(
    cells: tuple[tuple[str, int], ...],
    sums: tuple[tuple[str, frozenset[str]], ...],
    threshold: int,
    fixed: frozenset[str],
    hide: frozenset[str],
) -> tuple[str, tuple[str, ...]]:
    """The table's digest (``decided.digest``) and each item's status, cells first, then sums: as
    kept by the build before when they fit the table (``_fits``), else audited."""
    key = decided.digest(cells, sums, threshold, fixed, hide)
    kept = decided.kept_for(key)
    table = dict(cells)
    values = table | {name: sum(table[c] for c in members) for name, members in sums}
    if kept is not None and _fits(kept, values, threshold, hide):
        return key, kept
    counts = _audited(table, dict(sums), threshold, fixed, hide)
    return key, tuple(counts[name].status for name in values)


def _fits(statuses: tuple[str, ...], values: dict[str, int], threshold: int, hide: frozenset[str]) -> bool:
    """Whether statuses read back from the render cache can be this table's: one per item, each a
    status, SMALL exactly where the count is small, and every item in ``hide`` suppressed."""
    if len(statuses) != len(values) or not set(statuses) <= {SHOWN, SMALL, HIDDEN}:
        return False
    by_name = dict(zip(values, statuses, strict=True))
    small = all((by_name[name] == SMALL) == (0 < value < threshold) for name, value in values.items())
    return small and all(by_name[name] != SHOWN for name in hide)


def _audited(
    cells: Mapping[str, int],
    sums: Mapping[str, frozenset[str]],
    threshold: int,
    fixed: frozenset[str],
    hide: frozenset[str],
) -> dict[str, Count]:
    order = list(cells)
    values = dict(cells) | {name: sum(cells[c] for c in members) for name, members in sums.items()}
    vectors = {c: tuple(int(c == other) for other in order) for c in order}
    vectors |= {name: tuple(int(c in members) for c in order) for name, members in sums.items()}
    small = {name for name, value in values.items() if 0 < value < threshold}
    hidden = small | hide
    movable = {name for name in values if name not in fixed}
    reader = Reader(vectors, values, small, threshold)
    kept = {name: kept_open(name, values[name], name in small, name in hide, threshold) for name in small | hide}

    def exposed(item: str, suppressed: set[str]) -> bool:
        if in_span(vectors[item], [vectors[n] for n in values if n not in suppressed]):
            return True
        return item in kept and reader.narrowed(item, kept[item], frozenset(suppressed))

    given_away = {name for name in small if reader.pinned_by_words(name, kept[name])}
    if given_away:
        hidden |= movable
    while True:
        in_order = sorted(hidden - given_away, key=lambda n: (values[n], n))
        target = next((n for n in in_order if exposed(n, hidden)), None)
        if target is None:
            break
        if exposed(target, hidden | movable):  # only hiding a fixed item would protect it: leave it
            given_away.add(target)
            continue
        candidates = sorted(
            (n for n in movable if n not in hidden),
            key=lambda n: (values[n] == 0, values[n], n in sums, n),
        )
        hidden |= cheapest_protection(target, candidates, hidden, values, exposed)
    return {
        name: Count(value, SMALL if name in small else HIDDEN if name in hidden else SHOWN)
        for name, value in values.items()
    }


def cheapest_protection(
    target: str,
    candidates: list[str],
    hidden: set[str],
    values: Mapping[str, int],
    exposed: Callable[[str, set[str]], bool],
) -> set[str]:
    """The items to hide next for ``target``: the cheapest one that protects it, else the
    cheapest pair among the cheapest candidates, else the cheapest candidate (and go on)."""
    for name in candidates:
        if not exposed(target, hidden | {name}):
            return {name}
    pairs = sorted(
        itertools.combinations(candidates[:PAIR_SEARCH], 2),
        key=lambda pair: (sum(values[n] for n in pair), pair),
    )
    for pair in pairs:
        if not exposed(target, hidden | set(pair)):
            return set(pair)
    return {candidates[0]}


def determined(
    name: str, cells: Mapping[str, int], sums: Mapping[str, frozenset[str]], counts: Mapping[str, Count]
) -> bool:
    """Whether item ``name`` can be worked out exactly from the items ``counts`` shows (the audit)."""
    order = list(cells)

    def vector(item: str) -> tuple[int, ...]:
        members = sums.get(item, frozenset({item}))
        return tuple(int(c in members) for c in order)

    return in_span(vector(name), [vector(n) for n, c in counts.items() if not c.suppressed])
