"""Encodings as exports really come: mojibake is named as such, a stray row at its own row."""

from __future__ import annotations

import pytest

from public_results.data.load import read_table
from public_results.errors import DataError

HEADER = "BorgerID;Dato;Status"


def problems_of(path) -> list:
    with pytest.raises(DataError) as caught:
        read_table(path, wanted=HEADER.split(";"))
    return caught.value.problems


def test_utf8_text_saved_again_as_windows_1252_is_named_as_such_not_as_missing_columns(tmp_path):
    path = tmp_path / "svar.csv"
    text = "Målgruppe;Er du tryg?\nFysisk handicap;I høj grad\nHjerneskade;I meget høj grad\n"
    path.write_text(text.encode("utf-8").decode("cp1252"), encoding="utf-8")  # »MÃ¥lgruppe«, »hÃ¸j«
    (problem,) = problems_of(path)
    assert (problem.row, problem.value) == (1, "MÃ¥lgruppe")
    assert problem.what == (
        "bogstaverne er blevet forkerte (der skulle nok stå »Målgruppe«): filen ser ud til at være gemt som UTF-8, "
        "så åbnet som Windows-1252 og gemt igen"
    )
    assert problem.fix.startswith("Eksportér filen igen, og læg den i datamappen uden at åbne og gemme den først.")


def test_a_dash_and_a_euro_sign_read_wrongly_are_found_too(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(f"{HEADER}\nP1;2022-02-15;Godt â€“ 50 â‚¬\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.row == 2
    assert "»Godt – 50 €«" in problem.what


def test_danish_letters_next_to_quote_marks_are_not_taken_for_mojibake(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(f"{HEADER}\nP1;2022-02-15;Afdeling »Ø«\nP2;2022-02-16;Â-sag\n", encoding="utf-8")
    table = read_table(path)
    assert table["Status"].tolist() == ["Afdeling »Ø«", "Â-sag"]


def test_one_utf8_row_in_a_windows_1252_file_is_named_at_its_own_row(tmp_path):
    path = tmp_path / "f.csv"
    cp1252 = [HEADER, "P1;2022-02-15;Afklaring påbegyndt", "P2;2022-02-16;Løntilskud", "P3;2022-02-17;Ø-job"]
    rows = [line.encode("cp1252") for line in cp1252]
    rows += ["P4;2022-02-18;Afklaring påbegyndt".encode(), "P5;2022-02-19;Ændret".encode("cp1252")]
    path.write_bytes(b"\n".join(rows) + b"\n")
    (problem,) = problems_of(path)
    assert problem.row == 5
    assert problem.what == "rækken er skrevet i UTF-8, men resten af filen ser ud til at være gemt som Windows-1252"
    assert problem.fix.startswith("Ret rækken (den er nok kopieret ind fra et andet program), eller ")


def test_one_windows_1252_row_in_a_utf8_file_is_still_named_at_its_row(tmp_path):
    path = tmp_path / "f.csv"
    utf8 = [HEADER, "P1;2022-02-15;Afklaring påbegyndt", "P2;2022-02-16;Løntilskud"]
    rows = [line.encode() for line in utf8] + ["P3;2022-02-17;Ø-job".encode("cp1252")]
    path.write_bytes(b"\n".join(rows) + b"\n")
    (problem,) = problems_of(path)
    assert problem.row == 4
    assert problem.what == "rækken er ikke skrevet i samme tegnsæt (UTF-8) som resten af filen"


def test_a_pasted_cell_with_wrong_letters_in_an_excel_export_is_named_with_row_column_and_repaired_text(tmp_path):
    import openpyxl  # noqa: PLC0415 - only this test writes a workbook

    path = tmp_path / "svar.xlsx"
    workbook = openpyxl.Workbook()
    for row in [["Rapport dannet 05-01-2026", None], ["Målgruppe", "Er du tryg?"], ["Fysisk handicap", "I høj grad"]]:
        workbook.active.append(row)
    workbook.active.append(["Hjerneskade", "I meget hÃ¸j grad"])
    workbook.active.append(["Sindslidelse", "Ã†ndret"])
    workbook.save(path)
    with pytest.raises(DataError) as caught:
        read_table(path, wanted=["Målgruppe", "Er du tryg?"])
    (problem,) = caught.value.problems
    assert str(problem) == (
        "svar.xlsx, række 4, kolonne »Er du tryg?«: bogstaverne er blevet forkerte (der skulle nok stå "
        "»I meget høj grad«): teksten er nok kopieret fra en fil, der blev åbnet med forkert tegnsæt "
        "(værdi: »I meget hÃ¸j grad«)\n"
        "    Sådan retter du det: Ret cellen, så der står »I meget høj grad«. Filen har 2 celler med forkerte "
        "bogstaver i alt (fx »Ã¸« for »ø«); ret dem alle."
    )


def test_one_pasted_cell_in_a_csv_file_with_right_danish_letters_is_named_as_pasted_not_as_the_file(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(f"{HEADER}\nP1;2022-02-15;Løntilskud\nP2;2022-02-16;Afklaring pÃ¥begyndt\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert (problem.row, problem.column, problem.value) == (3, "Status", "Afklaring pÃ¥begyndt")
    assert problem.what == (
        "bogstaverne er blevet forkerte (der skulle nok stå »Afklaring påbegyndt«): teksten er nok kopieret fra "
        "en fil, der blev åbnet med forkert tegnsæt"
    )
    assert problem.fix == "Ret cellen, så der står »Afklaring påbegyndt«."


def test_wrong_letters_in_a_header_are_named_by_the_column_letter(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("BorgerID;Dato;MÃ¥lgruppe\nP1;2022-02-15;A\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert (problem.row, problem.column, problem.value) == (1, "C", "MÃ¥lgruppe")
    assert problem.what.startswith("bogstaverne er blevet forkerte (der skulle nok stå »Målgruppe«): filen ser ud")
