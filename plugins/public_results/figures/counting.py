"""Compute: count citizens and answers. Pure functions over clean tables.

Small tidy tables come out of here; nothing downstream sees a row per person.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .. import importers
from ..data.datasets import Group, Outcome
from ..data.text import normalise
from ..data.validate import BLANK, OutcomeLog, SurveyRound

if TYPE_CHECKING:
    import pandas as pd


def status_on(events: pd.DataFrame, day: dt.date) -> pd.Series:
    """Each citizen's status on ``day``: their latest status change on or before it."""
    known = events[events["date"] <= importers.pandas().Timestamp(day)]
    latest = known.sort_values(["citizen", "date"]).groupby("citizen", sort=True).tail(1)
    return latest.set_index("citizen")["category"]


def members(outcome: Outcome, key: str) -> tuple[str, ...]:
    """The categories counted under a category or group name."""
    item = outcome.counted(key)
    if isinstance(item, Group):
        return item.categories
    return (key,) if item is not None else ()


def outcome_counts(log: OutcomeLog, day: dt.date) -> dict[str, int]:
    """Citizens per category and per group on ``day``: each citizen counted once, under their latest
    status change on or before it (``status_on``, done on the log's sorted events in one pass)."""
    np = importers.numpy()
    events = log.in_order
    known = events["date"].to_numpy() <= np.datetime64(day)
    citizens, categories = events["citizen"].to_numpy()[known], events["category"].to_numpy()[known]
    latest = np.ones(len(citizens), dtype=bool)  # the last known change of each citizen
    latest[:-1] = citizens[:-1] != citizens[1:]
    names, numbers = np.unique(categories[latest].astype(str), return_counts=True)
    per_category = dict(zip(names.tolist(), numbers.tolist(), strict=True))
    counts = {c.key: int(per_category.get(c.key, 0)) for c in log.outcome.categories}
    for group in log.outcome.groups:
        counts[group.key] = sum(counts[c] for c in group.categories)
    return counts


def background_counts(survey_round: SurveyRound, key: str) -> dict[str, int]:
    """Responses per value of a background column, in the descriptor's order; blanks as ``""``."""
    background = next(b for b in survey_round.survey.background if b.key == key)
    cells = survey_round.answers[key].map(normalise)
    counts = {value: int((cells == normalise(value)).sum()) for value in background.values}
    blank = int((cells == "").sum())
    return counts | ({"": blank} if blank else {})


def responses(survey_round: SurveyRound) -> int:
    return len(survey_round.answers)


def answer_counts(survey_round: SurveyRound, question: str) -> dict[str, int]:
    """Answers per counted step of the scale for one question (blanks as ``""`` when they count)."""
    survey = survey_round.survey
    answers = survey_round.answers[question]
    counts = {step.answer: int((answers == i).sum()) for i, step in enumerate(survey.scale) if step.counted}
    if survey.blank_counted:
        counts[""] = int((answers == BLANK).sum())
    return counts


def leave_dates(log: OutcomeLog, keys: dict[str, frozenset[str]]) -> dict[str, list[dt.date]]:
    """Per status or group (its categories), the dates on which a citizen left it, sorted: a change
    from one of its categories to a category outside it."""
    events = log.events.sort_values(["citizen", "date"], kind="stable")
    following = events.groupby("citizen", sort=False)["category"].shift(-1)
    moved = events.assign(next=following, left=events.groupby("citizen", sort=False)["date"].shift(-1))
    moved = moved[moved["next"].notna()]
    found = {}
    for key, categories in keys.items():
        out = moved[moved["category"].isin(categories) & ~moved["next"].isin(categories)]
        found[key] = sorted(day.date() for day in out["left"])
    return found
