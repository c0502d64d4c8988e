"""A page's own metadata about its figures: the data date (»Datadato«) and survey round (»Runde«)
it pins. Pure: takes the metadata and the page's source (for line numbers), returns the pins and
any problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..danish import words
from ..errors import NotFound, Problem
from ..figures.figure import Pins
from .placeholders import line_of, parse_data_date


def pins_of(metadata: Mapping[str, Any], source: str, file: str) -> tuple[Pins, list[Problem]]:
    """The data date (»Datadato«) and survey round (»Runde«) a page's metadata pins."""
    data_date, survey_round, problems = None, None, []
    raw_date = metadata.get(words.META_DATA_DATE)
    if raw_date is not None:
        try:
            data_date = parse_data_date(raw_date)
        except NotFound as error:
            problems.append(
                Problem(file=file, line=line_of(source, words.META_DATA_DATE), what=error.what, fix=error.fix)
            )
    if metadata.get(words.META_ROUND) is not None:
        survey_round = str(metadata[words.META_ROUND]).strip()
    return Pins(data_date=data_date, survey_round=survey_round), problems
