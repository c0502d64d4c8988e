"""Danish number style: counts, percentages, fraction phrases and dates.

Pure functions. Percentages are computed from whole counts with ``Decimal`` and
rounded half-up, because Babel alone rounds half-to-even (0.925 -> "92 %").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from babel.numbers import format_decimal

from . import words

LOCALE = "da_DK"
PLAIN_MARGIN = Fraction(3, 2)  # percentage points: "to ud af tre" within 1,5 points
JUST_UNDER_MARGIN = Fraction(3)  # "knap"/"næsten" only this close below


def percent_value(count: int, base: int, decimals: int = 0) -> Decimal:
    """The share count/base in percent, rounded half-up to ``decimals`` places."""
    if base <= 0:
        raise ValueError("base must be positive")
    exact = Decimal(int(count)) * 100 / Decimal(int(base))
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@functools.lru_cache(maxsize=8192)  # Babel is slow and a site shows the same numbers on many pages
def format_number(value: int | Decimal, decimals: int = 0) -> str:
    """Danish style: 1.234 and 5,9 (thousands point, decimal comma)."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    number = value if isinstance(value, Decimal) else Decimal(int(value))
    return format_decimal(number, format=pattern, locale=LOCALE)


def format_count(value: int) -> str:
    return format_number(value)


def format_percent(count: int, base: int, style: str = "space", decimals: int = 0) -> str:
    """'94 %' (non-breaking space), '94%' or '94 pct.' according to ``style``."""
    value = format_number(percent_value(count, base, decimals), decimals)
    return words.PERCENT_STYLES[style].format(value=value)


def fraction_phrase(count: int, base: int) -> str:
    """A true Danish fraction phrase for count/base.

    Plain ("to ud af tre") only within 1,5 percentage points of the fraction;
    "knap …" just below a fraction; otherwise "mere end …" the largest
    fraction below the share.
    """
    if base <= 0:
        raise ValueError("base must be positive")
    share = Fraction(int(count) * 100, int(base))
    if share == 100:
        return words.ALL
    if share == 0:
        return words.NONE
    candidates = [(Fraction(n * 100, d), phrase) for n, d, phrase in words.FRACTIONS]
    nearest_value, nearest_words = min(candidates, key=lambda c: abs(c[0] - share))
    if abs(nearest_value - share) <= PLAIN_MARGIN:
        return nearest_words
    if 100 - share <= JUST_UNDER_MARGIN:
        return words.NEARLY_ALL
    above = [c for c in candidates if c[0] > share]
    if above and above[0][0] - share <= JUST_UNDER_MARGIN:
        return words.JUST_UNDER.format(words=above[0][1])
    below = [c for c in candidates if c[0] < share]
    if not below:
        return words.FEWER_THAN.format(words=candidates[0][1])
    return words.MORE_THAN.format(words=below[-1][1])


def format_date(day: dt.date) -> str:
    """'16. maj 2018'."""
    return f"{day.day}. {words.MONTHS[day.month - 1]} {day.year}"


def format_month(day: dt.date) -> str:
    """'marts 2017'."""
    return f"{words.MONTHS[day.month - 1]} {day.year}"


# Small numbers in words count as their digits: »otte spørgsmål« is »8«. Not »én«/»en«, which are
# also »one« of »én gang«: a count of one in a method box is »ét tal«.
_NUMBER_IN_WORDS = {word: str(n) for n, word in enumerate(words.NUMBER_WORDS, 1) if n > 1}
_NUMBER_IN_WORDS[words.NUMBER_ONE_NEUTER] = "1"
_FIGURE_IN_TEXT = re.compile(
    r"\d+(?:[.,]\d+)*(?:[\s\xa0]?%)?"  # 1.012, 77 %, 12,5 %, 2021
    + "|"
    + r"(?<!\w)(?:"
    + "|".join(_NUMBER_IN_WORDS)
    + r")(?!\w)",
    flags=re.IGNORECASE,
)


def figures_in(text: str) -> str:
    """The figures written in ``text`` (counts, shares, dates), in order, one space apart: what a
    method box published, whatever its wording; a number from two to twelve in words (and »ét«) as
    its digits, so writing »otte« for »8« changes nothing."""
    found = (m.group() for m in _FIGURE_IN_TEXT.finditer(text))
    return " ".join(_NUMBER_IN_WORDS.get(f.lower()) or " ".join(f.split()) for f in found)
