"""Data dates that cannot be right: after the newest row of the export (2022-02-16 in the tiny data)."""

from __future__ import annotations

import datetime as dt

from public_results.figures.data_date_check import impossible_in
from public_results.figures.prepare import keep, prepare_kept
from public_results.settings import read_settings

TODAY = dt.date(2024, 1, 1)
DATES = "data_dates: [2021-06-30, 2022-02-15]"


def alerts(make_data, dates: str, today: dt.date = TODAY, cache=None):
    path = make_data({DATES: dates})
    settings = read_settings({"RESULTS_DATA_PATH": str(path.parent)})
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "data_dates" in text)
    return [str(a) for a in impossible_in(prepare_kept(settings, today, cache), today)], line, settings


def test_data_dates_within_the_export_give_no_warning(make_data):
    found, _, _ = alerts(make_data, DATES)
    assert found == []


def test_a_data_date_after_the_newest_row_is_warned_about_at_its_line(make_data):
    found, line, _ = alerts(make_data, "data_dates: [2021-06-30, 2022-03-31]")
    assert found == [
        f"datasets.yaml, linje {line}: datadatoen 31. marts 2022 for »forløb« ligger efter den nyeste dato i "
        "forloeb.csv (16. februar 2022); tallene for datoen ville vise gamle tal, som om de var nye\n"
        "    Sådan retter du det: Ret datoen under »data_dates« i datasets.yaml, "
        "eller brug et nyere udtræk af forloeb.csv, "
        "der når frem til datoen."
    ]


def test_a_data_date_after_today_says_today_and_the_newest_row(make_data):
    found, line, _ = alerts(make_data, "data_dates:\n      - 2021-06-30\n      - 2030-01-31")
    assert found == [
        f"datasets.yaml, linje {line + 2}: datadatoen 31. januar 2030 for »forløb« ligger efter i dag "
        "(1. januar 2024); den nyeste dato i forloeb.csv er 16. februar 2022\n"
        "    Sådan retter du det: Ret datoen under »data_dates« i datasets.yaml, "
        "eller brug et nyere udtræk af forloeb.csv, "
        "der når frem til datoen."
    ]


def test_a_dataset_kept_from_an_earlier_build_is_checked_without_reading_it(make_data, tmp_path):
    cache = tmp_path / "figures"
    first, _, settings = alerts(make_data, "data_dates: [2021-06-30, 2022-03-31]", cache=cache)
    prepared = prepare_kept(settings, TODAY, cache)
    keep(prepared, cache)
    again = prepare_kept(settings, TODAY, cache)
    assert "forløb" in again.book.loaders  # restored: its rows were not read
    assert [str(a) for a in impossible_in(again, TODAY)] == first
