"""Figures: one published number with its provenance, found by name.

A writer places ``{{ forløb.meningsfuld.andel }}``; the FigureBook finds the
figure for the page's pinned data date and formats the asked-for variant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..danish import numbers, words
from ..data.descriptor import Outcome, Survey
from ..data.validate import OutcomeLog, SurveyRound
from ..errors import NotFound
from ..privacy.suppression import HIDDEN, SMALL, Count, single, suppress

if TYPE_CHECKING:
    import pandas as pd

VARIANTS = {
    "antal": "antallet",
    "andel": "andelen i procent",
    "n": "basen (n)",
    "base": "basen i ord: «af de 177, der …»",
    "brøk": "en sand brøk med basen: «to ud af tre af de 177, der …»",
    "ændring": "ændringen siden forrige opgørelse: «20 flere», «2 procentpoint lavere»",
}
CHANGE = "ændring"
RESPONSES = "besvarelser"
POSITIVE, BASE = "__positive__", "__n__"  # sums in a question's protected table (never answer labels)


@dataclass(frozen=True)
class Pins:
    """The data a page speaks of: a data date and a survey round (None = newest)."""

    data_date: dt.date | None = None
    survey_round: str | None = None


@dataclass(frozen=True)
class NumberStyle:
    """How figures are written: percent style and decimals; the privacy thresholds."""

    percent: str = "space"
    decimals: int = 0
    threshold: int = 5  # counts 1 to threshold-1 are suppressed
    small_base: int = 30  # shares on a smaller base carry a caution note


SHARE_VARIANTS = {"andel", "brøk"}


@dataclass(frozen=True)
class Figure:
    """A count, optionally of a base, with where it comes from."""

    name: str
    dataset: str
    label: str
    definition: str  # what is counted, in words, for the figure catalogue and method boxes
    count: Count
    base: Count | None
    base_who: str
    date: dt.date
    period: str  # "pr. 15. maj 2018" or "måling 2021"
    source: str
    share_by_default: bool
    base_key: str = ""  # what the base counts: a group's name, or "" (survey n, no base)
    previous: Figure | None = None  # the same figure one data date (or survey round) before

    def _variant(self, variant: str) -> str:
        if variant == "":
            return "andel" if self.share_by_default else "antal"
        if variant not in VARIANTS:
            raise NotFound(
                f"tilføjelsen «.{variant}» findes ikke",
                "Brug en af: " + ", ".join(f".{v}" for v in VARIANTS) + " – eller ingen.",
            )
        if variant == CHANGE:
            if self.previous is None:
                raise NotFound(
                    f"«{self.name}» har ingen tidligere opgørelse at sammenligne med",
                    "Brug tallet uden «.ændring», eller vælg en senere datadato.",
                )
            return variant
        if variant != "antal" and (self.base is None or self.base.value == 0):
            raise NotFound(
                f"«{self.name}» har ingen base, så «{variant}» kan ikke vises",
                "Brug tallet uden tilføjelse (antallet).",
            )
        return variant

    @property
    def unit(self) -> str:
        """What the figure is by default: a share («andel») or a count («antal»)."""
        return "andel" if self.share_by_default else "antal"

    def value(self, unit: str, decimals: int = 0) -> Decimal | None:
        """The number a reader compares: the count, or the share rounded as shown; None if suppressed."""
        if self.count.suppressed:
            return None
        if unit == "antal":
            return Decimal(self.count.value)
        if self.base is None or self.base.suppressed or self.base.value == 0:
            return None
        return numbers.percent_value(self.count.value, self.base.value, decimals)

    def change(self, decimals: int = 0) -> Decimal | None:
        """The change since the previous figure in the figure's own unit; None when not to be compared."""
        if self.previous is None:
            return None
        now, before = self.value(self.unit, decimals), self.previous.value(self.unit, decimals)
        return None if now is None or before is None else now - before

    def is_suppressed(self, variant: str) -> bool:
        """Whether this variant shows a suppressed number (and so may not stand in a title)."""
        variant = self._variant(variant)
        if variant == CHANGE:
            return self.change() is None
        if variant == "antal":
            return self.count.suppressed
        if variant in {"n", "base"}:
            return self.base is not None and self.base.suppressed
        return self.count.suppressed or (self.base is not None and self.base.suppressed)

    def text(self, variant: str, style: NumberStyle = NumberStyle()) -> str:
        """The figure as a reader sees it, in Danish number style, after suppression."""
        variant = self._variant(variant)
        if variant == CHANGE:
            return _change_text(self.change(style.decimals), self.unit, style)
        if variant == "antal":
            return _count_text(self.count, style)
        base = self.base
        assert base is not None  # checked in _variant
        n_text = _count_text(base, style)
        if variant == "n":
            return n_text
        base_phrase = (words.BASE_PHRASE if not base.suppressed else words.BASE_PHRASE_SUPPRESSED).format(
            n=n_text, who=self.base_who
        )
        if variant == "base":
            return base_phrase
        caution = (
            words.SMALL_BASE_NOTE.format(n=n_text) if not base.suppressed and base.value < style.small_base else ""
        )
        if base.suppressed:
            return words.SUPPRESSED_SHARE
        if self.count.suppressed:
            phrase = _count_text(self.count, style)
            return phrase if variant == "andel" else f"{phrase} {base_phrase}"
        if variant == "andel":
            return numbers.format_percent(self.count.value, base.value, style.percent, style.decimals) + caution
        phrase = numbers.fraction_phrase(self.count.value, base.value)
        if phrase in words.WHOLE_PHRASES:  # "alle de 5, der …", not "alle af de 5"
            return f"{phrase} {base_phrase.removeprefix(words.BASE_PREFIX)}{caution}"
        return f"{phrase} {base_phrase}{caution}"


def _change_text(change: Decimal | None, unit: str, style: NumberStyle) -> str:
    if change is None:
        return words.CHANGE_NOT_COMPARED
    if change == 0:
        return words.CHANGE_SAME
    amount = numbers.format_number(abs(change), style.decimals if unit == "andel" else 0)
    if unit == "antal":
        return (words.CHANGE_MORE_SHORT if change > 0 else words.CHANGE_FEWER_SHORT).format(amount=amount)
    return (words.CHANGE_HIGHER_SHORT if change > 0 else words.CHANGE_LOWER_SHORT).format(amount=amount)


def _count_text(count: Count, style: NumberStyle) -> str:
    if count.status == SMALL:
        return words.SUPPRESSED_SMALL.format(threshold=style.threshold)
    if count.status == HIDDEN:
        return words.SUPPRESSED_HIDDEN
    return numbers.format_count(count.value)


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
    _tables: dict[tuple[str, str], pd.DataFrame] = field(default_factory=dict)

    def datasets(self) -> list[str]:
        return sorted([*self.surveys, *self.outcomes])

    def descriptions(self) -> list[Survey | Outcome]:
        """Each dataset as the descriptor describes it (no rows are read)."""
        surveys = [rounds[0].survey for _, rounds in sorted(self.surveys.items()) if rounds]
        return [*surveys, *(log.outcome for _, log in sorted(self.outcomes.items()))]

    def remember(self, dataset: str, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        """What ``make()`` gives, computed once per dataset and key (and kept by the figure cache)."""
        found = self.memo.setdefault(dataset, {})
        if key not in found:
            found[key] = make()
        return found[key]

    @property
    def computed(self) -> dict[str, int]:
        """Per dataset, how many results this build computed (not read from the cache)."""
        made = {name: len(found) - self.restored.get(name, 0) for name, found in self.memo.items()}
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

    def _rows(self, survey_round: SurveyRound) -> SurveyRound:
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
                f"datadatoen {pins.data_date.isoformat()} findes ikke for «{dataset}»",
                "Brug en af datadatoerne i datasets.yaml: " + ", ".join(d.isoformat() for d in dates) + ".",
            )
        return pins.data_date

    def survey_round(self, dataset: str, pins: Pins) -> SurveyRound:
        rounds = sorted(self.surveys[dataset], key=lambda r: r.round.date)
        if pins.survey_round is not None:
            for candidate in rounds:
                if candidate.round.name == pins.survey_round:
                    return candidate
            raise NotFound(
                f"målingen «{pins.survey_round}» findes ikke for «{dataset}»",
                "Brug en af: " + ", ".join(r.round.name for r in rounds) + ".",
            )
        if pins.data_date is not None:
            rounds = [r for r in rounds if r.round.date <= pins.data_date]
        if not rounds:
            raise NotFound(
                f"der er ingen måling i «{dataset}» fra før datadatoen {pins.data_date}",
                "Angiv målingen med «Runde:» i artiklens metadata, fx «Runde: 2021».",
            )
        return rounds[-1]

    def counts(self, dataset: str, day: dt.date) -> dict[str, Count]:
        """Citizens per status and group on ``day``, protected (see protect.suppress)."""

        def make() -> dict[str, Count]:
            from .counting import outcome_counts  # noqa: PLC0415  (pandas only when something is computed)

            log = self.outcome_log(dataset)
            raw = outcome_counts(log, day)
            cells = {c.key: raw[c.key] for c in log.outcome.categories}
            sums = {g.key: frozenset(g.categories) for g in log.outcome.groups}
            return suppress(cells, sums, self.threshold)

        return self.remember(dataset, ("counts", day), make)

    def responses(self, survey_round: SurveyRound) -> int:
        """How many answered the round (its responses, before any suppression)."""

        def make() -> int:
            from .counting import responses  # noqa: PLC0415

            return responses(self._rows(survey_round))

        return self.remember(survey_round.survey.key, ("responses", survey_round.round.name), make)

    def survey_table(self, survey_round: SurveyRound) -> pd.DataFrame:
        """Counts per question for one round (see compute.survey_table), computed once."""
        from .counting import survey_table  # noqa: PLC0415

        key = (survey_round.survey.key, survey_round.round.name)
        if key not in self._tables:
            self._tables[key] = survey_table(self._rows(survey_round))
        return self._tables[key].copy()

    def background_counts(self, survey_round: SurveyRound, key: str) -> dict[str, Count]:
        """Responses per background value, protected; the whole is published as «besvarelser»."""

        def make() -> dict[str, Count]:
            from .counting import background_counts  # noqa: PLC0415

            cells = background_counts(self._rows(survey_round), key)
            return suppress(cells, {RESPONSES: frozenset(cells)}, self.threshold)

        return self.remember(survey_round.survey.key, ("background", survey_round.round.name, key), make)

    def answers(self, survey_round: SurveyRound, question: str) -> dict[str, Count]:
        """Answers per counted step of one question, protected together with their sums:
        ``POSITIVE`` (the positive steps) and ``BASE`` (all counted answers, the n)."""
        survey = survey_round.survey

        def make() -> dict[str, Count]:
            from .counting import answer_counts  # noqa: PLC0415

            cells = answer_counts(self._rows(survey_round), question)
            positive = frozenset(s.answer for s in survey.scale if s.positive and s.counted)
            sums = {POSITIVE: positive, BASE: frozenset(cells)}
            return suppress(cells, sums, self.threshold, fixed=frozenset(sums))

        return self.remember(survey.key, ("answers", survey_round.round.name, question), make)

    def series(self, dataset: str, day: dt.date) -> list[tuple[dt.date, dict[str, Count]]]:
        """Protected counts at the end of every month from the start until ``day``, and on ``day``."""
        start = self.outcomes[dataset].outcome.start
        return [(d, self.counts(dataset, d)) for d in month_ends(start, day)]

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
        if dataset in self.outcomes:
            return self._outcome_figure(dataset, name, pins)
        if dataset in self.surveys:
            return self._survey_figure(dataset, name, pins)
        raise NotFound(
            f"datasættet «{dataset}» findes ikke",
            "Brug et af: " + ", ".join(self.datasets()) + ".",
        )

    def _outcome_figure(self, dataset: str, name: str, pins: Pins) -> Figure:
        log = self.outcomes[dataset]
        outcome = log.outcome
        item = outcome.counted(name)
        if item is None:
            names = [c.key for c in outcome.categories] + [g.key for g in outcome.groups]
            raise NotFound(f"tallet «{dataset}.{name}» findes ikke", "Brug et af: " + ", ".join(names) + ".")
        day = self.data_date(dataset, pins)
        counts = self.counts(dataset, day)
        base = outcome.counted(item.base)
        members = ", ".join(c.label for c in outcome.categories if c.key in getattr(item, "categories", (name,)))
        return Figure(
            name=f"{dataset}.{name}",
            dataset=dataset,
            label=item.label,
            definition=words.OUTCOME_DEFINITION.format(members=members, base=getattr(base, "label", item.base)),
            count=counts[name],
            base=counts[item.base],
            base_who=getattr(base, "who", ""),
            date=day,
            period=f"pr. {numbers.format_date(day)}",
            source=outcome.source,
            share_by_default=False,
            base_key=item.base,
        )

    def _survey_figure(self, dataset: str, name: str, pins: Pins) -> Figure:
        survey_round = self.survey_round(dataset, pins)
        survey = survey_round.survey
        common = {
            "dataset": dataset,
            "date": survey_round.round.date,
            "period": f"måling {survey_round.round.name}",
            "source": survey.source,
            "name": f"{dataset}.{name}",
        }
        if name == RESPONSES:
            total = single(self.responses(survey_round), self.threshold)
            return Figure(
                label="Besvarelser",
                definition=words.RESPONSES_DEFINITION,
                count=total,
                base=None,
                base_who="",
                share_by_default=False,
                **common,
            )
        table = self.survey_table(survey_round).set_index("question")
        if name not in table.index:
            names = [RESPONSES, *table.index]
            raise NotFound(f"tallet «{dataset}.{name}» findes ikke", "Brug et af: " + ", ".join(names) + ".")
        row = table.loc[name]
        counts = self.answers(survey_round, name)
        question = next(q for q in survey.questions if q.key == name)
        positive = " eller ".join(f"«{s.answer}»" for s in survey.scale if s.positive)
        left_out = [f"«{s.answer}»" for s in survey.scale if not s.counted]
        if not survey.blank_counted:
            left_out.append(words.BLANK_ANSWERS)
        return Figure(
            label=str(row["label"]),
            definition=words.SURVEY_DEFINITION.format(
                positive=positive, question=question.header, left_out=" og ".join(left_out) or "ingen"
            ),
            count=counts[POSITIVE],
            base=counts[BASE],
            base_who=words.SURVEY_WHO,
            share_by_default=True,
            **common,
        )
