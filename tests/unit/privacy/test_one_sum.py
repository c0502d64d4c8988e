"""The one-sum audit (``privacy/one_sum.py``) and the general audit's bound (issue 17, finding 5).

A survey background with many values is one sum (the responses) over many cells. The general
audit needs a rank test and integer programming per check (100 values: 19 s; 10,000: killed after
15 minutes); the one-sum audit counts instead and must give the same statuses.
"""

from __future__ import annotations

import random

import pytest

from public_results.errors import DescriptorError
from public_results.figures.book import _protected
from public_results.privacy.suppression import (
    AUDIT_LIMIT,
    HIDDEN,
    SHOWN,
    SMALL,
    TooFine,
    suppress,
    suppress_general,
)

pytestmark = pytest.mark.hardening


def _background(size: int, seed: int) -> dict[str, int]:
    """``size`` background values, most of them rare (0 to 4 answers), some common."""
    draw = random.Random(seed)
    return {f"værdi {i}": draw.choice([0, 0, 1, 1, 2, 3, 4, 5, 9, 40]) for i in range(size)}


def test_ten_thousand_background_values_are_protected() -> None:
    cells = _background(10_000, seed=17)
    found = suppress(cells, {"besvarelser": frozenset(cells)}, 5)
    small = [n for n, v in cells.items() if 0 < v < 5]
    assert all(found[n].status == SMALL for n in small)
    assert all(found[n].status in {SHOWN, HIDDEN} for n, v in cells.items() if v == 0 or v >= 5)
    suppressed = [n for n in cells if found[n].suppressed]
    # The total is shown, so the suppressed cells add up to a known sum: at least two of them, and
    # that sum leaves each small cell more than one value (1 to 4 each, with this many of them).
    assert not found["besvarelser"].suppressed
    assert len(suppressed) >= 2
    assert sum(cells[n] for n in suppressed) > len(small)


@pytest.mark.parametrize("seed", range(40))
def test_the_counting_audit_chooses_as_the_general_one(seed: int) -> None:
    draw = random.Random(seed)
    threshold = draw.choice([3, 5, 10])
    cells = {f"c{i}": draw.choice([0, 0, 1, 2, 3, 4, 5, 6, 9, 12, 30]) for i in range(draw.randint(1, 7))}
    sums = {"total": frozenset(cells)}
    assert suppress(cells, sums, threshold) == suppress_general(cells, sums, threshold)


def test_a_general_table_past_the_bound_is_refused_at_once() -> None:
    cells = {f"c{i}": 10 + i for i in range(AUDIT_LIMIT)}
    sums = {"alle": frozenset(cells), "halvdel": frozenset(list(cells)[: AUDIT_LIMIT // 2])}
    with pytest.raises(TooFine):
        suppress(cells, sums, 5)
    with pytest.raises(DescriptorError) as refused:
        _protected(cells, sums, 5, frozenset(), "forløb", "statusser og grupper")
    message = str(refused.value)
    assert "»forløb«" in message and str(AUDIT_LIMIT) in message and "datasets.yaml" in message
