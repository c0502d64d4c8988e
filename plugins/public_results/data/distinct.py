"""Per-row work done once per distinct value.

A status log of a million rows holds a dozen statuses and a few thousand dates: normalising,
parsing or looking up each row's text again was most of the loader's time. ``per_distinct``
calls a function once per distinct text of a column and spreads the answers over the rows;
``value_rows`` finds how often each distinct value occurs and its first rows, for the messages
that name them. Each gives exactly what the straightforward per-row way gives (``Series.map``,
``Counter``): the same values, dtype, index and order. A column that is not all text (an empty
cell read as NaN, a number) takes the per-row way, since there distinct values can be equal
without being the same (``1 == 1.0 == True``). ``stripped`` strips each cell (finding the distinct
values costs about as much as stripping them all), but in one call of C instead of one a cell.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from .. import importers

if TYPE_CHECKING:
    import pandas as pd


def all_text(values: pd.Series) -> bool:
    """Whether every cell of ``values`` is text (no NaN or None, no number): then two cells are
    equal exactly when they are the same text, and each distinct text can stand for its rows."""
    pd = importers.pandas()
    if values.empty or values.isna().any():
        return False
    return pd.api.types.infer_dtype(values, skipna=False) == "string"


def per_distinct(values: pd.Series, function: Callable[[Any], Any]) -> pd.Series:
    """``values.map(function)``, with ``function`` called once per distinct text: the same
    answers, dtype, index and name."""
    pd = importers.pandas()
    if not all_text(values):
        return values.map(function)
    codes, uniques = pd.factorize(values.to_numpy(dtype=object))
    answers = pd.Series(uniques, dtype=object).map(function)  # the dtype Series.map infers
    return answers.take(codes).set_axis(values.index).rename(values.name)


def stripped(values: pd.Series) -> pd.Series:
    """``values.str.strip()`` (the same object dtype), with the text's own ``strip`` over a column
    that is all text instead of pandas' call per cell."""
    pd, np = importers.pandas(), importers.numpy()
    if not all_text(values):
        return values.str.strip()
    cells = values.to_numpy(dtype=object)
    texts = np.fromiter(map(str.strip, cells), dtype=object, count=len(cells))
    return pd.Series(texts, index=values.index, name=values.name, dtype=object)


def value_rows(values: pd.Series, shown: int) -> list[tuple[Hashable, int, list[int]]]:
    """Each distinct value of ``values`` with how often it occurs and the index labels of its first
    ``shown`` rows, the most frequent first and equally frequent ones in order of first occurrence,
    as ``Counter.most_common`` orders them."""
    pd, np = importers.pandas(), importers.numpy()
    if not all_text(values):
        return [
            (value, count, [int(i) for i in values.index[values == value][:shown]])
            for value, count in Counter(values).most_common()
        ]
    codes, uniques = pd.factorize(values.to_numpy(dtype=object))
    counts = np.bincount(codes, minlength=len(uniques))
    in_groups = np.argsort(codes, kind="stable")  # each value's rows together, in the file's order
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    labels = values.index.to_numpy()
    order = sorted(range(len(uniques)), key=lambda code: -counts[code])  # stable: ties keep their order
    return [
        (
            uniques[code],
            int(counts[code]),
            [int(i) for i in labels[in_groups[starts[code] : starts[code] + min(shown, counts[code])]]],
        )
        for code in order
    ]
