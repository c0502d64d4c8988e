"""Every sheet of an Excel export is read with the header-row detection: a data sheet and a labels
sheet (variable, value, label) may each have title rows above their header."""

from __future__ import annotations

import openpyxl

from public_results.data.load import header_note, read_table

QUESTION = "I hvilken grad har forløbet givet dig håb om forandring?"
LABELS = [["Variabel", "Værdi", "Etiket"], ["q1", None, QUESTION], ["q1", 1, "I høj grad"], ["q1", 2, "Slet ikke"]]


def workbook_with(path, data_rows, label_rows):
    workbook = openpyxl.Workbook()
    data = workbook.active
    data.title = "Data"
    for row in data_rows:
        data.append(row)
    labels = workbook.create_sheet("Labels")
    for row in label_rows:
        labels.append(row)
    workbook.save(path)


def test_title_rows_above_both_the_data_and_the_labels_header_are_left_out_and_the_labels_applied(tmp_path):
    path = tmp_path / "svar.xlsx"
    titles = [["Evaluering 2023 (SurveyXact)", None], ["Rapport dannet 05-01-2026", None], [None, None]]
    workbook_with(
        path,
        [*titles, ["Respondent", "q1"], [1, 1], [2, 2], [3, None]],
        [["Kodebog for Evaluering 2023", None, None], [None, None, None], *LABELS],
    )
    table = read_table(path, wanted=[QUESTION])
    assert list(table.columns) == ["Respondent", QUESTION]
    assert table.values.tolist() == [["1", "I høj grad"], ["2", "Slet ikke"], ["3", ""]]
    assert list(table.index) == [5, 6, 7]
    assert header_note(table, path.name) == (
        "svar.xlsx: kolonneoverskrifterne står i række 4; det, der står over række 4, er ikke læst som data."
    )


def test_a_labels_sheet_whose_header_is_its_first_row_still_applies_to_a_plain_data_sheet(tmp_path):
    path = tmp_path / "svar.xlsx"
    workbook_with(path, [["Respondent", "q1"], [1, 2]], LABELS)
    table = read_table(path, wanted=[QUESTION])
    assert list(table.columns) == ["Respondent", QUESTION]
    assert table.values.tolist() == [["1", "Slet ikke"]]
    assert header_note(table, path.name) is None


def test_a_sheet_that_only_looks_like_labels_below_its_top_rows_is_not_taken_for_labels(tmp_path):
    path = tmp_path / "svar.xlsx"
    far_down = [[f"Linje {n}", None, None] for n in range(25)] + LABELS
    workbook_with(path, [["Respondent", "q1"], [1, 2]], far_down)
    table = read_table(path)
    assert table.values.tolist() == [["1", "2"]]
