"""A raw label with a typo is reported at its line in datasets.yaml with the nearest status in the data."""

from __future__ import annotations

import datetime as dt

import pytest

from public_results.data.descriptor import read_descriptor
from public_results.data.load import read_table
from public_results.data.validate import validate_outcome
from public_results.errors import DataError

TODAY = dt.date(2026, 1, 1)
BLOCK_LIST = """\
      afsluttet:
        label: Afsluttet
        raw:
          - Afsluttet - flytning
          - Afsluttet - andt
"""


def problems(path):
    outcome = read_descriptor(path).datasets["forløb"]
    with pytest.raises(DataError) as caught:
        validate_outcome(read_table(path.parent / outcome.file), outcome, TODAY)
    return caught.value.problems


def line_of(path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line)


def test_a_typo_in_raw_is_one_problem_at_its_descriptor_line_naming_the_nearest_status(make_data):
    path = make_data({"raw: [Afklaring påbegyndt]": "raw: [Afklaring påbegynt]"})
    (problem,) = problems(path)  # the five rows with »Afklaring påbegyndt« give no problem of their own
    assert (problem.file, problem.line, problem.row, problem.value) == (
        "datasets.yaml",
        line_of(path, "Afklaring påbegynt"),
        None,
        "Afklaring påbegynt",
    )
    assert problem.what == (
        "statussen under »forløb.categories.afklaring.raw« findes ikke i forloeb.csv; "
        "den nærmeste status i filen er »Afklaring påbegyndt«"
    )
    assert (
        problem.fix
        == "Ret »Afklaring påbegynt« til »Afklaring påbegyndt« i datasets.yaml, så den står præcis som i filen."
    )


def test_in_a_block_list_the_line_is_the_item_with_the_typo(make_data):
    path = make_data(
        {"      afsluttet: {label: Afsluttet, raw: [Afsluttet - flytning, Afsluttet - andet]}\n": BLOCK_LIST},
        {"forloeb.csv": "BorgerID;Dato;Status\nA;2020-02-01;Afklaring påbegyndt\nA;2021-03-01;Afsluttet - andet\n"},
    )
    (problem,) = problems(path)
    assert problem.line == line_of(path, "- Afsluttet - andt")
    assert problem.what.endswith("den nærmeste status i filen er »Afsluttet - andet«")


def test_a_status_far_from_every_unused_label_stays_a_problem_of_the_data_file(make_data):
    path = make_data(files={"forloeb.csv": "BorgerID;Dato;Status\nA;2020-02-01;Helt ny status\n"})
    (problem,) = problems(path)
    assert (problem.file, problem.row, problem.what) == (
        "forloeb.csv",
        2,
        "statussen er ikke beskrevet (1 gang, fx række 2)",
    )
