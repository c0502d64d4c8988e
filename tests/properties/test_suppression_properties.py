"""Properties of small-count suppression (quality checks 4 and 5), audited independently.

``protect.suppress`` protects a table of disjoint cells and published sums of cells. These tests
draw random tables (one-dimensional breakdowns, hierarchies of overlapping groups, cross-tables
with margins) and audit every result with code that shares nothing with the plugin:

- a rank audit (numpy): a suppressed item is worked out exactly when its 0/1 indicator vector
  lies in the row space of the shown items' vectors;
- an interval audit (an exact simplex in rational arithmetic, below, sharing no code with the
  plugin's scipy-based audit): the smallest and largest value a suppressed item can take, given the shown values
  and that counts are non-negative, must differ.

One more audit, ``reader_bounds``, also uses what the published rule tells every reader: a SMALL
count is 1 to threshold-1 (»færre end 5«). With it, no small cell may be pinned either (the
plugin's own audit, ``audit.pinned``, also uses that a HIDDEN count is 0 or at least the threshold;
that part is checked by brute force in tests/unit/privacy/test_suppression.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from random import Random

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from public_results.privacy.suppression import HIDDEN, SHOWN, SMALL, Count, single, suppress, suppress_with_total

THRESHOLDS = (3, 5, 10)

Cells = dict[str, int]
Sums = dict[str, frozenset[str]]


# --- Strategies -------------------------------------------------------------------------------

# Small counts (0–6) are as common as the rest, so most tables have something to suppress.
ANY_COUNT = st.one_of(st.integers(0, 6), st.integers(0, 60))
# 0 or at least 10: no cell and no sum of cells is small for any threshold in THRESHOLDS.
LARGE_OR_ZERO = st.one_of(st.just(0), st.integers(10, 60))


@st.composite
def breakdowns(draw, counts=ANY_COUNT) -> tuple[Cells, Sums]:
    """2–8 cells and one sum: their total."""
    values = draw(st.lists(counts, min_size=2, max_size=8))
    cells = {f"c{i}": v for i, v in enumerate(values)}
    return cells, {"total": frozenset(cells)}


@st.composite
def hierarchies(draw, counts=ANY_COUNT) -> tuple[Cells, Sums]:
    """3–10 cells, their total and 1–4 groups: any non-empty subsets (overlapping, equal, single cells)."""
    size = draw(st.integers(3, 10))
    cells = {f"c{i}": draw(counts) for i in range(size)}
    names = list(cells)
    groups = draw(st.lists(st.sets(st.sampled_from(names), min_size=1), min_size=1, max_size=4))
    sums = {"total": frozenset(cells)} | {f"g{i}": frozenset(g) for i, g in enumerate(groups)}
    return cells, sums


@st.composite
def cross_tables(draw, counts=ANY_COUNT) -> tuple[Cells, Sums]:
    """An r×c table (2–4 × 2–4): cells, every row and column margin and the grand total."""
    rows, columns = draw(st.integers(2, 4)), draw(st.integers(2, 4))
    cells = {f"r{i}c{j}": draw(counts) for i in range(rows) for j in range(columns)}
    sums = {f"row{i}": frozenset(f"r{i}c{j}" for j in range(columns)) for i in range(rows)}
    sums |= {f"col{j}": frozenset(f"r{i}c{j}" for i in range(rows)) for j in range(columns)}
    return cells, sums | {"total": frozenset(cells)}


@st.composite
def breakdowns_with_one_small_cell(draw) -> tuple[Cells, Sums, int]:
    """A breakdown with exactly one cell of 1 to threshold-1; the others are 0 or large enough."""
    threshold = draw(st.sampled_from(THRESHOLDS))
    small = draw(st.integers(1, threshold - 1))
    others = draw(st.lists(st.one_of(st.just(0), st.integers(threshold, 60)), min_size=1, max_size=7))
    position = draw(st.integers(0, len(others)))
    values = [*others[:position], small, *others[position:]]
    cells = {f"c{i}": v for i, v in enumerate(values)}
    return cells, {"total": frozenset(cells)}, threshold


ANY_TABLE = st.one_of(breakdowns(), hierarchies(), cross_tables())


# --- Independent audits -----------------------------------------------------------------------


def vector(item: str, cells: Mapping[str, int], sums: Mapping[str, frozenset[str]]) -> list[int]:
    members = sums.get(item, frozenset({item}))
    return [int(c in members) for c in cells]


def value(item: str, cells: Mapping[str, int], sums: Mapping[str, frozenset[str]]) -> int:
    return sum(cells[c] for c in sums.get(item, frozenset({item})))


def rank_determined(item: str, cells: Cells, sums: Sums, result: Mapping[str, Count]) -> bool:
    """Whether ``item`` is a linear combination of the shown items (numpy rank of 0/1 matrices)."""
    shown = [vector(n, cells, sums) for n, c in result.items() if c.status == SHOWN]
    target = np.array([vector(item, cells, sums)])
    if not shown:
        return not target.any()
    basis = np.array(shown)
    return np.linalg.matrix_rank(np.vstack([basis, target])) == np.linalg.matrix_rank(basis)


def _pivot(table: list[list[Fraction]], basis: list[int], r: int, j: int) -> None:
    p = table[r][j]
    table[r] = [x / p for x in table[r]]
    for i in range(len(table)):
        if i != r and table[i][j] != 0:
            f = table[i][j]
            table[i] = [a - f * b for a, b in zip(table[i], table[r], strict=True)]
    basis[r] = j


def _simplex(table: list[list[Fraction]], basis: list[int], costs: Sequence[Fraction], columns: range) -> bool:
    """Maximise costs·y over the tableau in place, entering only ``columns`` (Bland's rule); False if unbounded."""
    while True:
        reduced = {
            j: costs[j] - sum(costs[basis[i]] * table[i][j] for i in range(len(table)))
            for j in columns
            if j not in basis
        }
        entering = next((j for j in sorted(reduced) if reduced[j] > 0), None)
        if entering is None:
            return True
        ratios = [(table[i][-1] / table[i][entering], basis[i], i) for i in range(len(table)) if table[i][entering] > 0]
        if not ratios:
            return False
        _pivot(table, basis, min(ratios)[2], entering)


class Polytope:
    """{y ≥ 0 : rows·y = rhs}, exact: made feasible once (phase 1), then any objective is maximised over it.

    The constraints must be feasible (they are: the true cell values satisfy them).
    """

    def __init__(self, width: int, rows: list[list[Fraction]], rhs: list[Fraction]) -> None:
        n, m = width, len(rows)
        table = []
        for i, (row, b) in enumerate(zip(rows, rhs, strict=True)):
            sign = -1 if b < 0 else 1
            table.append([sign * x for x in row] + [Fraction(int(k == i)) for k in range(m)] + [sign * b])
        basis = [n + i for i in range(m)]
        _simplex(table, basis, [Fraction(0)] * n + [Fraction(-1)] * m, range(n + m))  # drive artificials to 0
        assert all(table[i][-1] == 0 for i in range(len(table)) if basis[i] >= n), "infeasible constraints"
        for r in reversed(range(len(table))):  # move artificials out of the basis; drop redundant rows
            if basis[r] >= n:
                j = next((j for j in range(n) if table[r][j] != 0), None)
                if j is None:
                    del table[r], basis[r]
                else:
                    _pivot(table, basis, r, j)
        # No artificial is basic now and none may enter again: their columns are left out.
        self.width, self.table, self.basis = n, [[*row[:n], row[-1]] for row in table], basis

    def maximise(self, objective: Sequence[Fraction]) -> Fraction | None:
        """max objective·y over the polytope; None if unbounded."""
        table, basis = [row[:] for row in self.table], self.basis[:]
        if not _simplex(table, basis, objective, range(self.width)):
            return None
        return sum((objective[basis[i]] * table[i][-1] for i in range(len(table))), Fraction(0))


def intervals(
    cells: Cells,
    sums: Sums,
    result: Mapping[str, Count],
    bounds: Mapping[str, tuple[int, int | None]] | None = None,
    status: str | None = None,
) -> dict[str, tuple[Fraction, Fraction | None]]:
    """For every suppressed item (of ``status`` only, if given), the least and greatest value it can
    take (None: no upper limit).

    The unknowns are the suppressed cells, each at least 0 unless ``bounds`` gives (lowest, highest);
    every shown item must have its shown value.
    """
    unknown = [c for c in cells if result[c].suppressed]
    low = {c: Fraction(bounds[c][0] if bounds and c in bounds else 0) for c in unknown}
    high = {c: bounds[c][1] if bounds and c in bounds else None for c in unknown}
    # y = x - low ≥ 0; an upper limit becomes a row y_c + s_c = high - low with a slack s_c ≥ 0.
    limited = [c for c in unknown if high[c] is not None]
    width = len(unknown) + len(limited)
    rows, rhs = [], []
    for name, count in result.items():
        members = sums.get(name, frozenset({name}))
        if count.status != SHOWN or not any(c in members for c in unknown):
            continue
        rows.append([Fraction(int(c in members)) for c in unknown] + [Fraction(0)] * len(limited))
        rhs.append(
            count.value - sum(cells[c] for c in members if c not in unknown) - sum(low[c] for c in members & set(low))
        )
    for k, c in enumerate(limited):
        row = [Fraction(0)] * width
        row[unknown.index(c)] = row[len(unknown) + k] = Fraction(1)
        rows.append(row)
        rhs.append(high[c] - low[c])
    found = {}
    polytope = None
    for name, count in result.items():
        if not count.suppressed or (status is not None and count.status != status):
            continue
        polytope = polytope or Polytope(width, rows, rhs)
        members = sums.get(name, frozenset({name}))
        objective = [Fraction(int(c in members)) for c in unknown] + [Fraction(0)] * len(limited)
        known = sum(cells[c] for c in members if c not in unknown) + sum(low[c] for c in members & set(low))
        most = polytope.maximise(objective)
        least = -polytope.maximise([-x for x in objective])
        found[name] = (known + least, None if most is None else known + most)
    return found


def reader_bounds(cells: Cells, result: Mapping[str, Count], threshold: int) -> dict[str, tuple[int, int | None]]:
    """What the published rule tells a reader about a suppressed cell: SMALL is 1 to threshold-1."""
    return {c: (1, threshold - 1) for c in cells if result[c].status == SMALL}


# --- Checks on one result -----------------------------------------------------------------------


def check_protected(cells: Cells, sums: Sums, threshold: int, result: Mapping[str, Count]) -> None:
    assert set(result) == set(cells) | set(sums), "every cell and every sum gets a count"
    for name, count in result.items():
        assert count.value == value(name, cells, sums), f"{name} keeps its true value"
        assert count.status in {SHOWN, SMALL, HIDDEN}
        is_small = 0 < count.value < threshold
        if count.status == SHOWN:
            assert not is_small, f"{name}={count.value} is shown below the threshold {threshold}"
        assert (count.status == SMALL) == is_small, f"{name}={count.value}: SMALL exactly when 1..{threshold - 1}"
        if count.value == 0:
            assert count.status != SMALL, f"{name}: zero is never small"
    for name, count in result.items():
        if count.suppressed:
            assert not rank_determined(name, cells, sums, result), f"{name} can be worked out from the shown items"
    for name, (least, most) in intervals(cells, sums, result).items():
        assert most is None or least < most, f"{name} is pinned to {least} by the shown items and non-negativity"


def run_all_thresholds(cells: Cells, sums: Sums) -> None:
    for threshold in THRESHOLDS:
        check_protected(cells, sums, threshold, suppress(cells, sums, threshold))


# --- The audits can fail: they find what an unprotected table gives away ------------------------


def test_the_audits_find_a_small_cell_worked_out_from_its_total():
    cells, sums = {"a": 2, "b": 7, "c": 9}, {"total": frozenset({"a", "b", "c"})}
    naive = {"a": Count(2, SMALL), "b": Count(7), "c": Count(9), "total": Count(18)}
    assert rank_determined("a", cells, sums, naive)
    assert intervals(cells, sums, naive) == {"a": (2, 2)}
    protected = naive | {"b": Count(7, HIDDEN)}
    assert not rank_determined("a", cells, sums, protected)
    assert intervals(cells, sums, protected) == {"a": (0, 9), "b": (0, 9)}
    assert intervals(cells, sums, protected, {"a": (1, 4)}) == {"a": (1, 4), "b": (5, 8)}


def test_the_interval_audit_uses_non_negativity_where_the_rank_audit_cannot():
    # x + y = 0 published: both are 0, though neither vector is in the span of the shown ones.
    cells = {"x": 0, "y": 0, "z": 8}
    sums = {"xy": frozenset({"x", "y"}), "total": frozenset(cells)}
    result = {"x": Count(0, HIDDEN), "y": Count(0, HIDDEN), "z": Count(8), "xy": Count(0), "total": Count(8)}
    assert not rank_determined("x", cells, sums, result)
    assert intervals(cells, sums, result) == {"x": (0, 0), "y": (0, 0)}


def test_the_interval_audit_sees_a_cell_with_no_published_sum_as_unbounded():
    cells, sums = {"a": 3, "b": 9}, {"ab": frozenset({"a", "b"})}
    result = {"a": Count(3, SMALL), "b": Count(9, HIDDEN), "ab": Count(12, HIDDEN)}
    assert intervals(cells, sums, result) == {"a": (0, None), "b": (0, None), "ab": (0, None)}


# --- Properties ----------------------------------------------------------------------------------


# Each property runs QUICK examples in every loop and its long run (``slow``; make test and CI run
# it) as many as it needs to meet the awkward tables: the examples are drawn anew on every run.
QUICK = settings(deadline=None, max_examples=15)
LONG = settings(deadline=None)


@QUICK
@given(breakdowns())
def test_one_dimensional_breakdowns_are_protected(table):
    run_all_thresholds(*table)


@QUICK
@given(breakdowns())
def test_a_total_published_elsewhere_stays_as_published_and_gives_no_small_cell_away(table):
    # A survey's responses per background value: their total is also the round's own figure.
    cells, sums = table
    (total,) = sums
    for threshold in THRESHOLDS:
        published = single(sum(cells.values()), threshold)
        result = suppress_with_total(cells, total, published, threshold)
        assert result[total] == published
        for name, count in result.items():
            assert count.value == value(name, cells, sums)
            assert not (count.status == SHOWN and 0 < count.value < threshold), f"{name} shown below {threshold}"
            if count.suppressed:
                assert not rank_determined(name, cells, sums, result), f"{name} worked out with the total"
        for name, (least, most) in intervals(cells, sums, result, reader_bounds(cells, result, threshold)).items():
            assert most is None or least < most, f"{name} is pinned to {least}"


@pytest.mark.slow
@settings(LONG, max_examples=75)
@given(breakdowns())
def test_one_dimensional_breakdowns_are_protected_long_run(table):
    run_all_thresholds(*table)


@QUICK
@given(hierarchies())
def test_hierarchies_of_overlapping_groups_are_protected(table):
    run_all_thresholds(*table)


@pytest.mark.slow
@settings(LONG, max_examples=50)
@given(hierarchies())
def test_hierarchies_of_overlapping_groups_are_protected_long_run(table):
    run_all_thresholds(*table)


@settings(QUICK, max_examples=3)
@given(cross_tables())
def test_cross_tables_with_all_margins_are_protected(table):
    run_all_thresholds(*table)


@pytest.mark.slow
@settings(LONG, max_examples=8)
@given(cross_tables())
def test_cross_tables_with_all_margins_are_protected_long_run(table):
    run_all_thresholds(*table)


@settings(deadline=None, max_examples=60)
@given(st.one_of(breakdowns(LARGE_OR_ZERO), hierarchies(LARGE_OR_ZERO), cross_tables(LARGE_OR_ZERO)))
def test_a_table_of_zeros_and_large_counts_shows_everything(table):
    cells, sums = table
    for threshold in THRESHOLDS:
        result = suppress(cells, sums, threshold)
        assert all(c.status == SHOWN for c in result.values()), result


def same_result_twice(table: tuple[Cells, Sums], threshold: int) -> None:
    cells, sums = table
    assert suppress(cells, sums, threshold) == suppress(dict(cells), dict(sums), threshold)


@settings(QUICK, max_examples=8)
@given(ANY_TABLE, st.sampled_from(THRESHOLDS))
def test_the_same_table_gives_the_same_result_twice(table, threshold):
    same_result_twice(table, threshold)


@pytest.mark.slow
@settings(LONG, max_examples=15)
@given(ANY_TABLE, st.sampled_from(THRESHOLDS))
def test_the_same_table_gives_the_same_result_twice_long_run(table, threshold):
    same_result_twice(table, threshold)


# The docstring of suppress does not promise independence of dict order, but quality check 13
# (byte-identical builds) and check 6 (the same cell suppressed everywhere) rely on it; today it
# holds because every choice is sorted by (value, kind, name) and rank ignores row/column order.
def order_does_not_matter(table: tuple[Cells, Sums], threshold: int, random: Random) -> None:
    cells, sums = table
    cell_names, sum_names = list(cells), list(sums)
    random.shuffle(cell_names)
    random.shuffle(sum_names)
    shuffled = suppress({c: cells[c] for c in cell_names}, {s: sums[s] for s in sum_names}, threshold)
    assert shuffled == suppress(cells, sums, threshold)


@settings(QUICK, max_examples=8)
@given(ANY_TABLE, st.sampled_from(THRESHOLDS), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_the_order_of_cells_or_sums(table, threshold, random):
    order_does_not_matter(table, threshold, random)


@pytest.mark.slow
@settings(LONG, max_examples=15)
@given(ANY_TABLE, st.sampled_from(THRESHOLDS), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_the_order_of_cells_or_sums_long_run(table, threshold, random):
    order_does_not_matter(table, threshold, random)


@settings(deadline=None, max_examples=100)
@given(breakdowns_with_one_small_cell())
def test_one_small_cell_in_a_breakdown_hides_just_the_smallest_other_cell(case):
    cells, sums, threshold = case
    result = suppress(cells, sums, threshold)
    (small,) = (c for c in cells if 0 < cells[c] < threshold)
    others = [cells[c] for c in cells if c != small and cells[c] > 0]
    if not others:  # the total is the small cell itself, so it is SMALL too and nothing more is needed
        assert {n for n, c in result.items() if c.suppressed} == {small, "total"}
        return
    assert result[small].status == SMALL
    hidden = {n for n, c in result.items() if c.status == HIDDEN}
    # Hiding another cell h leaves small + h known; a reader who knows that h is 0 or at least the
    # threshold t can still give the small cell every value from 1 to t-1 only when h is at least
    # 2t-1 minus the small cell (h = small + h - (t-1) must be allowed too). The cheapest such cell is
    # hidden; when none is that large, more goes (the total, or a pair).
    large_enough = [v for v in others if v + cells[small] >= 2 * threshold - 1]
    if large_enough:
        assert result["total"].status == SHOWN
        assert len(hidden) == 1, result
        assert cells[hidden.pop()] == min(large_enough)
    else:
        assert hidden, result


# A reader who knows that SMALL means 1 to threshold-1 could pin a small cell that the rank audit
# alone leaves open; these examples are the ones that did before the interval audit:
#   - two small cells of 1 in a breakdown: their sum 2 is total minus the shown cells, so both are 1;
#   - two small cells of threshold-1 (4 + 4 = 8 with threshold 5): both are 4;
#   - a small cell of 1 that sits in exactly the same sums as a cell of 0.


def reader_cannot_pin_a_small_cell(table: tuple[Cells, Sums]) -> None:
    cells, sums = table
    for threshold in THRESHOLDS:
        result = suppress(cells, sums, threshold)
        found = intervals(cells, sums, result, reader_bounds(cells, result, threshold), status=SMALL)
        assert set(found) == {name for name, count in result.items() if count.status == SMALL}
        for name, (least, most) in found.items():
            assert most is None or least < most, f"{name}={cells.get(name)} pinned at threshold {threshold}"


@QUICK
@given(ANY_TABLE)
@example(({"a": 1, "b": 1, "c": 10}, {"total": frozenset({"a", "b", "c"})}))
@example(({"a": 4, "b": 4, "c": 10}, {"total": frozenset({"a", "b", "c"})}))
@example(
    (
        {"a": 1, "z": 0, "b": 10, "c": 10},
        {"total": frozenset("azbc"), "g1": frozenset("azb"), "g2": frozenset("azc")},
    )
)
def test_a_reader_who_knows_the_rule_cannot_pin_a_small_cell(table):
    reader_cannot_pin_a_small_cell(table)


@pytest.mark.slow
@settings(LONG, max_examples=50)
@given(ANY_TABLE)
def test_a_reader_who_knows_the_rule_cannot_pin_a_small_cell_long_run(table):
    reader_cannot_pin_a_small_cell(table)


@pytest.mark.hardening
@settings(max_examples=150, deadline=None)
@given(table=breakdowns(), threshold=st.sampled_from(THRESHOLDS))
def test_one_sum_tables_get_what_the_general_audit_gives(table: tuple[Cells, Sums], threshold: int) -> None:
    """The counting audit for one sum (``one_sum.py``) and the general audit agree on every table."""
    from public_results.privacy.suppression import suppress_general  # noqa: PLC0415 - only here

    cells, sums = table
    assert suppress(cells, sums, threshold) == suppress_general(cells, sums, threshold)


# --- No SMALL cell narrowed: every value from 1 to threshold-1 stays possible (issue 17) -----------
#
# A reader who knows the rule must not learn more about a SMALL cell than »færre end t« says: for
# every value from 1 to t-1 some table fits every shown number and the words for every suppressed
# item (SMALL 1 to t-1, HIDDEN 0 or at least t), unless the words alone rule the value out (a SMALL
# sum of two SMALL cells). Checked by a depth-first search over the suppressed cells that shares
# nothing with the plugin's audit (``privacy/ranges.py``: moves and integer programming).


def fits_with(cells: Cells, sums: Sums, statuses: Mapping[str, str], threshold: int, target: str, wanted: int) -> bool:
    """Whether some table gives ``target`` the value ``wanted`` and fits ``statuses`` (SHOWN: the true
    value; SMALL: 1 to threshold-1; HIDDEN: 0 or at least the threshold), cells capped at the sum of
    all cells plus twice the threshold (as the plugin's audit)."""
    cap = sum(cells.values()) + 2 * threshold
    unknown = [c for c in cells if statuses[c] != SHOWN]
    items = {name: sums.get(name, frozenset({name})) for name in statuses}

    def allowed(name: str, total: int) -> bool:
        if statuses[name] == SHOWN:
            return total == value(name, cells, sums)
        if statuses[name] == SMALL:
            return 0 < total < threshold
        return total == 0 or total >= threshold

    def partial_ok(name: str, total: int) -> bool:  # some cells still open: totals only grow
        if statuses[name] == SHOWN:
            return total <= value(name, cells, sums)
        return not (statuses[name] == SMALL and total >= threshold)

    def search(index: int, guess: dict[str, int]) -> bool:
        if index == len(unknown):
            return all(allowed(n, sum(guess[c] for c in m)) for n, m in items.items())
        cell = unknown[index]
        options = [wanted] if cell == target else range(cap + 1)
        for option in options:
            guess[cell] = option
            open_cells = set(unknown[index + 1 :])
            if all(
                (allowed if not (m & open_cells) else partial_ok)(n, sum(guess[c] for c in m if c not in open_cells))
                for n, m in items.items()
            ) and search(index + 1, guess):
                return True
        guess[cell] = cells[cell]
        return False

    return search(0, {c: cells[c] for c in cells})


def no_small_cell_narrowed(table: tuple[Cells, Sums], threshold: int) -> None:
    cells, sums = table
    result = suppress(cells, sums, threshold)
    statuses = {name: count.status for name, count in result.items()}
    everything = {name: SMALL if count.status == SMALL else HIDDEN for name, count in result.items()}
    for cell in (c for c in cells if result[c].status == SMALL):
        for wanted in range(1, threshold):
            if not fits_with(cells, sums, statuses, threshold, cell, wanted):
                assert not fits_with(cells, sums, everything, threshold, cell, wanted), (
                    f"{cell}={cells[cell]} cannot be {wanted} for a reader at threshold {threshold}: {result}"
                )


SMALL_TABLES = st.one_of(
    breakdowns(st.integers(0, 12)), hierarchies(st.integers(0, 9)).filter(lambda t: len(t[0]) <= 5)
)


@pytest.mark.hardening
@settings(deadline=None, max_examples=12)
@given(SMALL_TABLES, st.sampled_from((3, 5)))
@example(({"a": 1, "b": 6, "c": 20}, {"total": frozenset("abc")}), 5)  # b alone: a + b = 7, a is 1 or 2
@example(({"a": 3, "b": 3, "c": 10, "d": 12}, {"total": frozenset("abcd")}), 5)  # a + b = 6: 2 to 4
def test_no_small_cell_is_narrowed_below_the_rules_range(table, threshold):
    no_small_cell_narrowed(table, threshold)


@pytest.mark.slow
@settings(LONG, max_examples=40)
@given(SMALL_TABLES, st.sampled_from((3, 5)))
def test_no_small_cell_is_narrowed_below_the_rules_range_long_run(table, threshold):
    no_small_cell_narrowed(table, threshold)


def test_the_search_finds_a_small_cell_narrowed_by_a_hidden_neighbour():
    # The protection the rule gave before issue 17: b (6) hidden for a (1). a + b = 7 and b is 0 or
    # at least 5, so a is 1 or 2 and b 5 or 6. With c hidden as well, a is anything from 1 to 4.
    cells, sums = {"a": 1, "b": 6, "c": 20}, {"total": frozenset("abc")}
    statuses = {"a": SMALL, "b": HIDDEN, "c": SHOWN, "total": SHOWN}
    assert [v for v in range(1, 5) if fits_with(cells, sums, statuses, 5, "a", v)] == [1, 2]
    statuses |= {"c": HIDDEN}
    assert [v for v in range(1, 5) if fits_with(cells, sums, statuses, 5, "a", v)] == [1, 2, 3, 4]
