"""Units in the data: the descriptor's ``units:``, a unit column or a file per unit, each row's unit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from public_results.data.descriptor import read_descriptor
from public_results.data.read import read_dataset
from public_results.errors import DataError, DescriptorError
from public_results.settings import read_settings

UNITS = """\
units:
  nord: {name: Jobhuset Nord, municipality: Nordby Kommune}
  syd: Jobhuset Syd
"""
OUTCOME = """\
datasets:
  forløb:
    kind: outcome
    title: Forløb
    source: Testsystem
    {files}
    columns: {{id: ID, date: Dato, status: Status{unit}}}
    start: 2021-01-01
    data_dates: [2021-06-30]
    categories:
      afklaring: {{label: I afklaring, raw: [Afklaring]}}
      praktik: {{label: Praktik, raw: [Praktik]}}
"""
ONE_FILE = {"files": "file: forloeb.csv", "unit": ", unit: Enhed"}
TODAY = dt.date(2022, 1, 1)


def descriptor(folder: Path, units: str = UNITS, **parts: str) -> Path:
    path = folder / "datasets.yaml"
    path.write_text(units + OUTCOME.format(**(ONE_FILE | parts)), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(DescriptorError) as caught:
        read_descriptor(path)
    return [f"{p.what} | {p.fix}" for p in caught.value.problems]


def test_units_are_read_with_their_names_and_municipalities(tmp_path):
    read = read_descriptor(descriptor(tmp_path))
    assert [(u.key, u.name, u.municipality) for u in read.units] == [
        ("nord", "Jobhuset Nord", "Nordby Kommune"),
        ("syd", "Jobhuset Syd", ""),
    ]
    assert read.datasets["forløb"].unit_column == "Enhed"


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        ("units:\n  Nord Øst: Jobhuset\n", "kan ikke bruges i en adresse"),
        ("units:\n  programmet: Alle\n", "»programmet« kan ikke være navnet på en enhed"),
        ("units:\n  nord:\n", "enheden »nord« har intet navn"),
        ("", "har tal pr. enhed, men datasets.yaml nævner ingen enheder"),
    ],
    ids=["key with a space", "reserved", "no name", "no units at all"],
)
def test_a_wrong_unit_list_is_a_problem_in_plain_danish(tmp_path, units, expected):
    found = problems(descriptor(tmp_path, units))
    assert any(expected in p for p in found), found


def test_a_file_for_a_unit_not_listed_names_the_nearest_unit(tmp_path):
    files = "files: {nord: {file: nord.csv}, sydd: {file: syd.csv}}"
    found = problems(descriptor(tmp_path, files=files, unit=""))
    assert any("»sydd«" in p and "Mente du »syd«?" in p for p in found), found


def test_a_unit_value_the_descriptor_does_not_name_is_reported_with_row_and_nearest_name(tmp_path):
    path = descriptor(tmp_path)
    rows = ["ID;Dato;Status;Enhed", "A1;01-02-2021;Afklaring;Jobhuset Nord", "B2;01-03-2021;Afklaring;Jobhuset Snyd"]
    (tmp_path / "forloeb.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    read = read_descriptor(path)
    with pytest.raises(DataError) as caught:
        read_dataset(read.datasets["forløb"], tmp_path, read_settings({}), TODAY, read.units)
    problem = caught.value.problems[0]  # once for each round that reads the file
    assert (problem.file, problem.row, problem.column, problem.value) == ("forloeb.csv", 3, "Enhed", "Jobhuset Snyd")
    assert "Mente du »Jobhuset Syd«?" in problem.fix


def test_a_unit_is_read_by_its_key_or_its_name_and_an_id_in_two_units_is_two_citizens(tmp_path):
    path = descriptor(tmp_path)
    rows = ["ID;Dato;Status;Enhed", "A1;01-02-2021;Afklaring;nord", "A1;01-03-2021;Afklaring;jobhuset syd"]
    (tmp_path / "forloeb.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    read = read_descriptor(path)
    log = read_dataset(read.datasets["forløb"], tmp_path, read_settings({}), TODAY, read.units)
    assert list(log.events["unit"]) == ["nord", "syd"]
    assert log.events["citizen"].nunique() == 2


def test_one_file_per_unit_each_in_its_own_export_format(tmp_path):
    files = "files: {nord: {file: nord.csv}, syd: {file: syd.csv}}"
    path = descriptor(tmp_path, files=files, unit="")
    (tmp_path / "nord.csv").write_text("ID;Dato;Status\r\nA1;01-02-2021;Afklaring\r\n", encoding="utf-8-sig")
    syd = "ID,Dato,Status\nB1,2021-03-01,Afklaring\nB2,2021-03-02,Praktik\n"
    (tmp_path / "syd.csv").write_bytes(syd.encode("cp1252"))
    read = read_descriptor(path)
    log = read_dataset(read.datasets["forløb"], tmp_path, read_settings({}), TODAY, read.units)
    assert sorted(log.events["unit"]) == ["nord", "syd", "syd"]
    assert dict(log.events.groupby("unit")["category"].apply(sorted)) == {
        "nord": ["afklaring"],
        "syd": ["afklaring", "praktik"],
    }


SURVEY = """\
datasets:
  evaluering:
    kind: survey
    title: Evaluering
    source: Testskema
    {columns}
    rounds:
      - {{round: "2021", date: 2021-11-30, {first}}}
      - {{round: "2022", date: 2022-11-30, {second}}}
    questions:
      håb: {{header: "Håb?", label: Håb}}
    scale:
      - {{answer: Ja, positive: true}}
      - {{answer: Nej}}
"""
SURVEY_PARTS = {
    "columns": "columns: {unit: Enhed}",
    "first": "file: alle_2021.csv",
    "second": "files: {nord: {file: nord_2022.csv}, syd: {file: syd_2022.csv}}",
}


def survey_descriptor(folder: Path, units: str = UNITS, **parts: str) -> Path:
    path = folder / "datasets.yaml"
    path.write_text(units + SURVEY.format(**(SURVEY_PARTS | parts)), encoding="utf-8")
    return path


def test_a_survey_says_each_responses_unit_in_a_column_or_by_a_file_per_unit_in_a_round(tmp_path):
    (tmp_path / "alle_2021.csv").write_text("Håb?;Enhed\nJa;Jobhuset Nord\nNej;syd\nJa;SYD\n", encoding="utf-8")
    (tmp_path / "nord_2022.csv").write_text("Håb?\nJa\nJa\n", encoding="utf-8")
    (tmp_path / "syd_2022.csv").write_text("Håb?\nNej\n", encoding="utf-8")
    read = read_descriptor(survey_descriptor(tmp_path))
    survey = read.datasets["evaluering"]
    assert survey.has_units and survey.unit_column == "Enhed"
    assert [f.unit for f in survey.rounds[1].unit_files] == ["nord", "syd"]
    rounds = read_dataset(survey, tmp_path, read_settings({}), TODAY, read.units)
    assert list(rounds[0].answers["unit"]) == ["nord", "syd", "syd"]
    assert list(rounds[1].answers["unit"]) == ["nord", "nord", "syd"]
    assert list(rounds[1].answers["håb"]) == [0, 0, 1]


def test_a_surveys_unknown_unit_names_row_and_nearest_name(tmp_path):
    (tmp_path / "alle_2021.csv").write_text("Håb?;Enhed\nJa;Jobhuset Nord\nNej;Jobhuset Sud\n", encoding="utf-8")
    path = survey_descriptor(tmp_path, second="file: alle_2021.csv")
    read = read_descriptor(path)
    with pytest.raises(DataError) as caught:
        read_dataset(read.datasets["evaluering"], tmp_path, read_settings({}), TODAY, read.units)
    problem = caught.value.problems[0]  # once for each round that reads the file
    assert (problem.file, problem.row, problem.column) == ("alle_2021.csv", 3, "Enhed")
    assert "Mente du »Jobhuset Syd«?" in problem.fix


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({"second": "files: {nord: {file: a.csv}, vest: {file: b.csv}}"}, "nævner enheden »vest«"),
        ({"columns": ""}, "»evaluering.rounds.2021« siger ikke, hvilken enhed hver besvarelse hører til"),
        ({"second": "file: x.csv, files: {nord: {file: a.csv}}"}, "har både »file« og »files«"),
    ],
    ids=["unlisted unit", "a round without units", "file and files"],
)
def test_a_surveys_units_are_checked_as_an_outcomes(tmp_path, parts, expected):
    found = problems(survey_descriptor(tmp_path, **parts))
    assert any(expected in line for line in found), found


def test_a_survey_with_units_needs_the_units_listed(tmp_path):
    found = problems(survey_descriptor(tmp_path, ""))
    assert any("»evaluering« har tal pr. enhed, men datasets.yaml nævner ingen enheder" in f for f in found), found
