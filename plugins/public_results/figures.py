"""Figures: one published number with its provenance, found by name.

A writer places ``{{ forløb.meningsfuld.andel }}``; the FigureBook finds the
figure for the page's pinned data date and formats the asked-for variant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from . import numbers, strings
from .compute import outcome_counts, responses, survey_table
from .errors import NotFound
from .validate import OutcomeLog, SurveyRound

VARIANTS = {
    "antal": "antallet",
    "andel": "andelen i procent",
    "n": "basen (n)",
    "base": "basen i ord: «af de 177, der …»",
    "brøk": "en sand brøk med basen: «to ud af tre af de 177, der …»",
}
RESPONSES = "besvarelser"


@dataclass(frozen=True)
class Pins:
    """The data a page speaks of: a data date and a survey round (None = newest)."""

    data_date: dt.date | None = None
    survey_round: str | None = None


@dataclass(frozen=True)
class Figure:
    """A count, optionally of a base, with where it comes from."""

    name: str
    dataset: str
    label: str
    definition: str  # what is counted, in words, for the figure catalogue and method boxes
    count: int
    base: int | None
    base_who: str
    date: dt.date
    period: str  # "pr. 15. maj 2018" or "måling 2021"
    source: str
    share_by_default: bool

    def text(self, variant: str, style: str = "space", decimals: int = 0) -> str:
        """The figure as a reader sees it, in Danish number style."""
        if variant == "":
            variant = "andel" if self.share_by_default else "antal"
        if variant not in VARIANTS:
            raise NotFound(
                f"tilføjelsen «.{variant}» findes ikke",
                "Brug en af: " + ", ".join(f".{v}" for v in VARIANTS) + " – eller ingen.",
            )
        if variant == "antal":
            return numbers.format_count(self.count)
        if self.base is None or self.base == 0:
            raise NotFound(
                f"«{self.name}» har ingen base, så «{variant}» kan ikke vises",
                "Brug tallet uden tilføjelse (antallet).",
            )
        if variant == "andel":
            return numbers.format_percent(self.count, self.base, style, decimals)
        if variant == "n":
            return numbers.format_count(self.base)
        base_phrase = strings.BASE_PHRASE.format(n=numbers.format_count(self.base), who=self.base_who)
        if variant == "base":
            return base_phrase
        phrase = numbers.fraction_phrase(self.count, self.base)
        if phrase in strings.WHOLE_PHRASES:  # "alle de 5, der …", not "alle af de 5"
            return f"{phrase} {base_phrase.removeprefix(strings.BASE_PREFIX)}"
        return f"{phrase} {base_phrase}"


@dataclass
class FigureBook:
    """All figures of a build, computed on first use and kept for the build."""

    surveys: dict[str, list[SurveyRound]]
    outcomes: dict[str, OutcomeLog]
    _counts: dict[tuple[str, dt.date], dict[str, int]] = field(default_factory=dict)
    _tables: dict[tuple[str, str], pd.DataFrame] = field(default_factory=dict)

    def datasets(self) -> list[str]:
        return sorted([*self.surveys, *self.outcomes])

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

    def counts(self, dataset: str, day: dt.date) -> dict[str, int]:
        key = (dataset, day)
        if key not in self._counts:
            self._counts[key] = outcome_counts(self.outcomes[dataset], day)
        return self._counts[key]

    def survey_table(self, survey_round: SurveyRound) -> pd.DataFrame:
        """Counts per question for one round (see compute.survey_table), computed once."""
        key = (survey_round.survey.key, survey_round.round.name)
        if key not in self._tables:
            self._tables[key] = survey_table(survey_round)
        return self._tables[key].copy()

    def figure(self, dataset: str, name: str, pins: Pins) -> Figure:
        """The figure ``dataset.name`` for ``pins``; NotFound says what exists instead."""
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
            definition=strings.OUTCOME_DEFINITION.format(members=members, base=getattr(base, "label", item.base)),
            count=counts[name],
            base=counts[item.base],
            base_who=getattr(base, "who", ""),
            date=day,
            period=f"pr. {numbers.format_date(day)}",
            source=outcome.source,
            share_by_default=False,
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
            total = responses(survey_round)
            return Figure(
                label="Besvarelser",
                definition=strings.RESPONSES_DEFINITION,
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
        question = next(q for q in survey.questions if q.key == name)
        positive = " eller ".join(f"«{s.answer}»" for s in survey.scale if s.positive)
        left_out = [f"«{s.answer}»" for s in survey.scale if not s.counted]
        if not survey.blank_counted:
            left_out.append(strings.BLANK_ANSWERS)
        return Figure(
            label=str(row["label"]),
            definition=strings.SURVEY_DEFINITION.format(
                positive=positive, question=question.header, left_out=" og ".join(left_out) or "ingen"
            ),
            count=int(row["positive"]),
            base=int(row["n"]),
            base_who=strings.SURVEY_WHO,
            share_by_default=True,
            **common,
        )
