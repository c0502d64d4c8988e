"""Flows on random series (issue 17, finding 3): whatever the history of an item that nobody leaves,
no two of its published values differ by 1 to threshold-1 (``privacy/flows.py``). A quick run in
every loop; the long run is ``slow`` (``make test`` and CI run both)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from public_results.privacy.flows import protect_series
from public_results.privacy.suppression import suppress

pytestmark = pytest.mark.hardening
QUICK, LONG = 12, 50


@st.composite
def histories(draw):
    """3 cells over 4–14 dates: two that only grow (steps 0–7) and one that goes up and down."""
    length = draw(st.integers(4, 14))
    grow = [list(itertools.accumulate(draw(st.lists(st.integers(0, 7), min_size=length, max_size=length))))
            for _ in range(2)]  # fmt: skip
    other = draw(st.lists(st.integers(0, 30), min_size=length, max_size=length))
    forced = draw(st.sets(st.integers(0, length - 1), max_size=3)) | {length - 1}
    return [{"a": grow[0][i], "b": grow[1][i], "c": other[i]} for i in range(length)], forced


def check_no_small_flow(history, threshold: int) -> None:
    values, forced_at = history
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=30 * i) for i in range(len(values))]
    at = dict(zip(days, values, strict=True))
    sums = {"ab": frozenset({"a", "b"}), "alle": frozenset({"a", "b", "c"})}
    flows = {"a", "b", "ab"}  # "alle" too would be, were "c" kept: c comes and goes
    shown = protect_series(
        days, frozenset(days[i] for i in forced_at), lambda d, hide: suppress(at[d], sums, threshold, hide=hide),
        lambda name, _after, _until: name in flows, days[0] - dt.timedelta(days=1), threshold,
    )  # fmt: skip
    assert [d for d, _ in shown] == days
    for name in flows:
        points = [(0)] + [t[name].value for _, t in shown if not t[name].suppressed]
        assert all(not 0 < high - low < threshold for low, high in itertools.combinations(points, 2))


@settings(max_examples=QUICK, deadline=None)
@given(history=histories(), threshold=st.sampled_from([3, 5]))
def test_random_series_give_away_no_small_flow(history, threshold: int) -> None:
    check_no_small_flow(history, threshold)


@pytest.mark.slow
@settings(max_examples=LONG, deadline=None)
@given(history=histories(), threshold=st.sampled_from([3, 5]))
def test_random_series_give_away_no_small_flow_long_run(history, threshold: int) -> None:
    check_no_small_flow(history, threshold)
