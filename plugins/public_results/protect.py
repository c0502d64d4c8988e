"""Protect: nothing that can point to a person travels past this stage.

- Survey free-text columns are never read (validate keeps only declared
  question and background columns).
- Pseudonymous citizen IDs are replaced by meaningless row codes before any
  figure is computed, so no ID can reach a page, chart, table or download.

Small-count suppression of published tables belongs here too (see the README's
privacy section for what is and is not done yet).
"""

from __future__ import annotations

import pandas as pd

from .validate import OutcomeLog


def drop_identifiers(log: OutcomeLog) -> OutcomeLog:
    """The same log with each citizen ID replaced by a number 0, 1, 2, …"""
    codes, _ = pd.factorize(log.events["citizen"], sort=False)
    events = log.events.assign(citizen=codes.astype("int64"))
    return OutcomeLog(outcome=log.outcome, events=events)
