"""The structured steps of suppression across units (``across_units.py``): each sum alone, then every
sum together through the table's network, in time that grows with the table, not its cube.

``Protection`` holds the statuses of one table while they grow: ``small`` (1 to threshold-1, fixed),
``flows`` (hidden from the start because a step over time would give away a small flow,
``flows.py``; protected like small ones: each keeps open every value within threshold-1 of its
own that the rule's words allow) and ``hidden`` (every suppressed item, both kinds included).
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable

from .one_sum import PAIR_SEARCH, State, kept_open, possible_values
from .unit_network import Network, bridges
from .unit_search import Searches
from .unit_table import Item, UnitTable

Key = tuple[int, bool, int, int, bool, tuple[bool, str, bool, str]]
Cycle = list[tuple[Item, int]]


def name_key(item: Item) -> tuple[bool, str, bool, str]:
    """A sort key for an item's name (units before the programme, nodes before the total)."""
    return (item[0] is None, item[0] or "", item[1] is None, item[1] or "")


class Protection:
    """The statuses of one table while it is protected."""

    def __init__(self, shape: UnitTable, threshold: int, hide: frozenset[Item] = frozenset()):
        self.shape, self.threshold, self.values = shape, threshold, shape.values
        self.small = frozenset(item for item, value in shape.values.items() if 0 < value < threshold)
        self.flows = frozenset(hide) - self.small  # hidden from the start, protected like small ones
        self.targets = self.small | self.flows  # the items that keep values open
        self.hidden: set[Item] = set(self.targets)
        self.kept: dict[tuple[int, Item], frozenset[int]] = {}  # (line, small item) -> values to keep open
        self.given_away: set[tuple[int, Item]] = set()  # (line, small item) its words pin
        self.unprotectable: set[Item] = set()  # bridges that no cycle can protect
        self.seen: set[tuple[Item, int]] = set()  # (item, value) shown possible by a witness
        self.unwitnessed: set[tuple[Item, int]] = set()  # no cycle of items can show these possible
        self.network = Network(shape.ends)
        self.bounds: dict[Item, tuple[int, int]] = {}  # item -> (least, most) by the words alone
        self.grand = shape.values[(None, None)]
        self.search = Searches(self.network, shape.values, self.small, threshold,
                               {item: self.cost(item) for item in shape.values})  # fmt: skip

    def cost_key(self, item: Item) -> Key:
        """Cheapest first: a unit's item before the programme's, the programme's total last; then
        the smallest count, zeros last, a smaller unit's, a cell before a sum (``across_units.py``)."""
        value = self.values[item]
        is_sum = item[1] is None or item[1] in self.shape.groups
        return (self.rank(item), value == 0, value, self.shape.unit_size(item), is_sum, name_key(item))

    @staticmethod
    def rank(item: Item) -> int:  # 0: a unit's item, 1: a programme's count or group, 2: the programme's total
        return 0 if item[0] is not None else 2 if item[1] is None else 1

    def cost(self, item: Item) -> float:
        """``cost_key`` as a length for the path search: counts add up; a zero costs more than any
        unit's count, a programme's item more than any path of the units' items (but a single
        zero), the programme's total more again."""
        value = self.values[item]
        step = self.grand + 1.0
        base = value + 1.0 if value else step
        is_sum = item[1] is None or item[1] in self.shape.groups
        return base + 4 * step * self.rank(item) + 0.5 * is_sum + 0.25 * self.shape.unit_size(item) / step

    def kept_open(self, item: Item) -> range:
        """The values the rule needs suppressed ``item`` to keep open (``one_sum.kept_open``): 1 to
        threshold-1 for a small one, every value within threshold-1 of its own for a flow."""
        value, small, flow = self.values[item], item in self.small, item in self.flows
        return kept_open(str(item), value, small, flow, self.threshold)

    def structured(self) -> None:
        """Each line alone, witnesses for the small items and no bridges, until nothing more is hidden."""
        self.hidden |= self._words()
        self.bounds = self._bounds()
        dirty = set(range(len(self.shape.lines)))
        while True:
            self._lines(dirty)
            added = self._witnesses()
            added |= self._bridges()
            if not added:
                return
            dirty = {index for item in added for index in self.shape.lines_of[item]}

    # --- each line alone --------------------------------------------------------------------------

    def _state(self, index: int, suppressed: Iterable[Item]) -> State:
        line = self.shape.lines[index]
        if not isinstance(suppressed, set | frozenset):
            suppressed = set(suppressed)
        inside = [p for p in line.parts if p in suppressed]
        shown_sum = self.values[line.parent] - sum(self.values[p] for p in inside)
        return State(line.parent in suppressed, len(inside), sum(p in self.small for p in inside), shown_sum)

    def _possible(self, index: int, item: Item, state: State, wanted: range) -> frozenset[int]:
        parent = self.shape.lines[index].parent
        target = (item == parent, item in self.small)
        return possible_values(state, target, parent in self.small, self.values[parent], self.threshold, wanted)

    def line_exposed(self, index: int, item: Item, suppressed: set[Item], state: State | None = None) -> bool:
        """Whether suppressed ``item`` is given away by line ``index`` alone (as ``one_sum.py``);
        ``state``: the line's with ``suppressed``, if known."""
        state = state or self._state(index, suppressed)
        if state.cells_suppressed + state.total_suppressed == 1:
            return True
        wanted = self.kept.get((index, item))
        if not wanted:
            return False
        return bool(wanted - self._possible(index, item, state, range(min(wanted), max(wanted) + 1)))

    def _words(self) -> set[Item]:
        """Keep, per line, the values its small items and flows must keep open (those its words leave
        open); the items of the lines whose words alone pin a small item, to hide."""
        added: set[Item] = set()
        for index, line in enumerate(self.shape.lines):
            everything = self._state(index, line.items)
            for item in line.items:
                if item in self.targets:
                    wanted = self.kept_open(item)
                    kept = self._possible(index, item, everything, wanted)
                    if item in self.small and len(kept) < 2:
                        self.given_away.add((index, item))
                        added |= set(line.items)
                    else:
                        self.kept[(index, item)] = kept
        return added

    def _target(self, index: int) -> Item | None:
        line = self.shape.lines[index]
        suppressed = {item for item in line.items if item in self.hidden}
        state = self._state(index, suppressed)
        for item in sorted(suppressed, key=lambda i: (self.values[i], name_key(i))):
            if (index, item) not in self.given_away and self.line_exposed(index, item, suppressed, state):
                return item
        return None

    def _protect(self, index: int, target: Item) -> set[Item]:
        """The cheapest shown items of line ``index`` whose suppression protects ``target`` in it."""
        items = self.shape.lines[index].items
        now = {item for item in items if item in self.hidden}
        candidates = sorted((item for item in items if item not in self.hidden), key=self.cost_key)
        if not candidates:
            self.given_away.add((index, target))
            return set()
        for item in candidates:
            if not self.line_exposed(index, target, now | {item}):
                return {item}
        pairs = sorted(
            ((a, b) for i, a in enumerate(candidates[:PAIR_SEARCH]) for b in candidates[i + 1 : PAIR_SEARCH]),
            key=lambda pair: (self.values[pair[0]] + self.values[pair[1]], self.cost_key(pair[0])),
        )
        for pair in pairs:
            if not self.line_exposed(index, target, now | set(pair)):
                return set(pair)
        return {candidates[0]}

    def _lines(self, dirty: set[int]) -> None:
        """Protect every line in ``dirty`` and every line that the items hidden meanwhile are in."""
        queue = sorted(dirty)
        waiting = set(queue)
        while queue:
            index = heapq.heappop(queue)
            waiting.discard(index)
            while (target := self._target(index)) is not None:
                added = self._protect(index, target) - self.hidden
                self.hidden |= added
                for other in {i for item in added for i in self.shape.lines_of[item]} - waiting - {index}:
                    heapq.heappush(queue, other)
                    waiting.add(other)

    # --- every line together ----------------------------------------------------------------------

    def needed(self, item: Item) -> frozenset[int]:
        """The values other than its own that small (or flow) ``item`` must be shown possible for: those the
        words of each of its lines leave open, within the bounds the words of all lines together
        give (none when a line's words pin it)."""
        lines = self.shape.lines_of[item]
        if any((index, item) in self.given_away for index in lines):
            return frozenset()
        low, high = self.bounds[item]
        kept = frozenset.intersection(*(self.kept[(index, item)] for index in lines))
        return frozenset(v for v in kept if low <= v <= high) - {self.values[item]}

    def _bounds(self) -> dict[Item, tuple[int, int]]:
        """The least and most each item can be when every item is suppressed, for a reader who
        knows that a small count is 1 to threshold-1 and every count at least 0: each line's
        bounds carried to the others until none changes. The values outside cannot be asked for
        (no table shows them); the bounds are wide enough (they leave out no table), so a
        witness is still asked for every value the words leave open."""
        endless = self.grand * 2 + self.threshold  # more than any item can be
        bounds = {item: (1, self.threshold - 1) if item in self.small else (0, endless) for item in self.values}
        lines, lines_of = self.shape.lines, self.shape.lines_of
        waiting = deque(range(len(lines)))  # the lines to carry again: each once at first, then those
        queued = set(waiting)  # with an item whose bounds changed (the same bounds as sweeping them all)
        for _ in range(len(lines) ** 2):  # as many as sweeping every line once per line
            if not waiting:
                break
            index = waiting.popleft()
            queued.discard(index)
            line = lines[index]
            low = sum(bounds[p][0] for p in line.parts)
            high = sum(bounds[p][1] for p in line.parts)
            whole = (max(bounds[line.parent][0], low), min(bounds[line.parent][1], high))
            found = {line.parent: whole}
            for part in line.parts:
                others_low, others_high = low - bounds[part][0], high - bounds[part][1]
                found[part] = (max(bounds[part][0], whole[0] - others_high),
                               min(bounds[part][1], whole[1] - others_low))  # fmt: skip
            for item, value in found.items():
                if bounds[item] != value:
                    bounds[item] = value
                    for other in lines_of[item]:
                        if other not in queued:
                            waiting.append(other)
                            queued.add(other)
        return bounds

    def _witnesses(self) -> set[Item]:
        """A witness for every value each small item needs, hiding the cheapest cycle of items that
        makes one where none is; the items hidden."""
        before = set(self.hidden)
        for item in sorted(self.targets, key=lambda i: (self.values[i], name_key(i))):
            for wanted in sorted(self.needed(item), key=lambda v: (-abs(v - self.values[item]), v)):
                if (item, wanted) in self.seen or (item, wanted) in self.unwitnessed:
                    continue
                step = wanted - self.values[item]
                cycle = self._cycle(item, step, {})
                if cycle is not None:
                    self.seen |= _between(item, self.values[item], step)
                    for edge, change in cycle:
                        self.seen |= _between(edge, self.values[edge], change)
                elif not self._steps(item, step):
                    self.unwitnessed.add((item, wanted))
        return self.hidden - before

    def _cycle(self, item: Item, step: int, moved: dict[Item, int]) -> Cycle | None:
        """A cycle of suppressed items that changes ``item`` by ``step`` in the table where the items
        of ``moved`` have those values, else the cheapest one with shown items, which are hidden
        (``unit_search.py``)."""
        cycle = self.search.free_cycle(item, step, self.hidden, moved)
        if cycle is None:
            cycle = self.search.cheapest_cycle(item, step, self.hidden, moved)
            self.hidden |= {edge for edge, _ in cycle or ()}
        return cycle

    def _steps(self, item: Item, step: int) -> bool:
        """A witness for a change no single cycle makes: one person at a time, each around a cycle
        in the table the earlier moves made (hiding more where needed). Whether it was found."""
        moved: dict[Item, int] = {}
        sign = 1 if step > 0 else -1
        for _ in range(abs(step)):
            cycle = self._cycle(item, sign, moved)
            if cycle is None:
                return False
            for edge, change in cycle:
                moved[edge] = moved.get(edge, self.values[edge]) + change
            moved[item] = moved.get(item, self.values[item]) + sign
            self.seen.add((item, moved[item]))
        return True

    def _bridges(self) -> set[Item]:
        """Hide the cheapest cycle through each suppressed item that lies on none (it would be
        worked out exactly); the items hidden."""
        added: set[Item] = set()

        def closing(edge: Item, change: int) -> float | None:
            return 0.0 if edge in self.hidden else self.search.costs[edge]

        while True:
            edges = {item: self.shape.ends[item] for item in self.hidden}
            found = [item for item in bridges(edges) if item not in self.unprotectable]
            if not found:
                return added
            bridge = min(found, key=lambda i: (self.values[i], name_key(i)))
            cycle = self.network.cheapest_cycle(bridge, 1, closing)
            if cycle is None:
                self.unprotectable.add(bridge)
                continue
            new = {edge for edge, _ in cycle} - self.hidden
            self.hidden |= new
            added |= new


def _between(item: Item, value: int, change: int) -> set[tuple[Item, int]]:
    """The values from ``value`` to ``value + change`` of ``item``, but its own: a cycle that takes a
    change below the threshold takes every smaller one of the same sign (a small item's values are
    an interval, a hidden item's at least the threshold; a hidden 0 takes no such change), so it
    witnesses each of them."""
    sign = 1 if change > 0 else -1
    return {(item, value + sign * k) for k in range(1, abs(change) + 1)}
