"""Property tests (Hypothesis): the loader's work once per distinct value gives the same problems as
the straightforward per-row way, on random small tables.

- ``validate_outcome`` with ``data.distinct`` against the same function with per-row stand-ins
  (``Series.map``, ``Series.str.strip``, ``Counter``): the same problems in the same order, or the
  same clean events.
- ``scan_table`` against the per-row scan it replaced (each cell visited, written out below).
- The mixed-encoding check (``load_csv._refuse_mixed``) against the line-by-line check it replaced.
- The delimiter's first filled line, looked for in the text's head first, is the first of all lines.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from unittest import mock

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from public_results.danish import words
from public_results.data import load_csv, validate
from public_results.data.descriptor import read_descriptor
from public_results.errors import DataError, Problem
from public_results.privacy import personal_data

ROOT = Path(__file__).resolve().parents[2]
OUTCOME = read_descriptor(ROOT / "data" / "datasets.yaml").datasets["forløb"]
TODAY = dt.date(2026, 1, 1)
FEW = settings(
    max_examples=40, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)

STATUSES = ["Praktik", " praktik ", "Praktk", "Ukendt", "Ukendt ", "", "Afklaring påbegyndt", "Ny", "ny"]
DATES = ["15-02-2022", "2022-02-15", " 2022-02-15 13:45", "01-01-2016", "2030-01-01", "x", "44607", ""]
IDS = ["P1", "P2", " P1", "", "P3", "0101901234"]


def rows_of(cells: list[list[str]], first: int) -> pd.DataFrame:
    return pd.DataFrame(
        cells,
        columns=["BorgerID", "Dato", "Status"],
        index=pd.Index(range(first, first + len(cells)), dtype="int64", name="row"),
        dtype=object,
    )


def per_row_value_rows(values: pd.Series, shown: int) -> list:
    return [
        (value, count, [int(i) for i in values.index[values == value][:shown]])
        for value, count in Counter(values).most_common()
    ]


def outcome_result(table: pd.DataFrame) -> list[Problem] | pd.DataFrame:
    try:
        return validate.validate_outcome(table, OUTCOME, TODAY).events
    except DataError as error:
        return error.problems


@FEW
@given(
    cells=st.lists(st.tuples(*(st.sampled_from(c) for c in (IDS, DATES, STATUSES))).map(list), max_size=60),
    first=st.integers(2, 5),
)
def test_validating_once_per_distinct_value_gives_the_per_row_problems(cells, first):
    table = rows_of(cells, first)
    found = outcome_result(table)
    with mock.patch.multiple(
        validate,
        per_distinct=lambda values, function: values.map(function),
        stripped=lambda values: values.str.strip(),
        value_rows=per_row_value_rows,
    ):
        reference = outcome_result(table)
    if isinstance(reference, pd.DataFrame):
        pd.testing.assert_frame_equal(found, reference)
    else:
        assert found == reference


def per_row_scan(table: pd.DataFrame, file: str) -> list[Problem]:
    """``scan_table`` as it was: every cell visited, in order."""
    problems: list[Problem] = []
    for position, label in enumerate(table.columns):
        header = str(label)
        column = personal_data.mask_personal(header)
        if hits := personal_data.find_personal(header):
            problems.append(personal_data._table_problem(file, 1, column, header, hits, words.PERSONAL_IN_HEADER))
        found = 0
        for row, value in table.iloc[:, position].items():
            text = "" if not isinstance(value, str) and pd.isna(value) else str(value)
            if not (hits := personal_data.cell_hits(text)):
                continue
            found += 1
            if found <= personal_data.NAMED_PER_PLACE:
                problems.append(
                    personal_data._table_problem(file, int(row), column, text, hits, words.PERSONAL_IN_CELL)
                )
        if found > personal_data.NAMED_PER_PLACE:
            problems.append(
                personal_data.too_many(file, found, words.PERSONAL_CELLS_IN_COLUMN, words.PERSONAL_TABLE_FIX, column)
            )
    return problems


CELLS = ["Praktik", "010190-1234", "22 34 56 78", "a@b.dk", "P0001", 103921234, 12.5, float("nan"), None, "", "x 2"]


@FEW
@given(columns=st.lists(st.lists(st.sampled_from(CELLS), min_size=3, max_size=3), min_size=1, max_size=30))
def test_scanning_once_per_distinct_text_gives_the_per_row_problems(columns):
    table = pd.DataFrame(
        columns,
        columns=["Note", "Tlf 22 34 56 78", "ID"],
        index=pd.Index(range(2, 2 + len(columns)), dtype="int64", name="row"),
        dtype=object,
    )
    assert personal_data.scan_table(table, "f.csv") == per_row_scan(table, "f.csv")


def per_line_refuse_mixed(raw: bytes, name: str) -> None:
    """The mixed-encoding check as it was: every line decoded."""
    lines = list(enumerate(raw.split(b"\n"), 1))
    utf8_rows = [n for n, line in lines if not line.isascii() and load_csv._is_utf8(line) and load_csv._plausible(line)]
    odd = [n for n, line in lines if not load_csv._is_utf8(line)]
    if utf8_rows and odd:
        stray_utf8 = len(utf8_rows) < len(odd)
        raise DataError(
            Problem(
                file=name,
                row=utf8_rows[0] if stray_utf8 else odd[0],
                what=words.CSV_STRAY_UTF8_ROW if stray_utf8 else words.CSV_MIXED_ENCODING,
                fix=words.CSV_MIXED_ENCODING_FIX.format(resave=words.CSV_RESAVE[0].lower() + words.CSV_RESAVE[1:]),
            )
        )


def refused(check, raw: bytes) -> list[Problem]:
    try:
        check(raw, "f.csv")
    except DataError as error:
        return error.problems
    return []


LINES = ["Praktik;15-02-2022", "Afklaring påbegyndt", "Å–", "§ 103 – €", "høj; grad", "ŖŖ"]


@FEW
@given(lines=st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(["cp1252", "utf-8"])), max_size=30))
def test_the_mixed_encoding_check_on_distinct_runs_gives_the_per_line_problem(lines):
    raw = b"\r\n".join(text.encode(encoding, errors="replace") for text, encoding in lines)
    assert refused(load_csv._refuse_mixed, raw) == refused(per_line_refuse_mixed, raw)


@FEW
@given(text=st.text(alphabet=" a;\r\n\x0b\x1c\u2028", max_size=40), head=st.integers(1, 12))
def test_the_first_filled_line_found_in_the_head_is_the_first_of_all_lines(text, head):
    expected = next((line for line in text.splitlines() if line.strip()), "")
    assert load_csv._first_filled_line(text, head) == expected
