"""A new unit's site that still speaks with the example's voice: its name, subtitle, unit and join
text in the settings, while the data is the unit's own.

``example_identity_left(raw, datasets)`` is one warning naming every such setting (``make publish``
stops on it), or None: for the example's own data (its datasets, all synthetic) the example's
texts are right. The example's texts are ``words.EXAMPLE_IDENTITY`` (a test holds them equal to
the example's ``pelicanconf.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..danish import words
from ..data.datasets import Outcome, Survey
from ..data.text import normalise
from ..errors import Problem

SETTINGS_FILE = "pelicanconf.py"


def is_example_data(datasets: Iterable[Survey | Outcome]) -> bool:
    """Whether the data is the example's: its datasets by name, every one marked synthetic."""
    found = list(datasets)
    return {d.key for d in found} == set(words.EXAMPLE_DATASETS) and all(d.synthetic for d in found)


def example_identity_left(raw: Mapping[str, Any], datasets: Iterable[Survey | Outcome]) -> Problem | None:
    """One warning naming each setting of Pelican's settings ``raw`` that still holds the example's
    text while the data is not the example's; None when there is none."""
    if is_example_data(datasets):
        return None
    left = [
        name for name, text in words.EXAMPLE_IDENTITY.items() if normalise(str(raw.get(name) or "")) == normalise(text)
    ]
    if not left:
        return None
    names = ", ".join(left[:-1]) + words.JOIN_AND + left[-1] if len(left) > 1 else left[0]
    return Problem(
        file=SETTINGS_FILE,
        what=words.EXAMPLE_IDENTITY_LEFT.format(settings=names),
        fix=words.EXAMPLE_IDENTITY_LEFT_FIX.format(settings=names),
    )
