"""Validate: tables are checked against the descriptor; every problem names file, row, column and value."""

from __future__ import annotations

import datetime as dt
import unicodedata

import openpyxl
import pandas as pd
import pytest

from public_results.data.load import read_table
from public_results.data.validate import BLANK, validate_outcome, validate_survey
from public_results.errors import DataError

SURVEY_HEADER = "Giver samarbejdet dig håb?;Er du tryg?\n"
OUTCOME_HEADER = "BorgerID;Dato;Status\n"

TODAY = dt.date(2026, 1, 1)


@pytest.fixture
def survey(descriptor):
    return descriptor.datasets["evaluering"]


@pytest.fixture
def outcome(descriptor):
    return descriptor.datasets["forløb"]


@pytest.fixture
def table(tmp_path):
    def read(text: str) -> pd.DataFrame:
        path = tmp_path / "fil.csv"
        path.write_text(text, encoding="utf-8")
        return read_table(path)

    return read


def survey_problems(table: pd.DataFrame, survey) -> list:
    with pytest.raises(DataError) as caught:
        validate_survey(table, survey, survey.rounds[-1])
    return caught.value.problems


def outcome_problems(table: pd.DataFrame, outcome) -> list:
    with pytest.raises(DataError) as caught:
        validate_outcome(table, outcome, TODAY)
    return caught.value.problems


def test_headers_match_whatever_their_case_edge_spaces_and_repeated_spaces(table, survey):
    text = "  giver  SAMARBEJDET dig   håb? ;ER DU TRYG?  ;Kommentarer\nmeget ENIG;  Uenig ;fin\n"
    result = validate_survey(table(text), survey, survey.rounds[-1])
    assert list(result.answers.columns) == ["håb", "tryg"]  # the free-text column is not kept
    assert result.answers.iloc[0].tolist() == [0, 2]  # coded by the answer's place in the scale


def test_blank_and_space_only_answers_are_coded_blank(table, survey):
    result = validate_survey(table(SURVEY_HEADER + ";Enig\n   ;Enig\n"), survey, survey.rounds[-1])
    assert result.answers["håb"].tolist() == [BLANK, BLANK]
    assert result.answers["tryg"].tolist() == [1, 1]


def test_a_missing_column_is_a_problem_naming_it_in_row_one(table, survey):
    (problem,) = survey_problems(table("Giver samarbejdet dig håb?;Kommentarer\nEnig;x\n"), survey)
    assert (problem.file, problem.row, problem.column) == ("ev2021.csv", 1, "Er du tryg?")
    assert "mangler" in problem.what


def test_a_column_that_appears_twice_is_a_problem_naming_it(table, survey):
    (problem,) = survey_problems(table(SURVEY_HEADER.rstrip("\n") + ";er du  tryg?\nEnig;Enig;Uenig\n"), survey)
    assert (problem.row, problem.column) == (1, "Er du tryg?")
    assert "flere gange" in problem.what


def test_an_exactly_repeated_header_is_a_problem_too(table, survey):
    problems = survey_problems(table(SURVEY_HEADER.rstrip("\n") + ";Er du tryg?\nEnig;Enig;Uenig\n"), survey)
    assert [p.column for p in problems] == ["Er du tryg?"]


def test_unknown_answers_are_listed_with_their_count_and_spreadsheet_rows(table, survey):
    rows = ["Enig helt;Enig", "Enig;Enig", "Enig helt;Måske", "Enig helt;Enig"]
    first, second = survey_problems(table(SURVEY_HEADER + "\n".join(rows) + "\n"), survey)
    assert (first.column, first.value, first.row) == ("Giver samarbejdet dig håb?", "Enig helt", 2)
    assert "3 gange, fx række 2, 4, 5" in first.what
    assert (second.column, second.value, second.row) == ("Er du tryg?", "Måske", 4)
    assert "1 gang," in second.what
    assert "evaluering" in first.fix


def test_a_survey_file_with_only_a_header_has_no_responses(table, survey):
    (problem,) = survey_problems(table(SURVEY_HEADER), survey)
    assert "ingen besvarelser" in problem.what


@pytest.mark.parametrize("written", ["2022-02-15", "15-02-2022", "15.02.2022", "15/02/2022", " 2022-02-15 "])
def test_outcome_dates_in_common_formats_are_read(table, outcome, written):
    log = validate_outcome(table(OUTCOME_HEADER + f"A;{written};Praktik\n"), outcome, TODAY)
    assert log.events.to_dict("records") == [{"citizen": "A", "date": pd.Timestamp(2022, 2, 15), "category": "praktik"}]


def test_status_labels_match_whatever_their_case_and_unicode_form(table, outcome):
    decomposed = unicodedata.normalize("NFD", "AFKLARING PÅBEGYNDT")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    log = validate_outcome(table(OUTCOME_HEADER + f"A;2022-02-15;{decomposed}\n"), outcome, TODAY)
    assert log.events["category"].tolist() == ["afklaring"]


def test_an_unreadable_date_names_its_row_and_value(table, outcome):
    (problem,) = outcome_problems(table(OUTCOME_HEADER + "A;2022-01-01;Praktik\nB;31-31-2022;Praktik\n"), outcome)
    assert (problem.row, problem.column, problem.value) == (3, "Dato", "31-31-2022")
    assert "2022-02-15" in problem.fix


def test_an_unknown_status_names_its_row_and_value(table, outcome):
    (problem,) = outcome_problems(table(OUTCOME_HEADER + "A;2022-01-01;Job\n"), outcome)
    assert (problem.row, problem.column, problem.value) == (2, "Status", "Job")
    assert "raw" in problem.fix


def test_a_citizen_with_two_rows_on_the_same_day_is_a_problem_on_both_rows(table, outcome):
    text = OUTCOME_HEADER + "A;2022-01-01;Praktik\nB;2022-01-01;Praktik\nA;01-01-2022;Afklaring påbegyndt\n"
    problems = outcome_problems(table(text), outcome)
    assert [p.row for p in problems] == [2, 4]
    assert all("samme dag" in p.what for p in problems)


def test_a_missing_outcome_column_is_reported_before_anything_else(table, outcome):
    problems = outcome_problems(table("BorgerID;Status\nA;Job\n"), outcome)
    assert [(p.row, p.column) for p in problems] == [(1, "Dato")]


def test_all_problems_of_an_outcome_file_come_together(table, outcome):
    text = OUTCOME_HEADER + "A;2022-01-01;Job\nB;i går;Praktik\n;2022-01-03;Praktik\n"
    problems = outcome_problems(table(text), outcome)
    assert sorted((p.row, p.column) for p in problems) == [(2, "Status"), (3, "Dato"), (4, "BorgerID")]


def test_all_problems_of_a_survey_file_come_together(table, survey):
    problems = survey_problems(table("Giver samarbejdet dig håb?;Kommentarer\nMåske;x\n"), survey)
    assert sorted(p.column for p in problems) == ["Er du tryg?", "Giver samarbejdet dig håb?"]


def test_a_same_day_row_is_reported_together_with_an_unknown_status(table, outcome):
    text = OUTCOME_HEADER + "A;2022-01-01;Praktik\nA;2022-01-01;Frivilligt arbejde\nB;2022-01-01;Job\n"
    problems = outcome_problems(table(text), outcome)
    assert sorted(p.row for p in problems) == [2, 3, 4]


def test_an_outcome_sheet_from_excel_with_date_cells_validates(tmp_path, outcome):
    workbook = openpyxl.Workbook()
    for row in [["BorgerID", "Dato", "Status"], ["A", dt.datetime(2022, 2, 15), "Praktik"]]:
        workbook.active.append(row)
    workbook.save(tmp_path / "forloeb.xlsx")
    log = validate_outcome(read_table(tmp_path / "forloeb.xlsx"), outcome, TODAY)
    assert log.events["date"].tolist() == [pd.Timestamp(2022, 2, 15)]


@pytest.mark.parametrize(
    ("personal", "masked"),
    [
        ("010190-1234", "01****-****"),
        ("0101901234", "01********"),
        ("anna@example.dk", "an**@*******.**"),
        ("22 34 56 78", "22 ** ** **"),
    ],
)
def test_a_value_that_could_be_personal_is_masked_in_the_error(table, outcome, personal, masked):
    (problem,) = outcome_problems(table(OUTCOME_HEADER + f"A;2022-02-15;{personal}\n"), outcome)
    assert problem.column == "Status"
    assert personal not in str(problem)
    assert problem.value == masked


def test_two_rows_of_one_citizen_on_one_day_name_the_masked_id(table, outcome):
    problems = outcome_problems(
        table(OUTCOME_HEADER + "PKQX731;2022-01-01;Praktik\nPKQX731;2022-01-01;Praktik\n"), outcome
    )
    assert [(p.row, p.column, p.value) for p in problems] == [(2, "BorgerID", "PK*****"), (3, "BorgerID", "PK*****")]
