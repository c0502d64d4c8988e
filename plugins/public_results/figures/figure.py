"""A figure: one published number with its provenance, and how a reader sees it.

``Figure.text(variant, style)`` writes it in Danish number style after suppression: the count,
the share, the base (n) or the base in words, a true fraction phrase, or the change since the
previous data date. ``Pins`` say which data date and survey round a page speaks of.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ..danish import numbers, words
from ..danish.style import capitalised, count_in_text, fraction_with_base
from ..errors import NotFound
from ..plain_data import keepable
from ..privacy.suppression import HIDDEN, SMALL, Count
from ..settings import NumberStyle

DEFAULT_STYLE = NumberStyle()
# A suppressed figure in the record of shown figures (ledger.json, make check), whatever words the
# page shows for it: a hidden one (shown as »et skjult antal«, ».."), a small one (»færre end fem«).
RECORDED_HIDDEN = "[c]"
RECORDED_SMALL = "<{threshold}"

VARIANTS = words.VARIANTS  # what a writer may add after a figure's name, and what it shows
COUNT, SHARE, FRACTION, CHANGE = words.VARIANT_COUNT, words.VARIANT_SHARE, words.VARIANT_FRACTION, words.VARIANT_CHANGE
N, BASE = words.VARIANT_N, words.VARIANT_BASE


@keepable
@dataclass(frozen=True)
class Pins:
    """The data a page speaks of: a data date and a survey round (None = newest)."""

    data_date: dt.date | None = None
    survey_round: str | None = None


@keepable
@dataclass(frozen=True)
class Figure:
    """A count, optionally of a base, with where it comes from."""

    name: str
    dataset: str
    label: str
    definition: str  # what is counted, in words, for the figure catalogue and method boxes
    count: Count
    base: Count | None
    base_who: str
    date: dt.date
    period: str  # "pr. 15. maj 2018" or "i 2021-målingen"
    source: str
    share_by_default: bool
    base_key: str = ""  # what the base counts: a group's name, or "" (survey n, no base)
    previous: Figure | None = None  # the same figure one data date (or survey round) before

    def _variant(self, variant: str) -> str:
        if variant == "":
            return SHARE if self.share_by_default else COUNT
        if variant not in VARIANTS:
            raise NotFound(
                words.VARIANT_UNKNOWN.format(variant=variant),
                words.VARIANT_UNKNOWN_FIX.format(variants=", ".join(f".{v}" for v in VARIANTS)),
            )
        if variant == CHANGE:
            if self.previous is None:
                raise NotFound(words.VARIANT_NO_PREVIOUS.format(name=self.name), words.VARIANT_NO_PREVIOUS_FIX)
            return variant
        if variant != COUNT and (self.base is None or self.base.value == 0):
            raise NotFound(words.VARIANT_NO_BASE.format(name=self.name, variant=variant), words.VARIANT_NO_BASE_FIX)
        return variant

    @property
    def unit(self) -> str:
        """What the figure is by default: a share (»andel«) or a count (»antal«)."""
        return SHARE if self.share_by_default else COUNT

    def value(self, unit: str, decimals: int = 0) -> Decimal | None:
        """The number a reader compares: the count, or the share rounded as shown; None if suppressed."""
        if self.count.suppressed:
            return None
        if unit == COUNT:
            return Decimal(self.count.value)
        if self.base is None or self.base.suppressed or self.base.value == 0:
            return None
        return numbers.percent_value(self.count.value, self.base.value, decimals)

    def change(self, decimals: int = 0) -> Decimal | None:
        """The change since the previous figure in the figure's own unit; None when not to be compared."""
        if self.previous is None:
            return None
        now, before = self.value(self.unit, decimals), self.previous.value(self.unit, decimals)
        return None if now is None or before is None else now - before

    def is_suppressed(self, variant: str) -> bool:
        """Whether this variant shows a suppressed number (and so may not stand in a title)."""
        variant = self._variant(variant)
        if variant == CHANGE:
            return self.change() is None
        if variant == COUNT:
            return self.count.suppressed
        if variant in {N, BASE}:
            return self.base is not None and self.base.suppressed
        return self.count.suppressed or (self.base is not None and self.base.suppressed)

    def text(self, variant: str, style: NumberStyle = DEFAULT_STYLE) -> str:
        """The figure as a reader sees it, in Danish number style, after suppression."""
        return self._written(variant, style, recorded=False)

    def record(self, variant: str, style: NumberStyle = DEFAULT_STYLE) -> str:
        """The figure as the record of shown figures holds it (``ledger.json``, ``make check``): its
        ``text``, but a hidden figure as RECORDED_HIDDEN and a small one as RECORDED_SMALL, whatever
        words the page uses for them, so that new words are never taken for a revised figure."""
        return self._written(variant, style, recorded=True)

    def _written(self, variant: str, style: NumberStyle, *, recorded: bool) -> str:
        variant = self._variant(variant)
        if variant == CHANGE:
            return _change_text(self.change(style.decimals), self.unit, style)
        if variant == COUNT:
            return _count_text(self.count, style, recorded=recorded)
        base = self.base
        assert base is not None  # checked in _variant
        n_text = _count_text(base, style, recorded=recorded)
        if variant == N:
            return n_text
        base_phrase = (words.BASE_PHRASE if not base.suppressed else words.BASE_PHRASE_SUPPRESSED).format(
            n=n_text, who=self.base_who
        )
        if variant == BASE:
            return base_phrase
        caution = (
            words.SMALL_BASE_NOTE.format(n=n_text) if not base.suppressed and base.value < style.small_base else ""
        )
        if base.suppressed:
            return RECORDED_HIDDEN if recorded else words.SUPPRESSED_SHARE
        if self.count.suppressed:
            phrase = _count_text(self.count, style, recorded=recorded)
            return phrase if variant == SHARE else f"{phrase} {base_phrase}"
        if variant == SHARE:
            return numbers.format_percent(self.count.value, base.value, style.percent, style.decimals) + caution
        phrase = numbers.fraction_phrase(self.count.value, base.value)
        if phrase in words.WHOLE_PHRASES:  # "alle de 5, der …", not "alle af de 5"
            return f"{phrase} {base_phrase.removeprefix(words.BASE_PREFIX)}{caution}"
        return f"{phrase} {base_phrase}{caution}"

    def prose(self, variant: str, style: NumberStyle = DEFAULT_STYLE, *, opens_sentence: bool = False) -> str:
        """The figure as running text writes it, in the house style (``danish/style.py``): a count
        of one to twelve in words (»fem«, »færre end fem«, »af de otte, der …«), a fraction and its
        base without »af« twice (»to ud af tre blandt de 177, der …«), and the first letter in upper
        case where it opens a sentence. ``text`` is the figure as the ledger records it."""
        variant = self._variant(variant)
        base = self.base
        if variant == COUNT:
            shown = _count_prose(self.count, style)
        elif variant == CHANGE and self.unit == COUNT and (change := self.change()) is not None and change:
            phrase = words.CHANGE_MORE_SHORT if change > 0 else words.CHANGE_FEWER_SHORT
            shown = phrase.format(amount=count_in_text(int(abs(change))))
        elif variant in {BASE, FRACTION} and base is not None and not base.suppressed:
            base_words = words.BASE_PHRASE.format(n=_count_prose(base, style), who=self.base_who)
            shown = base_words if variant == BASE else self._fraction_prose(base_words, style)
        else:
            shown = self.text(variant, style)
        return capitalised(shown) if opens_sentence else shown

    def _fraction_prose(self, base_words: str, number_style: NumberStyle) -> str:
        base = self.base
        assert base is not None
        small = base.value < number_style.small_base
        caution = words.SMALL_BASE_NOTE.format(n=_count_text(base, number_style)) if small else ""
        if self.count.suppressed:
            return f"{_count_prose(self.count, number_style)} {base_words}"
        phrase = numbers.fraction_phrase(self.count.value, base.value)
        if phrase in words.WHOLE_PHRASES:  # "alle de 5, der …", not "alle af de 5"
            return f"{phrase} {base_words.removeprefix(words.BASE_PREFIX)}{caution}"
        return fraction_with_base(phrase, base_words) + caution


def _change_text(change: Decimal | None, unit: str, style: NumberStyle) -> str:
    if change is None:
        return words.CHANGE_NOT_COMPARED
    if change == 0:
        return words.CHANGE_SAME
    amount = numbers.format_number(abs(change), style.decimals if unit == SHARE else 0)
    if unit == COUNT:
        return (words.CHANGE_MORE_SHORT if change > 0 else words.CHANGE_FEWER_SHORT).format(amount=amount)
    return (words.CHANGE_HIGHER_SHORT if change > 0 else words.CHANGE_LOWER_SHORT).format(amount=amount)


def _count_text(count: Count, style: NumberStyle, *, recorded: bool = False) -> str:
    if count.status == SMALL:
        return (RECORDED_SMALL if recorded else words.SUPPRESSED_SMALL).format(threshold=style.threshold)
    if count.status == HIDDEN:
        return RECORDED_HIDDEN if recorded else words.SUPPRESSED_HIDDEN
    return numbers.format_count(count.value)


def _count_prose(count: Count, number_style: NumberStyle) -> str:
    """A count in running text: one to twelve in words, also the threshold of a small one."""
    if count.status == SMALL:
        return words.SUPPRESSED_SMALL.format(threshold=count_in_text(number_style.threshold))
    if count.status == HIDDEN:
        return words.SUPPRESSED_HIDDEN
    return count_in_text(count.value)
