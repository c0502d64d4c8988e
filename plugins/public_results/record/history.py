"""History that stays true: pinned pages keep their figures, say when newer ones exist, and
never change what they published without saying so.

Pure functions over a resolved page: ``newer_data`` (do the newest data show anything
else?) and ``settle`` (compare with the ledger and apply the writer's decision).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..danish import numbers, words
from ..danish.style import count_in_text, quoted_inside
from ..errors import NotFound, Problem
from ..figures.book import FigureBook
from ..figures.briefings import data_dates
from ..figures.figure import Pins
from ..pages.placeholders import Reference, line_of, parse_data_date
from ..pages.resolve import RECORDED_ROWS, ResolvedPage, shown_values
from ..settings import Settings
from .ledger import Change, Correction, Entry, as_read, revisions


@dataclass(frozen=True)
class Decision:
    """What the writer wrote in a page's metadata about a revision of its figures."""

    accept: dt.date | None = None  # »Rettelse: 2024-01-10«: show the new figures with a correction note
    keep: bool = False  # »Fasthold: ja«: show the figures as published


def decision_of(metadata: Mapping[str, Any], source: str, file: str) -> tuple[Decision, list[Problem]]:
    """»Rettelse: <dato>« or »Fasthold: ja« in a page's metadata (``source``: for the line)."""
    accept = metadata.get(words.META_CORRECTION)
    keep = str(metadata.get(words.META_KEEP, "")).strip().lower() in words.META_KEEP_YES
    if accept is None:
        return Decision(keep=keep), []
    try:
        return Decision(accept=parse_data_date(accept), keep=keep), []
    except NotFound:
        what = words.DECISION_DATE.format(value=accept)
        line = line_of(source, words.META_CORRECTION)
        return Decision(keep=keep), [Problem(file=file, line=line, what=what, fix=words.DECISION_DATE_FIX)]


def newer_data(
    book: FigureBook, settings: Settings, references: list[Reference], pins: Pins, page: ResolvedPage
) -> dt.date | None:
    """The newest data date when a pinned page's figures or charts read otherwise on it, else None."""
    if pins == Pins():
        return None
    shown = [r for r in references if r.kind != "method"]
    latest = shown_values(book, settings, shown, Pins())
    if all(latest.get(r.text) == page.shown.get(r.text) for r in shown):
        return None
    return data_dates(book)[-1] if data_dates(book) else None


def settle(
    entry: Entry | None, page: ResolvedPage, references: list[Reference], decision: Decision, file: str
) -> tuple[list[Problem], list[Correction]]:
    """Compare what the page shows with what it published; apply the decision.

    Returns the problems (a revision nobody decided on; a chart that cannot be kept) and the
    corrections the page must show. With »Fasthold« the published values replace the new
    ones in ``page`` (values and shown).
    """
    changes = revisions(entry, page.shown)
    earlier = list(entry.corrections) if entry else []
    if not changes:
        return [], earlier
    if decision.keep:
        problems = []
        for ref in references:
            change = next((c for c in changes if c.name == ref.text), None)
            if change is None:
                continue
            if ref.kind == "figure":
                page.values[ref.token] = change.old
                page.shown[ref.text] = change.old
            else:
                problems.append(
                    Problem(
                        file=file,
                        line=ref.line,
                        what=words.KEEP_CHART.format(name=ref.text),
                        fix=words.KEEP_CHART_FIX,
                    )
                )
        return problems, earlier
    if decision.accept is not None:
        return [], [*earlier, Correction(decision.accept, tuple(changes))]
    line = next((r.line for r in references if r.text == changes[0].name), None)
    listed = _listed(changes)
    today = dt.date.today().isoformat()
    return [
        Problem(
            file=file,
            line=line,
            what=words.REVISED.format(changes=listed),
            fix=words.REVISED_FIX.format(today=today),
        )
    ], []


def correction_notes(corrections: list[Correction], labels: Mapping[str, str] | None = None) -> list[str]:
    """One sentence per correction, for the page: each changed figure, chart or method box by what a
    reader calls it (``labels``: a placeholder as written -> the figure's label, the chart's or the
    box's heading; one not on the page any more by its placeholder), a chart's changed rows counted,
    not quoted (its new values are in the chart; a row's numbers in a line, »69 10 87 30«, read as
    a phone number)."""
    named = labels or {}

    def noted(change: Change) -> str:  # a label goes inside »…«; without one, the placeholder
        return _change(change, False, quoted_inside(named.get(change.name, "")))

    return [
        words.CORRECTION_NOTE.format(date=numbers.format_date(c.date), changes="; ".join(map(noted, c.changes)))
        for c in corrections
    ]


def settle_generated(
    entry: Entry | None, shown: dict[str, str], accept: dt.date | None, file: str, note: str
) -> tuple[list[Problem], list[Correction]]:
    """``settle`` for a briefing: a revision is accepted in its note file (``note``), or stops the build."""
    changes = revisions(entry, shown)
    earlier = list(entry.corrections) if entry else []
    if not changes:
        return [], earlier
    if accept is not None:
        return [], [*earlier, Correction(accept, tuple(changes))]
    listed = _listed(changes)
    fix = words.REVISED_BRIEFING_FIX.format(note=note, today=dt.date.today().isoformat())
    return [Problem(file=file, what=words.REVISED.format(changes=listed), fix=fix)], []


def _listed(changes: Iterable[Change], *, quote_rows: bool = True) -> str:
    """'»forløb.alle« 238 → 240; …': each changed figure with what it showed and shows now (``_change``)."""
    return "; ".join(_change(c, quote_rows) for c in changes)


ROWS_SHOWN = 2  # the changed rows quoted of a chart whose table changed


def _change(change: Change, quote_rows: bool = True, name: str = "") -> str:
    """One changed figure (called ``name``, else by its placeholder): old → new; for a chart's table
    of the same rows, how many rows changed and (``quote_rows``) the first ``ROWS_SHOWN`` of them,
    old → new (not the whole table twice: a chart over time has a row per month)."""
    old, new = as_read(change.old), as_read(change.new)
    name = name or change.name
    if change.name.startswith(f"{words.BLOCK_METHOD}:"):  # its figures in order (``pages.resolve``)
        return _method_change(name, old, new)
    before, after = old.split(RECORDED_ROWS), new.split(RECORDED_ROWS)
    if len(before) == 1 or len(before) != len(after):
        return words.REVISION_CHANGE.format(name=name, old=old, new=new)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    if not quote_rows:
        return words.REVISION_ROWS_COUNTED.format(
            name=name, changed=count_in_text(len(changed)), rows=count_in_text(len(before))
        )
    examples = ", ".join(words.REVISION_STEP.format(old=a, new=b) for a, b in changed[:ROWS_SHOWN])
    form = words.REVISION_ROWS if len(changed) > ROWS_SHOWN else words.REVISION_ROWS_ALL
    changed_rows, rows = count_in_text(len(changed)), count_in_text(len(before))
    return form.format(name=name, changed=changed_rows, rows=rows, examples=examples)


def _method_change(name: str, old: str, new: str) -> str:
    """A method box's change: the figures of its text that changed, old → new (its record is every
    figure of its text in order: »15 2022 2017 790 … 61« read whole says little)."""
    before, after = numbers.figures_in(old).split(), numbers.figures_in(new).split()  # an older record: its text
    if len(before) != len(after):
        return words.REVISION_CHANGE.format(name=name, old=old, new=new)
    changed = [words.REVISION_STEP.format(old=a, new=b) for a, b in zip(before, after, strict=True) if a != b]
    return words.REVISION_FIGURES.format(
        name=name,
        changed=count_in_text(len(changed), neuter=True),
        figures=count_in_text(len(before), neuter=True),
        examples=", ".join(changed),
    )
