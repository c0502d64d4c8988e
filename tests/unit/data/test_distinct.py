"""Per-row work once per distinct value (``data.distinct``): the answers and the rows a message names
are those of the straightforward per-row way, on a value found on many rows included."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pandas as pd
import pytest

from public_results.danish import words
from public_results.data.distinct import per_distinct, stripped, value_rows
from public_results.data.load_csv import decode
from public_results.data.text import normalise
from public_results.data.validate import parse_date, validate_outcome
from public_results.errors import DataError

TODAY = dt.date(2026, 1, 1)


def column(cells: list, first_row: int = 2) -> pd.Series:
    """Cells as a loaded table's column: object dtype, indexed by spreadsheet row."""
    index = pd.Index(range(first_row, first_row + len(cells)), dtype="int64", name="row")
    return pd.Series(cells, index=index, name="Status", dtype=object)


@pytest.mark.parametrize(
    "function",
    [normalise, lambda c: normalise(c) in {"praktik"}, len, parse_date, lambda c: {"a": "x"}.get(c, "")],
    ids=["text", "bool", "int", "date", "lookup"],
)
def test_per_distinct_gives_what_map_gives(function):
    cells = column(["  Praktik", "a", "2022-02-15", "a", "", "  Praktik", "15-02-2022"] * 3)
    pd.testing.assert_series_equal(per_distinct(cells, function), cells.map(function))


def test_per_distinct_calls_the_function_once_per_distinct_text():
    seen = Counter()
    per_distinct(column(["Praktik", "Uddannelse"] * 500), lambda c: seen.update([c]) or c)
    assert seen == Counter({"Praktik": 1, "Uddannelse": 1})


@pytest.mark.parametrize("cells", [[], ["a", np.nan, "a"], ["1", 1, 1.0, True]], ids=["empty", "nan", "numbers"])
def test_a_column_not_all_text_is_mapped_cell_by_cell(cells):
    pd.testing.assert_series_equal(per_distinct(column(cells), str), column(cells).map(str))


@pytest.mark.parametrize("cells", [[" a ", "b", "\tb\n", " a "], ["a", np.nan, 3], []], ids=["text", "mixed", "empty"])
def test_stripped_is_str_strip(cells):
    pd.testing.assert_series_equal(stripped(column(cells)), column(cells).str.strip())


def test_value_rows_counts_and_names_the_first_rows_most_frequent_first():
    cells = column(["b", "a", "c", "a", "b", "a", "c"] + ["d"] * 10, first_row=10)
    assert value_rows(cells, 2) == [("d", 10, [17, 18]), ("a", 3, [11, 13]), ("b", 2, [10, 14]), ("c", 2, [12, 16])]
    reference = [(v, n, [int(i) for i in cells.index[cells == v][:2]]) for v, n in Counter(cells).most_common()]
    assert value_rows(cells, 2) == reference


def test_an_unknown_status_on_many_rows_names_its_count_and_first_five_rows(descriptor):
    outcome = descriptor.datasets["forløb"]
    statuses = ["Praktik"] * 3000
    for position in (7, 100, 2999, 40, 1500, 2000, 600):
        statuses[position] = "Praktk "  # a typo on seven rows spread over the file
    statuses[50] = "Ukendt"
    table = pd.DataFrame(
        {
            "BorgerID": [f"P{i:05d}" for i in range(3000)],
            "Dato": ["2022-02-15"] * 3000,
            "Status": statuses,
        },
        index=pd.Index(range(2, 3002), dtype="int64", name="row"),
        dtype=object,
    )
    with pytest.raises(DataError) as caught:
        validate_outcome(table, outcome, TODAY)
    unknown = [p for p in caught.value.problems if p.what.startswith(words.STATUS_UNKNOWN)]
    assert [(p.row, p.value) for p in unknown] == [(9, "Praktk"), (52, "Ukendt")]  # most frequent first
    assert unknown[0].what == words.UNKNOWN_VALUE.format(
        what=words.STATUS_UNKNOWN, count=7, times=words.TIMES_MANY, rows="9, 42, 102, 602, 1502"
    )
    assert "1 gang, fx række 52" in unknown[1].what


def test_a_date_out_of_range_on_many_rows_names_the_first_five(descriptor):
    outcome = descriptor.datasets["forløb"]
    dates = ["15-02-2022"] * 1000
    for position in (900, 3, 500, 10, 11, 12):
        dates[position] = "01-01-2016"  # before the unit started (2017-03-01)
    dates[20] = "2030-01-01"
    table = pd.DataFrame(
        {"BorgerID": [f"P{i:04d}" for i in range(1000)], "Dato": dates, "Status": ["Praktik"] * 1000},
        index=pd.Index(range(2, 1002), dtype="int64", name="row"),
        dtype=object,
    )
    with pytest.raises(DataError) as caught:
        validate_outcome(table, outcome, TODAY)
    assert [(p.row, p.value) for p in caught.value.problems] == [
        (5, "01-01-2016"),
        (12, "01-01-2016"),
        (13, "01-01-2016"),
        (14, "01-01-2016"),
        (502, "01-01-2016"),
        (22, "2030-01-01"),
    ]


def mixed_file(lines: list[str], odd: dict[int, str]) -> bytes:
    """Lines in Windows-1252, those numbered in ``odd`` (from 1) in ``odd``'s encoding."""
    encoded = [line.encode(odd.get(number, "cp1252")) for number, line in enumerate(lines, 1)]
    return b"\r\n".join(encoded) + b"\r\n"


def test_a_stray_utf8_row_among_many_windows_1252_rows_is_named():
    lines = ["BorgerID;Dato;Status"] + [f"P{i:05d};15-02-2022;Afklaring påbegyndt" for i in range(5000)]
    lines += [f"P{i:05d};15-02-2022;Praktik" for i in range(2000)]  # ASCII rows
    with pytest.raises(DataError) as caught:
        decode(mixed_file(lines, {4321: "utf-8", 6000: "utf-8"}), "forloeb.csv")
    assert (caught.value.problems[0].row, caught.value.problems[0].what) == (4321, words.CSV_STRAY_UTF8_ROW)


def test_a_windows_1252_file_whose_letters_happen_to_be_utf8_somewhere_is_read():
    # »Å–« is valid UTF-8 (»Ŗ«), but no letter of an export: no evidence of a UTF-8 row
    lines = ["Navn;Status"] + ["Å–;Afklaring påbegyndt"] * 300
    assert decode(mixed_file(lines, {}), "fil.csv").splitlines()[1] == "Å–;Afklaring påbegyndt"
