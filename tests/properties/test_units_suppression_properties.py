"""Properties of suppression across units (issue 22) over random tables of units × categories.

- Small tables (2–4 units × 2–4 categories, maybe a group): the general audit (``audit.py``,
  ``ranges.py``: every sum together and the rule's words) finds no suppressed count worked out and
  no small one narrowed; the network step alone leaves narrowed only what it reports (``unproven``).
- Every table: no suppressed count is worked out by adding and subtracting shown ones — checked by
  linear algebra that shares nothing with the plugin (numpy's null space over the suppressed
  cells) — and a unit below the threshold everywhere is not the programme's total minus the others.
- Big tables (10–98 units × 12 categories, realistic sizes): every sum with a suppressed item has
  another, and small is exactly 1 to threshold-1.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy.linalg import null_space

from public_results.privacy import unit_protection
from public_results.privacy.across_units import EXACT, UnitsProtected, protect_units
from public_results.privacy.audit import in_span
from public_results.privacy.ranges import Reader
from public_results.privacy.unit_network import Network
from public_results.privacy.unit_protection import Protection
from public_results.privacy.unit_search import Searches
from public_results.privacy.unit_table import unit_table, vectors

Table = dict[str, dict[str, int]]
Groups = dict[str, frozenset[str]]
ANY_COUNT = st.one_of(st.integers(0, 6), st.integers(0, 60))  # small counts as common as the rest


@st.composite
def small_tables(draw) -> tuple[Table, Groups, int]:
    """2–4 units × 2–4 categories, with a group of the first two categories in some."""
    units, categories = draw(st.integers(2, 4)), draw(st.integers(2, 4))
    table = {f"u{u}": {f"k{c}": draw(ANY_COUNT) for c in range(categories)} for u in range(units)}
    groups = {"g": frozenset({"k0", "k1"})} if categories >= 3 and draw(st.booleans()) else {}
    return table, groups, draw(st.sampled_from((3, 5)))


def national(seed: int, units: int) -> Table:
    """``units`` units of realistic sizes (one in ten large, many small) over 12 categories."""
    draw = random.Random(seed)
    table = {}
    for unit in range(units):
        size = draw.choice([2, 3, 5, 10, 20, 40, 80, 300]) if unit % 10 else 4000
        table[f"enhed{unit}"] = {f"k{c}": int(draw.expovariate(1) * size / 12) for c in range(12)}
    return table


def cell_vector(item, units, categories, groups) -> np.ndarray:
    unit, node = item
    members = set(categories) if node is None else groups.get(node, {node})
    return np.array([(unit is None or u == unit) and c in members for u in units for c in categories], dtype=float)


def worked_out(result: UnitsProtected, table: Table, groups: Groups) -> list:
    """The suppressed items that the shown ones determine: the unknowns are the suppressed cells; an
    item is determined when no change of them that keeps every shown number changes it."""
    units, categories = list(table), list(dict.fromkeys(c for row in table.values() for c in row))
    unknown = [result.counts[(u, c)].suppressed for u in units for c in categories]
    rows = [cell_vector(i, units, categories, groups)[unknown] for i, c in result.counts.items() if not c.suppressed]
    rows = [row for row in rows if row.any()]
    free = null_space(np.array(rows)) if rows else np.eye(sum(unknown))
    return [
        item
        for item, count in result.counts.items()
        if count.suppressed
        and np.abs(cell_vector(item, units, categories, groups)[unknown] @ free).max(initial=0) < 1e-9
    ]


def narrowed(result: UnitsProtected, table: Table, groups: Groups, threshold: int) -> set:
    """The small items that the general audit finds narrowed: a value from 1 to threshold-1 that the
    rule's words leave open is ruled out by the shown numbers (or the item is in a shown span)."""
    shape = unit_table(table, groups)
    names = {item: f"i{n}" for n, item in enumerate(shape.values)}
    vector_of = {names[item]: v for item, v in vectors(shape).items()}
    values = {names[item]: v for item, v in shape.values.items()}
    small = [names[i] for i, c in result.counts.items() if c.status == "small"]
    hidden = frozenset(names[i] for i, c in result.counts.items() if c.suppressed)
    reader = Reader(vector_of, values, small, threshold)
    found = set()
    for item, count in result.counts.items():
        name = names[item]
        if count.suppressed and in_span(vector_of[name], [vector_of[n] for n in values if n not in hidden]):
            found.add(item)
        if count.status == "small":
            wanted = range(1, threshold)
            if reader.required(name, wanted) & reader.impossible(name, wanted, hidden):
                found.add(item)
    return found


@settings(deadline=None, max_examples=40)
@given(small_tables())
def test_the_general_audit_finds_nothing_in_a_small_table(drawn) -> None:
    table, groups, threshold = drawn
    result = protect_units(table, threshold, groups=groups)
    assert result.guarantee == EXACT
    assert narrowed(result, table, groups, threshold) == set()
    assert worked_out(result, table, groups) == []


@settings(deadline=None, max_examples=40)
@given(small_tables())
def test_the_network_step_alone_narrows_only_what_it_reports(drawn) -> None:
    table, groups, threshold = drawn
    result = protect_units(table, threshold, groups=groups, exact_items=0)
    assert narrowed(result, table, groups, threshold) <= set(result.unproven)
    assert worked_out(result, table, groups) == []


@settings(deadline=None, max_examples=60)
@given(small_tables(), st.lists(st.integers(0, 2), min_size=2, max_size=4))
def test_a_unit_below_the_threshold_everywhere_is_not_the_total_minus_the_others(drawn, tiny) -> None:
    table, groups, threshold = drawn
    categories = list(next(iter(table.values())))
    lille = {c: tiny[i] if i < len(tiny) else 0 for i, c in enumerate(categories)}
    assume(0 < sum(lille.values()) < threshold)
    table = table | {"lille": lille}
    result = protect_units(table, threshold, groups=groups, exact_items=0)
    assert result.unit_total("lille").status == "small"
    assert all((result.cell("lille", c).status == "small") == (v > 0) for c, v in lille.items())
    # neither the programme total minus the other units' totals nor any other sum gives it
    assert not {("lille", c) for c in [None, *categories]} & set(worked_out(result, table, groups))
    others = [result.unit_total(u) for u in table if u != "lille"] + [result.programme_total]
    assert any(count.suppressed for count in others)


@settings(deadline=None, max_examples=8)
@given(st.integers(0, 10**6), st.sampled_from((10, 30, 98)), st.sampled_from((3, 5, 10)))
def test_a_big_table_keeps_the_invariants(seed, units, threshold) -> None:
    table = national(seed, units)
    groups = {"job": frozenset({"k0", "k1", "k2"}), "tilbud": frozenset({"k3", "k4"})}
    result = protect_units(table, threshold, groups=groups)
    statuses = {item: count.status for item, count in result.counts.items()}
    assert {i for i, s in statuses.items() if s == "small"} == {
        i for i, c in result.counts.items() if 0 < c.value < threshold
    }
    for line in unit_table(table, groups).lines:
        assert sum(statuses[item] != "shown" for item in line.items) != 1
    assert worked_out(result, table, groups) == []


# --- the fast searches (``unit_search.py``) against the searches as they were ------------------


class PricedSearches(Searches):
    """The searches as they were before ``unit_search.py``: ``Network.cheapest_cycle`` with a price
    per edge, over a network of the hidden items (the witness) or of every item (to hide)."""

    def free_cycle(self, target, step, hidden, moved):
        now = lambda edge: moved.get(edge, self.values[edge])  # noqa: E731
        suppressed = Network({edge: self.network.ends[edge] for edge in sorted(hidden, key=repr)})
        return suppressed.cheapest_cycle(target, step, lambda e, c: 0.0 if self.allowed(e, now(e) + c) else None)

    def cheapest_cycle(self, target, step, hidden, moved):
        def price(edge, change):
            if edge in hidden:
                return 0.0 if self.allowed(edge, moved.get(edge, self.values[edge]) + change) else None
            return self.costs[edge] if self.allowed(edge, self.values[edge] + change) else None

        return self.network.cheapest_cycle(target, step, price)


@st.composite
def medium_tables(draw) -> tuple[Table, Groups, int]:
    """2–12 units × 2–6 categories of small and larger counts, with a group in some."""
    units, categories = draw(st.integers(2, 12)), draw(st.integers(2, 6))
    table = {f"u{u}": {f"k{c}": draw(ANY_COUNT) for c in range(categories)} for u in range(units)}
    groups = {"g": frozenset({"k0", "k1"})} if categories >= 3 and draw(st.booleans()) else {}
    return table, groups, draw(st.sampled_from((3, 5)))


def keeps_every_sum(shape, cycle, target, step) -> bool:
    """Whether moving people as ``cycle`` says (and ``step`` on ``target``) keeps every line's sum."""
    change = dict(cycle) | {target: step}
    return all(change.get(line.parent, 0) == sum(change.get(p, 0) for p in line.parts) for line in shape.lines)


@settings(deadline=None, max_examples=30)
@given(medium_tables(), st.randoms(use_true_random=False))
def test_the_fast_searches_find_what_the_priced_searches_find(drawn, draw) -> None:
    """For random hidden items, moved values, targets and steps: a witness exists for the fast
    search exactly when for the priced one, it is a real witness (every sum kept, only hidden items,
    each taking a change its words allow), and the cheapest cycle to hide is the same cycle."""
    table, groups, threshold = drawn
    shape = unit_table(table, groups)
    work = Protection(shape, threshold)
    fast = work.search
    priced = PricedSearches(fast.network, fast.values, fast.small, fast.threshold, fast.costs)
    items = sorted(shape.values, key=repr)
    hidden = set(work.small) | set(draw.sample(items, draw.randint(0, len(items))))
    for target in draw.sample(sorted(hidden, key=repr), min(len(hidden), 6)):
        moved = {
            e: max(0, shape.values[e] + draw.randint(-2, 2))
            for e in draw.sample(sorted(hidden, key=repr), min(2, len(hidden)))
        }
        moved = draw.choice(({}, moved))
        for step in (s for s in range(1 - threshold, threshold) if s):
            found = fast.free_cycle(target, step, hidden, moved)
            assert (found is None) == (priced.free_cycle(target, step, hidden, moved) is None)
            if found is not None:
                assert keeps_every_sum(shape, found, target, step)
                assert all(e in hidden and fast.allowed(e, moved.get(e, shape.values[e]) + c) for e, c in found)
            cheapest = fast.cheapest_cycle(target, step, hidden, moved)
            assert cheapest == priced.cheapest_cycle(target, step, hidden, moved)
            if cheapest is not None:
                assert keeps_every_sum(shape, cheapest, target, step)


@settings(deadline=None, max_examples=25)
@given(small_tables())
def test_the_fast_and_the_priced_searches_protect_small_tables_alike(drawn) -> None:
    """The network step with either searches: nothing worked out, only what it reports narrowed, and
    the same suppressed items (the searches decide the same, so the protection is the same)."""
    table, groups, threshold = drawn
    fast = protect_units(table, threshold, groups=groups, exact_items=0)
    with patched_searches(PricedSearches):
        priced = protect_units(table, threshold, groups=groups, exact_items=0)
    for result in (fast, priced):
        assert narrowed(result, table, groups, threshold) <= set(result.unproven)
        assert worked_out(result, table, groups) == []
    assert fast == priced


@contextmanager
def patched_searches(kind: type[Searches]) -> Iterator[None]:
    """``Protection`` with other searches for a while."""
    was = unit_protection.Searches
    unit_protection.Searches = kind
    try:
        yield
    finally:
        unit_protection.Searches = was
