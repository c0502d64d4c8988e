"""Safety net: words that contradict the figure beside them, found in the writer's own text.

The build cannot understand a sentence, but it can catch the common slips: »flertal« next to
a share of 50 % or less, »stigning« next to a fall, »alle« next to a share that is not 100 %,
and a fraction in words that is not true of the share beside it (the house rule: plain only
within 1,5 points, »mere end«/»over« only above, »knap«/»næsten« only just below). Each slip
is a warning with the file, the line and a suggestion; it does not stop a build, but it
stops ``make publish``.

A sentence is the text from one full stop to the next (a full stop before a digit or a
lower-case letter, as in »pr. 15. maj«, does not end one). Only the writer's own words are
read: the words a placeholder puts in (a generated fraction, »20 flere«) are never checked.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..danish import numbers, words
from ..danish.style import DEFAULT_QUOTES
from ..errors import Problem
from ..plain_data import keepable
from . import honesty_check, style_check
from .honesty_check import Claim
from .placeholders import PLACEHOLDER, Reference

MAJORITY, UP, DOWN = words.MAJORITY_WORDS, words.UP_WORDS, words.DOWN_WORDS
WHOLE = {words.ALL: Decimal(100), words.NONE: Decimal(0)}
NOT_WHOLE_BEFORE = words.NOT_A_CLAIM_AFTER  # »af alle«, »blandt alle«: not a claim
ABOVE, JUST_BELOW, BELOW = words.ABOVE_WORDS, words.JUST_BELOW_WORDS, words.BELOW_WORDS
PLAIN, JUST = Decimal("1.5"), Decimal(3)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ»\"(])|\n\s*\n")


@keepable
@dataclass(frozen=True)
class Facts:
    """What a placeholder shows, as numbers: its share (percent) and its change, where it has them."""

    share: Decimal | None = None  # the share the reader sees, rounded as shown
    change: Decimal | None = None  # ».ændring«: the change in its own unit
    is_change: bool = False
    is_generated_words: bool = False  # ».brøk«: the words come from the figure and are true
    claim: Claim | None = None  # what it counts, for the honesty check (pages/honesty_check.py)

    def memo_key(self) -> tuple[object, ...]:
        """What the check reads of it, for a page's memo key: a claim (the dataset's labels, the same
        on many pages) by a digest made once."""
        claim = _claim_digest(self.claim) if self.claim is not None else None
        return self.share, self.change, self.is_change, self.is_generated_words, claim


@functools.lru_cache(maxsize=1024)
def _claim_digest(claim: Claim) -> str:
    return hashlib.sha256(repr(claim).encode()).hexdigest()[:32]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    return [*spans, (start, len(text))]


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def check(
    source: str, references: list[Reference], facts: dict[str, Facts], file: str, quotes: str = DEFAULT_QUOTES
) -> list[Problem]:
    """Every contradiction between a sentence's words and a figure in it, and every break of the
    house style (``style_check``: quotes, »§ 103«, one to twelve in words, »(n =«, »af« twice)."""
    return _contradictions(source, references, facts, file) + style_check.check(source, file, quotes)


def _contradictions(source: str, references: list[Reference], facts: dict[str, Facts], file: str) -> list[Problem]:
    """Every contradiction between a sentence's words and a figure in it."""
    placed = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(source)]
    by_place = list(zip(placed, references, strict=False))
    found: list[Problem] = []
    for start, end in sentences(source):
        inside = [(span, ref) for span, ref in by_place if start <= span[0] < end and ref.token in facts]
        if not inside:
            continue
        text = PLACEHOLDER.sub(" ", source[start:end]).lower()
        text = " ".join(text.split())
        line = source.count("\n", 0, inside[0][0][0]) + 1
        found += _rules(text, [facts[ref.token] for _, ref in inside], file, line)
    claims = {token: f.claim for token, f in facts.items() if f.claim is not None}
    return found + honesty_check.check(source, references, claims, file, sentences)


def _rules(text: str, shown: list[Facts], file: str, line: int) -> list[Problem]:
    shares = [f.share for f in shown if f.share is not None and not f.is_change]
    changes = [f.change for f in shown if f.is_change and f.change is not None]
    found = _majority(text, shares) + _direction(text, changes) + _whole(text, shares)
    if not any(f.is_generated_words for f in shown):  # ».brøk« writes its own, true words
        found += _fraction(text, shares)
    return [Problem(file=file, line=line, what=what, fix=fix) for what, fix in found]


Found = list[tuple[str, str]]  # (what, fix)


def _majority(text: str, shares: list[Decimal]) -> Found:
    return [
        (
            words.WORDING_MAJORITY.format(word=word, share=_percent(share)),
            words.WORDING_MAJORITY_FIX.format(phrase=_fraction_words(share)),
        )
        for word in MAJORITY
        if _has(text, word)
        for share in shares
        if share <= 50
    ]


def _direction(text: str, changes: list[Decimal]) -> Found:
    found = []
    for change in changes:
        wrong = UP if change < 0 else DOWN if change > 0 else ()
        what = words.WORDING_UP if change < 0 else words.WORDING_DOWN
        found += [
            (what.format(word=word, change=_signed(change)), words.WORDING_DIRECTION_FIX)
            for word in wrong
            if _has(text, word)
        ]
    return found


def _whole(text: str, shares: list[Decimal]) -> Found:
    found = []
    for word, whole in WHOLE.items():
        claims = [m for m in re.finditer(rf"(?<!\w){word}(?!\w)", text) if not _after(text, m.start())]
        found += [
            (
                words.WORDING_WHOLE.format(word=word, share=_percent(share), whole=_percent(whole)),
                words.WORDING_WHOLE_FIX.format(phrase=_fraction_words(share)),
            )
            for share in shares
            if claims and share != whole
        ]
    return found


def _fraction(text: str, shares: list[Decimal]) -> Found:
    return [
        (
            words.WORDING_FRACTION.format(words=words_found, share=_percent(share)),
            words.WORDING_FRACTION_FIX.format(phrase=_fraction_words(share)),
        )
        for words_found, fraction in _fractions(text)
        for share in shares
        if not _fits(words_found, fraction, share)
    ]


def _after(text: str, position: int) -> bool:
    """Whether a word like »alle« follows »af«, »blandt« … (then it is no claim about the share)."""
    before = text[:position].split()
    return bool(before) and before[-1] in NOT_WHOLE_BEFORE


def _fractions(text: str) -> list[tuple[str, Decimal]]:
    """Fraction phrases in the words, with a qualifier before them when there is one."""
    return [(match.group(0), share) for pattern, share in _fraction_patterns() for match in pattern.finditer(text)]


@functools.cache
def _fraction_patterns() -> tuple[tuple[re.Pattern[str], Decimal], ...]:
    """Each fraction phrase as a pattern (with the qualifiers that may stand before it) and its share."""
    qualifiers = "|".join(re.escape(q) for q in (*ABOVE, *JUST_BELOW, *BELOW))
    return tuple(
        (
            re.compile(rf"(?:(?<!\w)({qualifiers})\s+)?(?<!\w){re.escape(phrase)}(?!\w)"),
            Decimal(numerator * 100) / Decimal(denominator),
        )
        for numerator, denominator, phrase in words.FRACTIONS
    )


def _fits(text: str, fraction: Decimal, share: Decimal) -> bool:
    if any(text.startswith(q) for q in ABOVE):
        return share > fraction
    if any(text.startswith(q) for q in JUST_BELOW):
        return fraction - JUST <= share < fraction
    if any(text.startswith(q) for q in BELOW):
        return share < fraction
    return abs(share - fraction) <= PLAIN


def _fraction_words(share: Decimal) -> str:
    """A true fraction phrase for the share, as the house style writes it."""
    exact = Fraction(share).limit_denominator(1000)
    return numbers.fraction_phrase(exact.numerator, exact.denominator * 100)


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _percent(value: Decimal) -> str:
    return words.PERCENT_STYLES["space"].format(value=numbers.format_number(value, _places(value)))


def _signed(value: Decimal) -> str:
    sign = "+" if value > 0 else "−"
    return f"{sign}{numbers.format_number(abs(value), _places(value))}"
