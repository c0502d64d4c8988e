"""Chart messages: the one true thing a chart's title says, chosen from what its numbers show.

A title is a message, not a label, and not one template for every chart: a clear leader, a
majority, an even spread, a share against the unit's target, a rise or a fall over time. Each
rule is a pure function of protected counts (``Count``), so a message never says more than the
chart shows:

- »largest« only when no hidden part could be larger: the hidden parts add up to the total minus
  the shown ones, which a reader can work out too, and the largest shown part must exceed that;
- »smallest« / »lowest« only when no hidden part (or hidden month, or hidden share) could be
  smaller; otherwise the text says »of the shown« and the alt text says how many are hidden;
- an even spread only when every part is shown;
- a unit »highest« / »lowest« only when its share's Wilson interval overlaps none of the other
  shown units' (``wilson.stands_apart``), and »of the shown« when a unit's share is hidden
  (``unit_messages``).

Each function returns a ``Message``: the ``rule`` it chose (for tests and the catalogue) and its
``text``. The words are templates in ``danish/words.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..danish import numbers, words
from ..danish.style import capitalised, count_in_text, listed
from ..privacy.suppression import Count

# The rules a message can follow (Message.rule)
PLAIN = "plain"  # nothing to say that the numbers bear out: the chart's own name
TARGET = "target"  # a part's share against the unit's target
MAJORITY = "majority"  # one part is more than half of the whole
LEADER = "leader"  # one part is clearly the largest: at least LEADER_RATIO times the next
LARGEST = "largest"  # one part is the largest, but not by much
TIED = "tied"  # the two largest parts are as large as each other
EVEN = "even"  # every part is shown and they are about as large as each other
LARGEST_SHOWN = "largest_shown"  # the largest shown part; a hidden one could be larger
RISE, FALL, SAME = "rise", "fall", "same"  # one count over time
LOWEST_APART = "lowest_apart"  # a survey: one question well below the others
LEAST = "least"  # a survey: the lowest share, which every question reaches
SPREAD = "spread"  # a survey: every share within a few points of each other
HIGHEST_UNIT, LOWEST_UNIT = "highest_unit", "lowest_unit"  # units: one share's interval apart from the others'
UNITS_RANGE, UNITS_SAME = "units_range", "units_same"  # units: the range of the shares, or one share for all

LEADER_RATIO = Decimal("1.5")
EVEN_RATIO = Decimal("0.9")  # »næsten lige store«: the smaller part at least this share of the larger
APART_POINTS = 5  # percentage points a question must lie below the next to stand apart
SPREAD_POINTS = 5  # percentage points between the highest and the lowest share of an even survey


@dataclass(frozen=True)
class Message:
    rule: str
    text: str


Parts = Sequence[tuple[str, Count]]


def shown_parts(parts: Parts) -> list[tuple[str, Count]]:
    """The shown parts, largest first (ties in the given order)."""
    return sorted((p for p in parts if not p[1].suppressed), key=lambda p: -p[1].value)


def hidden_sum(parts: Parts, total: Count) -> int | None:
    """What the hidden parts add up to, as a reader can work it out (the total minus the shown
    parts); None when the total is hidden too."""
    if total.suppressed:
        return None
    return total.value - sum(c.value for _, c in parts if not c.suppressed)


def largest_is_certain(parts: Parts, total: Count) -> bool:
    """Whether the largest shown part is the largest of all: it beats the next shown part and no
    hidden part can be as large (the hidden parts together are smaller than it)."""
    shown = shown_parts(parts)
    if not shown or shown[0][1].value == 0:
        return False
    if len(shown) > 1 and shown[1][1].value == shown[0][1].value:
        return False
    if len(shown) == len(parts):
        return True
    rest = hidden_sum(parts, total)
    return rest is not None and shown[0][1].value > rest


def tied_at_top(parts: Parts, total: Count) -> bool:
    """Whether the two largest shown parts are as large as each other and no hidden part is larger
    (exactly two tie: a third as large is not named)."""
    shown = shown_parts(parts)
    if len(shown) < 2 or shown[0][1].value == 0 or shown[1][1].value != shown[0][1].value:
        return False
    if len(shown) > 2 and shown[2][1].value == shown[0][1].value:
        return False
    rest = hidden_sum(parts, total)
    return len(shown) == len(parts) or (rest is not None and rest < shown[0][1].value)


def smallest_is_certain(parts: Parts) -> bool:
    """Whether the smallest shown part is the smallest of all: nothing is hidden (a hidden part
    could be anything from 0), or it is 0 itself."""
    shown = shown_parts(parts)
    return bool(shown) and (len(shown) == len(parts) or shown[-1][1].value == 0)


def _count(count: Count) -> str:
    return numbers.format_count(count.value)


def _percent(value: Decimal, style: str, decimals: int) -> str:
    return words.PERCENT_STYLES[style].format(value=numbers.format_number(value, decimals))


def target_text(label: str, count: Count, base: Count, goal: float, style: str, decimals: int) -> str | None:
    """»Meningsfuld beskæftigelse: 66 % – målet på 60 % er nået«, or None when the share is hidden.
    The share is compared as shown (rounded), as the key figures' cards compare it."""
    if count.suppressed or base.suppressed or base.value == 0:
        return None
    value = numbers.percent_value(count.value, base.value, decimals)
    goal_value = Decimal(str(goal)).quantize(Decimal(1).scaleb(-decimals))
    facts = {"label": label, "share": _percent(value, style, decimals), "goal": _percent(goal_value, style, decimals)}
    gap = value - goal_value
    if gap >= 0:
        return words.MESSAGE_TARGET_MET.format(**facts)
    return words.MESSAGE_TARGET_BELOW.format(points=numbers.format_number(-gap, decimals), **facts)


def breakdown_message(
    parts: Parts,
    total: Count,
    fallback: str,
    style: str = "space",
    decimals: int = 0,
    targets: Sequence[float | None] = (),
) -> Message:
    """The title of the parts of a whole (``parts`` in the descriptor's order; ``targets``: the
    unit's target for each part's share of the whole, in percent, or None)."""
    shown = shown_parts(parts)
    if not shown or shown[0][1].value == 0 or total.suppressed or total.value == 0:
        return Message(PLAIN, fallback)
    for (label, count), goal in zip(parts, targets, strict=False):
        if goal is not None and (text := target_text(label, count, total, goal, style, decimals)):
            return Message(TARGET, text)
    (top_label, top), rest = shown[0], shown[1:]
    facts = {"label": top_label, "count": _count(top), "total": _count(total)}
    certain = largest_is_certain(parts, total)
    if top.value * 2 > total.value:
        return Message(
            MAJORITY, words.MESSAGE_MAJORITY.format(part=numbers.fraction_phrase(top.value, total.value), **facts)
        )
    if len(shown) == len(parts) and len(shown) > 2 and Decimal(shown[-1][1].value) >= EVEN_RATIO * top.value:
        low, high = _count(shown[-1][1]), _count(top)
        return Message(EVEN, words.MESSAGE_EVEN.format(low=low, high=high, total=facts["total"]))
    if tied_at_top(parts, total):
        return Message(TIED, words.MESSAGE_TIED.format(other=rest[0][0], **facts))
    if not certain:
        return Message(LARGEST_SHOWN, words.MESSAGE_LARGEST_SHOWN.format(**facts))
    if not rest or Decimal(top.value) >= LEADER_RATIO * rest[0][1].value:
        return Message(LEADER, words.MESSAGE_LEADER.format(**facts))
    return Message(LARGEST, words.MESSAGE_LARGEST.format(**facts))


def breakdown_summary(parts: Parts, total: Count, style: str) -> str:
    """The text alternative's sentences on the parts of a whole, chosen from what the data says as
    the title is (``breakdown_message``): an even spread, two parts as large as each other, a
    majority or the largest part, then the smallest. »Den største« / »den mindste« only where no
    hidden part could be larger or smaller; otherwise »af de grupper, der vises«, and the hidden
    parts are named. Counts of one to twelve in words (running text); shares in digits."""
    shown = shown_parts(parts)
    hidden = [words.QUOTED.format(text=label) for label, count in parts if count.suppressed]
    hidden_sentence = (words.ALT_HIDDEN_GROUP if len(hidden) == 1 else words.ALT_HIDDEN_GROUPS).format(
        names=listed(hidden)
    )
    if not shown or shown[0][1].value == 0:
        return hidden_sentence if hidden else ""

    def facts(label: str, count: Count) -> dict[str, str]:
        if total.suppressed or total.value == 0:
            share = ""
        else:
            share = words.ALT_SHARE.format(share=numbers.format_percent(count.value, total.value, style))
        return {"label": label, "count": count_in_text(count.value), "share": share}

    (top_label, top), low = shown[0], (shown[-1] if len(shown) > 1 else None)
    sentences = []
    if len(shown) == len(parts) > 2 and Decimal(shown[-1][1].value) >= EVEN_RATIO * top.value:
        sentences.append(words.ALT_EVEN.format(low=_count_words(shown[-1][1]), high=_count_words(top)))
        low = None
    elif tied_at_top(parts, total):
        sentences.append(words.ALT_TIED.format(other=shown[1][0], **facts(top_label, top)))
        low = low if len(shown) > 2 else None
    elif largest_is_certain(parts, total):
        if not total.suppressed and top.value * 2 > total.value:
            part = capitalised(numbers.fraction_phrase(top.value, total.value))
            sentences.append(words.ALT_MAJORITY.format(part=part, **facts(top_label, top)))
        else:
            sentences.append(words.ALT_LARGEST.format(**facts(top_label, top)))
    elif low is not None and not smallest_is_certain(parts):
        low_facts = {f"low_{k}": v for k, v in facts(*low).items()}
        sentences.append(words.ALT_LARGEST_AND_SMALLEST_SHOWN.format(**facts(top_label, top), **low_facts))
        low = None
    else:
        sentences.append(words.ALT_LARGEST_SHOWN.format(**facts(top_label, top)))
    if low is not None:
        template = words.ALT_SMALLEST if smallest_is_certain(parts) else words.ALT_SMALLEST_SHOWN
        sentences.append(template.format(**facts(*low)))
    if hidden:
        sentences.append(hidden_sentence)
    return " ".join(sentences)


def _count_words(count: Count) -> str:
    return count_in_text(count.value)


def change_message(label: str, first: Count, last: Count, first_month: str, date: str) -> Message:
    """One count over time: risen, fallen or unchanged from its first month to the data date."""
    if first.suppressed or last.suppressed:
        return Message(PLAIN, words.TIME_TITLE_PLAIN.format(label=label, first_month=first_month, date=date))
    facts = {"label": label, "first": _count(first), "last": _count(last), "first_month": first_month, "date": date}
    if last.value > first.value:
        return Message(RISE, words.MESSAGE_RISE.format(**facts))
    if last.value < first.value:
        return Message(FALL, words.MESSAGE_FALL.format(**facts))
    return Message(SAME, words.MESSAGE_SAME.format(**facts))


def parts_at_end_message(parts: Parts, title: str, first_month: str, date: str) -> Message:
    """Parts over time, by where they stand at the data date (no total is drawn: a hidden part
    could be anything, so »largest« needs every part shown)."""
    shown = shown_parts(parts)
    if not shown or shown[0][1].value == 0:
        return Message(PLAIN, words.TIME_TITLE_PLAIN.format(label=title, first_month=first_month, date=date))
    (top_label, top), rest = shown[0], shown[1:]
    facts = {"label": top_label, "count": _count(top), "date": date}
    if len(shown) < len(parts):
        return Message(LARGEST_SHOWN, words.MESSAGE_TIME_LARGEST_SHOWN.format(**facts))
    if rest and Decimal(rest[0][1].value) >= EVEN_RATIO * top.value:
        other, count = rest[0][0], _count(rest[0][1])
        return Message(TIED, words.MESSAGE_TIME_CLOSE.format(other=other, other_count=count, **facts))
    if not rest or Decimal(top.value) >= LEADER_RATIO * rest[0][1].value:
        return Message(LEADER, words.MESSAGE_TIME_LEADER.format(**facts))
    return Message(LARGEST, words.MESSAGE_TIME_LARGEST.format(**facts))


def highest_is_certain(series: Sequence[Count]) -> bool:
    """Whether the highest shown value of a series is its highest: no value of it is hidden."""
    return not any(c.suppressed for c in series)


Shares = Sequence[tuple[str, Decimal | None]]  # a question's label and its share in percent (None: hidden)


def survey_message(
    shares: Shares, count: int, style: str, decimals: int, targets: Sequence[tuple[str, Count, Count, float]] = ()
) -> Message:
    """The title of the share of positive answers per question (``shares`` highest first;
    ``targets``: label, positive count, base and the unit's target of questions that have one)."""
    for label, positive, base, goal in targets:
        if text := target_text(label, positive, base, goal, style, decimals):
            return Message(TARGET, text)
    shown = [(label, share) for label, share in shares if share is not None]
    if not shown or len(shown) < len(shares):
        return Message(PLAIN, words.AGREEMENT_TITLE_PLAIN)
    (_, high), (low_label, low) = shown[0], shown[-1]
    least, questions = _percent(low, style, decimals), count_in_text(count, neuter=True)  # »otte spørgsmål«
    if len(shown) > 2 and shown[-2][1] - low >= APART_POINTS:
        others = words.RANGE.format(
            low=numbers.format_number(shown[-2][1], decimals), high=_percent(high, style, decimals)
        )
        return Message(LOWEST_APART, words.MESSAGE_LOWEST_APART.format(label=low_label, least=least, others=others))
    if len(shown) > 1 and high - low <= SPREAD_POINTS:
        spread = words.RANGE.format(low=numbers.format_number(low, decimals), high=_percent(high, style, decimals))
        return Message(SPREAD, words.MESSAGE_SPREAD.format(spread=spread, count=questions))
    return Message(LEAST, words.AGREEMENT_TITLE.format(least=least, count=questions))


def rounded_sum_differs(shares: Sequence[Decimal]) -> bool:
    """Whether shares of one whole, as shown (rounded), add up to something else than 100."""
    return bool(shares) and sum(shares, Decimal(0)) != 100
