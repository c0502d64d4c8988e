"""The figure book: every figure of a build, found by name, computed on first use and remembered.

A writer places ``{{ forløb.meningsfuld.andel }}``; the FigureBook finds the figure for the
page's pinned data date (or survey round), with its protected counts and its definition.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..danish import words
from ..data.datasets import Outcome, Survey, Unit
from ..data.validate import OutcomeLog, SurveyRound
from ..errors import DescriptorError, NotFound, Problem
from ..privacy.flows import protect_series
from ..privacy.suppression import AUDIT_LIMIT, Count, TooFine, single, suppress, suppress_with_total
from . import counting, definitions, survey_units
from . import units as by_unit
from .definitions import BASE, POSITIVE, RESPONSES
from .figure import Figure, Pins


def month_ends(start: dt.date, day: dt.date) -> list[dt.date]:
    """The last day of each month from ``start``'s month until before ``day``, then ``day``."""
    days = []
    year, month = start.year, start.month
    while True:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        if last >= day:
            break
        days.append(last)
        year, month = following.year, following.month
    return [*days, day]


INTERMEDIATE = frozenset({"series", "units series", "units table", "units left"})  # not kept (FigureBook.kept)


@dataclass
class FigureBook:
    """All figures of a build, computed on first use and remembered per dataset.

    ``memo`` holds, per dataset, everything computed from it (protected counts, figures, chart
    views, method boxes), so the figure cache (``figure_cache.py``) can keep it between builds. A
    dataset restored from that cache has a ``loader`` instead of its data: its rows are read only
    if something not yet remembered is asked for.
    """

    surveys: dict[str, list[SurveyRound]]
    outcomes: dict[str, OutcomeLog]
    threshold: int = 5
    memo: dict[str, dict[tuple[Any, ...], Any]] = field(default_factory=dict)
    restored: dict[str, int] = field(default_factory=dict)  # dataset -> entries read from the cache
    loaders: dict[str, Callable[[], Any]] = field(default_factory=dict)  # dataset -> reads its rows
    units: dict[str, tuple[Unit, ...]] = field(default_factory=dict)  # dataset -> its units (by_unit.add_units)
    tables: dict[str, Any] = field(default_factory=dict)  # protected family tables by digest, kept (kept_units)
    tables_used: dict[str, Any] = field(default_factory=dict)  # those this build used, to be kept
    splits: dict[tuple[str, dt.date], Any] = field(default_factory=dict)  # a family's series by member, this build

    def __post_init__(self) -> None:
        self.outcomes = by_unit.ByUnit(self.outcomes)  # a unit's log is found by name, never listed
        self.surveys = by_unit.ByUnit(self.surveys)  # and so are a unit's survey rounds

    def datasets(self) -> list[str]:
        return sorted([*self.surveys, *self.outcomes])

    def descriptions(self) -> list[Survey | Outcome]:
        """Each dataset as the descriptor describes it (no rows are read)."""
        surveys = [rounds[0].survey for _, rounds in sorted(self.surveys.items()) if rounds]
        return [*surveys, *(log.outcome for _, log in sorted(self.outcomes.items()))]

    def add(self, dataset: Survey | Outcome, rows: list[SurveyRound] | OutcomeLog) -> None:
        """A dataset read now: a survey's rounds or an outcome's status changes."""
        if isinstance(dataset, Survey):
            self.surveys[dataset.key] = rows  # type: ignore[assignment]
        else:
            self.outcomes[dataset.key] = rows  # type: ignore[assignment]

    def restore(self, dataset: Survey | Outcome, memo: dict[tuple[Any, ...], Any], loader: Callable[[], Any]) -> None:
        """A dataset kept by the figure cache: what was computed from it (``memo``), and a loader
        that reads its rows only if something not yet remembered is asked for."""
        if isinstance(dataset, Survey):
            self.surveys[dataset.key] = [SurveyRound(dataset, r, None) for r in dataset.rounds]  # type: ignore[arg-type]
        else:
            self.outcomes[dataset.key] = OutcomeLog(dataset, None)  # type: ignore[arg-type]
        self.loaders[dataset.key] = loader
        self.memo[dataset.key] = memo
        self.restored[dataset.key] = len(memo)

    def kept(self, dataset: str) -> dict[tuple[Any, ...], Any]:
        """What the figure cache keeps of ``dataset``: the memo without the steps on the way
        (``INTERMEDIATE``: a data date's whole series, most of a large site's memo, is kept in
        the figures, counts and charts made from it)."""
        return {key: value for key, value in self.memo.get(dataset, {}).items() if key[0] not in INTERMEDIATE}

    def remember(self, dataset: str, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        """What ``make()`` gives, computed once per dataset and key (and kept by the figure cache)."""
        found = self.memo.setdefault(dataset, {})
        if key not in found:
            found[key] = make()
        return found[key]

    @property
    def computed(self) -> dict[str, int]:
        """Per dataset, how many results this build computed (not read from the cache)."""
        made = {
            name: len(found.keys() - _steps(found)) - self.restored.get(name, 0) for name, found in self.memo.items()
        }
        return {name: count for name, count in made.items() if count > 0}

    def resolved(self, dataset: str, pins: Pins) -> Pins:
        """The pins as the dataset reads them: its data date, or its survey round, and nothing else."""
        if dataset in self.outcomes:
            return Pins(data_date=self.data_date(dataset, pins))
        return Pins(survey_round=self.survey_round(dataset, pins).round.name)

    def outcome_log(self, dataset: str) -> OutcomeLog:
        """The dataset's status changes, read now if it came from the cache."""
        self._load(dataset)
        return self.outcomes[dataset]

    def _load(self, dataset: str) -> None:
        loader = self.loaders.pop(dataset, None)
        if loader is not None:
            (self.outcomes if dataset in self.outcomes else self.surveys)[dataset] = loader()

    def rows(self, survey_round: SurveyRound) -> SurveyRound:
        """The round with its responses (a round restored from the cache has none until read)."""
        key = survey_round.survey.key
        self._load(key)
        return next(r for r in self.surveys[key] if r.round.name == survey_round.round.name)

    def data_date(self, dataset: str, pins: Pins) -> dt.date:
        """The outcome data date a page speaks of; an unknown pinned date is NotFound."""
        dates = self.outcomes[dataset].outcome.data_dates
        if pins.data_date is None:
            return dates[-1]
        if pins.data_date not in dates:
            raise NotFound(
                words.DATA_DATE_UNKNOWN.format(date=pins.data_date.isoformat(), dataset=dataset),
                words.DATA_DATE_UNKNOWN_FIX.format(dates=", ".join(d.isoformat() for d in dates)),
            )
        return pins.data_date

    def survey_round(self, dataset: str, pins: Pins) -> SurveyRound:
        rounds = sorted(self.surveys[dataset], key=lambda r: r.round.date)
        if pins.survey_round is not None:
            for candidate in rounds:
                if candidate.round.name == pins.survey_round:
                    return candidate
            raise NotFound(
                words.ROUND_UNKNOWN.format(round=pins.survey_round, dataset=dataset),
                words.USE_ONE_OF.format(names=", ".join(r.round.name for r in rounds)),
            )
        if pins.data_date is not None:
            rounds = [r for r in rounds if r.round.date <= pins.data_date]
        if not rounds:
            raise NotFound(
                words.ROUND_NONE_BEFORE.format(dataset=dataset, date=pins.data_date), words.ROUND_NONE_BEFORE_FIX
            )
        return rounds[-1]

    def table(self, dataset: str, day: dt.date, hide: frozenset[str] = frozenset()) -> dict[str, Count]:
        """Citizens per status and group on ``day``, protected (see privacy.suppression), with the
        items in ``hide`` hidden too; on its own, not yet checked against the dates before it."""

        if found := by_unit.family(self, dataset):
            programme, member = found
            hidden = frozenset(by_unit.item(member, h) for h in hide)
            return by_unit.member_table(self.family_table(programme, day, hidden), member)

        def make() -> dict[str, Count]:
            log = self.outcome_log(dataset)
            raw = counting.outcome_counts(log, day)
            cells = {c.key: raw[c.key] for c in log.outcome.categories}
            sums = {g.key: frozenset(g.categories) for g in log.outcome.groups}
            return _protected(cells, sums, self.threshold, frozenset(), dataset, words.TOO_FINE_STATUSES, hide)

        return self.remember(dataset, ("table", day, tuple(sorted(hide))), make)

    def counts(self, dataset: str, day: dt.date) -> dict[str, Count]:
        """Citizens per status and group on a data date, as published: protected in its own table and
        against the dates before it (see ``series``)."""
        if day not in self.outcomes[dataset].outcome.data_dates:
            return self.table(dataset, day)
        return self.remember(dataset, ("counts", day), lambda: dict(self.series(dataset, day))[day])

    def is_flow(self, dataset: str) -> Callable[[str, dt.date, dt.date], bool]:
        """Whether nobody left a status or group after one date up to another (its step is a flow)."""

        left = self.leave_dates(dataset)
        return lambda key, after, until: bisect.bisect_right(left[key], until) == bisect.bisect_right(left[key], after)

    def leave_dates(self, dataset: str) -> dict[str, list[dt.date]]:
        """Per status and group, the dates citizens left it (a programme's: its units' together)."""

        def make() -> dict[str, list[dt.date]]:
            if dataset in self.units:
                return by_unit.programme_left(self, dataset)
            log = self.outcome_log(dataset)
            keys = {c.key: frozenset({c.key}) for c in log.outcome.categories}
            return counting.leave_dates(log, keys | {g.key: frozenset(g.categories) for g in log.outcome.groups})

        return self.remember(dataset, ("units left" if dataset in self.units else "left",), make)  # units': made again

    def responses(self, survey_round: SurveyRound) -> int:
        """How many answered the round (its responses, before any suppression)."""

        def make() -> int:
            return counting.responses(self.rows(survey_round))

        return self.remember(survey_round.survey.key, ("responses", survey_round.round.name), make)

    def response_count(self, survey_round: SurveyRound) -> Count:
        """How many answered the round, protected (with every unit's, in a survey with units)."""
        if found := by_unit.family(self, survey_round.survey.key):
            return survey_units.responses_count(self, *found, survey_round.round.name)
        return single(self.responses(survey_round), self.threshold)

    def background_counts(self, survey_round: SurveyRound, key: str) -> dict[str, Count]:
        """Responses per background value, protected; the whole is the round's »besvarelser«,
        published as its own figure, so it is never hidden here (``suppress_with_total``)."""
        if found := by_unit.family(self, survey_round.survey.key):
            return survey_units.background_table(self, *found, survey_round, key)

        def make() -> dict[str, Count]:
            cells = counting.background_counts(self.rows(survey_round), key)
            return suppress_with_total(cells, RESPONSES, self.response_count(survey_round), self.threshold)

        return self.remember(survey_round.survey.key, ("background", survey_round.round.name, key), make)

    def answers(self, survey_round: SurveyRound, question: str) -> dict[str, Count]:
        """Answers per counted step of one question, protected together with their sums:
        ``POSITIVE`` (the positive steps) and ``BASE`` (all counted answers, the n)."""
        survey = survey_round.survey
        if found := by_unit.family(self, survey.key):
            return survey_units.answers_table(self, *found, survey_round.round.name, question)

        def make() -> dict[str, Count]:
            cells = counting.answer_counts(self.rows(survey_round), question)
            positive = frozenset(s.answer for s in survey.scale if s.positive and s.counted)
            sums = {POSITIVE: positive, BASE: frozenset(cells)}
            return _protected(cells, sums, self.threshold, frozenset(sums), survey.key, question)

        return self.remember(survey.key, ("answers", survey_round.round.name, question), make)

    def series(self, dataset: str, day: dt.date) -> list[tuple[dt.date, dict[str, Count]]]:
        """Protected counts at the ends of the months from the start until ``day``, and on the data
        dates up to ``day``: the dates whose steps give away no small flow (``privacy.flows``)."""
        outcome = self.outcomes[dataset].outcome
        forced = frozenset(d for d in outcome.data_dates if d <= day) | {day}
        days = sorted(set(month_ends(outcome.start, day)) | forced)

        family = by_unit.family(self, dataset)  # a programme's: its family's one table, walked as one

        def make() -> list[tuple[dt.date, dict[str, Count]]]:
            protect = lambda d, hide: self.table(dataset, d, hide)  # noqa: E731
            is_flow = self.is_flow(dataset) if not family else by_unit.family_is_flow(self, family[0])
            if family:
                protect = lambda d, hide: self.family_table(family[0], d, hide)  # noqa: E731
            shown = protect_series(days, forced, protect, is_flow, outcome.start - dt.timedelta(1), self.threshold)
            return [(d, dict(t)) for d, t in shown]

        if family:
            whole = self.remember(family[0], ("units series", day), make)
            return self.remember(dataset, ("series", day), lambda: by_unit.split_for(self, whole, *family, day))
        return self.remember(dataset, ("series", day), make)

    def family_table(self, programme: str, day: dt.date, hide: frozenset[str]) -> dict[str, Count]:
        """Every unit's and the programme's counts on ``day``, protected as one table (``figures/units.py``)."""
        make = lambda: by_unit.protect_family(self, programme, day, hide)  # noqa: E731
        return self.remember(programme, ("units table", day, tuple(sorted(hide))), make)

    def figure(self, dataset: str, name: str, pins: Pins) -> Figure:
        """The figure ``dataset.name`` for ``pins``, with the same figure one step before it
        (``previous``); NotFound says what exists instead."""
        if dataset not in self.outcomes and dataset not in self.surveys:
            return self._figure(dataset, name, pins)  # NotFound: names the datasets
        pins = self.resolved(dataset, pins)

        def make() -> Figure:
            found = self._figure(dataset, name, pins)
            before = self.previous_pins(dataset, pins)
            return found if before is None else replace(found, previous=self._figure(dataset, name, before))

        return self.remember(dataset, ("figure", name, pins), make)

    def previous_pins(self, dataset: str, pins: Pins) -> Pins | None:
        """The pins one step back for ``dataset``: the data date or the survey round before."""
        if dataset in self.outcomes:
            dates = self.outcomes[dataset].outcome.data_dates
            index = dates.index(self.data_date(dataset, pins))
            return Pins(data_date=dates[index - 1]) if index else None
        if dataset in self.surveys:
            rounds = sorted(self.surveys[dataset], key=lambda r: r.round.date)
            index = rounds.index(self.survey_round(dataset, pins))
            return Pins(survey_round=rounds[index - 1].round.name) if index else None
        return None

    def _figure(self, dataset: str, name: str, pins: Pins) -> Figure:
        """The figure from its protected counts (``definitions``); NotFound for a name that does not exist."""
        if dataset in self.outcomes:
            outcome = self.outcomes[dataset].outcome
            day = self.data_date(dataset, pins)
            return definitions.outcome_figure(dataset, outcome, name, day, lambda: self.counts(dataset, day))
        if dataset in self.surveys:
            survey_round = self.survey_round(dataset, pins)
            if name == RESPONSES:
                return definitions.responses_figure(dataset, survey_round, self.response_count(survey_round))
            return definitions.survey_figure(dataset, survey_round, name, lambda: self.answers(survey_round, name))
        raise NotFound(
            words.DATASET_UNKNOWN.format(dataset=dataset),
            words.USE_ONE_OF_NEUTER.format(names=", ".join(self.datasets())),
        )


def _steps(found: dict[tuple[Any, ...], Any]) -> set[tuple[Any, ...]]:
    """The keys of steps on the way (``INTERMEDIATE``): not results, not kept, not counted as computed."""
    return {key for key in found if key[0] in INTERMEDIATE}


def _protected(
    cells: dict[str, int], sums: dict[str, frozenset[str]], threshold: int, fixed: frozenset[str], dataset: str,
    what: str,
    hide: frozenset[str] = frozenset(),
) -> dict[str, Count]:  # fmt: skip
    """``suppress``, or a clear refusal when the table is too fine to audit in seconds (``TooFine``)."""
    try:
        return suppress(cells, sums, threshold, fixed, hide)
    except TooFine as found:
        what_text = words.TOO_FINE.format(dataset=dataset, what=what, items=found.items, limit=AUDIT_LIMIT)
        raise DescriptorError(Problem("datasets.yaml", what_text, words.TOO_FINE_FIX)) from None
