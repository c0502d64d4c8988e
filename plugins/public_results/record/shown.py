"""Reports for people: what the data holds, and which published figures would change.

Used by ``make check``. Pure functions from the FigureBook and from the record of
what each page showed; the words are Danish.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..danish import numbers, words
from ..figures.book import FigureBook, Pins

Shown = dict[str, dict[str, str]]  # page -> placeholder as written -> what a reader sees


@dataclass(frozen=True)
class Change:
    page: str
    name: str
    old: str | None  # None: the figure is new
    new: str | None  # None: the figure is gone


def dataset_summary(book: FigureBook) -> list[str]:
    """One line per dataset: rows, period, categories."""
    lines = []
    for key, rounds in sorted(book.surveys.items()):
        for survey_round in rounds:
            survey = survey_round.survey
            lines.append(
                f"{key} (spørgeskema), måling {survey_round.round.name}: "
                f"{numbers.format_count(book.responses(survey_round))} besvarelser, "
                f"{len(survey.questions)} spørgsmål, indsamling slut {numbers.format_date(survey_round.round.date)}"
            )
    for key in sorted(book.outcomes):
        log = book.outcome_log(key)
        events = log.events
        first, last = events["date"].min().date(), events["date"].max().date()
        used = events["category"].value_counts()
        categories = ", ".join(
            f"{c.key} {numbers.format_count(int(used.get(c.key, 0)))}" for c in log.outcome.categories
        )
        dates = ", ".join(numbers.format_date(d) for d in log.outcome.data_dates)
        lines.append(
            f"{key} (forløb): {numbers.format_count(len(events))} rækker, "
            f"{numbers.format_count(events['citizen'].nunique())} borgere, "
            f"{numbers.format_date(first)} – {numbers.format_date(last)}; datadatoer: {dates}; "
            f"rækker pr. status: {categories}"
        )
    return lines


def changes(old: Shown, new: Shown) -> list[Change]:
    """Every figure whose shown value differs between two records, page by page."""
    found = []
    for page in sorted(set(old) | set(new)):
        before, after = old.get(page, {}), new.get(page, {})
        for name in sorted(set(before) | set(after)):
            if before.get(name) != after.get(name):
                found.append(Change(page, name, before.get(name), after.get(name)))
    return found


def changes_table(found: list[Change], limit: int = 60) -> list[str]:
    """The changes as lines of a plain table; long values are shortened."""
    if not found:
        return ["Ingen publicerede tal ændrer sig i forhold til sidste vellykkede byg."]

    def short(value: str | None) -> str:
        if value is None:
            return "(findes ikke)"
        return value if len(value) <= limit else value[: limit - 1] + "…"

    lines = [f"{len(found)} publicerede tal ændrer sig i forhold til sidste vellykkede byg:"]
    lines += [f"  {c.page}  {{{{ {c.name} }}}}  {short(c.old)} → {short(c.new)}" for c in found]
    return lines


def read_shown(path: Path) -> Shown | None:
    """The record of the last successful build, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_shown(path: Path, shown: Shown) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def drawing_line(stats: Any) -> str:
    """'Grafer: 14 i alt, 2 tegnet, 12 fra cachen (1,3 s).'"""
    seconds = numbers.format_number(Decimal(str(round(stats.seconds, 1))), 1)
    return words.DRAWING_LINE.format(charts=stats.charts, drawn=stats.drawn, cached=stats.cached, seconds=seconds)


def newest_change_lines(book: FigureBook, style: Any) -> list[str]:
    """'forløb, 15. februar 2022 → 31. december 2023: forløb.aktive 205 → 225, …' per dataset."""
    return [
        f"{where}: " + (", ".join(found) if found else words.NO_CHANGES) for where, found in newest_changes(book, style)
    ]


def newest_changes(book: FigureBook, style: Any) -> list[tuple[str, list[str]]]:
    """For each dataset, every figure that changed from the data date (or round) before the newest
    to the newest: ('forløb, 15. februar 2022 → 31. december 2023', ['forløb.aktive 205 → 225', …])."""
    lines = []
    for key, log in sorted(book.outcomes.items()):
        dates = log.outcome.data_dates
        if len(dates) < 2:
            continue
        before, now = Pins(data_date=dates[-2]), Pins(data_date=dates[-1])
        names = [item.key for item in (*log.outcome.categories, *log.outcome.groups)]
        where = f"{key}, {numbers.format_date(dates[-2])} → {numbers.format_date(dates[-1])}"
        lines.append(_changed(book, key, names, before, now, "antal", style, where))
    for key, rounds in sorted(book.surveys.items()):
        ordered = sorted(rounds, key=lambda r: r.round.date)
        if len(ordered) < 2:
            continue
        before, now = Pins(survey_round=ordered[-2].round.name), Pins(survey_round=ordered[-1].round.name)
        names = [q.key for q in ordered[-1].survey.questions]
        where = f"{key}, måling {ordered[-2].round.name} → {ordered[-1].round.name}"
        lines.append(_changed(book, key, names, before, now, "andel", style, where))
    return lines


def _changed(
    book: FigureBook, key: str, names: list[str], before: Pins, now: Pins, variant: str, style: Any, where: str
) -> tuple[str, list[str]]:
    changes = []
    for name in names:
        old = book.figure(key, name, before).text(variant, style)
        new = book.figure(key, name, now).text(variant, style)
        if old != new:
            changes.append(f"{key}.{name} {old} → {new}")
    return where, changes
