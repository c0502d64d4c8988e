"""A survey's figures per unit: each unit's own rounds, the programme's the sum of the units', and
every answer count protected across units (``figures/survey_units.py``)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from public_results.data.datasets import Question as Asked
from public_results.data.datasets import Round, ScaleStep, Survey, Unit
from public_results.data.validate import SurveyRound
from public_results.figures.book import FigureBook
from public_results.figures.definitions import BASE, POSITIVE
from public_results.figures.figure import Pins
from public_results.figures.survey_units import protect_answers
from public_results.figures.units import ByUnit, add_units, unit_dataset
from public_results.privacy.suppression import determined

SCALE = (ScaleStep("Meget", True, True), ScaleStep("Noget", True, True), ScaleStep("Lidt", False, True),
         ScaleStep("Slet ikke", False, True), ScaleStep("Ved ikke", False, False))  # fmt: skip
UNITS = (Unit("nord", "Nord"), Unit("syd", "Syd"), Unit("oe", "Ø"))


def survey_book(answers: dict[str, list[int]]) -> FigureBook:
    """A book with one round of »evaluering«: each unit's answers to »håb« (indexes of the scale)."""
    survey = Survey("evaluering", "Evaluering", "Test", True, (Round("2023", "e.csv", dt.date(2023, 11, 30)),),
                    (Asked("håb", "Håb?", "Håb"),), SCALE, False, (), (), "", unit_column="Enhed")  # fmt: skip
    rows = [(unit, code) for unit, codes in answers.items() for code in codes]
    table = pd.DataFrame({"håb": [c for _, c in rows], "unit": [u for u, _ in rows]})
    book = FigureBook(surveys={"evaluering": [SurveyRound(survey, survey.rounds[0], table)]}, outcomes={})
    add_units(book, "evaluering", UNITS)
    return book


ANSWERS = {"nord": [0] * 30 + [1] * 20 + [2] * 6 + [3] * 5 + [4] * 3, "syd": [0] * 12 + [1] * 14 + [2] * 7 + [3] * 2,
           "oe": [0, 1, 1, 3]}  # fmt: skip


def test_every_survey_figure_exists_per_unit_and_the_programmes_is_the_sum_of_the_units():
    book = survey_book(ANSWERS)
    assert list(book.surveys) == ["evaluering"] and isinstance(book.surveys, ByUnit)
    assert book.surveys["evaluering@syd"][0].survey.title == "Evaluering – Syd"
    figures = {u.key: book.figure(unit_dataset("evaluering", u.key), "håb", Pins()) for u in UNITS}
    whole = book.figure("evaluering", "håb", Pins())
    assert (figures["nord"].count.value, figures["nord"].base.value) == (50, 61)  # »Ved ikke« is not counted
    assert whole.count.value == sum(f.count.value for f in figures.values()) == 50 + 26 + 3
    assert whole.base.value == sum(f.base.value for f in figures.values()) == 61 + 35 + 4
    responses = {u.key: book.figure(unit_dataset("evaluering", u.key), "besvarelser", Pins()).count for u in UNITS}
    assert responses["oe"].status == "small" and book.figure("evaluering", "besvarelser", Pins()).count.value == 103
    assert responses["nord"].suppressed or responses["syd"].suppressed  # one protects Ø's


def family(answers: dict[str, dict[str, int]]) -> tuple[dict[str, int], dict[str, frozenset[str]]]:
    """The family's relations written out independently of the plugin: each unit's positive count
    and base, and the programme's steps, positive count and base as sums over the units."""
    steps = [s.answer for s in SCALE if s.counted]
    positive = [s.answer for s in SCALE if s.positive]
    cells = {f"{u}/{s}": n for u, row in answers.items() for s, n in row.items()}
    sums = {f"{u}/{POSITIVE}": frozenset(f"{u}/{s}" for s in positive) for u in answers}
    sums |= {f"{u}/{BASE}": frozenset(f"{u}/{s}" for s in steps) for u in answers}
    sums |= {f"programmet/{s}": frozenset(f"{u}/{s}" for u in answers) for s in steps}
    sums[f"programmet/{POSITIVE}"] = frozenset(f"{u}/{s}" for u in answers for s in positive)
    sums[f"programmet/{BASE}"] = frozenset(cells)
    return cells, sums


def test_a_small_units_answers_cannot_be_worked_out_as_the_programme_minus_the_other_units():
    answers = {"nord": {"Meget": 30, "Noget": 20, "Lidt": 6, "Slet ikke": 5},
               "syd": {"Meget": 12, "Noget": 14, "Lidt": 7, "Slet ikke": 2},
               "oe": {"Meget": 1, "Noget": 2, "Lidt": 0, "Slet ikke": 1}}  # fmt: skip
    counts = protect_answers(answers, frozenset({"Meget", "Noget"}), 5)
    cells, sums = family(answers)
    assert counts["oe/Meget"].status == "small" and counts["programmet/Meget"].value == 43
    suppressed = [name for name, count in counts.items() if count.suppressed]
    assert "syd/Slet ikke" in suppressed and "oe/Slet ikke" in suppressed
    for name in suppressed:
        assert not determined(name, cells, sums, counts), name
    # the programme's share is published whenever the primary rule allows, as without units
    assert not counts[f"programmet/{POSITIVE}"].suppressed and not counts[f"programmet/{BASE}"].suppressed
