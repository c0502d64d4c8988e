"""A survey's figures per unit and for the programme, protected across units.

A survey with units (a unit per response, ``data/read.py``) is a family like an outcome's
(``figures/units.py``): the programme's rounds under the survey's key (»evaluering«), each unit's
under »evaluering@nord«, a survey whose title names the unit. The programme's counts are the sums
of the units'. Per round, each question's answers (every counted step, the positive ones and
the base) are protected as one table of every unit and the programme (``protect_answers``), and
so are the responses (``protect_programme``): no small answer count of a unit can be worked out
as the programme's count minus the other units'. Background questions are not shown per unit yet: a unit's background
values are all hidden, its total is its protected responses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..data.validate import SurveyRound
from ..privacy.suppression import AUDIT_LIMIT, HIDDEN, Count, suppress
from . import counting
from .definitions import BASE, POSITIVE, RESPONSES
from .units import PROGRAMME, item, member_table, protect_programme, unit_dataset

if TYPE_CHECKING:
    from .book import FigureBook


def _unit_round(book: FigureBook, programme: str, unit: str, round_name: str) -> SurveyRound:
    """The unit's round called ``round_name``, with its responses (read now if it came from the cache)."""
    found = next(r for r in book.surveys[unit_dataset(programme, unit)] if r.round.name == round_name)
    return book.rows(found)


def answers_table(book: FigureBook, programme: str, member: str, round_name: str, question: str) -> dict[str, Count]:
    """One member's (a unit's key, or PROGRAMME) answers to ``question`` in the round, protected with
    every unit's and the programme's as one table; remembered for the family."""

    def make() -> dict[str, Count]:
        survey = book.surveys[programme][0].survey
        cells = {
            u.key: counting.answer_counts(_unit_round(book, programme, u.key, round_name), question)
            for u in book.units[programme]
        }
        positive = frozenset(s.answer for s in survey.scale if s.positive and s.counted)
        return protect_answers(cells, positive, book.threshold)

    def mine() -> dict[str, Count]:  # the member's part, remembered: the family's table is large
        return member_table(book.remember(programme, ("units answers", round_name, question), make), member)

    return book.remember(unit_dataset(programme, member), ("answers", round_name, question), mine)


def protect_answers(
    cells: Mapping[str, Mapping[str, int]], positive: frozenset[str], threshold: int
) -> dict[str, Count]:
    """Each unit's answers per step (``cells``: unit -> step -> count) and the programme's, named
    »nord/<step>«, »programmet/__n__«, protected as one table. The programme's positive count and
    base are published whenever the primary rule allows, as in a survey without units (``suppress``'s
    ``fixed``); a unit's may be hidden to protect another unit's answers (the units' positive counts
    and bases together would give away a small unit's »n minus positive«). That holds when the table
    fits the general audit (``AUDIT_LIMIT``: about 15 units of a five-step scale); a larger programme
    is protected by ``protect_programme``, which may hide the programme's too (last)."""
    every = list(dict.fromkeys(step for row in cells.values() for step in row))  # the scale's order
    if (len(cells) + 1) * (len(every) + 2) > AUDIT_LIMIT:
        return protect_programme(cells, {POSITIVE: positive, BASE: frozenset(every)}, threshold)[0]
    flat = {item(unit, step): row.get(step, 0) for unit, row in cells.items() for step in every}
    sums = {item(PROGRAMME, step): frozenset(item(u, step) for u in cells) for step in every}
    for member, members in [*((u, [u]) for u in cells), (PROGRAMME, list(cells))]:
        sums[item(member, POSITIVE)] = frozenset(item(u, step) for u in members for step in positive)
        sums[item(member, BASE)] = frozenset(item(u, step) for u in members for step in every)
    fixed = frozenset({item(PROGRAMME, POSITIVE), item(PROGRAMME, BASE)})
    return suppress(flat, sums, threshold, fixed)


def responses_count(book: FigureBook, programme: str, member: str, round_name: str) -> Count:
    """How many of a member answered the round, protected with every unit's and the programme's."""

    def make() -> dict[str, Count]:
        cells = {
            u.key: {RESPONSES: counting.responses(_unit_round(book, programme, u.key, round_name))}
            for u in book.units[programme]
        }
        return protect_programme(cells, {}, book.threshold)[0]

    def mine() -> Count:  # the member's part, remembered
        return member_table(book.remember(programme, ("units responses", round_name), make), member)[RESPONSES]

    return book.remember(unit_dataset(programme, member), ("units response", round_name), mine)


def background_table(
    book: FigureBook, programme: str, member: str, survey_round: SurveyRound, key: str
) -> dict[str, Count]:
    """A member's responses per background value: a unit's all hidden (not shown per unit yet), its
    total its protected responses; the programme's protected on their own, its total hidden when
    the responses across units hide it."""

    def make() -> dict[str, Count]:
        responses = responses_count(book, programme, member, survey_round.round.name)
        cells = counting.background_counts(book.rows(survey_round), key)
        if member != PROGRAMME:
            return {value: Count(count, HIDDEN) for value, count in cells.items()} | {RESPONSES: responses}
        hide = frozenset({RESPONSES}) if responses.status == HIDDEN else frozenset()
        return suppress(cells, {RESPONSES: frozenset(cells)}, book.threshold, hide=hide)

    return book.remember(survey_round.survey.key, ("background", survey_round.round.name, key), make)
