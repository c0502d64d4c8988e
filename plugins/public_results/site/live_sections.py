"""The live page's sections: its charts grouped as the descriptor groups the data.

One section per dataset (its title from the descriptor); an outcome dataset has a part per
breakdown (the breakdown's title). A chart of one status or group over time goes with the first
breakdown of that group (``alle`` over time with the breakdown of ``alle``), or has a part of its
own named after it. Each section and part has an id, for the page's table of contents.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..figures.book import FigureBook
from ..pages.blocks import anchor

SECTION_PREFIX = "afsnit"  # the ids: "afsnit-forloeb", "afsnit-forloeb-status"


@dataclass(frozen=True)
class Section:
    """A heading, its id and the charts under it (names); ``parts``: the sections one level down."""

    title: str
    anchor: str
    charts: tuple[str, ...] = ()
    parts: tuple[Section, ...] = ()
    html: tuple[str, ...] = ()  # the charts' HTML, once the page has resolved them


def live_sections(book: FigureBook, names: list[str]) -> list[Section]:
    """The charts called ``names`` (in that order within each section) grouped by dataset, in the
    order their datasets first appear; an outcome's charts grouped by breakdown."""
    datasets: dict[str, list[str]] = {}
    for name in names:
        datasets.setdefault(name.split(".")[0], []).append(name)
    found = []
    for key, charts in datasets.items():
        if key in book.outcomes:
            outcome = book.outcomes[key].outcome
            found.append(Section(outcome.title, anchor(SECTION_PREFIX, key), parts=_outcome_parts(book, key, charts)))
        elif key in book.surveys:
            survey = book.surveys[key][0].survey
            found.append(Section(survey.title, anchor(SECTION_PREFIX, key), charts=tuple(charts)))
    return found


def _outcome_parts(book: FigureBook, key: str, names: list[str]) -> tuple[Section, ...]:
    """A part per breakdown that has a chart here (descriptor order), then a part per other status
    or group shown over time."""
    outcome = book.outcomes[key].outcome
    breakdowns = {b.key: b for b in outcome.breakdowns}
    owner = {}  # a group's or status's key -> the first breakdown of it
    for breakdown in outcome.breakdowns:
        owner.setdefault(breakdown.of, breakdown.key)
    grouped: dict[str, list[str]] = {}
    for name in names:
        chart_key = name.split(".")[1] if "." in name else ""
        grouped.setdefault(chart_key if chart_key in breakdowns else owner.get(chart_key, chart_key), []).append(name)
    ordered = [k for k in breakdowns if k in grouped] + [k for k in grouped if k not in breakdowns]
    parts = []
    for part in ordered:
        item = outcome.counted(part)
        title = breakdowns[part].title if part in breakdowns else (item.label if item else part)
        parts.append(Section(title, anchor(SECTION_PREFIX, f"{key}.{part}"), charts=tuple(grouped[part])))
    return tuple(parts)
