"""The network of a units × categories table (``unit_table.py``): which suppressed items can be worked
out exactly, and the cheapest shown items whose suppression would protect one.

A suppressed item is worked out by adding and subtracting shown numbers exactly when its edge is a
*bridge* of the suppressed edges (on no cycle of them). To protect a bridge, the cheapest path of
shown edges between its two sides is suppressed too, which closes a cycle through it: the classical
network method for two-way tables with margins (a cycle of four cells is the »rectangle« of
τ-ARGUS's hypercube method). The same search, along the edges' directions, finds a *witness* for a
small count: a cycle of suppressed edges around which people can be moved so that the count takes
another value while every shown number stays and every suppressed one stays within the rule's
words — a table a reader cannot tell from the true one.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Hashable, Mapping

Edge = Hashable
Ends = tuple[Hashable, Hashable]


def bridges(edges: Mapping[Edge, Ends]) -> list[Edge]:
    """The edges that lie on no cycle of ``edges`` (parallel edges are a cycle), in no set order."""
    around: dict[Hashable, list[tuple[Hashable, Edge]]] = {}
    for edge, (a, b) in edges.items():
        around.setdefault(a, []).append((b, edge))
        around.setdefault(b, []).append((a, edge))
    order: dict[Hashable, int] = {}
    low: dict[Hashable, int] = {}
    found: list[Edge] = []
    counter = itertools.count()
    for start in around:
        if start in order:
            continue
        order[start] = low[start] = next(counter)
        stack: list[tuple[Hashable, Edge | None, int]] = [(start, None, 0)]  # node, edge in, next neighbour
        while stack:
            node, came_by, index = stack[-1]
            if index < len(around[node]):
                stack[-1] = (node, came_by, index + 1)
                other, edge = around[node][index]
                if edge == came_by:
                    continue
                if other in order:
                    low[node] = min(low[node], order[other])
                else:
                    order[other] = low[other] = next(counter)
                    stack.append((other, edge, 0))
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[node])
                if low[node] > order[parent]:
                    found.append(came_by)
    return found


Price = Callable[[Edge, int], float | None]  # what using an edge for a change costs; None: it cannot


class Network:
    """The items of a table as edges between its sums, each pointing from ``ends[edge][0]`` to
    ``ends[edge][1]``, with the neighbours of every sum kept for the searches."""

    def __init__(self, ends: Mapping[Edge, Ends]):
        self.ends: dict[Edge, Ends] = {}
        self.around: dict[Hashable, list[tuple[Edge, Hashable, int]]] = {}  # sum -> (edge, other end, +1 along)
        self.add(ends)

    def add(self, ends: Mapping[Edge, Ends]) -> None:
        """Add edges (those it has are left as they are)."""
        for edge, (tail, head) in ends.items():
            if edge not in self.ends:
                self.ends[edge] = (tail, head)
                self.around.setdefault(tail, []).append((edge, head, 1))
                self.around.setdefault(head, []).append((edge, tail, -1))

    def cheapest_cycle(self, target: Edge, step: int, price: Price) -> list[tuple[Edge, int]] | None:
        """The cheapest cycle through ``target`` that adds ``step`` to it: the other edges with the
        change each gets (``step`` where the cycle goes along an edge, ``-step`` against it), using
        only edges that ``price`` allows for their change; None when there is no such cycle."""
        start, goal = self.ends[target][1], self.ends[target][0]
        best: dict[Hashable, float] = {start: 0.0}
        came: dict[Hashable, tuple[Hashable, Edge, int]] = {}
        tie = itertools.count()
        queue: list[tuple[float, int, Hashable]] = [(0.0, next(tie), start)]
        done: set[Hashable] = set()
        while queue:
            far, _, node = heapq.heappop(queue)
            if node in done:
                continue
            done.add(node)
            if node == goal:
                break
            for edge, other, along in self.around.get(node, ()):
                if edge == target or other in done:
                    continue
                cost = price(edge, along * step)
                if cost is not None and far + cost < best.get(other, float("inf")):
                    best[other], came[other] = far + cost, (node, edge, along * step)
                    heapq.heappush(queue, (far + cost, next(tie), other))
        return walk_back(came, start, goal) if goal in done else None


def walk_back(
    came: Mapping[Hashable, tuple[Hashable, Edge, int]], start: Hashable, goal: Hashable
) -> list[tuple[Edge, int]]:
    """A cycle's edges with their changes, from ``goal`` back to ``start``, by the edge each node of
    a search was reached by (``came``: node -> the node before it, the edge and its change)."""
    cycle, node = [], goal
    while node != start:
        node, edge, change = came[node]
        cycle.append((edge, change))
    return cycle
