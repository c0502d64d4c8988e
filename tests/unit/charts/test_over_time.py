"""Development over time: a point per month end; a point that would show a small intake is [c] (privacy/flows.py)."""

from __future__ import annotations

import itertools

from public_results.charts.by_name import chart_view
from public_results.figures.figure import Pins


def test_everyone_since_the_start_is_one_thinned_line_that_says_so(book, settings):
    view = chart_view(book, "forløb.alle.udvikling", Pins(), settings)
    rows = view.csv.rows
    counts = [int(row[1]) for row in rows if row[1] != "[c]"]
    assert counts == sorted(counts) and rows[-1] == ("2022-02-15", "5")
    assert all(b == a or b - a >= book.threshold for a, b in itertools.pairwise(counts))  # the book protects
    assert "5" in view.title and view.title.startswith("Alle")
