"""The descriptor: datasets.yaml becomes typed datasets, or one error listing every mistake."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from public_results.data.datasets import Outcome, Survey
from public_results.data.descriptor import read_descriptor
from public_results.errors import DescriptorError
from support import ROOT

EXAMPLE = ROOT / "data" / "datasets.yaml"


def problems_of(path: Path) -> list:
    with pytest.raises(DescriptorError) as caught:
        read_descriptor(path)
    return caught.value.problems


def problem_naming(path: Path, *names: str):
    """The one problem whose message names all of ``names``."""
    matches = [p for p in problems_of(path) if all(name in p.what for name in names)]
    assert len(matches) == 1, [p.what for p in problems_of(path)]
    return matches[0]


def test_the_example_descriptor_reads_into_a_survey_and_an_outcome():
    descriptor = read_descriptor(EXAMPLE)
    survey, outcome = descriptor.datasets["evaluering"], descriptor.datasets["forløb"]
    assert len(descriptor.datasets) == 2
    assert isinstance(survey, Survey)
    assert isinstance(outcome, Outcome)
    assert len(survey.questions) == 8
    assert [step.answer for step in survey.scale if step.positive] == ["I meget høj grad", "I høj grad"]
    assert outcome.data_dates == (dt.date(2018, 5, 15), dt.date(2022, 2, 15), dt.date(2023, 12, 31))


def test_the_tiny_descriptor_reads_with_defaults_filled_in(descriptor):
    survey, outcome = descriptor.datasets["evaluering"], descriptor.datasets["forløb"]
    assert descriptor.folder == descriptor.path.parent
    assert [r.name for r in survey.rounds] == ["2020", "2021"]
    assert [step.counted for step in survey.scale] == [True, True, True, False]
    assert survey.background == ()
    assert outcome.counted("afklaring").base == "alle"
    assert outcome.counted("alle").categories == ("afklaring", "praktik", "frivilligt", "afsluttet")
    assert outcome.counted("nothing") is None


PARTS = "parts: [afklaring, placeret, afsluttet]"
MISTAKES = [
    pytest.param(
        {"    title: Forløb\n": "    title: Forløb\n    colour: blue\n"}, ["forløb", "colour"], id="unknown key"
    ),
    pytest.param({"    source: Testsystem\n": ""}, ["forløb", "source"], id="missing field"),
    pytest.param(
        {"categories: [praktik, frivilligt], base": "categories: [praktik, frivilig], base"},
        ["placeret", "frivilig"],
        id="unknown category in a group",
    ),
    pytest.param(
        {
            "{answer: Meget enig, positive: true}": "{answer: Meget enig}",
            "{answer: Enig, positive: true}": "{answer: Enig}",
        },
        ["evaluering", "positive"],
        id="scale without positive answers",
    ),
    pytest.param({PARTS: "parts: [afklaring, placeret, praktik, afsluttet]"}, ["status"], id="overlapping parts"),
    pytest.param({PARTS: "parts: [afklaring, afsluttet]"}, ["status", "alle"], id="parts not covering the group"),
    pytest.param({PARTS: "parts: [afklaring, placerede, afsluttet]"}, ["placerede"], id="unknown part"),
    pytest.param({"[Praktik], base: aktive": "[Praktik], base: aktiv"}, ["aktiv", "praktik"], id="unknown base"),
    pytest.param({"    kind: outcome\n": "    kind: udfald\n"}, ["udfald"], id="unknown kind"),
    pytest.param({"    start: 2020-01-01\n": "    start: januar 2020\n"}, ["start", "januar"], id="start not a date"),
]


@pytest.mark.parametrize(("changes", "names"), MISTAKES)
def test_a_mistake_is_a_problem_naming_the_thing_with_a_fix(make_data, changes, names):
    problem = problem_naming(make_data(changes), *names)
    assert problem.file == "datasets.yaml"
    assert problem.fix


def test_several_mistakes_are_reported_together(make_data):
    path = make_data(
        {
            "    title: Forløb\n": "    title: Forløb\n    colour: blue\n",
            "    source: Testevaluering\n": "",
            "raw: [Praktik], base: aktive": "raw: [Praktik], base: aktiv",
        }
    )
    whats = " | ".join(p.what for p in problems_of(path))
    assert "colour" in whats
    assert "source" in whats
    assert "aktiv" in whats


def test_a_yaml_syntax_error_reports_its_line(make_data):
    (problem,) = problems_of(make_data({"    title: Forløb\n": "    title: [Forløb\n"}))
    assert problem.line is not None
    assert 26 <= problem.line <= 28  # the bracket opens on line 26; YAML notices it on the next line
    assert problem.fix


def test_a_missing_descriptor_says_where_it_was_looked_for(tmp_path):
    (problem,) = problems_of(tmp_path / "datasets.yaml")
    assert str(tmp_path) in problem.file
    assert "RESULTS_DESCRIPTOR" in problem.fix


def test_a_descriptor_that_is_a_list_is_a_problem(tmp_path):
    path = tmp_path / "datasets.yaml"
    path.write_text("- evaluering\n- forløb\n", encoding="utf-8")
    assert problems_of(path)


def test_a_data_date_written_as_text_is_a_problem(make_data):
    path = make_data({"data_dates: [2021-06-30, 2022-02-15]": "data_dates: [2021-06-30, 15-02-2022]"})
    assert problem_naming(path, "15-02-2022").fix


def test_an_outcome_without_data_dates_is_a_problem(make_data):
    path = make_data({"data_dates: [2021-06-30, 2022-02-15]": "data_dates: []"})
    assert problem_naming(path, "forløb", "datadatoer").fix


def test_a_group_with_one_category_written_without_brackets_is_a_problem(make_data):
    path = make_data({"categories: [praktik, frivilligt], base": "categories: praktik, base"})
    assert problem_naming(path, "placeret").fix
