"""Which units a comparison of many units draws, and the sentence that says how it chose.

Up to ``BARS_UP_TO`` units a comparison is bars, every unit (``unit_specs.compare_chart``). More
units are one thin row each: a dot with its interval, and the programme's share as a line
(``unit_dots``). Up to ``DOTS_UP_TO`` units every one is drawn; beyond that the chart draws the
cut: the units whose interval lies wholly above or wholly below the programme's share (those that
differ from the programme by the rule of the method box), plus the page's own unit and the units
the writer names (``| enheder: nord, syd``). When more than ``DOTS_UP_TO`` differ, it draws those
furthest from the line. The table and the CSV always hold every unit, and the chart's subtitle
says how the chart chose (``choice``), so no unit leaves the chart unsaid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..danish import words
from ..danish.style import count_in_text, listed
from .wilson import Interval

BARS_UP_TO = 12  # bars with a label above each: about 44 px a unit on a phone
DOTS_UP_TO = 32  # thin rows: about 40 px a unit on a phone (two lines), so at most about 1.500 px with the key


@dataclass(frozen=True)
class Candidate:
    """A unit as the cut sees it: its key, its name and its interval (None: hidden or no base)."""

    key: str
    name: str
    interval: Interval | None


def side(interval: Interval, reference: float) -> int:
    """1 when ``interval`` lies wholly above ``reference`` (a fraction), -1 wholly below, else 0."""
    if interval.low > reference:
        return 1
    if interval.high < reference:
        return -1
    return 0


def _distance(interval: Interval, reference: float) -> float:
    """How far the interval's nearest end lies from the reference (0 when it covers it)."""
    return max(interval.low - reference, reference - interval.high, 0.0)


def apart(candidates: Sequence[Candidate], reference: float) -> list[int]:
    """The indexes of the units whose interval lies wholly above or below ``reference``."""
    return [i for i, c in enumerate(candidates) if c.interval is not None and side(c.interval, reference)]


def choose(
    candidates: Sequence[Candidate], reference: float | None, keep: Sequence[str], most: int = DOTS_UP_TO
) -> tuple[int, ...] | None:
    """The indexes (in the given order) of the units the chart draws; None: every unit (at most
    ``most`` units, or no programme share to cut by). ``keep``: keys always drawn (the page's unit,
    the writer's)."""
    if len(candidates) <= most or reference is None:
        return None
    kept = [i for i, c in enumerate(candidates) if c.key in keep]
    differ = [i for i in apart(candidates, reference) if i not in kept]
    room = max(most - len(kept), 0)
    if len(differ) > room:
        furthest = sorted(differ, key=lambda i: -_distance(candidates[i].interval, reference))  # type: ignore[arg-type]
        differ = furthest[:room]
    return tuple(sorted({*kept, *differ}))


def choice(
    candidates: Sequence[Candidate], drawn: tuple[int, ...] | None, reference: float | None, share: str, own: str
) -> str:
    """The sentence saying which units the chart draws (\"\": every one). ``share``: the programme's
    share as shown (»56 %«); ``own``: the page's unit's key."""
    if drawn is None or reference is None:
        return ""
    differ = apart(candidates, reference)
    drawn_differ = [i for i in drawn if i in differ]
    others = [candidates[i] for i in drawn if i not in differ]
    names = listed([words.COMPARE_OWN_LABEL.format(label=c.name) if c.key == own else c.name for c in others])
    count = count_in_text(len(candidates))
    if not differ:
        shown = words.COMPARE_CUT_ONLY.format(names=names) if others else words.COMPARE_CUT_LINE_ONLY
        text = words.COMPARE_CUT_NONE.format(share=share, shown=shown)
    else:
        also = words.COMPARE_CUT_ALSO.format(names=names) if others else ""
        template = words.COMPARE_CUT if len(drawn_differ) == len(differ) else words.COMPARE_CUT_FURTHEST
        text = template.format(
            shown=count_in_text(len(drawn_differ)), differ=count_in_text(len(differ)), share=share, also=also
        )
    return f"{text} {words.COMPARE_CUT_TABLE.format(count=count)}"
