"""Preparing the figure book: a dataset kept from an earlier build comes back, unless it must be read again."""

from __future__ import annotations

import datetime as dt

import pytest

from public_results.errors import DataError
from public_results.figures.prepare import keep, prepare_kept


def test_a_kept_dataset_is_read_and_checked_again_when_its_latest_row_is_after_today(settings, tmp_path):
    cache = tmp_path / "figures"
    later = dt.date(2024, 1, 1)
    first = prepare_kept(settings, later, cache)
    first.book.counts("forløb", dt.date(2022, 2, 15))
    keep(first, cache)
    again = prepare_kept(settings, later, cache)
    assert "forløb" in again.book.loaders  # restored, not read
    assert again.book.counts("forløb", dt.date(2022, 2, 15)) == first.book.counts("forløb", dt.date(2022, 2, 15))
    with pytest.raises(DataError) as failed:  # the export holds a row of 2022-02-16: after this »today«
        prepare_kept(settings, dt.date(2022, 2, 15), cache)
    assert any("fremtiden" in problem.what for problem in failed.value.problems)
