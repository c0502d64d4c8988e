"""The Wilson score interval of a share, and the rule for when one share may be called the highest.

A share of a small base is uncertain: 6 of 10 is 60 %, but the share behind it could well be 31 %
or 83 %. The Wilson interval (Wilson 1927; Brown, Cai & DasGupta 2001) says how far: the range of
true shares that the count does not contradict at 95 %. Unlike the textbook interval (p ± 1,96·se)
it stays inside 0–100 % and keeps its 95 % on small bases and shares near 0 or 100 %.

The comparison of units (``compare_units``) calls one unit the highest (or the lowest) only when
its interval overlaps none of the others' (``stands_apart``): a conservative rule (two intervals
that touch can still differ), so a title never ranks what the bases do not bear out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Z_95 = 1.959963984540054  # the standard normal's 97,5 % quantile: a two-sided 95 % interval


@dataclass(frozen=True)
class Interval:
    """A share's interval, as fractions from 0 to 1."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share a point (touching ends count as overlapping)."""
        return self.low <= other.high and other.low <= self.high


def wilson(positive: int, base: int, z: float = Z_95) -> Interval:
    """The Wilson score interval of ``positive`` out of ``base`` (95 % by default).

    ``base`` must be at least 1 and ``positive`` between 0 and ``base``. At 0 the interval starts at
    exactly 0, at ``base`` it ends at exactly 1."""
    if base < 1 or not 0 <= positive <= base:
        raise ValueError(f"not a share: {positive} of {base}")
    p = positive / base
    z2 = z * z
    centre = (p + z2 / (2 * base)) / (1 + z2 / base)
    half = z * math.sqrt(p * (1 - p) / base + z2 / (4 * base * base)) / (1 + z2 / base)
    low = 0.0 if positive == 0 else max(0.0, centre - half)
    high = 1.0 if positive == base else min(1.0, centre + half)
    return Interval(low, high)


def stands_apart(index: int, intervals: Sequence[Interval]) -> bool:
    """Whether interval ``index`` overlaps none of the others (there must be at least one other)."""
    mine = intervals[index]
    others = [one for i, one in enumerate(intervals) if i != index]
    return bool(others) and not any(mine.overlaps(one) for one in others)
