"""The two path searches of suppression across units (``unit_protection.py``), made for speed: a
table of 98 units is searched some hundreds of times while it is protected, and it is protected
about a hundred times for a year of month ends (``flows.py``).

Both searches look for a cycle through a target item that adds ``step`` to it (``unit_network.py``:
each other item of the cycle takes ``step`` where the cycle goes along it, ``-step`` against it):

- ``free_cycle``: a cycle of suppressed items only, each allowed its change by the rule's words (a
  *witness*: the true table with people moved around the cycle fits every shown number);
- ``cheapest_cycle``: the cheapest cycle once shown items may be hidden too (a shown item costs
  its price; it must be able to take its change once hidden), as ``Network.cheapest_cycle`` finds it.

What makes them fast: whether an item's words allow a change does not depend on what is hidden, so
it is worked out once per step for every item (``arcs``) rather than in a price function per edge
visited, and the search without prices is breadth first (with every cost zero, the heap of the
cheapest search takes the sums in the order they were found, so it is the same search).
"""

from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Collection, Mapping

from .unit_network import Network, walk_back
from .unit_table import Item, Node

Cycle = list[tuple[Item, int]]
Arc = tuple[Item, Node, int, bool]  # an item, the sum at its other end, the change it takes, allowed


class Searches:
    """The searches of one table: its network, the items' values, which are small, the threshold
    and each item's price."""

    def __init__(self, network: Network, values: Mapping[Item, int], small: Collection[Item], threshold: int,
                 costs: Mapping[Item, float]):  # fmt: skip
        self.network, self.values, self.small, self.threshold, self.costs = network, values, small, threshold, costs
        self.arcs: dict[int, dict[Node, list[Arc]]] = {}  # step -> sum -> the arcs leaving it
        self.fitting: dict[int, dict[Node, list[Arc]]] = {}  # step -> sum -> the arcs whose words allow it
        self.free: dict[int, tuple[set[Item], dict[Node, list[Arc]]]] = {}  # step -> hidden items, their arcs

    def allowed(self, item: Item, value: int) -> bool:
        """Whether the rule's words allow ``value`` for ``item`` once it is suppressed: 1 to
        threshold-1 for a small item, else 0 or at least the threshold."""
        if item in self.small:
            return 0 < value < self.threshold
        return value == 0 or value >= self.threshold

    def leaving(self, step: int) -> dict[Node, list[Arc]]:
        """For a cycle adding ``step`` to its target: each sum's arcs, in the network's order."""
        if step not in self.arcs:
            values, allowed = self.values, self.allowed
            self.arcs[step] = {
                node: [
                    (edge, other, along * step, allowed(edge, values[edge] + along * step))
                    for edge, other, along in around
                ]
                for node, around in self.network.around.items()
            }
        return self.arcs[step]

    def fitting_arcs(self, step: int) -> dict[Node, list[Arc]]:
        """``leaving(step)`` with only the arcs whose items' words allow their change."""
        if step not in self.fitting:
            self.fitting[step] = {node: [arc for arc in arcs if arc[3]] for node, arcs in self.leaving(step).items()}
        return self.fitting[step]

    def free_cycle(self, target: Item, step: int, hidden: Collection[Item], moved: Mapping[Item, int]) -> Cycle | None:
        """A cycle of ``hidden`` items through ``target`` that adds ``step`` to it, each item taking
        a change its words allow from its value (in ``moved`` if there, else its own); None if none."""
        arcs, allowed = self.leaving(step) if moved else self.hidden_arcs(step, hidden), self.allowed
        start, goal = self.network.ends[target][1], self.network.ends[target][0]
        came: dict[Node, tuple[Node, Item, int]] = {start: (start, target, 0)}
        queue = deque((start,))
        while queue and goal not in came:
            node = queue.popleft()
            for edge, other, change, fits in arcs.get(node, ()):
                if other in came or edge not in hidden or edge == target:
                    continue
                if fits if edge not in moved else allowed(edge, moved[edge] + change):
                    came[other] = (node, edge, change)
                    queue.append(other)
        return walk_back(came, start, goal) if goal in came else None

    def hidden_arcs(self, step: int, hidden: Collection[Item]) -> dict[Node, list[Arc]]:
        """``leaving(step)`` for the ``hidden`` items that may take their change only, kept and
        extended as more are hidden (items are hidden, never shown again, while a table is
        protected), in the order they were hidden."""
        kept, arcs = self.free.setdefault(step, (set(), {}))
        if len(kept) != len(hidden):
            for edge in sorted(set(hidden) - kept, key=repr):
                kept.add(edge)
                (tail, head), value = self.network.ends[edge], self.values[edge]
                for node, other, change in ((tail, head, step), (head, tail, -step)):
                    if self.allowed(edge, value + change):
                        arcs.setdefault(node, []).append((edge, other, change, True))
        return arcs

    def cheapest_cycle(
        self, target: Item, step: int, hidden: Collection[Item], moved: Mapping[Item, int]
    ) -> Cycle | None:
        """The cheapest cycle through ``target`` that adds ``step`` to it, where a ``hidden`` item
        costs nothing and a shown one its price, each taking a change its words allow once hidden
        (from its value in ``moved`` if there); None if none. The cycle ``Network.cheapest_cycle``
        finds with such a price."""
        arcs, allowed, costs = self.leaving(step) if moved else self.fitting_arcs(step), self.allowed, self.costs
        start, goal = self.network.ends[target][1], self.network.ends[target][0]
        best: dict[Node, float] = {start: 0.0}
        came: dict[Node, tuple[Node, Item, int]] = {start: (start, target, 0)}
        queue: list[tuple[float, int, Node]] = [(0.0, 0, start)]
        done: set[Node] = set()
        tie, endless = 0, math.inf
        while queue:
            far, _, node = heapq.heappop(queue)
            if node in done:
                continue
            done.add(node)
            if node == goal:
                break
            for edge, other, change, fits in arcs.get(node, ()):
                usable = allowed(edge, moved[edge] + change) if moved and edge in moved else fits
                if not usable or edge == target or other in done:
                    continue
                cost = far if edge in hidden else far + costs[edge]
                if cost < best.get(other, endless):
                    best[other], came[other] = cost, (node, edge, change)
                    tie += 1
                    heapq.heappush(queue, (cost, tie, other))
        return walk_back(came, start, goal) if goal in done else None
