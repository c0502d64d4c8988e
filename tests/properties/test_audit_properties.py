"""Properties (Hypothesis) of the audit's exact rank and span test: they agree with numpy's rank on
small integer matrices."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from public_results.privacy.audit import in_span, rank


@settings(deadline=None, max_examples=200)
@given(st.integers(1, 12).flatmap(lambda width: st.lists(st.lists(st.integers(-2, 3), min_size=width,
                                                                   max_size=width), max_size=14)))  # fmt: skip
def test_the_exact_rank_agrees_with_numpy_on_small_integer_matrices(rows):
    expected = int(np.linalg.matrix_rank(np.array(rows, dtype=float))) if rows else 0
    assert rank([tuple(r) for r in rows]) == expected


@settings(deadline=None, max_examples=200)
@given(st.integers(1, 10).flatmap(lambda width: st.tuples(
    st.lists(st.lists(st.integers(-2, 3), min_size=width, max_size=width), max_size=12),
    st.lists(st.integers(-2, 3), min_size=width, max_size=width))))  # fmt: skip
def test_a_vector_is_in_the_span_exactly_when_it_adds_nothing_to_the_rank(basis_and_vector):
    basis, vector = basis_and_vector
    before = int(np.linalg.matrix_rank(np.array(basis, dtype=float))) if basis else 0
    after = int(np.linalg.matrix_rank(np.array([*basis, vector], dtype=float)))
    assert in_span(tuple(vector), [tuple(r) for r in basis]) == (after == before)
