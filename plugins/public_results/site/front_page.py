"""The front page's figures: one lead figure, large, and the other key figures, compact.

``front_figures(book, settings, newest)`` gives ``FrontFigures``: the data date said once (the
heading says it, so a card repeats its period only when it is another, like a survey's »måling
2023«), the lead (``RESULTS_LEAD_FIGURE``, else the first key figure) with its base and a line in
words, and the other key figures of the live page. Every value is a key-figure card's
(``figures.briefings.card``), so the lead is suppressed exactly as the cards are. A lead that does
not exist is a problem naming the setting and the names that do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..danish import numbers, words
from ..danish.style import fraction_with_base
from ..errors import NotFound, Problem
from ..figures.book import FigureBook
from ..figures.briefings import Briefing, Card, card, cards, default_figures
from ..figures.figure import Pins
from ..settings import Settings


@dataclass(frozen=True)
class FrontFigures:
    """What the front page shows of the newest figures (``results_front`` in the templates)."""

    date: str  # "31. december 2023": the heading says it once
    lead: Card | None
    explanation: str  # the lead in words: "Mere end tre ud af ti af dem er i meningsfuld beskæftigelse."
    others: tuple[Card, ...]


def said_once(found: list[Card], period: str) -> list[Card]:
    """The cards without the period the heading already says (another period, e.g. a survey's, stays)."""
    return [replace(c, period="") if c.period == period else c for c in found]


def explanation(book: FigureBook, name: str, pins: Pins) -> str:
    """One line in words for the figure ``name``: a true fraction of its base and who it counts
    (»Mere end tre ud af ti af dem er i meningsfuld beskæftigelse.«); where that cannot be said (a
    survey question, a status without »who«, a suppressed count or base), its definition."""
    dataset, figure_name = name.split(".")[:2]
    figure = book.figure(dataset, figure_name, pins)
    described = None
    if dataset in book.outcomes:
        outcome = book.outcomes[dataset].outcome
        described = next((i for i in (*outcome.groups, *outcome.categories) if i.key == figure_name), None)
    who = getattr(described, "who", "")
    base = figure.base
    sayable = base is not None and base.value and not base.suppressed and not figure.count.suppressed
    if who and sayable and figure.base_key != figure_name:  # »alle« of »alle« says nothing
        phrase = numbers.fraction_phrase(figure.count.value, base.value)
        if phrase not in words.WHOLE_PHRASES:  # »tre ud af ti blandt dem«: no »af« twice
            phrase = fraction_with_base(phrase, words.LEAD_THEM)
        line = (words.LEAD_WHOLE if phrase in words.WHOLE_PHRASES else words.LEAD_FRACTION).format(
            phrase=phrase, who=who
        )
        return line[0].upper() + line[1:]
    return getattr(described, "definition", "") or figure.definition


def front_figures(book: FigureBook, settings: Settings, newest: Briefing) -> tuple[FrontFigures, list[Problem]]:
    """The lead and the other key figures at the newest data date, and the lead's problem, if any."""
    date = numbers.format_date(newest.date)
    period = words.PERIOD_DATE.format(date=date)
    names = list(settings.briefing_figures) or default_figures(book)
    targets = dict(settings.targets)
    try:
        found = cards(book, names, newest, settings, targets)
    except NotFound:  # the live page reports RESULTS_BRIEFING_FIGURES; the front page shows no cards
        found = []
    chosen = settings.lead_figure or (names[0] if names else "")
    lead, line = None, ""
    if chosen:
        pins = newest.pins_for(book, chosen.split(".")[0]) or Pins()  # a survey without a round here: its newest
        try:
            lead = card(book, chosen, pins, settings, targets)
            line = explanation(book, chosen, pins)
        except NotFound as error:
            what = words.LEAD_FIGURE_SETTING.format(what=error.what)
            empty = FrontFigures(date, None, "", tuple(said_once(found, period)))
            return empty, [Problem(file="pelicanconf.py", what=what, fix=error.fix)]
    others = [c for c in found if lead is None or c.name != lead.name]
    shown = said_once([lead], period)[0] if lead else None
    return FrontFigures(date, shown, line, tuple(said_once(others, period))), []
