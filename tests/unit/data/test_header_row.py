"""The header row is found below title rows; a missing header lists the headers found and the closest."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import SimpleNamespace

import openpyxl
import pytest

from public_results.data.load import column_letter, header_note, read_table
from public_results.data.read import read_checked, read_dataset, read_dataset_noted
from public_results.data.validate import validate_outcome
from public_results.errors import DataError
from public_results.figures.overview import Overview
from public_results.figures.prepare import keep, prepare_kept
from public_results.settings import read_settings
from public_results.site.build import Collected, Finished, data_notes
from public_results.site.summary import summary_lines

WANTED = ["BorgerID", "Dato", "Status"]
TODAY = dt.date(2026, 1, 1)


@pytest.fixture
def outcome(descriptor):
    return descriptor.datasets["forløb"]


def excel_with_title_rows(path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in [
        ["Forløb for Jobcenter Nord", None, None],
        ["Rapport dannet 05-01-2026 kl. 08:12", None, None],
        [None, None, None],
        ["BorgerID", "Dato", "Status"],
        ["x1", "01-02-2022", "Afklaring"],
    ]:
        sheet.append(row)
    workbook.save(path)


def test_the_header_below_two_title_rows_and_a_blank_row_of_an_excel_export_is_found(tmp_path):
    excel_with_title_rows(tmp_path / "forloeb.xlsx")
    table = read_table(tmp_path / "forloeb.xlsx", wanted=WANTED)
    assert list(table.columns) == WANTED
    assert table.values.tolist() == [["x1", "01-02-2022", "Afklaring"]]
    assert list(table.index) == [5]
    assert header_note(table, "forloeb.xlsx") == (
        "forloeb.xlsx: kolonneoverskrifterne står i række 4; det, der står over række 4, er ikke læst som data."
    )


def test_a_report_line_above_a_semicolon_header_neither_decides_the_delimiter_nor_the_header(tmp_path):
    path = tmp_path / "svar.csv"
    text = "Rapport dannet 5. januar 2026, kl. 10\r\n\r\nBorgerID;Dato;Status\r\nx1;1.2.2022;Afklaring\r\n"
    path.write_bytes(text.encode("cp1252"))
    table = read_table(path, wanted=WANTED)
    assert list(table.columns) == WANTED
    assert table.values.tolist() == [["x1", "1.2.2022", "Afklaring"]]
    assert list(table.index) == [4]
    assert table.attrs["header_row"] == 3


def test_without_the_descriptor_headers_a_one_column_file_with_a_delimiter_in_a_cell_stays_one_column(tmp_path):
    path = tmp_path / "svar.csv"
    path.write_text("Svar\nJa;tak\nNej;tak\n", encoding="utf-8")
    table = read_table(path)
    assert list(table.columns) == ["Svar"]
    assert table.values.tolist() == [["Ja;tak"], ["Nej;tak"]]


def test_a_file_whose_header_is_its_first_row_says_nothing_about_it(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("\nBorgerID;Dato;Status\nx1;1.2.2022;Afklaring\n", encoding="utf-8")
    table = read_table(path, wanted=WANTED)
    assert table.attrs["header_row"] == 2
    assert header_note(table, "f.csv") is None


def test_a_one_column_file_keeps_its_first_row_as_header(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("Svar\nJa\nNej\n", encoding="utf-8")
    table = read_table(path)
    assert list(table.columns) == ["Svar"]
    assert table.values.tolist() == [["Ja"], ["Nej"]]


def test_a_missing_header_names_the_header_row_the_closest_header_and_every_header_found(tmp_path, outcome):
    path = tmp_path / "forloeb.csv"
    path.write_text("Rapport dannet 05-01-2026\nBorger-ID;Dato;Status;Kommentar\nx1;1.2.2022;Afklaring;\n", "utf-8")
    table = read_table(path, wanted=[outcome.id_column, outcome.date_column, outcome.status_column])
    with pytest.raises(DataError) as caught:
        validate_outcome(table, outcome, TODAY)
    (problem,) = caught.value.problems
    assert (problem.row, problem.column, problem.what) == (2, "BorgerID", "kolonnen mangler i filen")
    assert problem.fix == (
        "Den nærmeste overskrift i filen er »Borger-ID«. "
        "Overskrifterne i filen er: »Borger-ID«, »Dato«, »Status«, »Kommentar«. "
        "Tjek at kolonneoverskriften i filen er præcis den samme som i datasets.yaml."
    )


def test_a_missing_header_with_nothing_close_lists_the_headers_found(tmp_path, outcome):
    path = tmp_path / "forloeb.csv"
    path.write_text("Nummer;Dato;Status\nx1;1.2.2022;Afklaring\n", "utf-8")
    with pytest.raises(DataError) as caught:
        validate_outcome(read_table(path), outcome, TODAY)
    (problem,) = caught.value.problems
    assert problem.row == 1
    assert problem.fix == (
        "Overskrifterne i filen er: »Nummer«, »Dato«, »Status«. "
        "Tjek at kolonneoverskriften i filen er præcis den samme som i datasets.yaml."
    )


def test_personal_data_in_a_title_row_is_still_refused_at_its_row_and_column(tmp_path, settings):
    path = tmp_path / "forloeb.csv"
    path.write_text("Udtræk for 010392-1234\nBorgerID;Dato;Status\nx1;1.2.2022;Afklaring\n", "utf-8")
    with pytest.raises(DataError) as caught:
        read_checked(path, None, settings, WANTED)
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (1, "A")


def test_a_dataset_is_read_with_its_descriptor_headers(tmp_path, settings, outcome):
    path = tmp_path / outcome.file
    path.write_text(
        f"Rapport dannet 05-01-2026\n{outcome.id_column};{outcome.date_column};{outcome.status_column}\n", "utf-8"
    )
    with pytest.raises(DataError) as caught:
        read_dataset(outcome, tmp_path, settings, TODAY)
    assert [p.what for p in caught.value.problems] == ["filen har ingen rækker"]


@pytest.mark.parametrize(("position", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB")])
def test_column_letters_are_those_a_spreadsheet_shows(position, letter):
    assert column_letter(position) == letter


def test_reading_a_dataset_notes_the_header_row_of_each_file_with_title_rows(tmp_path, settings, outcome):
    source = settings.data_path / outcome.file
    text = source.read_text(encoding="utf-8")
    (tmp_path / outcome.file).write_text("Rapport dannet 05-01-2026\r\n\r\n" + text, encoding="utf-8")
    _, notes = read_dataset_noted(outcome, tmp_path, settings, TODAY)
    assert notes == (
        f"{outcome.file}: kolonneoverskrifterne står i række 3; det, der står over række 3, er ikke læst som data.",
    )


def test_reading_a_dataset_whose_header_is_its_first_row_notes_nothing(settings, outcome):
    _, notes = read_dataset_noted(outcome, settings.data_path, settings, TODAY)
    assert notes == ()


def test_the_header_note_is_one_info_line_of_the_summary_also_when_the_figures_come_from_the_cache(make_data, tmp_path):
    path = make_data()
    export = path.parent / "forloeb.csv"
    export.write_text("Rapport dannet 05-01-2026\n\n" + export.read_text(encoding="utf-8"), encoding="utf-8")
    settings = read_settings({"RESULTS_DATA_PATH": str(path.parent)})
    cache = tmp_path / "figures"
    keep(prepare_kept(settings, TODAY, cache), cache)
    again = prepare_kept(settings, TODAY, cache)
    assert "forløb" in again.book.loaders  # restored from the cache: the file was not read
    build = Finished(SimpleNamespace(), Collected(), Overview(suppressed=(), changed=()), notes=data_notes(again))  # type: ignore[arg-type]
    lines = summary_lines(build)
    note = (
        "Til orientering: forloeb.csv: kolonneoverskrifterne står i række 3; det, der står over række 3, "
        "er ikke læst som data."
    )
    assert lines[0] == note
    assert [line for line in lines if "række 3" in line] == [note]


def test_a_missing_header_below_title_rows_of_an_excel_export_names_its_row_and_the_headers_found(tmp_path, outcome):
    outcome = replace(outcome, file="forloeb.xlsx")
    path = tmp_path / outcome.file
    workbook = openpyxl.Workbook()
    for row in [["Forløb for Jobcenter Nord"], ["Rapport dannet 05-01-2026"], ["Borger ID", "Dato", "Status"]]:
        workbook.active.append(row)
    workbook.active.append(["x1", "01-02-2022", "Afklaring"])
    workbook.save(path)
    table = read_table(path, wanted=[outcome.id_column, outcome.date_column, outcome.status_column])
    with pytest.raises(DataError) as caught:
        validate_outcome(table, outcome, TODAY)
    (problem,) = caught.value.problems
    assert str(problem) == (
        "forloeb.xlsx, række 3, kolonne »BorgerID«: kolonnen mangler i filen\n"
        "    Sådan retter du det: Den nærmeste overskrift i filen er »Borger ID«. "
        "Overskrifterne i filen er: »Borger ID«, »Dato«, »Status«. "
        "Tjek at kolonneoverskriften i filen er præcis den samme som i datasets.yaml."
    )
