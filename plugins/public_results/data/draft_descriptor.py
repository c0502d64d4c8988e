"""A first descriptor drafted from a new unit's own exports (``python -m public_results new``).

``draft`` looks at each table as loaded (``load.read_table``: header row, encoding and delimiter
already found) and decides what it is: a **survey** (one row per answer; question columns sharing a
small set of answer texts) or a **status log** (a person's pseudonym, a date and a status). Survey
files with the same questions become rounds of one survey. What it finds (every column, question,
answer, background value and status) is returned as frozen values; ``draft_yaml`` writes them as a
``datasets.yaml`` for a person to read and correct. Pure: tables in, values out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..danish import words
from .text import normalise
from .validate import parse_date

if TYPE_CHECKING:
    import pandas as pd

MOST_ANSWERS = 12  # a column with more distinct texts is not a question or background column
MOST_STATUSES = 40  # a status column has at most this many distinct statuses
DATES_SHARE = 0.8  # a date column: at least this share of its filled cells are dates
KEY_WORDS = 2  # words kept in a short name
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


@dataclass(frozen=True)
class Answer:
    text: str  # as the file writes it
    positive: bool
    counted: bool


@dataclass(frozen=True)
class SurveyFile:
    file: str
    round: str
    date: dt.date


@dataclass(frozen=True)
class SurveyDraft:
    key: str
    files: tuple[SurveyFile, ...]
    questions: tuple[tuple[str, str], ...]  # (short name, header)
    scale: tuple[Answer, ...]
    known_scale: bool  # the scale is one of words.DRAFT_SCALES
    background: tuple[tuple[str, str, tuple[str, ...]], ...]  # (short name, header, values)
    free_text: tuple[str, ...]
    ignored: tuple[str, ...]  # running numbers (»Respondent«): not read


@dataclass(frozen=True)
class OutcomeDraft:
    key: str
    file: str
    id_column: str
    date_column: str
    status_column: str
    statuses: tuple[tuple[str, str], ...]  # (short name, raw status text), most frequent first
    start: dt.date
    newest: dt.date


@dataclass(frozen=True)
class Draft:
    surveys: tuple[SurveyDraft, ...]
    outcomes: tuple[OutcomeDraft, ...]
    unknown: tuple[str, ...]  # files that are neither


def short_name(text: str, taken: Sequence[str], fallback: str) -> str:
    """A short name for ``text`` for writers to type: its last KEY_WORDS words that are not small words
    (``words.DRAFT_SMALL_WORDS``), lower case, joined by ``_``; ``fallback`` when none is left; ``_2``,
    ``_3`` … added when the name is ``taken``."""
    found = [w for w in re.findall(r"[^\W_]+", text.casefold()) if w not in words.DRAFT_SMALL_WORDS]
    found = [w for w in found if not w.isdigit()] or found
    name = "_".join(found[-KEY_WORDS:]) or fallback
    if name[0].isdigit():
        name = fallback
    unique, number = name, 2
    while unique in taken:
        unique, number = f"{name}_{number}", number + 1
    return unique


def filled(column: pd.Series) -> list[str]:
    """The column's non-blank cells, stripped."""
    return [text for text in (str(cell).strip() for cell in column) if text]


def is_date_column(cells: list[str]) -> bool:
    """Most cells are dates written with separators (a bare number, an Excel serial, is not taken)."""
    dates = [c for c in cells if not c.isdigit() and parse_date(c) is not None]
    return bool(cells) and len(dates) >= DATES_SHARE * len(cells)


def _by_frequency(cells: list[str]) -> list[str]:
    return [text for text, _ in Counter(cells).most_common()]


def _hinted(header: str, hints: Sequence[str]) -> bool:
    return any(
        hint in re.findall(r"[^\W_]+", header.casefold()) or header.casefold().startswith(hint) for hint in hints
    )


def outcome_shape(name: str, table: pd.DataFrame) -> OutcomeDraft | None:
    """The table as a status log (pseudonym, date, status), or None when it is not one."""
    columns = {str(h): filled(table[h]) for h in table.columns}
    dates = [h for h, cells in columns.items() if is_date_column(cells)]
    if not dates or len(table) < 2:
        return None
    others = [h for h in columns if h not in dates and columns[h]]
    statuses = [h for h in others if len(set(columns[h])) <= MOST_STATUSES]
    status = next((h for h in statuses if _hinted(h, words.DRAFT_STATUS_HINTS)), None)
    candidates = [h for h in others if h != status]
    ids = [h for h in candidates if len(set(columns[h])) > 1]
    id_column = next((h for h in ids if _hinted(h, words.DRAFT_ID_HINTS)), None) or max(
        ids, key=lambda h: len(set(columns[h])), default=None
    )
    if status is None:
        status = min((h for h in statuses if h != id_column), key=lambda h: len(set(columns[h])), default=None)
    if id_column is None or status is None:
        return None
    found = [parse_date(c) for c in columns[dates[0]]]
    days = [d for d in found if d is not None]
    taken: list[str] = [words.GROUP_EVERYONE]
    for text in _by_frequency(columns[status]):
        taken.append(short_name(text, taken, words.DRAFT_STATUS_KEY.format(number=len(taken))))
    return OutcomeDraft(
        key=words.DRAFT_OUTCOME_KEY,
        file=name,
        id_column=id_column,
        date_column=dates[0],
        status_column=status,
        statuses=tuple(zip(taken[1:], _by_frequency(columns[status]), strict=True)),
        start=min(days),
        newest=max(days),
    )


def known_scale(answers: Sequence[str]) -> tuple[int, tuple[str, ...]] | None:
    """The scale of ``words.DRAFT_SCALES`` that holds most of ``answers`` (None: none holds two)."""
    wanted = {normalise(a) for a in answers}
    best = max(words.DRAFT_SCALES, key=lambda s: len(wanted & {normalise(t) for t in s[1]}))
    return best if len(wanted & {normalise(t) for t in best[1]}) >= min(2, len(wanted)) else None


def ordered_scale(answers: Sequence[str]) -> tuple[tuple[Answer, ...], bool]:
    """The answers in the order of a known Danish scale (the unknown ones after it, the ones not
    counted last), and whether a known scale was found. Without one, the answers stay in order of
    frequency and the first is positive."""
    not_counted = {normalise(t) for t in words.DRAFT_NOT_COUNTED}
    counted = [a for a in answers if normalise(a) not in not_counted]
    left_out = [a for a in answers if normalise(a) not in {normalise(c) for c in counted}]
    scale = known_scale(counted)
    if scale is None:
        steps = [Answer(a, i == 0, True) for i, a in enumerate(counted)]
    else:
        positives, texts = scale
        order = {normalise(t): i for i, t in enumerate(texts)}
        ranked = sorted(counted, key=lambda a: order.get(normalise(a), len(order)))
        steps = [Answer(a, order.get(normalise(a), len(order)) < positives, True) for a in ranked]
    return (*steps, *(Answer(a, False, False) for a in left_out)), scale is not None


def survey_shape(name: str, table: pd.DataFrame, today: dt.date) -> SurveyDraft | None:
    """The table as one round of a survey, or None when no column holds answers of a shared scale."""
    columns = {str(h): filled(table[h]) for h in table.columns}
    small = {
        h: set(c)
        for h, c in columns.items()
        if 2 <= len(set(c)) <= MOST_ANSWERS and not _numbers(c) and not _hinted(h, words.DRAFT_FREE_TEXT_HINTS)
    }
    shared = Counter(text for values in small.values() for text in values)
    scale_words = {normalise(t) for _, texts in words.DRAFT_SCALES for t in texts}
    scale_words |= {normalise(t) for t in words.DRAFT_NOT_COUNTED}
    in_scale = {t for t, n in shared.items() if n >= 2 or normalise(t) in scale_words}
    questions = [h for h, values in small.items() if len(values & in_scale) >= 0.8 * len(values)]
    if not questions:
        return None
    answers = _by_frequency([c for h in questions for c in columns[h]])
    scale, known = ordered_scale(answers)
    background = [h for h in small if h not in questions]
    ignored = [h for h, c in columns.items() if h not in small and c and len(set(c)) == len(c) and _short(c)]
    free = [h for h in columns if h not in small and h not in ignored and columns[h]]
    taken: list[str] = [words.FIGURE_RESPONSES, words.CHART_AGREEMENT, words.CHART_SCALE]
    for number, header in enumerate(questions, 1):
        taken.append(short_name(header, taken, words.DRAFT_QUESTION_KEY.format(number=number)))
    question_keys = taken[3:]
    for number, header in enumerate(background, 1):
        taken.append(short_name(header, taken, words.DRAFT_BACKGROUND_KEY.format(number=number)))
    year = _YEAR.findall(name)
    closed = min(dt.date(int(year[-1]), 12, 31), today) if year else today
    return SurveyDraft(
        key=words.DRAFT_SURVEY_KEY,
        files=(SurveyFile(name, year[-1] if year else str(closed.year), closed),),
        questions=tuple(zip(question_keys, questions, strict=True)),
        scale=scale,
        known_scale=known,
        background=tuple(
            (key, h, tuple(sorted(small[h], key=normalise)))
            for key, h in zip(taken[3 + len(questions) :], background, strict=True)
        ),
        free_text=tuple(free),
        ignored=tuple(ignored),
    )


def _numbers(cells: list[str]) -> bool:
    return all(c.replace(",", "").replace(".", "").isdigit() for c in cells)


def _short(cells: list[str]) -> bool:
    return max(len(c) for c in cells) <= 20


def merged(first: SurveyDraft, then: SurveyDraft) -> SurveyDraft:
    """One survey from two with the same questions: the rounds of both; every answer and value of both."""
    answers = [a.text for a in first.scale] + [
        a.text for a in then.scale if a.text not in {s.text for s in first.scale}
    ]
    scale, known = ordered_scale(answers)
    values = {h: v for _, h, v in then.background}
    background = tuple(
        (key, h, tuple(sorted(set(v) | set(values.get(h, ())), key=normalise))) for key, h, v in first.background
    )
    return SurveyDraft(
        key=first.key,
        files=tuple(sorted((*first.files, *then.files), key=lambda f: (f.date, f.round))),
        questions=first.questions,
        scale=scale,
        known_scale=known,
        background=background,
        free_text=tuple(dict.fromkeys((*first.free_text, *then.free_text))),
        ignored=tuple(dict.fromkeys((*first.ignored, *then.ignored))),
    )


def _numbered(key: str, number: int) -> str:
    return key if number == 1 else f"{key}_{number}"


def draft(tables: Sequence[tuple[str, pd.DataFrame]], today: dt.date) -> Draft:
    """What each table is, with every survey file of the same questions as a round of one survey."""
    surveys: list[SurveyDraft] = []
    outcomes: list[OutcomeDraft] = []
    unknown: list[str] = []
    for name, table in tables:
        survey = survey_shape(name, table, today)
        outcome = None if survey is not None and len(survey.questions) > 1 else outcome_shape(name, table)
        if outcome is not None:
            key = _numbered(outcome.key, len(outcomes) + 1)
            outcomes.append(OutcomeDraft(**{**outcome.__dict__, "key": key}))
        elif survey is not None:
            same = next((i for i, s in enumerate(surveys) if _same_questions(s, survey)), None)
            if same is None:
                surveys.append(SurveyDraft(**{**survey.__dict__, "key": _numbered(survey.key, len(surveys) + 1)}))
            else:
                surveys[same] = merged(surveys[same], survey)
        else:
            unknown.append(name)
    newest = max((o.newest for o in outcomes), default=None)
    surveys = [_distinct_rounds(s, newest) for s in surveys]
    return Draft(tuple(surveys), tuple(outcomes), tuple(unknown))


def _same_questions(one: SurveyDraft, other: SurveyDraft) -> bool:
    return {normalise(h) for _, h in one.questions} == {normalise(h) for _, h in other.questions}


def _distinct_rounds(survey: SurveyDraft, newest: dt.date | None) -> SurveyDraft:
    """Rounds with the same name (two files of one year) get the file's name instead. A round of the
    year of the status log's ``newest`` date is taken as closed by then (not on 31 December), so the
    pages of that data date show it."""
    names = Counter(f.round for f in survey.files)
    files = tuple(
        SurveyFile(
            f.file,
            f.round if names[f.round] == 1 else f.file.rsplit(".", 1)[0],
            newest if newest is not None and f.date.year == newest.year and f.date > newest else f.date,
        )
        for f in survey.files
    )
    return SurveyDraft(**{**survey.__dict__, "files": files})
