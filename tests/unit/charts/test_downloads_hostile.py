"""CSV downloads and formula injection (issue 17, finding 6): a label that looks like a formula is
written as text a spreadsheet will not run; the site's own numbers, negative ones too, stay numbers."""

from __future__ import annotations

import csv
import io

import pytest

from public_results.charts.by_name import chart_view
from public_results.charts.downloads import csv_text, safe_cell
from public_results.charts.view import Table
from public_results.figures.figure import Pins

pytestmark = pytest.mark.hardening

HYPERLINK = '=HYPERLINK("http://x.example";"klik")'
DDE = "=cmd|' /C calc'!A0"


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


@pytest.mark.parametrize("label", [HYPERLINK, DDE, "+45 1234", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "  =1+1"])
def test_a_cell_that_could_start_a_formula_gets_a_quote_and_is_quoted(label):
    text = csv_text(Table(("Gruppe", "Antal"), ((label, "82"),)))
    line = text.split("\r\n", 1)[1]
    assert line.startswith("\"'")
    assert cells(text)[1] == ["'" + label, "82"]


@pytest.mark.parametrize("number", ["-3", "-1,5", "0", "82", "40,5"])
def test_the_sites_own_numbers_stay_numbers(number):
    assert safe_cell(number) == number
    assert csv_text(Table(("Gruppe", "Ændring"), (("Job", number),))).endswith(f"Job;{number}\r\n")


@pytest.mark.parametrize("text", ["[c]", "2022-02-15", "I afklaring", "Job; løntilskud", "a=b", "e-mail"])
def test_ordinary_text_is_left_as_it_was(text):
    assert safe_cell(text) == text


def test_a_formula_as_a_column_header_is_neutralised_too():
    assert cells(csv_text(Table((DDE, "Antal"), ())))[0] == ["'" + DDE, "Antal"]


@pytest.mark.parametrize("chart", ["forløb.status", "forløb.status.udvikling"])
def test_a_label_from_the_descriptor_is_neutralised_in_the_download(make_book, settings, chart):
    book = make_book({"{label: I afklaring,": f"{{label: '{HYPERLINK}',"})
    view = chart_view(book, chart, Pins(), settings)
    text = csv_text(view.csv)
    assert "'" + HYPERLINK in [cell for row in cells(text) for cell in row]
    assert ";=" not in text and not any(line.startswith("=") for line in text.split("\r\n"))
