"""The charts' colours (also the social cards'), plain constants: importing this costs nothing.

Every colour that carries meaning is at least 3:1 against white (WCAG 1.4.11); text at 4.5:1 (1.4.3),
so text is drawn in TEXT (or white on the darkest steps), never in a PALETTE colour.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

TEXT = "#1a1a1a"
MUTED = "#4a4a4a"
SUPPRESSED = "#6b6b6b"  # bars or icons of suppressed cells (5.3:1)

# Categorical colours, Okabe-Ito hues kept at 3:1 or more against white (blue 5.2, vermillion 3.9,
# bluish green 3.4, reddish purple 3.1, ochre 4.9, grey 8.5): safe for the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#9A6700", "#4D4D4D")
MAIN = "#1f5b99"  # single-series bars (6.9:1)
# A second cue beside colour for lines: solid or dashed, never dotted (a thin dotted line is the
# bridge over months hidden for discretion, lines.BRIDGE_DASH).
DASHES = ((1, 0), (8, 4), (12, 3, 3, 3), (4, 2), (16, 4), (8, 3, 3, 3, 3, 3))

# An ordered agreement scale: positive answers in blues (darkest outermost), the rest in oranges.
POSITIVE_STEPS = ("#1f5b99", "#5b8fc9", "#9dbfe3")
OTHER_STEPS = ("#f6c48f", "#e58a3d", "#b35806", "#7f3b08")
OUTLINE = "#1a1a1a"


Style = tuple[str, tuple[int, ...]]  # a category's colour and dash


def category_styles(keys: Sequence[str], shown_together: Iterable[Sequence[str]]) -> dict[str, Style]:
    """One colour and dash per category, for every chart of a dataset: assigned once, in ``keys``' order.

    ``keys``: the statuses and groups in the descriptor's order; ``shown_together``: the keys each
    chart with several categories shows (a breakdown's parts). Every key that some chart shows with
    others gets the colour its chart-mates so far do not have, the least used one of the site first,
    so no chart shows two categories in one colour (up to as many parts as PALETTE has colours) and
    a category keeps its colour (and dash) in bars, icons and lines alike. With more parts than
    colours a colour comes back, with another dash. A key no chart shows with others gets no style
    (it is drawn alone, in MAIN).
    """
    together = [list(parts) for parts in shown_together]
    mates: dict[str, set[str]] = {}
    for parts in together:
        for key in parts:
            mates.setdefault(key, set()).update(p for p in parts if p != key)
    chosen: dict[str, int] = {}
    for key in (k for k in keys if k in mates):
        taken = {chosen[m] for m in mates[key] if m in chosen}
        free = [i for i in range(len(PALETTE)) if i not in taken]
        if free:
            index = min(free, key=lambda i: (sum(c == i for c in chosen.values()), i))
        else:
            index = next(i for i in itertools.count(len(PALETTE)) if i not in taken)
        chosen[key] = index
    return {key: _style(index) for key, index in chosen.items()}


def _style(index: int) -> Style:
    """The ``index``-th style: PALETTE's colours with their own dashes; past them, the colours again
    with other dashes."""
    round_, colour = divmod(index, len(PALETTE))
    return PALETTE[colour], DASHES[(colour + round_) % len(DASHES)]


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``: 0 for black, 1 for white."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.x contrast ratio of two ``#rrggbb`` colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
