"""The walk over a series that hides small flows (``privacy/flows.py``), on series small enough to
follow by hand. The example data's series are checked in ``tests/site/test_example_flows.py``,
random series in ``tests/properties/test_flow_properties.py``."""

from __future__ import annotations

import datetime as dt

import pytest

from public_results.privacy.flows import protect_series, small_steps
from public_results.privacy.suppression import SHOWN, Count, suppress

pytestmark = pytest.mark.hardening
THRESHOLD = 3
START = dt.date(2019, 12, 31)
DAYS = [dt.date(2020, 1, 31), dt.date(2020, 2, 29), dt.date(2020, 3, 31), dt.date(2020, 4, 30)]


def walk(values: list[dict[str, int]], *, forced: frozenset[dt.date] = frozenset(), flows=("a",)):
    """The shown values of each item on each date (None where hidden)."""
    at = dict(zip(DAYS, values, strict=True))
    shown = protect_series(
        DAYS, forced, lambda day, hide: suppress(at[day], {}, THRESHOLD, hide=hide),
        lambda name, _after, _until: name in flows, START, THRESHOLD,
    )  # fmt: skip
    return {name: [None if t[name].suppressed else t[name].value for _, t in shown] for name in values[0]}


def test_a_stock_that_grows_by_two_is_hidden_where_it_grew():
    assert walk([{"a": 10}, {"a": 12}, {"a": 20}, {"a": 20}])["a"] == [10, None, 20, 20]


def test_steps_of_zero_or_at_least_the_threshold_are_all_shown():
    assert walk([{"a": 10}, {"a": 10}, {"a": 13}, {"a": 30}])["a"] == [10, 10, 13, 30]


def test_the_step_is_taken_from_where_the_item_was_last_shown():
    """10 → (12 hidden) → 13: 13 − 10 = 3 is not small, so 13 is shown."""
    assert walk([{"a": 10}, {"a": 12}, {"a": 13}, {"a": 14}])["a"] == [10, None, 13, None]


def test_an_item_that_people_leave_is_not_a_flow():
    """»b« goes up and down: its step is not a count of people who came, so it stays."""
    assert walk([{"a": 10, "b": 10}, {"a": 10, "b": 12}, {"a": 10, "b": 11}, {"a": 10, "b": 12}],
                flows=("a",))["b"] == [10, 12, 11, 12]  # fmt: skip


def test_on_a_data_date_the_month_ends_before_it_give_way():
    """A data date's figure is the briefing's: the month ends before it are hidden instead, back to
    where the data date's step is no longer small. Without the data date, 12 itself is hidden."""
    values = [{"a": 10}, {"a": 11}, {"a": 12}, {"a": 30}]
    assert walk(values)["a"] == [10, None, None, 30]
    assert walk(values, forced=frozenset({DAYS[2]}))["a"] == [None, None, 12, 30]


def test_small_steps_names_only_shown_items_that_stepped_by_a_small_flow():
    shown = [(DAYS[0], {"a": Count(10, SHOWN), "b": Count(5, SHOWN)})]
    table = {"a": Count(12, SHOWN), "b": Count(9, SHOWN)}
    assert small_steps(shown, DAYS[1], table, lambda *_: True, START, THRESHOLD) == frozenset({"a"})
    first = {"a": Count(2, SHOWN)}  # 0 before the start: the first value is itself a flow
    assert small_steps([], DAYS[0], first, lambda *_: True, START, THRESHOLD) == frozenset({"a"})
