"""Personal data in text and tables: CPR numbers, e-mail addresses and Danish phone numbers found and masked.

``find_personal`` finds them in the text folded as a reader reads it (``normalise.fold``: no
soft hyphens or zero-width characters, digits 0–9, one kind of dash), ``mask`` is the one masker
(for a hit and for an ID in an error message), and ``scan_table`` refuses an input table that
holds them. What counts as a hit, and why, is written out in ``docs/personal-data-guard.md``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import importers
from ..danish import words
from ..errors import Problem
from .normalise import fold, original_span, text_view

if TYPE_CHECKING:
    import pandas as pd

NAMED_PER_PLACE = 5  # problems named per table column and per output file; then one with the count

# The patterns read folded text (every dash is '-', every space or line break ' '). Between date and
# serial: nothing, a dash or a slash (with a space or two around it), or up to three spaces.
CPR = re.compile(
    r"(?<![0-9])(?P<day>[0-9]{2})(?P<month>[0-9]{2})(?P<year>[0-9]{2})"
    r"(?:[ \u00a0]{0,2}[-/][ \u00a0]{0,2}|[ \u00a0]{1,3})?[0-9]{4}(?![0-9])"
)
# local@domain.tld: the tld is letters (2+); '@' inside a word run starts no e-mail.
EMAIL = re.compile(r"(?<![\w%+-])(?<![\w%+-]\.)[\w%+-]+(?:\.[\w%+-]+)*@(?P<domain>(?:[\w-]+\.)+[^\W\d_]{2,})(?![\w-])")
# 8 digits, the first 2–9, optionally after +45 or 0045: 12345678, 12 34 56 78, 12-34-56-78, 12.34.56.78,
# 1234 5678.
PHONE = re.compile(
    r"(?:(?<![\w+])(?:\+45|0045)[ \u00a0]?|(?<![0-9+]))"
    r"(?P<number>[2-9][0-9]{7}|[2-9][0-9](?P<sep>[- \u00a0.])[0-9]{2}(?P=sep)[0-9]{2}(?P=sep)[0-9]{2}"
    r"|[2-9][0-9]{3}[- \u00a0][0-9]{4})(?![0-9])"
)
_IMAGE_SCALE = re.compile(r"[0-9]+(?:\.[0-9]+)?x\.")  # logo@2x.png, icon@1.5x.webp
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_HINT = re.compile(r"[0-9]{2}|@")  # every hit has two digits in a row or an '@'
# A CPR or phone number (with its +45) is made of these characters only, eight digits at least.
_RUN = re.compile("[0-9+ \u00a0./-]{8,}")
_NINE_DIGITS = re.compile("[1-9][0-9]{8}")  # a CPR number whose leading 0 a spreadsheet dropped
DIGITS_AT_LEAST = 8
_NO_DIGITS = str.maketrans("", "", "0123456789")


@dataclass(frozen=True)
class Hit:
    """One piece of personal data found in a text."""

    kind: str  # "cpr", "email" or "phone"
    text: str  # the matched text as found


def find_personal(text: str) -> list[Hit]:
    """Every CPR-shaped number, e-mail address and Danish phone number in ``text`` (read folded:
    ``normalise.fold``); each hit as ``text`` writes it."""
    return [Hit(kind, text[start:end]) for start, end, kind in _original_spans(text)]


def mask_personal(text: str) -> str:
    """``text`` with every hit masked (``mask``): '010190-1234' -> '01****-****',
    'anna@example.dk' -> 'an**@*******.**', '22 34 56 78' -> '22 ** ** **'."""
    return _masked(text, _original_spans(text))


def mask(value: str) -> str:
    """A value that could point to a person (a hit, an ID), shown so it can be found but not read:
    its first two characters stay (none of a value of four or fewer), and so do its separators;
    every other letter or digit becomes ``*``: 'PKQX731' -> 'PK*****', '010190-1234' -> '01****-****'."""
    keep = 2 if len(value) > 4 else 0
    return value[:keep] + "".join("*" if char.isalnum() else char for char in value[keep:])


def scan_table(table: pd.DataFrame, file: str) -> list[Problem]:
    """A Problem per header and cell holding personal data (at most NAMED_PER_PLACE cells per column, then a count)."""
    pd, np = importers.pandas(), importers.numpy()
    problems: list[Problem] = []
    known: dict[str, list[Hit]] = {}  # answers repeat: each distinct text is searched once
    for position, label in enumerate(table.columns):
        header = str(label)
        column = mask_personal(header)
        if hits := find_personal(header):
            problems.append(_table_problem(file, 1, column, header, hits, words.PERSONAL_IN_HEADER))
        codes, texts = pd.factorize(_cell_texts(table.iloc[:, position]))
        for text in texts:
            if text not in known:
                known[text] = cell_hits(text)
        holding = np.array([bool(known[text]) for text in texts], dtype=bool)
        rows = np.flatnonzero(holding[codes])
        found = len(rows)
        for at in rows[:NAMED_PER_PLACE]:
            text = texts[codes[at]]
            problems.append(
                _table_problem(file, int(table.index[at]), column, text, known[text], words.PERSONAL_IN_CELL)
            )
        if found > NAMED_PER_PLACE:
            problems.append(too_many(file, found, words.PERSONAL_CELLS_IN_COLUMN, words.PERSONAL_TABLE_FIX, column))
    return problems


def _cell_texts(values: pd.Series) -> Any:
    """Each cell as the text searched (an empty cell read as NaN is ""), to be searched once per
    distinct text: a column that is all text as it is, any other cell by cell."""
    pd, np = importers.pandas(), importers.numpy()
    cells = values.to_numpy(dtype=object)
    if not values.isna().any() and pd.api.types.infer_dtype(cells, skipna=False) in {"string", "empty"}:
        return cells
    texts = ["" if not isinstance(value, str) and pd.isna(value) else str(value) for value in cells]
    return np.array(texts, dtype=object)


def cell_hits(text: str) -> list[Hit]:
    """The hits of an input cell: in its text, else in its text as markup shows it (a tag or an
    entity inside a number), else the whole cell as a CPR number that lost its leading 0 when a
    spreadsheet stored it as a number (``103921234``)."""
    if _plainly_none(text):
        return []
    if hits := find_personal(text):
        return hits
    if ("<" in text or "&" in text) and (hits := find_personal(text_view(text))):
        return hits
    digits = "0" + fold(text)[0].strip()
    if _NINE_DIGITS.fullmatch(digits, 1) and (match := CPR.fullmatch(digits)) and _accepted(match, digits, "cpr"):
        return [Hit("cpr_number", text.strip())]
    return []


def _plainly_none(text: str) -> bool:
    """Whether ``text`` plainly holds nothing personal: ASCII (folding changes no digit and makes no
    '@'), no '@' (an e-mail), no '<' or '&' (markup) and fewer than eight digits (a CPR or phone
    number has eight at least). A column of IDs (»PAAA136«) is passed this way, not searched."""
    if not text.isascii() or "@" in text or "<" in text or "&" in text:
        return False
    return len(text) - len(text.translate(_NO_DIGITS)) < DIGITS_AT_LEAST


def _original_spans(text: str) -> list[tuple[int, int, str]]:
    """The hits of ``text`` folded, as spans of ``text`` itself."""
    folded, at, removed = fold(text)
    spans = _spans(folded)
    if not at:
        return spans
    return [(*original_span(start, end, at, removed), kind) for start, end, kind in spans]


def _spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every hit, in order, never overlapping.

    Searched again with the hits masked until nothing new turns up: a number refused for its
    neighbours (``22 34 56 78`` after ``20``) is a hit when those neighbours were a hit themselves.
    """
    spans: list[tuple[int, int, str]] = []
    while (grown := _merge(spans + _find(_masked(text, spans)))) != spans:
        spans = grown
    return spans


def _find(text: str) -> list[tuple[int, int, str]]:
    """Every accepted hit of the three patterns. A CPR or phone number lies inside a run of digits
    and separators holding at least eight digits, and an e-mail address holds an '@': only there
    are the patterns tried (long pages are mostly digits of other kinds: a search of the whole
    text would try every position)."""
    if not _HINT.search(text):
        return []
    spans = [(m.start(), m.end(), "email") for m in _matches(EMAIL, text, "email")] if "@" in text else []
    for run in _RUN.finditer(text):
        if sum(char.isdigit() for char in run.group()) < DIGITS_AT_LEAST:
            continue
        start, end = max(run.start() - 1, 0), min(run.end() + 1, len(text))  # the lookarounds see a neighbour
        for kind, pattern in (("cpr", CPR), ("phone", PHONE)):
            spans += [(m.start(), m.end(), kind) for m in _matches(pattern, text, kind, start, end)]
    return _merge(spans)


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans become one, named after its longest part."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans, key=lambda c: (c[0], c[0] - c[1])):
        if merged and start < merged[-1][1]:
            first, last, longest = merged[-1]
            merged[-1] = (first, max(end, last), kind if end - start > last - first else longest)
        else:
            merged.append((start, end, kind))
    return merged


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    parts, last = [], 0
    for start, end, _ in spans:
        parts += [text[last:start], mask(text[start:end])]
        last = end
    return "".join([*parts, text[last:]])


def _matches(
    pattern: re.Pattern[str], text: str, kind: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """Accepted matches between ``start`` and ``end``; after a refused one the search goes on
    from its next character."""
    position, stop = start, len(text) if end is None else end
    while match := pattern.search(text, position, stop):
        if _accepted(match, text, kind):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


def _accepted(match: re.Match[str], text: str, kind: str) -> bool:
    if kind == "email":
        return not _IMAGE_SCALE.match(match["domain"])
    before, after = text[max(0, match.start() - 6) : match.start()], text[match.end() : match.end() + 6]
    if _glued(before, after):
        return False
    if kind == "cpr":
        day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
        leap = 2000 + year if year % 4 == 0 else 2001  # '00' counts as a leap year
        return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(leap, month)[1]
    number, prefixed = match["number"], match.start("number") > match.start()
    group = "{1,2}" if len(number) == 11 else "{1,4}"  # the next group of 22 34 56 78 or of 2234 5678
    if len(number) > 8 and (
        re.search(rf"(?<![0-9])[0-9]{group}[- \u00a0.]$", before)
        or re.match(rf"[- \u00a0.][0-9]{group}(?![0-9])", after)
    ):
        return False  # one group of a longer row: 12 34 56 78 90
    if not prefixed and len(number) == 9 and all(_YEAR.fullmatch(part) for part in (number[:4], number[5:])):
        return False  # 2017 2018, 2017-2018
    if not prefixed and len(number) == 8 and _is_date(number):
        return False  # 20220215
    return before[-1:] != "#" and not re.match(r"\.[^\W\d_]", after)  # colour, file name


def _glued(before: str, after: str) -> bool:
    """Whether the digits are part of a word or of a decimal number (``nr.`` and ``tlf.`` are fine)."""
    if re.search(r"[^\W\d]$", before) or re.match(r"\w", after) or re.match(r"[.,][0-9]", after):
        return True
    return bool(re.search(r"[.,]$", before)) and not re.search(r"[^\W\d_]{2}[.,]$", before)


def _is_date(digits: str) -> bool:
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    return 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _table_problem(file: str, row: int, column: str, text: str, hits: list[Hit], place: str) -> Problem:
    nouns = list(dict.fromkeys(words.PERSONAL_NOUNS[hit.kind] for hit in hits))
    whole = len(hits) == 1 and hits[0].text == text.strip()
    what = (
        words.PERSONAL_IS.format(place=place, noun=nouns[0])
        if whole
        else words.PERSONAL_HOLDS.format(place=place, nouns=_and(nouns))
    )
    value = ", ".join(mask(hit.text) for hit in hits)  # only the hits: free text may hold names
    return Problem(file=file, row=row, column=column, value=value, what=what, fix=words.PERSONAL_TABLE_FIX)


def too_many(file: str, count: int, places: str, fix: str, column: str | None = None) -> Problem:
    """The problem that counts the hits of a column or a file beyond the NAMED_PER_PLACE named."""
    what = words.PERSONAL_TOO_MANY.format(count=count, places=places, named=NAMED_PER_PLACE)
    return Problem(file=file, column=column, what=what, fix=fix)


def _and(nouns: list[str]) -> str:
    return nouns[0] if len(nouns) == 1 else ", ".join(nouns[:-1]) + words.JOIN_AND + nouns[-1]
