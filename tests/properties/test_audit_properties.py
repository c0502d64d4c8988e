"""Properties (Hypothesis) of the audit's exact rank: it agrees with numpy's on small integer matrices."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from public_results.privacy.audit import rank


@settings(deadline=None, max_examples=200)
@given(st.integers(1, 12).flatmap(lambda width: st.lists(st.lists(st.integers(-2, 3), min_size=width,
                                                                   max_size=width), max_size=14)))  # fmt: skip
def test_the_exact_rank_agrees_with_numpy_on_small_integer_matrices(rows):
    expected = int(np.linalg.matrix_rank(np.array(rows, dtype=float))) if rows else 0
    assert rank([tuple(r) for r in rows]) == expected
