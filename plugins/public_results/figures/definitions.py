"""A figure's definition: what it counts, of which base, when and from where, in Danish.

Pure functions from a dataset's description and its protected counts to a ``Figure``; a name
the dataset does not have is NotFound, with the names it has. The counts are asked for only
once the name is known (``counts()``), so a wrong name costs no computing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from ..danish import numbers, words
from ..data.datasets import Outcome
from ..data.validate import SurveyRound
from ..errors import NotFound
from ..privacy.suppression import Count
from .figure import Figure

RESPONSES = words.FIGURE_RESPONSES  # {{ evaluering.besvarelser }}: the responses of a round
POSITIVE, BASE = "__positive__", "__n__"  # sums in a question's protected table (never answer labels)

Counts = Callable[[], Mapping[str, Count]]


def outcome_figure(dataset: str, outcome: Outcome, name: str, day: dt.date, counts: Counts) -> Figure:
    """A status or group of an outcome dataset on ``day``: citizens whose latest status it is."""
    item = outcome.counted(name)
    if item is None:
        raise unknown(dataset, name, [c.key for c in outcome.categories] + [g.key for g in outcome.groups])
    found = counts()
    base = outcome.counted(item.base)
    members = ", ".join(c.label for c in outcome.categories if c.key in getattr(item, "categories", (name,)))
    return Figure(
        name=f"{dataset}.{name}",
        dataset=dataset,
        label=item.label,
        definition=words.OUTCOME_DEFINITION.format(members=members, base=getattr(base, "label", item.base)),
        count=found[name],
        base=found[item.base],
        base_who=getattr(base, "who", ""),
        date=day,
        period=words.PERIOD_DATE.format(date=numbers.format_date(day)),
        source=outcome.source,
        share_by_default=False,
        base_key=item.base,
    )


def responses_figure(dataset: str, survey_round: SurveyRound, total: Count) -> Figure:
    """How many answered a survey round (a count without a base)."""
    return Figure(
        label=words.FIGURE_RESPONSES_LABEL,
        definition=words.RESPONSES_DEFINITION,
        count=total,
        base=None,
        base_who="",
        share_by_default=False,
        **_common(dataset, survey_round, RESPONSES),
    )


def survey_figure(dataset: str, survey_round: SurveyRound, name: str, counts: Counts) -> Figure:
    """A question of a survey round: the share of positive answers among the counted ones."""
    survey = survey_round.survey
    question = next((q for q in survey.questions if q.key == name), None)
    if question is None:
        raise unknown(dataset, name, [RESPONSES, *(q.key for q in survey.questions)])
    found = counts()
    positive = words.JOIN_OR.join(words.QUOTED.format(text=s.answer) for s in survey.scale if s.positive)
    left_out = [words.QUOTED.format(text=s.answer) for s in survey.scale if not s.counted]
    if not survey.blank_counted:
        left_out.append(words.BLANK_ANSWERS)
    return Figure(
        label=question.label,
        definition=words.SURVEY_DEFINITION.format(
            positive=positive, question=question.header, left_out=words.JOIN_AND.join(left_out) or words.NONE
        ),
        count=found[POSITIVE],
        base=found[BASE],
        base_who=words.SURVEY_WHO,
        share_by_default=True,
        **_common(dataset, survey_round, name),
    )


def _round_name(name: str) -> str:
    """»2021-målingen«, or »målingen forår 2024« for a round not named by its year."""
    return (words.ROUND_NAME_YEAR if name.isdigit() else words.ROUND_NAME).format(round=name)


def _common(dataset: str, survey_round: SurveyRound, name: str) -> dict[str, object]:
    return {
        "dataset": dataset,
        "date": survey_round.round.date,
        "period": words.PERIOD_SURVEY.format(round=_round_name(survey_round.round.name)),
        "source": survey_round.survey.source,
        "name": f"{dataset}.{name}",
    }


def unknown(dataset: str, name: str, names: list[str]) -> NotFound:
    """A figure name the dataset does not have; the fix lists the names it has."""
    return NotFound(
        words.FIGURE_UNKNOWN.format(name=f"{dataset}.{name}"), words.USE_ONE_OF_NEUTER.format(names=", ".join(names))
    )
