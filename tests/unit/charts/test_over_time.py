"""Development over time: a point per month end; a growing count thinned so no small intake shows."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from public_results.charts.by_name import chart_view
from public_results.charts.over_time import _spread, thin
from public_results.figures.figure import Pins
from public_results.privacy.suppression import Count

START = dt.date(2020, 1, 31)


def series(values: list[int]) -> list[tuple[dt.date, Count]]:
    return [(START + dt.timedelta(days=31 * i), Count(v)) for i, v in enumerate(values)]


@settings(max_examples=300, deadline=None)
@given(
    steps=st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=30),
    threshold=st.integers(min_value=2, max_value=6),
)
def test_every_step_between_shown_points_of_a_growing_count_is_zero_or_at_least_the_threshold(steps, threshold):
    values = [sum(steps[: i + 1]) for i in range(len(steps))]
    points = series(values)
    kept = thin(points, threshold)
    assert kept[-1] == points[-1]  # the data date is always shown
    assert all(point in points for point in kept) and kept == sorted(kept)  # a subsequence, in order
    for (_, before), (_, after) in itertools.pairwise(kept):
        step = after.value - before.value
        assert step == 0 or step >= threshold


def test_thin_keeps_a_series_whose_steps_are_all_large_or_zero():
    points = series([10, 10, 15, 25])
    assert thin(points, 5) == points
    assert thin(series([10, 12, 16]), 5) == series([10, 12, 16])[0:1] + series([10, 12, 16])[2:]


def test_end_labels_are_moved_apart_and_keep_their_order():
    ends = [{"position": 100.0, "text": "a"}, {"position": 101.0, "text": "b"}, {"position": 40.0, "text": "c"}]
    placed = _spread(ends, top=200.0)
    positions = [p["position"] for p in placed]
    assert [p["text"] for p in placed] == ["c", "a", "b"]
    assert all(later - earlier >= 16.0 for earlier, later in itertools.pairwise(positions))
    assert positions[0] == 40.0  # the lowest stays where its line ends


def test_everyone_since_the_start_is_one_thinned_line_that_says_so(book, settings):
    view = chart_view(book, "forløb.alle.udvikling", Pins(), settings)
    rows = view.csv.rows
    counts = [int(row[1]) for row in rows]
    assert counts == sorted(counts) and rows[-1] == ("2022-02-15", "5")
    assert all(b == a or b - a >= settings.min_count for a, b in itertools.pairwise(counts))
    assert "5" in view.title and view.title.startswith("Alle")
