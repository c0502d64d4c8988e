"""Data dates that cannot be right: after the newest row of the outcome's export, or after today.

A data date after the export's last status change would show the figures of that last change as
the situation on a later day: a briefing of stale figures. ``impossible_data_dates`` finds them as
warnings (``make html`` says them; ``make publish`` stops on them), at their line in the descriptor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ..danish import words
from ..danish.numbers import format_date
from ..data.datasets import Outcome
from ..errors import Problem
from .prepare import Prepared


def newest_rows(prepared: Prepared) -> dict[str, dt.date | None]:
    """Per outcome dataset, the newest date of its rows (None: no rows); a dataset restored from the
    figure cache is not read again (the cache kept its newest date)."""
    newest: dict[str, dt.date | None] = {}
    for key, log in prepared.book.outcomes.items():
        if key in prepared.latest:
            newest[key] = prepared.latest[key]
        else:
            newest[key] = log.events["date"].max().date() if len(log.events) else None
    return newest


def impossible_data_dates(
    outcomes: list[Outcome], newest: Mapping[str, dt.date | None], today: dt.date
) -> list[Problem]:
    """One warning per data date after the newest row of its export (or after today)."""
    alerts = []
    for outcome in outcomes:
        last = newest.get(outcome.key)
        if last is None:
            continue  # a file without rows is a problem of its own
        file = outcome.file  # as written in the descriptor
        for day in outcome.data_dates:
            if day <= last:
                continue
            given = {"day": format_date(day), "dataset": outcome.key, "file": file, "newest": format_date(last)}
            if day > today:
                what = words.DATA_DATE_AFTER_TODAY.format(today=format_date(today), **given)
            else:
                what = words.DATA_DATE_AFTER_NEWEST.format(**given)
            fix = words.DATA_DATE_AFTER_FIX.format(file=file)
            alerts.append(Problem(file=outcome.descriptor_file, what=what, fix=fix, line=outcome.data_date_line(day)))
    return alerts


def impossible_in(prepared: Prepared, today: dt.date) -> list[Problem]:
    """``impossible_data_dates`` for every outcome of a prepared book."""
    outcomes = [log.outcome for _, log in sorted(prepared.book.outcomes.items())]
    return impossible_data_dates(outcomes, newest_rows(prepared), today)
