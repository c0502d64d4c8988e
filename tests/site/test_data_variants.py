"""The example data gives identical figures whether it arrives as ;-cp1252, ,-UTF-8-BOM or Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml

from public_results.figures.book import FigureBook
from public_results.figures.figure import VARIANTS, Pins
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


def every_figure(book: FigureBook) -> dict[tuple[str, str, str, str], str]:
    descriptor = yaml.safe_load((ROOT / "data" / "datasets.yaml").read_text(encoding="utf-8"))["datasets"]
    found = {}
    for dataset, spec in descriptor.items():
        if spec["kind"] == "survey":
            names, pins = [*spec["questions"], "besvarelser"], [Pins()]
        else:
            names = [*spec["categories"], *spec["groups"]]
            pins = [Pins(data_date=day) for day in spec["data_dates"]]
        for name in names:
            for pin in pins:
                figure = book.figure(dataset, name, pin)
                for variant in ("", *VARIANTS):
                    if variant == "ændring" and figure.previous is None:
                        continue  # the first data date has nothing to compare with
                    if figure.base or variant in ("", "antal", "ændring"):
                        found[(dataset, name, str(pin.data_date), variant)] = figure.text(variant)
    return found


@pytest.fixture(scope="module")
def reference() -> dict:
    return every_figure(prepare(read_settings({"RESULTS_DATA_PATH": str(ROOT / "data")})))


@pytest.mark.parametrize("variant", ["semicolon-cp1252", "comma-utf8-bom", "xlsx"])
def test_each_variant_of_the_example_data_gives_identical_figures(tmp_path: Path, reference: dict, variant: str):
    folder = write_variant(tmp_path / "data", variant)
    figures = every_figure(prepare(read_settings({"RESULTS_DATA_PATH": str(folder)})))
    assert len(figures) > 200
    assert figures == reference
