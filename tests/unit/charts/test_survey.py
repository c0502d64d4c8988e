"""Survey charts: positive answers per question, the whole answer scale, a background question."""

from __future__ import annotations

from public_results.charts.by_name import chart_view
from public_results.charts.palette import SUPPRESSED
from public_results.charts.survey import questions
from public_results.danish import words
from public_results.figures.figure import Pins
from public_results.figures.prepare import prepare

NBSP = "\u00a0"


def protected_book(settings, threshold: int):
    book = prepare(settings)
    book.threshold = threshold
    return book


def segments_of(view) -> list[dict]:
    return [row for rows in view.spec["narrow"]["datasets"].values() for row in rows if "start" in row]


def test_questions_come_highest_share_first(book):
    survey_round = book.survey_round("evaluering", Pins())
    assert [q.label for q in questions(book, survey_round)] == ["Håb", "Tryg"]


def test_a_questions_hidden_answers_are_one_grey_segment_that_reveals_only_what_the_shown_figures_give(settings):
    book = protected_book(settings, 3)  # håb: 2 »Meget enig«, 3 »Enig«, 1 »Uenig« of 6; tryg: 1, 3, 3 of 7
    view = chart_view(book, "evaluering.svarfordeling", Pins(), settings)
    segments = segments_of(view)
    grey = [s for s in segments if s["colour"] == SUPPRESSED]
    assert sorted((s["label"], s["answer"], s["text"]) for s in grey) == [
        ("Håb", words.SCALE_SUPPRESSED_ANSWER, words.SUPPRESSED_CELL),  # all 6: n, nothing shown
        ("Tryg", words.SCALE_SUPPRESSED_ANSWER, words.SUPPRESSED_CELL),  # the 1 = n − the shown answers
    ]
    widths = {s["label"]: round(s["end"] - s["start"], 6) for s in grey}
    assert widths["Håb"] == 100.0  # what n and the (all hidden) shown answers already say
    # tryg: hiding »Enig« (3) too would not protect the 1: the positive count 4 and the rule (»hidden«
    # is 0 or at least 3) pin it anyway, so it stays as public as the figures it follows from
    assert widths["Tryg"] == round(100 / 7, 6)
    shown = {(s["label"], s["answer"]) for s in segments if s["colour"] != SUPPRESSED}
    assert shown == {("Tryg", "Enig"), ("Tryg", "Uenig")}
    assert any(row[0] == "Håb" and words.SUPPRESSED_CELL in row for row in view.rows)
    assert view.note and view.suppressed > 0


def test_the_suppressed_segments_stand_apart_from_both_sides_behind_a_dividing_line(settings):
    view = chart_view(protected_book(settings, 3), "evaluering.svarfordeling", Pins(), settings)
    segments = segments_of(view)
    grey = [s for s in segments if s["colour"] == SUPPRESSED]
    sides = [s for s in segments if s["colour"] != SUPPRESSED]
    positive_end = max([s["end"] for s in sides] + [0.0])
    negative_start = min([s["start"] for s in sides] + [0.0])
    assert grey and sides
    for segment in grey:  # neither in the positive side's range nor in the other side's
        assert segment["start"] > positive_end and segment["start"] > 0 > negative_start
    main = view.spec["narrow"]["vconcat"][1]
    assert [layer["mark"]["type"] for layer in main["layer"]] == ["bar", "text", "text", "rule"]
    (divider,) = {
        row["divider"] for rows in view.spec["narrow"]["datasets"].values() for row in rows if "divider" in row
    }
    assert positive_end < divider < min(s["start"] for s in grey)
    domain = main["layer"][0]["encoding"]["x"]["scale"]["domain"]
    assert domain[0] <= negative_start and max(s["end"] for s in grey) <= domain[1]
    legend = [row for rows in view.spec["narrow"]["datasets"].values() for row in rows if "column" in row]
    assert [row["answer"] for row in legend if row["colour"] == SUPPRESSED] == [
        words.SCALE_SUPPRESSED_KEY.format(marker="..")
    ]


def test_without_suppressed_answers_there_is_no_grey_column_and_no_dividing_line(settings):
    view = chart_view(protected_book(settings, 1), "evaluering.svarfordeling", Pins(), settings)
    assert not [s for s in segments_of(view) if s["colour"] == SUPPRESSED]
    assert [layer["mark"]["type"] for layer in view.spec["narrow"]["vconcat"][1]["layer"]] == ["bar", "text", "text"]


def test_no_bar_is_drawn_for_a_question_whose_n_or_positive_count_is_suppressed(settings):
    book = protected_book(settings, 7)  # håb's n is 6: below the threshold
    view = chart_view(book, "evaluering.svarfordeling", Pins(), settings)
    assert {s["label"] for s in segments_of(view)} <= {"Tryg"}
    agreement = chart_view(book, "evaluering.enighed", Pins(), settings)
    assert agreement.title == words.AGREEMENT_TITLE_PLAIN  # the lowest share cannot be named
    assert f"83{NBSP}%" not in " ".join(" ".join(r) for r in agreement.rows)


def test_the_agreement_title_names_the_lowest_share_only_when_every_share_is_shown(book, settings):
    view = chart_view(book, "evaluering.enighed", Pins(), settings)
    assert f"57{NBSP}%" in view.title
    assert "Håb" in view.alt and "Tryg" in view.alt and "(n =" not in view.alt
