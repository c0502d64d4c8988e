"""Fraction phrases are true for every share: an exhaustive sweep of count/base, base by base.

The bases up to 100 run in every loop; 101 to 250 are the long run (``slow``; ``make test`` and CI
run it). The examples of each rule are in tests/unit/danish/test_numbers.py.
"""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from public_results.danish import numbers, words

FRACTIONS = {phrase: Fraction(n * 100, d) for n, d, phrase in words.FRACTIONS}


@pytest.mark.parametrize(
    ("bases", "shares"),
    [
        pytest.param(range(1, 101), 5_150, id="base-1-to-100"),
        pytest.param(range(101, 251), 26_475, id="base-101-to-250", marks=pytest.mark.slow),
    ],
)
def test_every_fraction_phrase_is_true_for_every_share(bases, shares):
    checked = 0
    for base in bases:
        for count in range(base + 1):
            share = Fraction(count * 100, base)
            phrase = numbers.fraction_phrase(count, base)
            more_than = re.fullmatch(r"mere end (.+)", phrase)
            just_under = re.fullmatch(r"knap (.+)", phrase)
            fewer_than = re.fullmatch(r"færre end (.+)", phrase)
            if phrase in FRACTIONS:
                assert abs(share - FRACTIONS[phrase]) <= Fraction(3, 2), (count, base, phrase)
            elif more_than:
                assert share > FRACTIONS[more_than[1]], (count, base, phrase)
            elif just_under:
                assert FRACTIONS[just_under[1]] - 3 <= share < FRACTIONS[just_under[1]], (count, base, phrase)
            elif fewer_than:
                assert share < FRACTIONS[fewer_than[1]], (count, base, phrase)
            elif phrase == "næsten alle":
                assert 97 <= share < 100, (count, base, phrase)
            else:
                assert (phrase, share) in {("alle", 100), ("ingen", 0)}, (count, base, phrase)
            checked += 1
    assert checked == shares  # every (count, base) pair of the range
