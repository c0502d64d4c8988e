"""Load: CSV delimiter and encoding are detected, Excel is read; every value stays text."""

from __future__ import annotations

import contextlib
import gc

import openpyxl
import pytest

from public_results.data.load import collector_paused, read_table
from public_results.errors import DataError
from public_results.privacy.personal_data import mask, scan_table

ROWS = [["ID", "Status", "Kommentar"], ["1", "Afklaring påbegyndt", "§103 æøå ÆØÅ"], ["2", "Praktik", ""]]


def csv_text(delimiter: str) -> str:
    return "".join(delimiter.join(row) + "\r\n" for row in ROWS)


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_a_file_is_split_on_whichever_common_delimiter_it_uses(tmp_path, delimiter):
    path = tmp_path / "data.csv"
    path.write_text(csv_text(delimiter), encoding="utf-8")
    table = read_table(path)
    assert list(table.columns) == ROWS[0]
    assert table.values.tolist() == ROWS[1:]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_danish_letters_and_the_section_sign_survive_every_common_encoding(tmp_path, encoding):
    path = tmp_path / "data.csv"
    path.write_bytes(csv_text(";").encode(encoding))
    table = read_table(path)
    assert table.columns[0] == "ID"  # no BOM left on the first header
    assert table.at[2, "Kommentar"] == "§103 æøå ÆØÅ"


def test_an_empty_cell_is_an_empty_string_and_numbers_stay_text(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("ID;Antal;Svar\n007;1,5;\n", encoding="utf-8")
    table = read_table(path)
    assert table.iloc[0].tolist() == ["007", "1,5", ""]


def test_a_quoted_cell_may_hold_the_delimiter(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text('ID;Svar\n1;"Ja; helt sikkert"\n2;Nej\n', encoding="utf-8")
    assert read_table(path)["Svar"].tolist() == ["Ja; helt sikkert", "Nej"]


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n"])
def test_an_empty_file_is_a_data_error_in_danish(tmp_path, content):
    path = tmp_path / "tom.csv"
    path.write_bytes(content)
    with pytest.raises(DataError) as caught:
        read_table(path)
    (problem,) = caught.value.problems
    assert problem.file == "tom.csv"
    assert "tom" in problem.what


def test_ragged_rows_without_a_consistent_delimiter_are_a_data_error(tmp_path):
    path = tmp_path / "skaev.csv"
    path.write_text("ID;Dato;Status\n1;2022-01-01\n2;2022-01-02;Praktik;ekstra\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_table(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.row) == ("skaev.csv", 1)
    assert "semikolon" in problem.fix


def test_a_missing_file_is_a_data_error_naming_the_folder(tmp_path):
    with pytest.raises(DataError) as caught:
        read_table(tmp_path / "findes_ikke.csv")
    (problem,) = caught.value.problems
    assert problem.file == "findes_ikke.csv"
    assert str(tmp_path) in problem.what


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_a_data_error(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(b"ID;Svar\n1;\x81\x8d\n")  # undefined in Windows-1252
    with pytest.raises(DataError) as caught:
        read_table(path)
    assert "UTF-8" in caught.value.problems[0].fix


def test_the_first_sheet_of_an_excel_file_is_read_as_text(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in [["BorgerID", "Status", "Antal"], ["x1", "§104 æøå", 3], ["x2", None, 4]]:
        sheet.append(row)
    workbook.create_sheet("Andet ark").append(["ignoreres"])
    workbook.save(tmp_path / "forloeb.xlsx")
    table = read_table(tmp_path / "forloeb.xlsx")
    assert list(table.columns) == ["BorgerID", "Status", "Antal"]
    assert table.values.tolist() == [["x1", "§104 æøå", "3"], ["x2", "", "4"]]


def test_the_index_is_the_spreadsheet_row_and_blank_rows_keep_their_numbers(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("A;B\n1;2\n;\n3;4\n", encoding="utf-8")
    table = read_table(path)
    assert list(table.index) == [2, 4]
    assert table.loc[4].tolist() == ["3", "4"]


def test_a_file_with_a_single_column_is_read(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("Er du tryg?\nEnig\nUenig\n", encoding="utf-8")
    assert read_table(path)["Er du tryg?"].tolist() == ["Enig", "Uenig"]


def test_a_broken_excel_file_is_a_data_error(tmp_path):
    path = tmp_path / "forloeb.xlsx"
    path.write_bytes(b"this is not a workbook")
    with pytest.raises(DataError):
        read_table(path)


def test_a_ragged_row_after_line_fifty_is_a_data_error_naming_its_row(tmp_path):
    lines = ["ID;Dato;Status"] + ["1;2022-01-01;Praktik"] * 60 + ["2;2022-01-02;Praktik;ekstra"]
    path = tmp_path / "lang.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_table(path)
    assert caught.value.problems[0].row == 62


# --- Issue 17: CPR numbers an Excel ID column stores as numbers, and in a sheet's name ------------


def id_workbook(path, number_format: str | None) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["BorgerID", "Status"])
    sheet.append([103921234, "Praktik"])  # 010392-1234 typed into a number column: the 0 is gone
    if number_format:
        sheet["A2"].number_format = number_format
    workbook.save(path)


@pytest.mark.hardening
@pytest.mark.parametrize(("number_format", "shown"), [("0000000000", "0103921234"), ("000000-0000", "010392-1234")])
def test_an_id_cell_is_read_with_its_zero_padded_number_format_and_refused_as_a_cpr_number(
    tmp_path, number_format, shown
):
    id_workbook(tmp_path / "forloeb.xlsx", number_format)
    table = read_table(tmp_path / "forloeb.xlsx")
    assert table["BorgerID"].tolist() == [shown]
    [problem] = scan_table(table, "forloeb.xlsx")
    assert (problem.row, problem.column, problem.value) == (2, "BorgerID", mask(shown))
    assert "CPR-nummer" in problem.what and "1234" not in str(problem)


@pytest.mark.hardening
def test_an_id_stored_as_a_plain_number_is_refused_as_a_cpr_number_without_its_zero(tmp_path):
    id_workbook(tmp_path / "forloeb.xlsx", None)
    table = read_table(tmp_path / "forloeb.xlsx")
    assert table["BorgerID"].tolist() == ["103921234"]
    [problem] = scan_table(table, "forloeb.xlsx")
    assert (problem.row, problem.value) == (2, "10*******")
    assert "CPR-nummer gemt som tal" in problem.what


@pytest.mark.hardening
def test_a_cpr_number_in_a_sheet_name_is_masked_in_the_error(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Borger 010190-1234"
    workbook.active.append(["BorgerID"])
    workbook.save(tmp_path / "forloeb.xlsx")
    with pytest.raises(DataError) as caught:
        read_table(tmp_path / "forloeb.xlsx", sheet="Ark 120392-1234")
    report = caught.value.report()
    assert "»Borger 01****-****«" in report and "»Ark 12****-****«" in report
    assert "1234" not in report


@pytest.mark.parametrize(
    "text", ["ID;Status\r\n1;Praktik\r\n", "ID;Status\r\n1;Praktik;x\r\n"], ids=["read", "refused"]
)
def test_the_cycle_collector_runs_again_after_a_table_is_read_or_refused(tmp_path, text):
    path = tmp_path / "data.csv"
    path.write_text(text, encoding="utf-8")
    assert gc.isenabled()
    with contextlib.suppress(DataError):
        read_table(path)
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text(csv_text(";"), encoding="utf-8")
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        read_table(path)
        assert not gc.isenabled()
    finally:
        gc.enable()
