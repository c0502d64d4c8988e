"""Suppression across units (issue 22): named tables of units × categories, the table's shape and
network, and a national programme of 98 units audited by linear algebra that shares nothing with
the plugin (numpy's null space: an item is worked out when it is orthogonal to every change of
the cells that keeps the shown numbers)."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.linalg import null_space

from public_results import plain_data
from public_results.privacy.across_units import EXACT, NETWORK, UnitsProtected, protect_units
from public_results.privacy.suppression import HIDDEN, SHOWN, SMALL, Count, shared_count
from public_results.privacy.unit_network import Network, bridges
from public_results.privacy.unit_table import unit_table

Table = dict[str, dict[str, int]]


def suppressed(result: UnitsProtected) -> dict[tuple[str | None, str | None], str]:
    return {item: count.status for item, count in result.counts.items() if count.suppressed}


def cell_vector(item, units, categories, groups) -> np.ndarray:
    """The 0/1 vector of the unit cells an item adds up, built here from the item's name alone."""
    unit, node = item
    members = set(categories) if node is None else groups.get(node, {node})
    return np.array([float((unit is None or u == unit) and c in members) for u in units for c in categories])


def worked_out(result: UnitsProtected, table: Table, groups=None) -> list:
    """The suppressed items that shown ones determine (independent of the plugin's audit): the
    unknowns are the suppressed cells, and an item is determined when no change of them that keeps
    every shown number changes it."""
    groups = groups or {}
    units, categories = list(table), list(dict.fromkeys(c for row in table.values() for c in row))
    hidden_cells = [result.counts[(u, c)].suppressed for u in units for c in categories]  # the unknowns
    shown = [
        cell_vector(i, units, categories, groups)[hidden_cells] for i, c in result.counts.items() if not c.suppressed
    ]
    shown = [row for row in shown if row.any()]  # a shown cell is known, no constraint on the unknowns
    free = null_space(np.array(shown)) if shown else np.eye(sum(hidden_cells))
    return [
        item
        for item, count in result.counts.items()
        if count.suppressed
        and np.abs(cell_vector(item, units, categories, groups)[hidden_cells] @ free).max(initial=0) < 1e-9
    ]


# --- named tables -----------------------------------------------------------------------------


def test_the_audit_here_finds_a_cell_that_the_programme_gives_away() -> None:
    """The independent audit is not blind: primary suppression alone gives the small cell away."""
    table = {"a": {"x": 30, "y": 40}, "b": {"x": 3, "y": 60}}
    counts = {item: Count(value.value, SMALL if 0 < value.value < 5 else SHOWN)
              for item, value in protect_units(table, 5).counts.items()}  # fmt: skip
    assert worked_out(UnitsProtected(counts, EXACT), table) == [("b", "x")]


def test_one_small_cell_is_protected_by_the_cheapest_rectangle() -> None:
    table = {"a": {"x": 30, "y": 40, "z": 50}, "b": {"x": 3, "y": 60, "z": 70}, "c": {"x": 20, "y": 25, "z": 90}}
    result = protect_units(table, 5)
    assert suppressed(result) == {("b", "x"): SMALL, ("b", "y"): HIDDEN, ("c", "x"): HIDDEN, ("c", "y"): HIDDEN}
    assert result.guarantee == EXACT
    assert result.programme_total == result.counts[(None, None)]
    assert result.programme_total.status == SHOWN and result.cell(None, "x").value == 53
    assert worked_out(result, table) == []


def test_a_unit_below_the_threshold_cannot_be_worked_out_from_the_programme_total() -> None:
    table = {"nord": {"x": 40, "y": 30}, "syd": {"x": 25, "y": 20}, "lille": {"x": 2, "y": 1}}
    result = protect_units(table, 5)
    assert result.unit_total("lille").status == SMALL
    assert {result.cell("lille", c).status for c in ("x", "y")} == {SMALL}
    # the programme total minus the other units' totals would give it: one of them is hidden
    others = [result.unit_total(u) for u in ("nord", "syd")] + [result.programme_total]
    assert any(count.status == HIDDEN for count in others)
    assert worked_out(result, table) == []


def test_a_smaller_units_cell_is_hidden_before_a_larger_units_of_the_same_count() -> None:
    table = {"stor": {"x": 500, "y": 10}, "lille": {"x": 10, "y": 10}, "mini": {"x": 2, "y": 10}}
    result = protect_units(table, 5, exact_items=0)
    assert result.guarantee == NETWORK
    assert set(suppressed(result)) == {("mini", "x"), ("mini", "y"), ("lille", "x"), ("lille", "y")}
    assert result.unit_total("stor").status == SHOWN


def test_four_small_cells_in_a_unit_of_four_hide_the_unit_and_its_partner() -> None:
    """»færre end 5« four times in a total of »færre end 5« says each is 1: the row shows nothing
    more, and every category needs a second hidden unit (the smaller of the others)."""
    table = {
        "nord": {"x": 1, "y": 1, "z": 1, "w": 1},
        "syd": {"x": 30, "y": 40, "z": 50, "w": 60},
        "vest": {"x": 35, "y": 45, "z": 55, "w": 65},
    }
    result = protect_units(table, 5)
    assert {item for item, status in suppressed(result).items() if status == HIDDEN} == {
        ("syd", c) for c in (None, "x", "y", "z", "w")
    }
    assert all(result.cell(None, c).status == SHOWN for c in "xyzw")


def test_groups_are_published_per_unit_and_for_the_programme() -> None:
    table = {
        "a": {"praktik": 12, "løntilskud": 3, "værested": 20},
        "b": {"praktik": 15, "løntilskud": 9, "værested": 30},
    }
    groups = {"job": frozenset({"praktik", "løntilskud"})}
    result = protect_units(table, 5, groups=groups)
    assert result.group("a", "job").value == 15 and result.group(None, "job").value == 39
    assert result.cell("a", "løntilskud").status == SMALL
    assert worked_out(result, table, groups) == []


def test_a_missing_category_counts_zero() -> None:
    result = protect_units({"a": {"x": 10, "y": 10}, "b": {"x": 10}}, 5)
    assert result.cell("b", "y").value == 0 and result.unit_total(None).value == 30


@pytest.mark.parametrize(
    ("groups", "message"),
    [
        ({"g": frozenset({"x", "y"}), "h": frozenset({"y", "z"})}, "disjoint or nested"),
        ({"x": frozenset({"y", "z"})}, "category's name"),
        ({"alle": frozenset({"x", "y", "z", "w"})}, "the total"),
        ({"g": frozenset({"x", "q"})}, "some of the categories"),
    ],
)
def test_groups_that_do_not_nest_are_refused(groups, message) -> None:
    table = {"a": {"x": 10, "y": 10, "z": 10, "w": 10}}
    with pytest.raises(ValueError, match=message):
        protect_units(table, 5, groups=groups)


def test_negative_counts_and_empty_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        protect_units({"a": {"x": -1}}, 5)
    with pytest.raises(ValueError, match="at least one unit"):
        protect_units({}, 5)


def test_the_result_is_kept_as_plain_data() -> None:
    result = protect_units({"a": {"x": 10, "y": 2}, "b": {"x": 10, "y": 10}}, 5)
    assert plain_data.loads(plain_data.dumps(result)) == result


# --- the shape and the network ----------------------------------------------------------------


def test_every_sum_is_a_line_and_each_item_joins_two_sums() -> None:
    shape = unit_table({"a": {"x": 1, "y": 2, "z": 3}, "b": {"x": 4, "y": 5, "z": 6}}, {"g": frozenset({"x", "y"})})
    parents = {line.parent for line in shape.lines}
    # per unit and the programme: the total and the group; per node: the programme's over the units
    assert len(shape.lines) == 3 * 2 + 5
    assert (None, "g") in parents and ("a", "g") in parents
    assert shape.values[(None, "g")] == 12 and shape.values[("b", None)] == 15
    # adding people around a directed cycle keeps every sum: a cell, its unit's group, total, the
    # programme total, the programme's group and cell
    cycle = [("a", "x"), ("a", "g"), ("a", None), (None, None), (None, "g"), (None, "x")]
    for first, second in zip(cycle, cycle[1:] + cycle[:1], strict=True):
        assert shape.ends[first][1] == shape.ends[second][0]


def test_bridges_are_the_edges_on_no_cycle() -> None:
    edges = {
        "ab": ("a", "b"),
        "bc": ("b", "c"),
        "ca": ("c", "a"),
        "cd": ("c", "d"),
        "de": ("d", "e"),
        "de2": ("e", "d"),
    }
    assert set(bridges(edges)) == {"cd"}


def test_a_witness_cycle_moves_people_only_where_the_words_allow() -> None:
    """Adding one to ``target`` (a to b) around a cycle adds one to an edge from b to a and takes
    one from an edge from a to b; an edge is used only for a change its words allow."""
    network = Network({"target": ("a", "b"), "along": ("b", "a"), "against": ("a", "b")})

    def only(allowed: dict[str, int]):
        return lambda edge, change: 0.0 if allowed.get(edge) == change else None

    assert network.cheapest_cycle("target", 1, only({"along": 1, "against": 1})) == [("along", 1)]
    assert network.cheapest_cycle("target", 1, only({"along": -1, "against": -1})) == [("against", -1)]
    assert network.cheapest_cycle("target", 1, only({"along": -1, "against": 1})) is None


# --- national scale -------------------------------------------------------------------------


def national(seed: int, units: int = 98) -> Table:
    """``units`` units of realistic sizes (a few large, many small) over 12 categories."""
    draw = random.Random(seed)
    table = {}
    for unit in range(units):
        size = draw.choice([3, 5, 10, 20, 40, 80, 300]) if unit % 10 else 4000
        table[f"enhed{unit}"] = {f"kategori{c}": int(draw.expovariate(1) * size / 12) for c in range(12)}
    return table


def test_a_national_programme_is_protected_with_no_suppressed_count_worked_out() -> None:
    table = national(seed=22)
    groups = {
        "job": frozenset({"kategori0", "kategori1", "kategori2"}),
        "tilbud": frozenset({"kategori3", "kategori4"}),
    }
    result = protect_units(table, 5, groups=groups)
    assert result.guarantee == NETWORK and result.unproven == ()
    statuses = suppressed(result)
    assert {i for i, s in statuses.items() if s == SMALL} == {i for i, c in result.counts.items() if 0 < c.value < 5}
    shape = unit_table(table, groups)
    for line in shape.lines:  # each sum with a suppressed item has another one
        assert sum(item in statuses for item in line.items) != 1
    assert worked_out(result, table, groups) == []
    assert result.programme_total.status == SHOWN


def test_the_tables_of_many_protections_share_one_count_object_per_value_and_status() -> None:
    table = {"a": {"x": 30, "y": 40, "z": 50}, "b": {"x": 3, "y": 60, "z": 70}, "c": {"x": 20, "y": 25, "z": 90}}
    first, second = protect_units(table, 5), protect_units(table, 5, hide=frozenset({("a", "z")}))
    same = [item for item, count in first.counts.items() if second.counts[item] == count]
    assert len(same) > 5 and all(first.counts[item] is second.counts[item] for item in same)  # each made once
    assert first.counts[("a", "z")] == Count(50, SHOWN) and second.counts[("a", "z")] == Count(50, HIDDEN)
    assert shared_count(3, SMALL) is first.counts[("b", "x")] and shared_count(3, SMALL) == Count(3, SMALL)
