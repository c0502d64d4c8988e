"""A raw label of the descriptor with a typo: reported at its line in the descriptor, not in the data.

A status of the export that no ``raw:`` label names is normally the data's problem. But when a raw
label matches no status of the export and is close to one that no label names, the label is the
likely typo: one problem at the descriptor's line, naming the nearest status found in the data.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ..danish import words
from ..errors import Problem
from .datasets import Outcome
from .text import normalise, shown_value

CLOSE = 0.8  # how alike (difflib's ratio) a raw label and a status must be to call it a typo


def raw_label_typos(outcome: Outcome, statuses: Iterable[str]) -> tuple[list[Problem], set[str]]:
    """The problems of raw labels that match no status in ``statuses`` (the export's status cells)
    but are close to an unnamed one, and those statuses (normalised): explained by the typo."""
    found = {normalise(s): s for s in statuses if s.strip()}
    named = {normalise(raw) for category in outcome.categories for raw in category.raw}
    unnamed = {key: status for key, status in found.items() if key not in named}
    problems, explained = [], set()
    for category in outcome.categories:
        lines = category.raw_lines or (None,) * len(category.raw)
        for raw, line in zip(category.raw, lines, strict=False):
            if normalise(raw) in found:
                continue
            close = difflib.get_close_matches(normalise(raw), list(unnamed), n=1, cutoff=CLOSE)
            if not close:
                continue  # a status that has not occurred yet: nothing wrong
            nearest = shown_value(unnamed[close[0]])
            explained.add(close[0])
            problems.append(
                Problem(
                    file=outcome.descriptor_file,
                    line=line,
                    value=shown_value(raw),
                    what=words.RAW_LABEL_UNMATCHED.format(
                        dataset=outcome.key, category=category.key, file=outcome.file, nearest=nearest
                    ),
                    fix=words.RAW_LABEL_UNMATCHED_FIX.format(raw=shown_value(raw), nearest=nearest),
                )
            )
    return problems, explained
