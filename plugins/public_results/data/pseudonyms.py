"""Pseudonyms: no citizen ID travels past reading.

Pseudonymous citizen IDs are replaced by meaningless row codes before any figure is computed,
so no ID can reach a page, chart, table or download.
"""

from __future__ import annotations

from .. import importers
from .validate import OutcomeLog


def drop_identifiers(log: OutcomeLog) -> OutcomeLog:
    """The same log with each citizen ID replaced by a number 0, 1, 2, …"""
    codes, _ = importers.pandas().factorize(log.events["citizen"], sort=False)
    events = log.events.assign(citizen=codes.astype("int64"))
    return OutcomeLog(outcome=log.outcome, events=events)
