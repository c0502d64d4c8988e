"""The example data reaches the compute stage as the same tables, so gives identical figures, whether it
arrives as ;-cp1252, ,-UTF-8-BOM or Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from public_results.figures.prepare import prepare
from public_results.settings import read_settings
from support import ROOT

FILES = {"evaluering_2021.csv": "utf-8-sig", "evaluering_2023.csv": "utf-8-sig", "forloeb.csv": "cp1252"}


def rows_of(name: str) -> list[list[str]]:
    text = (ROOT / "data" / name).read_text(encoding=FILES[name])
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def write_variant(folder: Path, variant: str) -> Path:
    """A copy of data/ with every export rewritten as ``variant``; returns the folder."""
    shutil.copytree(ROOT / "data", folder)
    descriptor = (folder / "datasets.yaml").read_text(encoding="utf-8")
    for name in FILES:
        rows = rows_of(name)
        (folder / name).unlink()
        if variant == "xlsx":
            new_name = name.replace(".csv", ".xlsx")
            workbook = openpyxl.Workbook()
            for row in rows:
                dated = [_excel_cell(cell) for cell in row]
                workbook.active.append(dated)
            workbook.save(folder / new_name)
        else:
            new_name = name
            delimiter, encoding = {"semicolon-cp1252": (";", "cp1252"), "comma-utf8-bom": (",", "utf-8-sig")}[variant]
            with (folder / name).open("w", encoding=encoding, newline="") as handle:
                csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        descriptor = descriptor.replace(f"file: {name}", f"file: {new_name}")
    (folder / "datasets.yaml").write_text(descriptor, encoding="utf-8")
    return folder


def _excel_cell(cell: str) -> object:
    """Dates become real date cells, as in a case system's Excel export."""
    try:
        return dt.datetime.strptime(cell, "%d-%m-%Y")
    except ValueError:
        return cell


def loaded_rows(folder: Path) -> dict[str, pd.DataFrame]:
    """Every dataset of ``folder`` as the compute stage receives it: each outcome's status changes
    (IDs already replaced) and each survey round's responses, read, validated and checked."""
    book = prepare(read_settings({"RESULTS_DATA_PATH": str(folder)}))
    found = {}
    for key in sorted(book.outcomes):
        found[key] = book.outcome_log(key).events
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in rounds:
            found[f"{key}/{survey_round.round.name}"] = book.rows(survey_round).answers
    return found


@pytest.fixture(scope="module")
def reference() -> dict[str, pd.DataFrame]:
    return loaded_rows(ROOT / "data")


@pytest.mark.parametrize("variant", ["semicolon-cp1252", "comma-utf8-bom", "xlsx"])
def test_each_variant_of_the_example_data_gives_identical_figures(tmp_path: Path, reference: dict, variant: str):
    """The same rows, values and types reach the compute stage whichever way the data arrived, so
    every figure is the same (the figures are made from these tables alone: the example's figures
    themselves are checked against the brief in test_example_site)."""
    found = loaded_rows(write_variant(tmp_path / "data", variant))
    assert sorted(found) == sorted(reference) and len(found) == 3
    for name, table in reference.items():
        assert len(table) > 100, name
        pd.testing.assert_frame_equal(found[name], table, check_exact=True, obj=f"{variant}: {name}")
