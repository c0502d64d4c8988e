"""Audit: can a reader work out a suppressed count? By subtraction, or by what the rule says."""

from __future__ import annotations

from public_results.privacy.audit import in_span, pinned, rank

TOTAL_OF_THREE = {"a": (1, 0, 0), "b": (0, 1, 0), "c": (0, 0, 1), "total": (1, 1, 1)}


def test_rank_is_exact_for_small_integer_matrices():
    assert rank([(1, 0, 0), (0, 1, 0), (1, 1, 0)]) == 2
    assert rank([(1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1)]) == 3
    assert rank([]) == 0


def test_a_cell_is_in_the_span_of_its_total_and_the_other_cells():
    assert in_span((1, 0, 0), [(1, 1, 1), (0, 1, 0), (0, 0, 1)])
    assert not in_span((1, 0, 0), [(1, 1, 1), (0, 0, 1)])


def test_a_small_cell_next_to_a_hidden_cell_of_exactly_the_threshold_is_pinned():
    # a + b = 6 is known; a is 1–4 (»færre end 5«) and b is 0 or at least 5: only a = 1, b = 5.
    values = {"a": 1, "b": 5, "c": 10, "total": 16}
    assert pinned("a", TOTAL_OF_THREE, values, {"a": True, "b": False}, threshold=5)


def test_a_small_cell_next_to_a_larger_hidden_cell_is_not_pinned():
    # a + b = 11: a can be 1 to 4 (b 10 down to 7).
    values = {"a": 1, "b": 10, "c": 5, "total": 16}
    assert not pinned("a", TOTAL_OF_THREE, values, {"a": True, "b": False}, threshold=5)


def test_two_small_cells_that_add_up_to_two_are_both_one():
    values = {"a": 1, "b": 1, "c": 10, "total": 12}
    assert pinned("a", TOTAL_OF_THREE, values, {"a": True, "b": True}, threshold=5)
    assert not pinned("a", TOTAL_OF_THREE, values, {"a": True, "b": True, "c": False}, threshold=5)


def test_a_small_cell_with_no_published_sum_is_free():
    values = {"a": 3, "b": 9, "c": 0, "total": 12}
    assert not pinned("a", TOTAL_OF_THREE, values, {"a": True, "total": False}, threshold=5)
