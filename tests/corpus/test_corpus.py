"""Malformed-input corpus: every awkward or broken file gives a correct table or our own error.

Each file in ``tests/corpus/files/`` has one case in ``tests/corpus/cases.yaml``. A case
reads the file with ``read_table`` (with the case's ``sheet`` and ``max_bytes``) and, when
that works, validates the table against one dataset of ``tests/corpus/datasets.yaml``
(``survey`` or ``outcome``) with today = 2026-01-01. It then checks the exact table, the
exact validated rows, or the exact error lines (the first line of ``str(Problem)``, in
the order the plugin reports them). Whatever happens, only a ``ResultsError`` may escape,
every problem names the file, a problem about a cell names its spreadsheet row (the header
is row 1), and every problem says in Danish how to fix it.

To add a case:
1. Add the file's bytes to ``files()`` in ``tests/corpus/make_corpus.py`` (keep it to a few
   rows) and regenerate the files:  ``.venv/bin/python tests/corpus/make_corpus.py``.
   The script is deterministic (workbooks too), so only the new file changes.
2. Add an entry to ``tests/corpus/cases.yaml``. Write the expectation from what the file
   *should* give, by hand, before running the test.
3. Run ``.venv/bin/python -m pytest tests/corpus/test_corpus.py -q``. If the plugin is wrong, keep
   the correct expectation and add ``xfail: <the bug, in one sentence>`` to the case (strict:
   the test fails once the bug is fixed, so the marker is removed with the fix).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from public_results.data.datasets import Outcome, Survey
from public_results.data.descriptor import read_descriptor
from public_results.data.load import read_table
from public_results.data.validate import validate_outcome, validate_survey
from public_results.errors import Problem, ResultsError

CORPUS = Path(__file__).resolve().parent
FILES = CORPUS / "files"
TODAY = dt.date(2026, 1, 1)
CASES = yaml.safe_load((CORPUS / "cases.yaml").read_text(encoding="utf-8"))["cases"]
CASE_KEYS = {"file", "dataset", "sheet", "max_bytes", "table", "validated", "errors", "xfail"}
DANISH_WORDS = {"og", "eller", "i", "en", "et", "den", "det", "filen", "som", "at", "på", "med", "fra", "til", "de"}


def case_param(case: dict) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, id=case["file"], marks=marks)


@pytest.fixture(scope="module")
def datasets() -> dict[str, Survey | Outcome]:
    descriptor = read_descriptor(CORPUS / "datasets.yaml")
    by_kind = {"survey": Survey, "outcome": Outcome}
    return {kind: next(d for d in descriptor.datasets.values() if isinstance(d, cls)) for kind, cls in by_kind.items()}


def run_case(case: dict, dataset: Survey | Outcome) -> tuple[pd.DataFrame | None, object, list[Problem]]:
    """The table, the validated result and the problems; only our own errors are caught."""
    path = FILES / case["file"]
    table, result = None, None
    try:
        table = read_table(path, case.get("sheet"), case.get("max_bytes", 50_000_000))
        if isinstance(dataset, Survey):
            round_ = dataclasses.replace(dataset.rounds[0], file=path.name, sheet=case.get("sheet"))
            result = validate_survey(table, dataset, round_)
        else:
            result = validate_outcome(table, dataclasses.replace(dataset, file=path.name), TODAY)
    except ResultsError as error:
        return table, None, error.problems
    return table, result, []


def validated_rows(result: object) -> object:
    """Outcome: [citizen, ISO date, category] per row; survey: each column as a list."""
    if hasattr(result, "events"):
        events = result.events
        return [
            [citizen, day.date().isoformat(), category]
            for citizen, day, category in zip(events["citizen"], events["date"], events["category"], strict=True)
        ]
    return {column: result.answers[column].tolist() for column in result.answers.columns}


def first_line(problem: Problem) -> str:
    return str(problem).splitlines()[0]


@pytest.mark.parametrize("case", [case_param(case) for case in CASES])
def test_corpus_file(case, datasets):
    assert set(case) <= CASE_KEYS, f"unknown keys in the case: {set(case) - CASE_KEYS}"
    assert {"table", "validated", "errors"} & set(case), "a case expects a table, validated rows or errors"
    assert not ({"validated", "errors"} <= set(case)), "a case is either validated or has errors"
    try:
        table, result, problems = run_case(case, datasets[case["dataset"]])
    except Exception as error:  # anything but our own error is a traceback for the user
        pytest.fail(f"{type(error).__name__} escaped instead of a ResultsError: {error}")

    for problem in problems:
        assert problem.file == case["file"]
        assert str(problem).startswith(case["file"])
        if problem.column is not None or problem.value is not None:
            assert problem.row is not None and problem.row >= 1, f"a problem about a cell names no row: {problem}"
        assert problem.fix.strip(), f"no fix: {problem}"
        assert DANISH_WORDS & set(re.findall(r"\w+", problem.fix.casefold())), f"fix not in Danish: {problem.fix}"

    if "table" in case:
        expected = case["table"]
        assert table is not None, f"read_table failed: {[first_line(p) for p in problems]}"
        assert list(table.columns) == expected["header"]
        assert table.values.tolist() == expected["rows"]
        assert list(table.index) == expected["index"]
    if "validated" in case:
        assert not problems, [first_line(p) for p in problems]
        assert validated_rows(result) == case["validated"]
    if "errors" in case:
        assert [first_line(p) for p in problems] == case["errors"]


def test_every_file_has_a_case_and_every_case_a_file():
    files = {path.name for path in FILES.iterdir() if path.is_file()}
    cased = [case["file"] for case in CASES]
    assert len(cased) == len(set(cased)), "a file has two cases"
    assert files == set(cased)
    assert len(cased) >= 30
