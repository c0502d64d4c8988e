"""Compute: each citizen's status on a day, counts per category and group, survey tables."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd

from public_results.data.datasets import Background
from public_results.data.validate import OutcomeLog, SurveyRound
from public_results.figures.counting import answer_counts, background_counts, outcome_counts, responses, status_on

FIRST, SECOND = dt.date(2021, 6, 30), dt.date(2022, 2, 15)


def events(*rows: tuple[int, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "citizen": [r[0] for r in rows],
            "date": pd.to_datetime([r[1] for r in rows]),
            "category": [r[2] for r in rows],
        }
    )


def test_the_latest_change_on_or_before_the_day_is_the_status():
    log = events((1, "2021-01-01", "afklaring"), (1, "2021-06-30", "praktik"), (1, "2021-07-01", "afsluttet"))
    assert status_on(log, FIRST).to_dict() == {1: "praktik"}


def test_a_citizen_who_has_not_started_yet_has_no_status():
    log = events((1, "2021-01-01", "afklaring"), (2, "2021-07-01", "afklaring"))
    assert status_on(log, FIRST).to_dict() == {1: "afklaring"}


def test_the_order_of_the_rows_does_not_matter():
    log = events((1, "2021-06-01", "praktik"), (2, "2021-01-01", "afklaring"), (1, "2021-01-01", "afklaring"))
    assert status_on(log, FIRST).to_dict() == {1: "praktik", 2: "afklaring"}


def test_outcome_counts_count_citizens_per_category_and_add_groups_from_their_categories(book):
    log = book.outcomes["forløb"]
    assert outcome_counts(log, FIRST) == {
        "afklaring": 2, "praktik": 1, "frivilligt": 1, "afsluttet": 0,
        "alle": 4, "aktive": 4, "placeret": 2,
    }  # fmt: skip
    assert outcome_counts(log, SECOND) == {
        "afklaring": 2, "praktik": 1, "frivilligt": 1, "afsluttet": 1,
        "alle": 5, "aktive": 4, "placeret": 2,
    }  # fmt: skip


def test_outcome_counts_agree_with_each_citizens_status_on_every_day(book):
    """The one-pass count over the sorted log is ``status_on`` counted: rows out of order, a change
    on the day, a change after it, a citizen not started yet, two changes on one day (the later row wins)."""
    rows = events(
        (3, "2021-06-30", "praktik"), (1, "2021-01-01", "afklaring"), (2, "2021-07-01", "afklaring"),
        (1, "2021-06-30", "frivilligt"), (3, "2021-02-01", "afklaring"), (4, "2021-03-01", "afklaring"),
        (4, "2021-03-01", "praktik"), (1, "2022-01-01", "afsluttet"),
    )  # fmt: skip
    log = OutcomeLog(book.outcomes["forløb"].outcome, rows)
    for day in (dt.date(2020, 12, 31), dt.date(2021, 3, 1), FIRST, dt.date(2021, 7, 1), SECOND):
        per_category = status_on(rows, day).value_counts()
        expected = {c.key: int(per_category.get(c.key, 0)) for c in log.outcome.categories}
        assert {k: v for k, v in outcome_counts(log, day).items() if k in expected} == expected, day
    assert outcome_counts(log, FIRST)["praktik"] == 2  # 3 on the day, 4 the later of two rows


def test_background_counts_follow_the_descriptor_order_and_count_blanks_apart(book):
    newest = book.surveys["evaluering"][-1]
    survey = dataclasses.replace(newest.survey, background=(Background("gruppe", "Gruppe", ("B", "A", "C")),))
    values = ["a", "B", "", "A", "b ", "A", "B", "a", "", "A"][: len(newest.answers)]
    answers = newest.answers.assign(gruppe=values)
    counts = background_counts(SurveyRound(survey, newest.round, answers), "gruppe")
    assert list(counts) == ["B", "A", "C", ""][: len(counts)]
    assert counts["C"] == 0
    assert sum(counts.values()) == len(answers)


def test_answers_are_counted_per_counted_step_without_dont_know_and_blanks(book):
    newest = book.surveys["evaluering"][-1]
    assert answer_counts(newest, "håb") == {"Meget enig": 2, "Enig": 3, "Uenig": 1}  # not »Ved ikke«, not blank
    assert answer_counts(newest, "tryg") == {"Meget enig": 1, "Enig": 3, "Uenig": 3}
    assert responses(newest) == 8


def test_blanks_count_in_the_base_when_the_descriptor_says_so(make_book):
    book = make_book({"blank_counted: false": "blank_counted: true"})
    counts = answer_counts(book.surveys["evaluering"][-1], "håb")
    assert counts == {"Meget enig": 2, "Enig": 3, "Uenig": 1, "": 1}  # the blank now counts; »Ved ikke« still not
