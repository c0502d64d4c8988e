"""Suppression across units: a programme's totals and its shown units must not give away a unit's
suppressed count (the programme's figure minus the other units').

A programme publishes, per unit and for the programme, a count per category, the sums of groups of
categories and the total (``unit_table.py``). Small counts (1 to threshold-1) are suppressed, and
further items are hidden until none can be worked out (``unit_protection.py``):

1. *Each sum alone* (a *line*: a unit's categories and its total, a group and its members, the
   units' counts and the programme's): the counting audit of ``one_sum.py`` — no suppressed item is
   alone in a line, and a small item keeps every value from 1 to threshold-1 that the line's words
   leave open. The cheapest shown item of the line protects it (a unit's item before the
   programme's and the programme's total last, as the programme's figures are the most read; then
   the smallest count, zeros last, a smaller unit's before a larger unit's, a cell before a sum;
   else a pair, else the cheapest and go on), as ``suppression.suppress`` chooses.
2. *Every sum together*, through the table's network (``unit_network.py``): each small item has,
   for every value its lines' words leave open, a *witness* — the true table with people moved
   around one cycle of suppressed items, which fits every shown number and the words, so a reader
   cannot rule that value out. Where none exists, the cheapest cycle of shown items that makes one
   is hidden. Every hidden item lies on a cycle of suppressed items, so none is worked out exactly
   by adding and subtracting shown numbers (for a network this is exact, not a bound). Steps 1 and
   2 repeat until neither hides anything: the ``NETWORK`` guarantee, at any size (98 units × 12
   categories in a fraction of a second).
3. *Small tables* (at most ``EXACT_ITEMS`` items, the ``EXACT`` guarantee): the general audit
   (``audit.py``, ``ranges.py``) checks the whole table as well and hides more while it finds
   something; it asks only for the values the words of the whole table leave open. Step 2's
   witnesses are real tables, so it finds something only where step 2 gave up (a value no single
   cycle can show).

Items given in ``hide`` (hidden for a small flow, ``flows.py``) are protected like small ones in
every step, each keeping open every value within threshold-1 of its own that the words allow.

A small item whose own line's words pin it (four small cells in a unit of four) gets its whole line
hidden and is not a target there (as ``suppression.suppress`` does for its table).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..plain_data import keepable
from .audit import in_span
from .ranges import Reader
from .suppression import HIDDEN, SHOWN, SMALL, Count, cheapest_protection, shared_count
from .unit_protection import Protection, name_key
from .unit_table import Item, unit_table, vectors

EXACT_ITEMS = 60  # items (cells and sums): tables up to this size also get the general audit
EXACT, NETWORK = "exact", "network"


@keepable
@dataclass(frozen=True)
class UnitsProtected:
    """Every published number of a units × categories table, protected: ``counts`` maps
    ``(unit, node)`` to its ``Count``; unit ``None`` is the programme, node ``None`` the total.
    ``guarantee`` says which audit holds (``EXACT`` or ``NETWORK``, see the module); ``unproven``
    names the small items that the network step found no witness for some value of (for the
    suppression report; none in the tables tried, and always none with ``EXACT``)."""

    counts: Mapping[Item, Count]
    guarantee: str
    unproven: tuple[Item, ...] = ()  # small items with a value the network step could not show possible

    def cell(self, unit: str | None, category: str) -> Count:
        """A unit's count in a category (``None``: the programme's)."""
        return self.counts[(unit, category)]

    def unit_total(self, unit: str | None) -> Count:
        """A unit's total (``None``: the programme's)."""
        return self.counts[(unit, None)]

    def group(self, unit: str | None, group: str) -> Count:
        """A unit's sum of a group of categories (``None``: the programme's)."""
        return self.counts[(unit, group)]

    @property
    def programme_total(self) -> Count:
        return self.counts[(None, None)]


def protect_units(
    table: Mapping[str, Mapping[str, int]],
    threshold: int,
    *,
    groups: Mapping[str, frozenset[str]] | None = None,
    exact_items: int = EXACT_ITEMS,
    hide: frozenset[Item] = frozenset(),
) -> UnitsProtected:
    """``table`` (unit -> category -> count) with every unit's and the programme's counts, group sums
    and totals protected so that no suppressed one can be worked out from the shown ones. ``groups``
    name nested sets of categories; tables of at most ``exact_items`` items get the general audit
    too. Items in ``hide`` are hidden from the start and protected like small ones (a step over time
    that would give away a small flow, ``flows.py``): each keeps open every value within
    threshold-1 of its own that the rule's words allow. ValueError for a table that is not one
    (see ``unit_table``) or an item in ``hide`` that it does not have."""
    if threshold < 1:
        raise ValueError("the threshold must be at least 1")
    shape = unit_table(table, groups or {})
    unknown = set(hide) - set(shape.values)
    if unknown:
        raise ValueError(f"items to hide that the table does not have: {sorted(unknown, key=name_key)}")
    work = Protection(shape, threshold, frozenset(hide))
    work.structured()
    guarantee = NETWORK
    unproven = tuple(sorted({item for item, _ in work.unwitnessed}, key=name_key))
    if len(shape.values) <= exact_items:
        work.hidden = exact(work)
        guarantee, unproven = EXACT, ()
    statuses = {
        item: SMALL if item in work.small else HIDDEN if item in work.hidden else SHOWN for item in shape.values
    }
    counts = {item: shared_count(value, statuses[item]) for item, value in shape.values.items()}
    return UnitsProtected(counts, guarantee, unproven)


def exact(work: Protection) -> set[Item]:
    """The suppressed items once the general audit (every sum together, the rule's words) finds no
    suppressed item worked out and no small one narrowed, hiding more as ``suppression.suppress``."""
    shape = work.shape
    names = {item: f"i{n}" for n, item in enumerate(sorted(shape.values, key=name_key))}
    items = {name: item for item, name in names.items()}
    vectors_of = {names[item]: vector for item, vector in vectors(shape).items()}
    values = {names[item]: value for item, value in shape.values.items()}
    small = {names[item] for item in work.small}
    reader = Reader(vectors_of, values, small, work.threshold)
    kept = {names[item]: work.kept_open(item) for item in work.targets}
    given_away = {name for name in small if reader.pinned_by_words(name, kept[name])}
    hidden = {names[item] for item in work.hidden}

    def exposed(name: str, suppressed: set[str]) -> bool:
        if in_span(vectors_of[name], [vectors_of[n] for n in values if n not in suppressed]):
            return True
        return name in kept and reader.narrowed(name, kept[name], frozenset(suppressed))

    while True:
        in_order = sorted(hidden - given_away, key=lambda n: (values[n], name_key(items[n])))
        target = next((n for n in in_order if exposed(n, hidden)), None)
        if target is None:
            break
        if exposed(target, set(values)):
            given_away.add(target)
            continue
        candidates = sorted((n for n in values if n not in hidden), key=lambda n: work.cost_key(items[n]))
        hidden |= cheapest_protection(target, candidates, hidden, values, exposed)
    return {items[name] for name in hidden}
