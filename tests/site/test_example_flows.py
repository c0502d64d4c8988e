"""Suppression that survives differencing (issue 17, finding 3), on the example data: no two published
stocks of an item that nobody leaves differ by 1 to threshold-1 (a small flow), and no small answer
is pinned by its question's published figures (``privacy/flows.py``, ``privacy/audit.py``). The
unit tests of the walk are in ``tests/unit/privacy/test_flows.py``; random series in
``tests/properties/test_flow_properties.py``."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from public_results.figures.book import FigureBook
from public_results.figures.definitions import BASE, POSITIVE
from public_results.figures.prepare import prepare
from public_results.privacy.audit import pinned
from public_results.privacy.suppression import SMALL
from public_results.settings import read_settings
from support import ROOT

pytestmark = pytest.mark.hardening
DATASET = "forløb"


@pytest.fixture(scope="module")
def example() -> FigureBook:
    return prepare(read_settings({"RESULTS_DATA_PATH": str(ROOT / "data")}))


def _published(book: FigureBook) -> dict[str, list[tuple[dt.date, int]]]:
    """Every shown value of every item, on every date any page of the site shows (all series, all
    data dates), oldest first."""
    dates = book.outcomes[DATASET].outcome.data_dates
    found: dict[tuple[str, dt.date], int] = {}
    for day in dates:
        for when, table in book.series(DATASET, day):
            for name, count in table.items():
                if not count.suppressed:
                    assert found.setdefault((name, when), count.value) == count.value  # one value per date
        for name, count in book.counts(DATASET, day).items():
            if not count.suppressed:
                found[(name, day)] = count.value
    items: dict[str, list[tuple[dt.date, int]]] = {}
    for (name, when), value in sorted(found.items(), key=lambda item: item[0][1]):
        items.setdefault(name, []).append((when, value))
    return items


def test_no_pair_of_published_stocks_gives_away_a_small_flow(example: FigureBook) -> None:
    threshold, is_flow = example.threshold, example.is_flow(DATASET)
    published = _published(example)
    checked = 0
    for name, points in published.items():
        for (before, low), (after, high) in itertools.combinations(points, 2):
            if is_flow(name, before, after):
                checked += 1
                assert not 0 < high - low < threshold, (name, before, low, after, high)
    assert checked > 1000  # everyone since the start and the end statuses, month by month


def test_the_parts_of_the_status_breakdown_add_up_to_no_small_intake(example: FigureBook) -> None:
    """The attack of the finding: the four parts of »status« summed month by month (901 → 903)."""
    outcome = example.outcomes[DATASET].outcome
    parts = next(b for b in outcome.breakdowns if b.key == "status").parts
    series = example.series(DATASET, outcome.data_dates[-1])
    sums = [(d, sum(t[p].value for p in parts)) for d, t in series if not any(t[p].suppressed for p in parts)]
    for (_, low), (_, high) in itertools.pairwise(sums):
        assert not 0 < high - low < example.threshold


def test_the_articles_figures_of_2018_and_2022_stay(example: FigureBook) -> None:
    may, february = (example.counts(DATASET, d) for d in example.outcomes[DATASET].outcome.data_dates[:2])
    assert [may[k].value for k in ("alle", "meningsfuld", "afklaring", "uden_beskæftigelse")] == [238, 116, 61, 47]
    assert not any(may[k].suppressed for k in ("alle", "meningsfuld", "afklaring", "uden_beskæftigelse"))
    shown = {k: c.value for k, c in february.items() if not c.suppressed}
    assert shown | {"alle": 790, "aktive": 205, "afklaring": 92, "placeret": 113} == shown


def test_a_hidden_answer_is_pinned_only_where_the_published_share_says_how_many_answered_otherwise(
    example: FigureBook,
) -> None:
    """The positive share and n of a question are published whenever the rule allows them (the
    2021 survey's »99 %« of 183 for »En del af samarbejdet«): they say that 2 answered otherwise,
    so the two answers hidden among the others hold 1 each, as public as the share itself (the
    method page says so). Nothing else may pin a hidden answer: no small answer has one possible
    value for a reader who has its question's published figures and the rule, unless the other
    answers together are fewer than the threshold."""
    checked = 0
    for rounds in example.surveys.values():
        for survey_round in rounds:
            positive = frozenset(s.answer for s in survey_round.survey.scale if s.positive and s.counted)
            for question in survey_round.survey.questions:
                counts = example.answers(survey_round, question.key)
                cells = [name for name in counts if name not in {POSITIVE, BASE}]
                vectors = {name: tuple(int(c == name) for c in cells) for name in cells}
                vectors |= {POSITIVE: tuple(int(c in positive) for c in cells), BASE: tuple(1 for _ in cells)}
                values = {name: count.value for name, count in counts.items()}
                statuses = {name: count.status == SMALL for name, count in counts.items() if count.suppressed}
                others = values[BASE] - values[POSITIVE]
                for name in (n for n in cells if counts[n].status == SMALL):
                    checked += 1
                    if pinned(name, vectors, values, statuses, example.threshold):
                        assert name not in positive and 0 < others < example.threshold, (question.key, name)
    assert checked
