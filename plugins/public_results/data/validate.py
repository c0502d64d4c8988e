"""Check tables against their descriptor and turn them into clean, typed tables.

Every problem is collected (file, spreadsheet row, column, value, fix) and all
of them are raised together as one DataError.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import importers
from ..danish import words
from ..errors import DataError, Problem
from ..privacy.personal_data import mask
from .datasets import Outcome, Round, Survey
from .distinct import per_distinct, stripped, value_rows
from .raw_labels import raw_label_typos
from .text import normalise, shown_value

if TYPE_CHECKING:
    import pandas as pd

DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y")
BLANK = -1  # answer code for an empty cell
SHOWN_ROWS = 5  # rows named per unknown value
SHOWN_HEADERS = 12  # headers of the file listed when a column is missing


@dataclass(frozen=True)
class SurveyRound:
    """One survey round: one row per response, one column per question key.

    Cells hold the index of the answer in the descriptor's scale, or BLANK.
    Background columns hold their text value.
    """

    survey: Survey
    round: Round
    answers: pd.DataFrame


@dataclass(frozen=True)
class OutcomeLog:
    """Status changes: columns ``citizen``, ``date`` and ``category``."""

    outcome: Outcome
    events: pd.DataFrame

    @functools.cached_property
    def in_order(self) -> pd.DataFrame:
        """The events sorted by citizen, then date (a stable sort: same-day changes keep the file's
        order); made once per log, as counting on each month end needs it."""
        return self.events.sort_values(["citizen", "date"], kind="stable").reset_index(drop=True)


def find_columns(table: pd.DataFrame, wanted: dict[str, str], file: str) -> tuple[dict[str, str], list[Problem]]:
    """Map each key of ``wanted`` (key -> header) to the table's actual column."""
    actual: dict[str, list[str]] = {}
    for column in table.columns:
        actual.setdefault(normalise(column), []).append(column)
    found, problems = {}, []
    row = int(table.attrs.get("header_row", 1))
    for key, header in wanted.items():
        matches = actual.get(normalise(header), [])
        if len(matches) == 1:
            found[key] = matches[0]
        elif not matches:
            problems.append(
                Problem(
                    file=file,
                    row=row,
                    column=header,
                    what=words.COLUMN_MISSING,
                    fix=missing_fix(header, [str(c) for c in table.columns]),
                )
            )
        else:
            problems.append(
                Problem(file=file, row=row, column=header, what=words.COLUMN_TWICE, fix=words.COLUMN_TWICE_FIX)
            )
    return found, problems


def missing_fix(header: str, found: list[str]) -> str:
    """How to fix a missing column: the closest header in the file (difflib) and the headers found."""
    shown = [h for h in found if h.strip()][:SHOWN_HEADERS]
    listed = ", ".join(words.QUOTED.format(text=shown_value(h)) for h in shown) + (
        ", …" if len(found) > len(shown) else ""
    )
    by_normal = {normalise(h): h for h in found}
    close = difflib.get_close_matches(normalise(header), list(by_normal), n=1, cutoff=0.6)
    if close:
        nearest = words.COLUMN_MISSING_NEAREST.format(nearest=shown_value(by_normal[close[0]]))
        return words.COLUMN_MISSING_FIX_FOUND.format(nearest=nearest, found=listed)
    return words.COLUMN_MISSING_FIX_FOUND.format(nearest="", found=listed or words.COLUMN_MISSING_NONE)


def _unknown(file: str, column: str, cells: pd.Series, known: set[str], what: str, fix: str) -> list[Problem]:
    """One problem per unknown value in ``cells``, with its count and first rows (each distinct
    value normalised once)."""
    bad = cells[~per_distinct(cells, lambda cell: normalise(cell) in known).astype(bool)]
    return unknown_values(file, column, bad, what, lambda _value: fix)


def unknown_values(file: str, column: str, bad: pd.Series, what: str, fix: Callable[[str], str]) -> list[Problem]:
    """One problem per distinct value of ``bad`` (the cells found unknown), the most frequent first:
    its count, its first rows and ``fix(value)``."""
    problems = []
    for value, count, rows in value_rows(bad, SHOWN_ROWS):
        problems.append(
            Problem(
                file=file,
                row=rows[0],
                column=column,
                value=shown_value(value),
                what=words.UNKNOWN_VALUE.format(
                    what=what,
                    count=count,
                    times=words.TIMES_ONE if count == 1 else words.TIMES_MANY,
                    rows=", ".join(map(str, rows)),
                ),
                fix=fix(value),
            )
        )
    return problems


def validate_survey(table: pd.DataFrame, survey: Survey, round_: Round) -> SurveyRound:
    pd = importers.pandas()

    file = round_.file
    wanted = {q.key: q.header for q in survey.questions}
    wanted |= {b.key: b.header for b in survey.background}
    columns, problems = find_columns(table, wanted, file)
    codes = {normalise(step.answer): index for index, step in enumerate(survey.scale)}
    answers = pd.DataFrame(index=table.index)
    for question in survey.questions:
        if question.key not in columns:
            continue
        cells = stripped(table[columns[question.key]])
        problems += _unknown(
            file,
            question.header,
            cells[cells != ""],
            set(codes),
            words.ANSWER_UNKNOWN,
            words.ANSWER_UNKNOWN_FIX.format(dataset=survey.key),
        )
        answers[question.key] = per_distinct(cells, lambda c: codes.get(normalise(c), BLANK) if c else BLANK)
    for background in survey.background:
        if background.key not in columns:
            continue
        cells = stripped(table[columns[background.key]])
        problems += _unknown(
            file,
            background.header,
            cells[cells != ""],
            {normalise(v) for v in background.values},
            words.BACKGROUND_UNKNOWN,
            words.BACKGROUND_UNKNOWN_FIX.format(key=background.key),
        )
        answers[background.key] = cells
    if table.empty:
        problems.append(Problem(file=file, what=words.SURVEY_EMPTY, fix=words.SURVEY_EMPTY_FIX))
    if problems:
        raise DataError(problems)
    return SurveyRound(survey=survey, round=round_, answers=answers.reset_index(drop=True))


EXCEL_EPOCH = dt.date(1899, 12, 30)
EXCEL_SERIALS = range(1, 2_958_466)  # 1900-01-01 to 9999-12-31


TIME_OF_DAY = re.compile(r"(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)$")


@functools.lru_cache(maxsize=65_536)
def parse_date(text: str) -> dt.date | None:
    """A date as exports write it: 2022-02-01, 01-02-2022, 1.2.2022, 1/2/2022 or an Excel serial (44593).

    A time of day after the date (``2022-02-15 13:45`` or ``2022-02-15T13:45:00``) is ignored.
    Kept per text: a log of a million rows holds a few thousand dates (seven years of days), and
    ``strptime`` once per row took a third of a minute on the national bench's log.
    """
    text = TIME_OF_DAY.sub("", text.strip())
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    serial = parse_number(text) if len(text) <= 12 else None
    if serial is not None and serial == int(serial) and int(serial) in EXCEL_SERIALS:
        return EXCEL_EPOCH + dt.timedelta(days=int(serial))
    return None


def parse_number(text: str) -> float | None:
    """A number in Danish style (1.234,5) or plain (1234.5); None when it is not a number."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?|-?\d+,\d+", text):
        text = text.replace(".", "").replace(",", ".")
    elif not re.fullmatch(r"-?\d+(\.\d+)?", text):
        return None
    return float(text)


def _date_problems(
    file: str, column: str, raw: pd.Series, dates: pd.Series, start: dt.date, today: dt.date
) -> list[Problem]:
    """Dates that cannot be read, lie before the unit started, or lie in the future (``dates``: ``raw``
    read by ``parse_date``; each distinct text compared once)."""
    checks = [
        (dates.isna(), words.DATE_UNREADABLE, words.DATE_UNREADABLE_FIX),
        (
            per_distinct(raw, lambda text: (d := parse_date(text)) is not None and d < start),
            words.DATE_BEFORE_START.format(start=start.isoformat()),
            words.DATE_BEFORE_START_FIX,
        ),
        (
            per_distinct(raw, lambda text: (d := parse_date(text)) is not None and d > today),
            words.DATE_IN_FUTURE,
            words.DATE_IN_FUTURE_FIX,
        ),
    ]
    problems = []
    for wrong, what, fix in checks:
        for index in dates.index[wrong.astype(bool)][:SHOWN_ROWS]:
            problems.append(
                Problem(file=file, row=int(index), column=column, value=shown_value(raw.at[index]), what=what, fix=fix)
            )
    return problems


def validate_outcome(table: pd.DataFrame, outcome: Outcome, today: dt.date) -> OutcomeLog:
    """Clean status changes; every problem of the file together. ``today`` bounds the dates."""
    pd = importers.pandas()

    file = outcome.file
    wanted = {"citizen": outcome.id_column, "date": outcome.date_column, "status": outcome.status_column}
    columns, problems = find_columns(table, wanted, file)
    if problems:
        raise DataError(problems)
    raw_to_category = {normalise(raw): c.key for c in outcome.categories for raw in c.raw}
    status = stripped(table[columns["status"]])
    for index in status.index[status == ""][:SHOWN_ROWS]:
        problems.append(
            Problem(
                file=file,
                row=int(index),
                column=outcome.status_column,
                what=words.STATUS_MISSING,
                fix=words.STATUS_MISSING_FIX,
            )
        )
    typos, explained = raw_label_typos(outcome, status.unique())
    problems += typos
    problems += _unknown(
        file,
        outcome.status_column,
        status[(status != "") & ~per_distinct(status, lambda s: normalise(s) in explained).astype(bool)],
        set(raw_to_category),
        words.STATUS_UNKNOWN,
        words.STATUS_UNKNOWN_FIX.format(dataset=outcome.key),
    )
    dates = per_distinct(table[columns["date"]], parse_date)
    problems += _date_problems(file, outcome.date_column, table[columns["date"]], dates, outcome.start, today)
    citizens = stripped(table[columns["citizen"]])
    for index in citizens.index[citizens == ""][:SHOWN_ROWS]:
        problems.append(
            Problem(
                file=file,
                row=int(index),
                column=outcome.id_column,
                what=words.ID_MISSING,
                fix=words.ID_MISSING_FIX,
            )
        )
    if table.empty:
        problems.append(Problem(file=file, what=words.OUTCOME_EMPTY, fix=words.FILE_EMPTY_FIX))
    events = pd.DataFrame(
        {
            "citizen": citizens,
            "date": pd.to_datetime(dates),
            "category": per_distinct(status, lambda s: raw_to_category.get(normalise(s), "")),
        }
    )
    dated = events[events["date"].notna() & (events["citizen"] != "")]
    same_day = dated.index[dated.duplicated(["citizen", "date"], keep=False)]
    for index in same_day[:SHOWN_ROWS]:
        problems.append(
            Problem(
                file=file,
                row=int(index),
                column=outcome.id_column,
                value=mask(str(events.at[index, "citizen"])),
                what=words.SAME_DAY,
                fix=words.SAME_DAY_FIX,
            )
        )
    if problems:
        raise DataError(problems)
    return OutcomeLog(outcome=outcome, events=events.reset_index(drop=True))
