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

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy.linalg import null_space

from public_results.privacy.across_units import EXACT, UnitsProtected, protect_units
from public_results.privacy.audit import in_span
from public_results.privacy.ranges import Reader
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
