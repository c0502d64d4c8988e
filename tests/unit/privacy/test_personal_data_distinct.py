"""``scan_table`` searches each distinct text of a column once, and still names the rows a person finds:
the first NAMED_PER_PLACE cells holding personal data in the file's order, then the count."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from public_results.danish import words
from public_results.privacy import personal_data
from public_results.privacy.personal_data import NAMED_PER_PLACE, scan_table


def table(columns: dict[str, list]) -> pd.DataFrame:
    """A loaded table: the header is spreadsheet row 1, so the rows are numbered from 2."""
    rows = len(next(iter(columns.values())))
    return pd.DataFrame(columns, index=pd.Index(range(2, 2 + rows), dtype="int64", name="row"), dtype=object)


def test_one_cpr_number_on_many_rows_names_its_first_rows_and_counts_them_all():
    notes = ["Alt gik godt"] * 4000
    for position in (3999, 12, 700, 5, 2500, 13, 1999):
        notes[position] = "Ring på 010190-1234"
    problems = scan_table(table({"BorgerID": [f"P{i:05d}" for i in range(4000)], "Note": notes}), "svar.csv")
    assert [(p.row, p.column, p.value) for p in problems[:NAMED_PER_PLACE]] == [
        (7, "Note", "01****-****"),
        (14, "Note", "01****-****"),
        (15, "Note", "01****-****"),
        (702, "Note", "01****-****"),
        (2001, "Note", "01****-****"),
    ]
    assert problems[-1].what == words.PERSONAL_TOO_MANY.format(
        count=7, places=words.PERSONAL_CELLS_IN_COLUMN, named=NAMED_PER_PLACE
    )
    assert len(problems) == NAMED_PER_PLACE + 1


def test_each_distinct_text_is_searched_once(monkeypatch):
    searched = []
    real = personal_data.cell_hits
    monkeypatch.setattr(personal_data, "cell_hits", lambda text: searched.append(text) or real(text))
    scan_table(table({"A": ["Praktik", "Uddannelse"] * 300, "B": ["Praktik", "0101901234"] * 300}), "f.csv")
    assert sorted(searched) == ["0101901234", "Praktik", "Uddannelse"]  # once over both columns


def test_cells_that_are_not_text_are_searched_as_their_text():
    data = table({"Tal": [103921234, np.nan, "103921234", 12.5, None]})  # a CPR number that lost its 0
    problems = scan_table(data, "f.xlsx")
    assert [(p.row, p.value) for p in problems] == [(2, "10*******"), (4, "10*******")]


@pytest.mark.parametrize(
    "text",
    ["PAAA136", "2022-02-15", "P-12 34 56", "Afklaring påbegyndt", "", "1234567"],
)
def test_a_text_plainly_without_personal_data_is_not_searched_and_has_none(text):
    assert personal_data.cell_hits(text) == [] == personal_data.find_personal(text)


@pytest.mark.parametrize(
    "text",
    ["22 34 56 78", "0101901234", "a@b.dk", "22&#8203;345678", "２２３４５６７８", "103921234", "P 2234 5678"],
)
def test_a_text_with_eight_digits_an_at_markup_or_other_letters_is_searched(text):
    assert personal_data.cell_hits(text), text
