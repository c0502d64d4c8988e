"""The key messages that open a briefing's PDF: true to the data (a rise is »en stigning« only when
the figure rose), the base said, a suppressed figure never named, targets first, at most five."""

from __future__ import annotations

import datetime as dt

from public_results.figures.briefings import Briefing, briefings, key_messages

FIRST, SECOND = dt.date(2021, 6, 30), dt.date(2022, 2, 15)
NBSP = "\u00a0"


def test_a_message_names_the_figure_its_base_and_a_rise_a_fall_or_no_change(book, settings):
    names = ["forløb.alle", "forløb.aktive.andel", "forløb.placeret", "evaluering.håb"]
    assert key_messages(book, names, briefings(book)[1], settings, {}) == [
        # small counts in words, also the change and the figure before
        "Alle borgere siden start: fem. Det er en stigning på én siden den 30. juni 2021, da tallet var fire.",
        f"I aktivt forløb: 80{NBSP}% af de fem, der har været i forløb siden start. "
        f"Det er et fald på 20 procentpoint siden den 30. juni 2021, da tallet var 100{NBSP}%.",
        "Placeret: to af de fire, der er i aktivt forløb. Tallet er uændret siden den 30. juni 2021.",
        f"Håb: 83{NBSP}% af de seks, der har svaret på spørgsmålet. "
        f"Det er en stigning på 33 procentpoint siden 2020-målingen, da tallet var 50{NBSP}%.",
    ]


def test_the_first_briefing_has_no_changes_and_a_survey_without_a_round_here_is_left_out(book, settings):
    first = briefings(book)[0]
    assert key_messages(book, ["forløb.alle", "evaluering.håb"], first, settings, {}) == [
        "Alle borgere siden start: fire.",
        f"Håb: 50{NBSP}% af de to, der har svaret på spørgsmålet.",
    ]
    later = Briefing(SECOND, FIRST, ())  # no survey round joins this one
    assert key_messages(book, ["evaluering.håb"], later, settings, {}) == []


def test_a_suppressed_figure_is_never_named_and_a_change_from_a_suppressed_one_is_left_out(make_book, settings):
    book = make_book()
    book.threshold = 5  # the counts below 5 are hidden: the active, the placed, and everything before
    names = ["forløb.alle", "forløb.aktive", "forløb.placeret", "evaluering.håb"]
    # Every status is below 5 on the second date too, and »alle« (5) is hidden: shown, it would say
    # that the ended (»færre end 5«) are 5 minus the active (3 or 4), so 1 or 2 (issue 17).
    assert key_messages(book, names, briefings(book)[1], settings, {}) == [
        f"Håb: 83{NBSP}% af de seks, der har svaret på spørgsmålet.",  # one of two in 2020: suppressed
    ]


def test_targets_come_first_then_the_largest_changes_and_at_most_five(book, settings):
    names = [
        "forløb.alle", "forløb.aktive", "forløb.placeret", "forløb.afsluttet",
        "evaluering.håb", "evaluering.tryg", "forløb.placeret.andel",
    ]  # fmt: skip
    targets = {"forløb.placeret.andel": 40}
    found = key_messages(book, names, briefings(book)[1], settings, targets)
    assert len(found) == 5
    assert found[-1] == (
        f"Placeret: 50{NBSP}% af de fire, der er i aktivt forløb. "
        f"Tallet er uændret siden den 30. juni 2021. Målet er 40{NBSP}%; tallet ligger 10 procentpoint over."
    )  # in the order of the settings, though chosen first
    assert not any(m.startswith(("I aktivt forløb", "Placeret: to ")) for m in found)  # unchanged, chosen last


def test_a_target_met_exactly_is_said_so_and_a_count_below_its_target_says_by_how_many(book, settings):
    second = briefings(book)[1]
    (hope,) = key_messages(book, ["evaluering.håb"], second, settings, {"evaluering.håb": 83})
    assert hope.endswith(f"Målet på 83{NBSP}% er nået.")
    (everyone,) = key_messages(book, ["forløb.alle"], second, settings, {"forløb.alle": 10})
    assert everyone.endswith("Målet er ti; tallet ligger fem under.")  # a count in words
