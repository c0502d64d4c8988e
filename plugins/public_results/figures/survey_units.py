"""A survey's figures per unit and for the programme, protected across units.

A survey with units (a unit per response, ``data/read.py``) is a family like an outcome's
(``figures/units.py``): the programme's rounds under the survey's key (»evaluering«), each unit's
under »evaluering@nord«, a survey whose title names the unit. The programme's counts are the sums
of the units'. Per round, each question's answers (every counted step, the positive ones and
the base) are protected as one table of every unit and the programme (``protect_answers``), and
so are the responses (``protect_programme``): no small answer count of a unit can be worked out
as the programme's count minus the other units'. A background question (e.g. target group) is
protected per round as one table of every unit and the programme too (``protect_background``),
each member's total being its protected responses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..data.validate import SurveyRound
from ..privacy.audit import in_span
from ..privacy.one_sum import kept_open
from ..privacy.ranges import Reader
from ..privacy.suppression import AUDIT_LIMIT, HIDDEN, SMALL, Count, suppress, suppress_with_total
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
    """A member's responses per background value, protected with every unit's and the programme's
    as one table (``protect_background``); its total (``RESPONSES``) is its protected responses."""
    round_name = survey_round.round.name

    def make() -> dict[str, Count]:
        units = book.units[programme]
        cells = {u.key: counting.background_counts(_unit_round(book, programme, u.key, round_name), key) for u in units}
        totals = {m: responses_count(book, programme, m, round_name) for m in (PROGRAMME, *(u.key for u in units))}
        return protect_background(cells, totals, book.threshold)

    whole = book.remember(programme, ("units background", round_name, key), make)
    return member_table(whole, member)


def protect_background(
    cells: Mapping[str, Mapping[str, int]], totals: Mapping[str, Count], threshold: int
) -> dict[str, Count]:
    """Each unit's responses per background value (``cells``: unit -> value -> count) and the
    programme's, named »nord/<value>«, »programmet/besvarelser«, protected as one table, so a unit's
    small cell cannot be worked out as the programme's minus the other units' nor from the unit's
    responses. Each member's total is its responses as their own table protects them (``totals``,
    published on the unit's page): shown there, it is kept shown here (``fixed``); hidden there,
    hidden here from the start. A table that fits the general audit is protected by ``suppress``
    and checked that no small cell is given away by the fixed totals (``exposed``); a larger one by
    ``protect_programme``, kept when it hides no total the responses publish. Otherwise every unit's
    values are hidden (``fallback_background``)."""
    every = list(dict.fromkeys(value for row in cells.values() for value in row))  # the descriptor's order
    if not every:
        return {item(member, RESPONSES): total for member, total in totals.items()}
    rows = {unit: {value: row.get(value, 0) for value in every} for unit, row in cells.items()}
    hide = frozenset(item(m, RESPONSES) for m, total in totals.items() if total.status == HIDDEN)
    shown = frozenset(item(m, RESPONSES) for m, total in totals.items() if not total.suppressed)
    if (len(rows) + 1) * (len(every) + 1) <= AUDIT_LIMIT:
        flat = {item(unit, value): count for unit, row in rows.items() for value, count in row.items()}
        sums = {item(unit, RESPONSES): frozenset(item(unit, value) for value in every) for unit in rows}
        sums |= {item(PROGRAMME, value): frozenset(item(unit, value) for unit in rows) for value in every}
        sums[item(PROGRAMME, RESPONSES)] = frozenset(flat)
        counts = suppress(flat, sums, threshold, fixed=shown, hide=hide)
        if not exposed(flat, sums, counts, threshold):
            return counts
    else:
        counts, _ = protect_programme(rows, {RESPONSES: frozenset(every)}, threshold, hide)
        if not any(counts[name].suppressed for name in shown):
            return counts
    return fallback_background(rows, totals, threshold)


def exposed(
    cells: Mapping[str, int], sums: Mapping[str, frozenset[str]], counts: Mapping[str, Count], threshold: int
) -> list[str]:
    """The small items that the shown items work out or narrow (as ``suppress`` checks them): those
    ``suppress`` had to leave because only a fixed item protects them. (A total hidden in the
    responses' table is hidden there to protect a small one, which is in this table too: it needs
    no protection of its own.)"""
    order = list(cells)
    vectors = {c: tuple(int(c == other) for other in order) for c in order}
    vectors |= {name: tuple(int(c in members) for c in order) for name, members in sums.items()}
    values = {name: counts[name].value for name in vectors}
    small = {name for name in vectors if counts[name].status == SMALL}
    suppressed = frozenset(name for name in vectors if counts[name].suppressed)
    basis = [vectors[name] for name in vectors if name not in suppressed]
    reader = Reader(vectors, values, small, threshold)
    return [
        name
        for name in sorted(small)
        if in_span(vectors[name], basis)
        or reader.narrowed(name, kept_open(name, values[name], True, False, threshold), suppressed)
    ]


def fallback_background(
    rows: Mapping[str, Mapping[str, int]], totals: Mapping[str, Count], threshold: int
) -> dict[str, Count]:
    """Every unit's values hidden, each total its protected responses; the programme's values
    protected on their own with its total as its responses publish it (``suppress_with_total``)."""
    found = {item(m, RESPONSES): total for m, total in totals.items()}
    whole: dict[str, int] = {}
    for unit, row in rows.items():
        for value, count in row.items():
            found[item(unit, value)] = Count(count, HIDDEN)
            whole[value] = whole.get(value, 0) + count
    programme = suppress_with_total(whole, RESPONSES, totals[PROGRAMME], threshold)
    return found | {item(PROGRAMME, name): count for name, count in programme.items()}
