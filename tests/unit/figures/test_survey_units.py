"""A survey's figures per unit: each unit's own rounds, the programme's the sum of the units', and
every answer count protected across units (``figures/survey_units.py``)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from public_results.charts.by_name import chart_view
from public_results.danish import words
from public_results.danish.style import count_in_text
from public_results.data.datasets import Background, Round, ScaleStep, Survey, Unit
from public_results.data.datasets import Question as Asked
from public_results.data.validate import SurveyRound
from public_results.figures.book import FigureBook
from public_results.figures.definitions import BASE, POSITIVE
from public_results.figures.figure import Pins
from public_results.figures.hidden import survey_hidden
from public_results.figures.methods import method_view
from public_results.figures.survey_units import exposed, protect_answers, protect_background
from public_results.figures.units import ByUnit, add_units, unit_dataset
from public_results.privacy.suppression import Count, determined
from public_results.settings import read_settings

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


AGES = ("Ung", "Voksen", "Ældre")
AGE_ROWS = {"nord": ["Ung"] * 12 + ["Voksen"] * 30 + ["Ældre"] * 8 + [""] * 2,
            "syd": ["Ung"] * 7 + ["Voksen"] * 20 + ["Ældre"] * 3,
            "oe": ["Ung", "Voksen", "Voksen", "Ældre"]}  # fmt: skip


def background_book(ages: dict[str, list[str]]) -> FigureBook:
    """A book with one round of »evaluering« whose responses carry an age group (»alder«)."""
    survey = Survey("evaluering", "Evaluering", "Test", True, (Round("2023", "e.csv", dt.date(2023, 11, 30)),),
                    (Asked("håb", "Håb?", "Håb"),), SCALE, False, (Background("alder", "Alder", AGES),), (), "",
                    unit_column="Enhed")  # fmt: skip
    rows = [(unit, age) for unit, found in ages.items() for age in found]
    table = pd.DataFrame({"håb": [0] * len(rows), "alder": [a for _, a in rows], "unit": [u for u, _ in rows]})
    book = FigureBook(surveys={"evaluering": [SurveyRound(survey, survey.rounds[0], table)]}, outcomes={})
    add_units(book, "evaluering", UNITS)
    return book


def test_background_per_unit_is_protected_with_the_programme_and_each_units_responses_as_one_table():
    book = background_book(AGE_ROWS)
    tables = {u: book.background_counts(book.surveys[unit_dataset("evaluering", u)][0], "alder")
              for u in ("nord", "syd", "oe")}  # fmt: skip
    whole = book.background_counts(book.surveys["evaluering"][0], "alder")
    # the relations written out here: each unit's values sum to its responses, the programme's are the units'
    values = [*AGES, ""]
    cells = {f"{u}/{v}": tables[u][v].value for u in tables for v in values}
    sums = {f"{u}/besvarelser": frozenset(f"{u}/{v}" for v in values) for u in tables}
    sums |= {f"programmet/{v}": frozenset(f"{u}/{v}" for u in tables) for v in values}
    sums["programmet/besvarelser"] = frozenset(cells)
    counts = {f"{u}/{v}": count for u, table in tables.items() for v, count in table.items()}
    counts |= {f"programmet/{v}": count for v, count in whole.items()}
    assert whole["Voksen"].value == 52 and tables["nord"]["Voksen"] == Count(30, "shown")  # a unit shows its own
    for unit, table in tables.items():  # each total is the unit's responses as its pages publish them
        assert table["besvarelser"] == book.figure(unit_dataset("evaluering", unit), "besvarelser", Pins()).count
    assert tables["oe"]["Ung"].status == "small" and tables["nord"][""].status == "small"
    suppressed = [name for name, count in counts.items() if count.suppressed]
    for name in suppressed:  # not from the programme minus the other units, nor from a unit's responses
        assert not determined(name, cells, sums, counts), name
    assert exposed(cells, sums, counts, 5) == []  # nor narrowed by the rule's words


def test_a_unit_chart_of_a_background_question_shows_the_units_shown_values_and_hides_the_rest():
    book = background_book(AGE_ROWS)  # {{ graf: evaluering.alder | enhed: nord }}
    view = chart_view(book, "evaluering@nord.alder", Pins(), read_settings({}))
    cells = dict((row[0], row[1:]) for row in view.rows)
    assert view.title == "Voksen: knap tre ud af fem (30 af 52)"  # the unit's own, with its 52 responses
    assert cells["Voksen"][0] == "30" and cells["Ung"][0] == view.marker
    assert view.suppressed == sum(c.suppressed for v, c in book.background_counts(
        book.surveys["evaluering@nord"][0], "alder").items() if v != "besvarelser")  # fmt: skip
    assert "12" not in " ".join(map(str, view.rows)) + view.alt and "52" in view.subtitle + view.alt


def test_background_values_the_shown_responses_would_give_away_are_hidden_for_every_unit():
    # a: 6 responses, one »Ung« (small) and five »Voksen«: with a's 6 shown, any »Voksen« but 5
    # would be 0 or at least 5 and pin »Ung« to 1, so no table of units is safe: every unit's values hidden
    cells = {"a": {"Ung": 1, "Voksen": 5}, "b": {"Ung": 20, "Voksen": 30}}
    totals = {"programmet": Count(56), "a": Count(6), "b": Count(50)}
    counts = protect_background(cells, totals, 5)
    assert all(counts[f"{u}/{v}"].suppressed for u in cells for v in ("Ung", "Voksen"))
    assert counts["a/besvarelser"] == Count(6) and counts["programmet/Ung"].value == 21


def test_a_programmes_survey_method_box_names_the_units_whose_own_figures_are_hidden():
    book = survey_book(ANSWERS)
    settings = read_settings({})
    book.threshold = settings.min_count
    lines = method_view(book, "evaluering", Pins(), settings).lines
    hidden = {u.name: survey_hidden(book, unit_dataset("evaluering", u.key), Pins()).count for u in UNITS}
    assert hidden["Ø"] > 0  # Ø's four answers
    named = [name for name, n in hidden.items() if n]
    count = count_in_text(sum(hidden.values()), neuter=True)
    units = f"{', '.join(named[:-1])} og {named[-1]}" if len(named) > 1 else named[0]
    assert f"Af enhedernes egne tal i 2023-målingen er {count} skjult, hos {units}." in lines
    own = survey_hidden(book, "evaluering", Pins()).count
    assert (words.METHOD_HIDDEN_NONE_TOTAL in lines) == (own == 0)  # never »Ingen tal er skjult« beside it
    assert words.METHOD_HIDDEN_NONE not in lines
    assert sum(words.QUOTED.format(text=settings.suppressed_marker) in line for line in lines) == 1
