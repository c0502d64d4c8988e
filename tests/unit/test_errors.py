"""Problems say what is wrong, where, and how to fix it; errors list them all, numbered."""

from __future__ import annotations

import pytest

from public_results.errors import (
    BuildFailed,
    ContentError,
    DataError,
    DescriptorError,
    NotFound,
    Problem,
    ResultsError,
)

CELL = Problem(
    file="forloeb.csv",
    row=7,
    column="Status",
    value="Afk***",
    what="statussen er ikke beskrevet",
    fix="Tilføj statussen under »raw«.",
)


def test_a_problem_names_file_row_column_value_and_fix():
    text = str(CELL)
    assert text.startswith("forloeb.csv, række 7, kolonne »Status«: statussen er ikke beskrevet")
    assert "(værdi: »Afk***«)" in text
    assert text.endswith("Sådan retter du det: Tilføj statussen under »raw«.")


def test_a_problem_in_a_text_file_names_its_line():
    text = str(Problem(file="artikel.md", line=12, what="tallet findes ikke", fix="Ret navnet."))
    assert text.startswith("artikel.md, linje 12: tallet findes ikke")
    assert "række" not in text
    assert "kolonne" not in text
    assert "værdi" not in text


def test_an_error_reports_every_problem_numbered_under_its_heading():
    second = Problem(file="datasets.yaml", what="feltet mangler", fix="Tilføj det.")
    error = DataError([CELL, second])
    lines = error.report().splitlines()
    assert lines[0] == "Datafilerne har fejl: 2 problemer."
    assert lines[1].startswith("1. forloeb.csv, række 7")
    assert any(line.startswith("2. datasets.yaml: feltet mangler") for line in lines)
    assert str(error) == error.report()


def test_one_problem_is_reported_in_the_singular():
    assert DescriptorError(CELL).report().startswith("Beskrivelsen af datafilerne har fejl: 1 problem.")
    assert DescriptorError(CELL).problems == [CELL]


@pytest.mark.parametrize("kind", [DescriptorError, DataError, ContentError, BuildFailed])
def test_every_build_error_is_a_results_error_with_its_own_heading(kind):
    error = kind(CELL)
    assert isinstance(error, ResultsError)
    assert error.report().startswith(kind.heading + ":")


def test_not_found_keeps_what_and_fix_for_the_caller_to_place():
    error = NotFound("grafen findes ikke", "Brug en af: a, b.")
    assert (error.what, error.fix, str(error)) == ("grafen findes ikke", "Brug en af: a, b.", "grafen findes ikke")
