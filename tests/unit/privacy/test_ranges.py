"""No suppressed count narrowed beyond what the rule says (issue 17, »Suppression that survives
differencing«): a SMALL count keeps every value from 1 to threshold-1 that the rule's words leave
open, and a count hidden for a small flow every value within threshold-1 of its own
(``privacy/ranges.py``, used by ``suppression.py`` and, by counting, ``one_sum.py``)."""

from __future__ import annotations

import random

import pytest

from public_results.privacy.audit import narrowed_to, pinned
from public_results.privacy.ranges import Reader
from public_results.privacy.suppression import HIDDEN, SHOWN, SMALL, suppress, suppress_general

pytestmark = pytest.mark.hardening

FOUR = {"a": (1, 0, 0, 0), "b": (0, 1, 0, 0), "c": (0, 0, 1, 0), "d": (0, 0, 0, 1), "total": (1, 1, 1, 1)}
THREE = {"x": (1, 0, 0), "y": (0, 1, 0), "z": (0, 0, 1), "total": (1, 1, 1)}


def test_two_small_cells_of_seven_together_are_each_three_or_four():
    # a 4 and b 3 are »færre end 5«; c and d shown give a + b = 29 - 10 - 12 = 7: each is 3 or 4.
    # Neither has one value (the rule before issue 17 let it pass), but a reader knows more than
    # »færre end 5«.
    values = {"a": 4, "b": 3, "c": 10, "d": 12, "total": 29}
    statuses = {"a": True, "b": True}
    assert narrowed_to("a", FOUR, values, statuses, 5) == {3, 4}
    assert not pinned("a", FOUR, values, statuses, 5)
    assert narrowed_to("a", FOUR, values, statuses | {"c": False}, 5) == {1, 2, 3, 4}


def test_suppression_hides_a_third_cell_so_that_they_can_be_anything_from_one_to_four():
    cells = {"a": 4, "b": 3, "c": 10, "d": 12}
    sums = {"total": frozenset(cells)}
    for protect in (suppress, suppress_general):  # the counting audit and the general one
        result = protect(cells, sums, 5)
        assert {n: c.status for n, c in result.items()} == {
            "a": SMALL, "b": SMALL, "c": HIDDEN, "d": SHOWN, "total": SHOWN,
        }  # fmt: skip


def test_a_hidden_neighbour_of_six_leaves_a_small_one_two_values_so_a_larger_one_is_hidden():
    # Hiding b (6) for a (1): a + b = 7, b is 0 or at least 5, so b is 5 or 6 and a 1 or 2. The
    # cheapest neighbour that leaves a every value is c (a + c = 21: c from 17 to 20).
    values = {"x": 1, "y": 6, "z": 20, "total": 27}  # x, y, z for a, b, c
    assert narrowed_to("x", THREE, values, {"x": True, "y": False}, 5) == {1, 2}
    assert narrowed_to("x", THREE, values, {"x": True, "z": False}, 5) == {1, 2, 3, 4}
    cells = {"a": 1, "b": 6, "c": 20}
    for protect in (suppress, suppress_general):
        result = protect(cells, {"total": frozenset(cells)}, 5)
        assert [n for n, c in result.items() if c.status == HIDDEN] == ["c"]
        assert result["b"].status == SHOWN and result["total"].status == SHOWN


def test_a_count_hidden_for_a_small_flow_is_not_narrowed_to_two_values():
    # x (10) is hidden because it grew by fewer than 3 since it was last shown (``hide``). With the
    # small y (2, »færre end 3«) beside it and z shown, x + y = 32 - 20 = 12: x is 10 or 11, and its
    # step from any earlier value is narrowed to two values. Hiding z as well leaves x open from 8 to 12.
    reader = Reader(THREE, {"x": 10, "y": 2, "z": 20, "total": 32}, {"y"}, 3)
    window = range(8, 13)
    assert reader.impossible("x", window, frozenset({"x", "y"})) == {8, 9, 12}
    assert reader.impossible("x", window, frozenset({"x", "y", "z"})) == frozenset()
    cells = {"x": 10, "y": 2, "z": 20}
    for protect in (suppress, suppress_general):
        result = protect(cells, {"total": frozenset(cells)}, 3, hide=frozenset({"x"}))
        assert {n: c.status for n, c in result.items()} == {"x": HIDDEN, "y": SMALL, "z": HIDDEN, "total": SHOWN}


def test_a_small_cell_the_words_alone_narrow_is_not_asked_for_more():
    # Threshold 5: the group g of a and b is »færre end 5« too, so a reader knows a + b is at most
    # 4 whatever is shown: a is 1 to 3. Publishing the rest narrows it no further.
    cells = {"a": 1, "b": 2, "c": 30, "d": 40}
    sums = {"g": frozenset({"a", "b"}), "total": frozenset(cells)}
    result = suppress(cells, sums, 5)
    assert {n for n, c in result.items() if c.status == SMALL} == {"a", "b", "g"}
    assert not result["total"].suppressed  # 71 − 30 − 40 = 1 + 2 is g itself: nothing new


def test_the_exception_of_the_answer_scale_stays_explicit():
    # A survey question: the positive answers and n are fixed (published whenever the rule allows).
    # n − positive = 6 split over two small answers (3 and 3): each is 2 to 4, as public as the
    # published share; no other answer is hidden for them.
    cells = {"meget": 100, "høj": 60, "nogen": 3, "mindre": 3, "slet": 0}
    sums = {"positive": frozenset({"meget", "høj"}), "n": frozenset(cells)}
    result = suppress(cells, sums, 5, fixed=frozenset(sums))
    assert {n: c.status for n, c in result.items()} == {
        "meget": SHOWN, "høj": SHOWN, "nogen": SMALL, "mindre": SMALL, "slet": SHOWN, "positive": SHOWN, "n": SHOWN,
    }  # fmt: skip


@pytest.mark.parametrize("seed", range(30))
def test_the_counting_audit_chooses_as_the_general_one_with_counts_hidden_for_flows(seed: int) -> None:
    draw = random.Random(seed)
    threshold = draw.choice([3, 5])
    cells = {f"c{i}": draw.choice([0, 1, 2, 3, 5, 6, 9, 12, 30]) for i in range(draw.randint(2, 6))}
    sums = {"total": frozenset(cells)}
    hide = frozenset(draw.sample([*cells, "total"], draw.randint(0, 2)))
    assert suppress(cells, sums, threshold, hide=hide) == suppress_general(cells, sums, threshold, hide=hide)
