"""What a reader who knows the rule can tell about a suppressed count: the values it can still take.

A reader has every published number of a table (cells and sums of cells) and the rule's words: every
count is whole and not negative, a SMALL count is 1 to threshold-1 (»færre end 5«) and a HIDDEN
count is 0 or at least the threshold (»et ikke oplyst antal«: anything between would have been
SMALL). A value is *possible* for an item when some table fits all of that with the item at that
value. ``Reader.impossible`` says which of the values asked about are not, and ``Reader.required``
which values the rule itself leaves open (the table with every item suppressed: the least any
publication can tell), so that the audit (``suppression.py``) can ask for exactly these:

- a SMALL item must keep every value from 1 to threshold-1 that the rule leaves open (normally all
  of them: a reader who can prove that a »færre end 5« is 3 or 4 has learnt what the rule does not
  publish);
- an item hidden for a small flow (``hide``: its step from where it was last shown is 1 to
  threshold-1) must keep every value within threshold-1 of its own, that the rule leaves open, so
  that its step from any earlier published value stays as open as a small count.

Each question is answered by a table that shows the value (a *witness*): first the true table with
one cell's people moved to another (cheap), then integer programming (HiGHS, through its own
Python package ``highspy``). Every table found is kept: it answers later questions about any
item, for any set of suppressed items that includes the items it changed. The search caps each
cell at the sum of all cells plus twice the threshold, which can only make the audit stricter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .. import importers

Vector = tuple[int, ...]


class Reader:
    """The possible values of the items of one table (cells and sums) for a reader who knows the rule."""

    def __init__(self, vectors: Mapping[str, Vector], values: Mapping[str, int], small: Iterable[str], threshold: int):
        self.vectors, self.values, self.threshold = dict(vectors), dict(values), threshold
        self.small = frozenset(small)
        self.cells = len(next(iter(self.vectors.values()))) if self.vectors else 0
        self.units = {v.index(1): n for n, v in self.vectors.items() if sum(v) == 1 and max(v) == 1}
        complete = len(self.units) == self.cells
        self.truth = tuple(self.values[self.units[i]] for i in range(self.cells)) if complete else None
        self.ceiling = sum(self.truth or ()) + 2 * threshold
        self.seen: dict[tuple[str, int], list[frozenset[str]]] = {}  # (item, value) -> items changed, per table
        self.unseen: dict[tuple[str, int, frozenset[str]], bool] = {}  # found impossible
        self.last_missing: dict[str, int] = {}
        self.everything = frozenset(self.values)

    def allowed(self, name: str, value: int) -> bool:
        """Whether the rule's words allow ``value`` for suppressed item ``name``."""
        if name in self.small:
            return 0 < value < self.threshold
        return value == 0 or value >= self.threshold

    def impossible(self, target: str, wanted: Iterable[int], suppressed: frozenset[str]) -> frozenset[int]:
        """The values of ``wanted`` that suppressed item ``target`` cannot take when the items in
        ``suppressed`` are suppressed and every other item is shown."""
        return frozenset(u for u in wanted if not self._possible(target, u, suppressed))

    def narrowed(self, target: str, wanted: Iterable[int], suppressed: frozenset[str]) -> bool:
        """Whether ``target`` cannot take some value of ``wanted`` that the rule's words leave open
        (``impossible`` and ``required`` together, stopping at the first such value; the value
        found last time is tried first, as it is the likeliest to be missing again)."""
        values = sorted(wanted, key=lambda u: u != self.last_missing.get(target))
        for value in values:
            if not self._possible(target, value, suppressed) and self._possible(target, value, self.everything):
                self.last_missing[target] = value
                return True
        return False

    def required(self, target: str, wanted: Iterable[int]) -> frozenset[int]:
        """The values of ``wanted`` that the rule's words alone leave open for ``target``."""
        return frozenset(u for u in wanted if self._possible(target, u, self.everything))

    def pinned_by_words(self, target: str, wanted: Iterable[int]) -> bool:
        """Whether the rule's words alone leave ``target`` one value of ``wanted`` (or none)."""
        found = 0
        for value in wanted:
            found += self._possible(target, value, self.everything)
            if found > 1:
                return False
        return True

    def _possible(self, target: str, value: int, suppressed: frozenset[str]) -> bool:
        if value == self.values[target]:  # the true table
            return True
        if any(changed <= suppressed for changed in self.seen.get((target, value), ())):
            return True
        if not self.allowed(target, value) or (target, value, suppressed) in self.unseen:
            return False
        changes = self._shift(target, value, suppressed)
        if changes is not None:
            self._keep_changes(changes)
            return True
        found = self._solve(target, value, suppressed)
        if found is None:
            self.unseen[(target, value, suppressed)] = True
            return False
        self._keep(found)
        return True

    def _keep(self, cells: Vector) -> None:
        """Keep a table that fits (cell values): it shows one value of every item it changes."""
        items = {name: sum(a * b for a, b in zip(vector, cells, strict=True)) for name, vector in self.vectors.items()}
        self._keep_changes({name: value for name, value in items.items() if value != self.values[name]})

    def _keep_changes(self, changes: Mapping[str, int]) -> None:
        """Keep a table that fits, given as the items it changes and their values."""
        changed = frozenset(changes)
        for name, value in changes.items():
            known = self.seen.setdefault((name, value), [])
            if not any(earlier <= changed for earlier in known):
                known.append(changed)

    def _shift(self, target: str, value: int, suppressed: frozenset[str]) -> dict[str, int] | None:
        """The true table with people moved from one suppressed cell to another so that ``target``
        takes ``value`` and every item changed is suppressed and still fits the rule: the items
        changed and their values."""
        if self.truth is None or value == self.values[target]:
            return None
        step = value - self.values[target]
        moved, sign = abs(step), 1 if step > 0 else -1
        free = [i for i, name in self.units.items() if name in suppressed]
        for into in free:
            for out in free:
                if self.truth[out] < moved or self.vectors[target][into] - self.vectors[target][out] != sign:
                    continue
                changes = {
                    name: self.values[name] + moved * (vector[into] - vector[out])
                    for name, vector in self.vectors.items()
                    if vector[into] != vector[out]
                }
                if all(name in suppressed and self.allowed(name, new) for name, new in changes.items()):
                    return changes
        return None

    def _solve(self, target: str, value: int, suppressed: frozenset[str]) -> Vector | None:
        """A table that fits with ``target`` at ``value``, by integer programming; None if none does.

        The columns are the cells (0 to the ceiling) and, for each suppressed item that is not SMALL,
        a switch (0 or 1): the item is 0 when its switch is 0, else at least the threshold. The rows
        are given as a sparse matrix, row by row, straight to HiGHS."""
        np, highspy = importers.numpy(), importers.highspy()
        infinite = highspy.kHighsInf
        switches = sorted(name for name in suppressed if name not in self.small and name in self.values)
        width = self.cells + len(switches)
        starts: list[int] = []
        columns: list[int] = []
        factors: list[float] = []
        lower: list[float] = []
        upper: list[float] = []

        def row(name: str, low: float, high: float, switch: int = -1, factor: int = 0) -> None:
            starts.append(len(columns))
            for column, coefficient in enumerate(self.vectors[name]):
                if coefficient:
                    columns.append(column)
                    factors.append(coefficient)
            if switch >= 0:
                columns.append(self.cells + switch)
                factors.append(factor)
            lower.append(low)
            upper.append(high)

        for name in sorted(self.values):
            if name not in suppressed:
                row(name, self.values[name], self.values[name])
            elif name in self.small:
                row(name, 1, self.threshold - 1)
        for index, name in enumerate(switches):
            row(name, 0, infinite, index, -self.threshold)
            row(name, -infinite, 0, index, -sum(self.vectors[name]) * self.ceiling)
        row(target, value, value)
        solver = highspy.Highs()
        solver.setOptionValue("output_flag", False)
        solver.passModel(
            width, len(lower), len(columns), int(highspy.MatrixFormat.kRowwise), int(highspy.ObjSense.kMinimize), 0.0,
            np.zeros(width), np.zeros(width), np.array([self.ceiling] * self.cells + [1] * len(switches), dtype=float),
            np.array(lower, dtype=float), np.array(upper, dtype=float),
            np.array(starts, dtype=np.int32), np.array(columns, dtype=np.int32), np.array(factors, dtype=float),
            np.ones(width, dtype=np.int32),  # every column whole
        )  # fmt: skip
        solver.run()
        if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:  # infeasible (or not proven feasible)
            return None
        return tuple(round(x) for x in solver.getSolution().col_value[: self.cells])
