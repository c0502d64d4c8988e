"""Tables the suppression has decided, kept from one build to the next.

A build after new data meets most of the tables of the build before (the months before the new
ones are the same counts), and the general audit (``suppression.suppress_general``) takes
milliseconds per table: two seconds for the example site's outcome data. So the statuses of each
table decided are kept by a digest of the table (its cells, sums, threshold, fixed and hidden
items: ``digest``), read back at the start of the next build (``remember``) and written after it
(``to_keep``; ``figures/decisions.py`` keeps them in the render cache).

- ``remember(kept)``: the tables of the build before (or a function that reads them, called when
  the first table is looked up: a build that computes nothing never reads them); what a build
  meets is noted from here on.
- ``kept_for(digest)``: the statuses kept for a table, or None.
- ``met(digest, statuses)``: a table this build decided or used.
- ``to_keep(limit)``: what to keep for the next build (this build's tables, then the earlier ones it
  did not meet, at most ``limit``), or None when the build met no table it did not have kept.

What is read back is untrusted: the suppression uses kept statuses only when they fit the table
(``suppression._fits``: one per item, every small count small and no other, every item hidden for
a flow suppressed), and audits the table anew otherwise.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence

Kept = Mapping[str, Sequence[str]]
_KEPT: dict[str, tuple[str, ...]] = {}  # by digest: the statuses the build before kept
_MET: dict[str, tuple[str, ...]] = {}  # by digest: the tables met since ``remember``
_TO_READ: list[Callable[[], Kept]] = []  # what ``remember`` was given to read, until a table is looked up


def digest(
    cells: Sequence[tuple[str, int]],
    sums: Sequence[tuple[str, frozenset[str]]],
    threshold: int,
    fixed: frozenset[str],
    hide: frozenset[str],
) -> str:
    """A table's digest: its cells in order, its sums with their cells, the threshold, its fixed and
    hidden items (every input of the audit)."""
    text = json.dumps(
        [list(cells), [[name, sorted(members)] for name, members in sums], threshold, sorted(fixed), sorted(hide)],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def remember(kept: Kept | Callable[[], Kept]) -> None:
    """Start a build with the tables kept by the build before (or what reads them)."""
    _KEPT.clear()
    _MET.clear()
    _TO_READ.clear()
    _TO_READ.append(kept if callable(kept) else lambda: kept)


def kept_for(key: str) -> tuple[str, ...] | None:
    _read()
    return _KEPT.get(key)


def _read() -> None:
    while _TO_READ:
        _KEPT.update({key: tuple(statuses) for key, statuses in _TO_READ.pop()().items()})


def met(key: str, statuses: tuple[str, ...]) -> None:
    _MET[key] = statuses


def to_keep(limit: int) -> dict[str, list[str]] | None:
    """This build's tables and then the kept ones it did not meet, at most ``limit``; None when
    every table it met was kept already (nothing new to write)."""
    if not _MET:
        return None
    _read()
    if all(_KEPT.get(key) == statuses for key, statuses in _MET.items()):
        return None
    earlier = [(key, statuses) for key, statuses in _KEPT.items() if key not in _MET]
    chosen = [*_MET.items(), *earlier][:limit]
    return {key: list(statuses) for key, statuses in chosen}
