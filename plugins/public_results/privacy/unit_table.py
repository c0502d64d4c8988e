"""The shape of a table of units × categories: its items, the sums that tie them, and their network.

A programme publishes, for every unit and for the programme as a whole, a count per category, the
sum of each group of categories and the total. An *item* is one such published number, named
``(unit, node)``: ``unit`` is a unit's key or ``None`` for the programme, ``node`` a category, a
group or ``None`` for the total. Groups must nest (two groups are disjoint or one holds the other),
so the categories, groups and the total form a tree.

Every published sum is a *line*: a parent item and the items it adds up (a unit's total over its
categories and top groups, a group over its members, and the programme's item over the units). A
line is a one-sum table, so ``one_sum.py`` tells exactly what it alone gives away.

The lines that are not implied by the others make a *network*: each independent sum is a node,
and each item an edge between the two sums it takes part in (as a part and as a whole; the
programme total and each unit's total meet in the sum »programme total = the units' totals«).
With signs chosen well this is a graph's incidence matrix: each edge points from a sum to the next
one that people added to it are also added to (a unit's cell: from the category's column to the
unit's row; a unit's total: to the programme total; the programme's items: back down to the
columns), so that adding the same number of people to every item of a directed cycle keeps every
sum. The values the suppressed items can take for given shown ones are the true ones plus such
circulations on the suppressed edges: a suppressed item can be worked out exactly by adding and
subtracting shown numbers when, and only when, it lies on no cycle of suppressed edges (it is a
*bridge*; ``unit_network.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

Item = tuple[str | None, str | None]  # (unit or None for the programme, category/group or None for the total)
Node = tuple[str | None, ...]  # a sum of the network: ("row", unit, group) | ("column", category) | ("ground",)
GROUND: Node = ("ground",)


@dataclass(frozen=True)
class Line:
    """A published sum: ``parent`` is the sum of ``parts``."""

    parent: Item
    parts: tuple[Item, ...]

    @property
    def items(self) -> tuple[Item, ...]:
        return (self.parent, *self.parts)


@dataclass(frozen=True)
class UnitTable:
    """Every item of a units × categories table with its value, its lines and its network edge."""

    units: tuple[str, ...]
    categories: tuple[str, ...]
    groups: Mapping[str, frozenset[str]]
    values: Mapping[Item, int]
    lines: tuple[Line, ...]
    lines_of: Mapping[Item, tuple[int, ...]]  # item -> the indices of the lines it is in
    ends: Mapping[Item, tuple[Node, Node]]  # item -> the two sums of the network it joins, tail first

    def leaves(self, node: str | None) -> frozenset[str]:
        """The categories under ``node`` (a category, a group, or None: all of them)."""
        if node is None:
            return frozenset(self.categories)
        return self.groups.get(node, frozenset({node}))

    def unit_size(self, item: Item) -> int:
        """The total of the item's unit (the programme's for a programme item): smaller is cheaper."""
        return self.values[(item[0], None)]


def _parents(categories: tuple[str, ...], groups: Mapping[str, frozenset[str]]) -> dict[str, str | None]:
    """Each category's and group's parent in the tree: the smallest group strictly holding it."""
    known = set(categories)
    for name, members in groups.items():
        if name in known:
            raise ValueError(f"group {name!r} has a category's name")
        if not members or not members <= known:
            raise ValueError(f"group {name!r} must name some of the categories {sorted(known)}")
        if members == known:
            raise ValueError(f"group {name!r} holds every category: it is the total")
    for first in groups:
        for second in groups:
            a, b = groups[first], groups[second]
            if first < second and (a == b or (a & b and not (a <= b or b <= a))):
                raise ValueError(f"groups {first!r} and {second!r} must be disjoint or nested")
    parents: dict[str, str | None] = {}
    for node in (*categories, *groups):
        members = groups.get(node, frozenset({node}))
        holders = [g for g in groups if g != node and members < groups[g]]
        parents[node] = min(holders, key=lambda g: (len(groups[g]), g)) if holders else None
    return parents


def unit_table(table: Mapping[str, Mapping[str, int]], groups: Mapping[str, frozenset[str]]) -> UnitTable:
    """The items, lines and network of ``table`` (unit -> category -> count; a missing category
    counts 0) with ``groups`` of categories. ValueError for negative counts or groups that do not nest."""
    units = tuple(table)
    categories = tuple(dict.fromkeys(c for counts in table.values() for c in counts))
    if not units or not categories:
        raise ValueError("a table of units needs at least one unit and one category")
    if any(v < 0 for counts in table.values() for v in counts.values()):
        raise ValueError("counts cannot be negative")
    groups = {name: frozenset(members) for name, members in groups.items()}
    parents = _parents(categories, groups)
    nodes: list[str | None] = [None, *groups, *categories]
    values: dict[Item, int] = {}
    for unit in (*units, None):
        for node in nodes:
            leaves = frozenset(categories) if node is None else groups.get(node, frozenset({node}))
            chosen = units if unit is None else (unit,)
            values[(unit, node)] = sum(table[u].get(c, 0) for u in chosen for c in leaves)
    lines = [
        Line((unit, parent), tuple((unit, n) for n in (*groups, *categories) if parents[n] == parent))
        for unit in (*units, None)
        for parent in (None, *groups)
    ]
    lines += [Line((None, node), tuple((u, node) for u in units)) for node in nodes]
    lines_of: dict[Item, list[int]] = {item: [] for item in values}
    for index, line in enumerate(lines):
        for item in line.items:
            lines_of[item].append(index)
    ends: dict[Item, tuple[Node, Node]] = {}
    for unit, node in values:
        if node is None:
            whole, part = GROUND, ("row", unit, None)
        elif node in groups:
            whole, part = ("row", unit, parents[node]), ("row", unit, node)
        else:
            whole, part = ("row", unit, parents[node]), ("column", node)
        ends[(unit, node)] = (whole, part) if unit is None else (part, whole)
    return UnitTable(units, categories, groups, values, tuple(lines), {k: tuple(v) for k, v in lines_of.items()}, ends)


def vectors(shape: UnitTable) -> dict[Item, tuple[int, ...]]:
    """Each item as the 0/1 vector of the unit cells it adds up (for the general audit)."""
    order = [(u, c) for u in shape.units for c in shape.categories]
    found = {}
    for unit, node in shape.values:
        leaves = shape.leaves(node)
        found[(unit, node)] = tuple(int((unit is None or u == unit) and c in leaves) for u, c in order)
    return found
