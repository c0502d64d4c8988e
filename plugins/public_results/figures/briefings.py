"""Briefings: one page of key figures per data date, for ministries and politicians.

Pure functions from the FigureBook: which briefings exist (one per outcome data date;
a survey round joins the first briefing on or after the day it closed), and the key
figures of each as cards: value, base, definition, the change since the previous
data date in words (never colour alone) and the unit's target where it has one; and the
three to five key messages that open the briefing's PDF (``key_messages``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..danish import numbers, words
from ..danish.style import count_in_text
from ..errors import NotFound
from ..settings import Settings
from .book import FigureBook
from .figure import BASE, COUNT, SHARE, Figure, Pins


@dataclass(frozen=True)
class Card:
    name: str  # as written in the settings: "forløb.meningsfuld.andel"
    label: str
    value: str  # as the reader sees it, after suppression
    base: str  # "af de 177, der har afsluttet et forløb" ("" for a count of everyone)
    definition: str
    period: str  # "pr. 15. februar 2022" or "måling 2021"
    change: str  # the change since the previous data date, in words ("" the first time)
    target: str = ""  # "Mål: 60 %. 6 procentpoint over målet." ("" without a target)


@dataclass(frozen=True)
class Briefing:
    date: dt.date
    previous: dt.date | None  # the data date before, for changes
    rounds: tuple[tuple[str, str], ...]  # (survey dataset, round name) that join this briefing

    @property
    def slug(self) -> str:
        return self.date.isoformat()

    @property
    def title(self) -> str:
        return words.BRIEFING_TITLE.format(date=numbers.format_date(self.date))

    def pins_for(self, book: FigureBook, dataset: str) -> Pins | None:
        """The pins of ``dataset`` in this briefing; None for a survey with no round here."""
        if dataset in book.surveys:
            round_name = dict(self.rounds).get(dataset)
            return Pins(data_date=self.date, survey_round=round_name) if round_name else None
        return Pins(data_date=self.date)


def data_dates(book: FigureBook) -> list[dt.date]:
    """Every outcome data date of the site, oldest first."""
    return sorted({d for log in book.outcomes.values() for d in log.outcome.data_dates})


def briefings(book: FigureBook) -> list[Briefing]:
    """One briefing per data date, oldest first; each survey round joins the first on or after it."""
    dates = data_dates(book)
    joined: dict[dt.date, list[tuple[str, str]]] = {d: [] for d in dates}
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in sorted(rounds, key=lambda r: r.round.date):
            day = next((d for d in dates if d >= survey_round.round.date), None)
            if day is not None:
                joined[day] = [(k, r) for k, r in joined[day] if k != key] + [(key, survey_round.round.name)]
    return [Briefing(day, dates[i - 1] if i else None, tuple(joined[day])) for i, day in enumerate(dates)]


def card(book: FigureBook, name: str, pins: Pins, settings: Settings, targets: Mapping[str, float]) -> Card:
    """The card of figure ``name`` ("dataset.figure" or with ".antal" or ".andel")."""
    dataset, figure_name, variant = _split(name)
    figure = book.figure(dataset, figure_name, pins)
    unit = variant or (SHARE if figure.share_by_default else COUNT)
    style = settings.number_style
    of_itself = figure.base_key == figure_name  # »alle« is its own base
    base = figure.text(BASE, style) if figure.base is not None and figure.base.value and not of_itself else ""
    before = book.previous_pins(dataset, pins)
    change = ""
    if before is not None:
        earlier = book.figure(dataset, figure_name, before)
        since = (
            words.SINCE_DATE.format(date=numbers.format_date(earlier.date))
            if dataset in book.outcomes
            else words.SINCE_ROUND.format(round=before.survey_round)
        )
        change = _change(figure, earlier, unit, since, settings)
    return Card(
        name=name,
        label=figure.label,
        value=figure.text(unit, style),
        base=base,
        definition=figure.definition,
        period=figure.period,
        change=change,
        target=_target(figure, unit, targets.get(name), settings),
    )


def _split(name: str) -> tuple[str, str, str]:
    parts = name.split(".")
    if len(parts) not in {2, 3} or (len(parts) == 3 and parts[2] not in {COUNT, SHARE}):
        raise NotFound(words.KEY_FIGURE_UNREADABLE.format(name=name), words.KEY_FIGURE_UNREADABLE_FIX)
    return parts[0], parts[1], parts[2] if len(parts) == 3 else ""


def _change(now: Figure, before: Figure, unit: str, since: str, settings: Settings) -> str:
    decimals = settings.percent_decimals
    current, previous = now.value(unit, decimals), before.value(unit, decimals)
    if current is None or previous is None:
        return words.CHANGE_UNKNOWN.format(since=since)
    difference = current - previous
    shown_before = before.text(unit, settings.number_style)
    if difference == 0:
        return words.CHANGE_NONE.format(since=since, before=shown_before)
    amount = numbers.format_number(abs(difference), decimals if unit == SHARE else 0)
    phrase = {
        (COUNT, True): words.CHANGE_MORE, (COUNT, False): words.CHANGE_FEWER,
        (SHARE, True): words.CHANGE_HIGHER, (SHARE, False): words.CHANGE_LOWER,
    }[unit, difference > 0]  # fmt: skip
    return phrase.format(amount=amount, since=since, before=shown_before)


def _target(figure: Figure, unit: str, target: float | None, settings: Settings) -> str:
    if target is None:
        return ""
    decimals = settings.percent_decimals if unit == SHARE else 0
    goal = Decimal(str(target))
    goal_text = numbers.format_number(goal.quantize(Decimal(1).scaleb(-decimals)), decimals)
    if unit == SHARE:
        goal_text = words.PERCENT_STYLES[settings.percent_style].format(value=goal_text)
    value = figure.value(unit, settings.percent_decimals)
    if value is None:
        return words.TARGET_UNKNOWN.format(goal=goal_text)
    gap = value - goal
    amount = numbers.format_number(abs(gap).quantize(Decimal(1).scaleb(-decimals)), decimals)
    if gap == 0:
        return words.TARGET_MET.format(goal=goal_text)
    phrase = words.TARGET_ABOVE if gap > 0 else words.TARGET_BELOW
    unit_words = words.POINTS if unit == SHARE else ""
    return phrase.format(goal=goal_text, amount=amount, unit=unit_words).replace("  ", " ")


def cards(
    book: FigureBook, names: Sequence[str], briefing: Briefing, settings: Settings, targets: Mapping[str, float]
) -> list[Card]:
    """The cards of a briefing: each named figure at its data date (survey figures: its round)."""
    found = []
    for name in names:
        pins = briefing.pins_for(book, name.split(".")[0])
        if pins is not None:  # a survey figure needs a round in this briefing
            found.append(card(book, name, pins, settings, targets))
    return found


def default_figures(book: FigureBook) -> list[str]:
    """Without RESULTS_BRIEFING_FIGURES: every group of each outcome and every survey question."""
    names = [f"{key}.{g.key}" for key, log in sorted(book.outcomes.items()) for g in log.outcome.groups]
    names += [f"{key}.{q.key}" for key, rounds in sorted(book.surveys.items()) for q in rounds[0].survey.questions]
    return names


MOST_MESSAGES = 5


@dataclass(frozen=True)
class _Candidate:
    order: int  # its place in RESULTS_BRIEFING_FIGURES
    weight: tuple[int, Decimal, int]  # (0 with a target, minus the size of the change, 0 with a base): first
    text: str


def key_messages(
    book: FigureBook,
    names: Sequence[str],
    briefing: Briefing,
    settings: Settings,
    targets: Mapping[str, float],
    most: int = MOST_MESSAGES,
) -> list[str]:
    """The key messages of a briefing, one sentence group per figure, in the order of ``names``:
    the figure with its base, its change since the previous data date or survey round (»en
    stigning« only when it rose) and its target. A suppressed figure is never named, and a change
    or target against a suppressed number is left out. At most ``most``: figures with a target
    first, then those that changed most (relative to what they were), then shares and counts of a
    base before counts of everyone."""
    found = []
    for order, name in enumerate(names):
        pins = briefing.pins_for(book, name.split(".")[0])
        if pins is None:
            continue
        candidate = _candidate(book, name, pins, order, settings, targets.get(name))
        if candidate is not None:
            found.append(candidate)
    chosen = sorted(found, key=lambda c: (c.weight, c.order))[:most]
    return [c.text for c in sorted(chosen, key=lambda c: c.order)]


def _candidate(
    book: FigureBook, name: str, pins: Pins, order: int, settings: Settings, target: float | None
) -> _Candidate | None:
    dataset, figure_name, variant = _split(name)
    figure = book.figure(dataset, figure_name, pins)
    unit = variant or figure.unit
    decimals = settings.percent_decimals if unit == SHARE else 0
    value = figure.value(unit, settings.percent_decimals)
    if value is None:
        return None  # suppressed: never named
    style = settings.number_style
    has_base = figure.base is not None and figure.base.value and not figure.base.suppressed
    base = " " + figure.prose(BASE, style) if has_base and figure.base_key != figure_name else ""
    sentences = [words.KEY_MESSAGE.format(label=figure.label, value=figure.prose(unit, style), base=base)]
    size = Decimal(0)
    earlier = book.previous_pins(dataset, pins)
    previous = book.figure(dataset, figure_name, earlier) if earlier is not None else None
    before = previous.value(unit, settings.percent_decimals) if previous is not None else None
    if earlier is not None and previous is not None and before is not None:
        since = (
            words.KEY_SINCE_DATE.format(date=numbers.format_date(previous.date))
            if dataset in book.outcomes
            else words.KEY_SINCE_ROUND.format(round=earlier.survey_round)
        )
        difference = value - before
        if unit == SHARE:  # »2 procentpoint«: a unit keeps digits
            amount = f"{numbers.format_number(abs(difference), decimals)} {words.POINTS}"
        else:  # »en stigning på fem«: running text
            amount = count_in_text(int(abs(difference)))
        phrase = words.KEY_RISE if difference > 0 else words.KEY_FALL if difference < 0 else words.KEY_SAME
        sentences.append(phrase.format(amount=amount, since=since, before=previous.prose(unit, style)))
        size = abs(difference) / 100 if unit == SHARE else abs(difference) / max(before, Decimal(1))
    if target is not None:
        sentences.append(_target_sentence(value, Decimal(str(target)), unit, decimals, settings))
    return _Candidate(order, (0 if target is not None else 1, -size, 0 if base else 1), " ".join(sentences))


def _target_sentence(value: Decimal, goal: Decimal, unit: str, decimals: int, settings: Settings) -> str:
    """»Målet er 66 %; tallet ligger 28 procentpoint under.« (or »Målet på … er nået.«)"""
    step = Decimal(1).scaleb(-decimals)
    goal_text = numbers.format_number(goal.quantize(step), decimals)
    if unit == SHARE:
        goal_text = words.PERCENT_STYLES[settings.percent_style].format(value=goal_text)
    elif goal == int(goal):
        goal_text = count_in_text(int(goal))  # a count in running text: »ti«
    gap = value - goal
    if gap == 0:
        return words.KEY_TARGET_MET.format(goal=goal_text)
    if unit == SHARE or gap != int(gap):
        amount = numbers.format_number(abs(gap).quantize(step), decimals)
        amount += f" {words.POINTS}" if unit == SHARE else ""
    else:
        amount = count_in_text(int(abs(gap)))
    phrase = words.KEY_TARGET_ABOVE if gap > 0 else words.KEY_TARGET_BELOW
    return phrase.format(goal=goal_text, amount=amount)
