"""Social cards: a picture for each article and briefing, shown when a link is shared.

The card shows the page's title — for an article its headline figure ("94 % af borgerne
oplever håb om forandring") — with the date of the data and the site's name, drawn at build
time like the charts (a Vega-Lite spec through vl-convert, with the site's own font), so the
figure on the card is the figure on the page.
"""

from __future__ import annotations

import hashlib
import textwrap
from typing import Any

from ..danish import words
from . import palette

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
FOLDER = words.FOLDER_CARDS  # in the output: kort/<page>.png


def lines(text: str, size: int) -> list[str]:
    """The title wrapped to the card's width (the font is about 0.55 em wide per character)."""
    per_line = max(10, int((WIDTH - 2 * MARGIN) / (0.55 * size)))
    return textwrap.wrap(text, width=per_line, break_long_words=True) or [""]


def fitted(title: str) -> tuple[int, list[str]]:
    """The largest title size (72 down to 40 px) at which the title takes at most four lines."""
    for size in range(72, 39, -4):
        wrapped = lines(title, size)
        if len(wrapped) <= 4:
            return size, wrapped
    return 40, [*lines(title, 40)[:3], "…"]


def _position(field: str, extent: int) -> dict[str, Any]:
    """Pixels as they are: 0 at the left and at the top."""
    return {
        "field": field,
        "type": "quantitative",
        "scale": {"domain": [0, extent], "range": [0, extent]},
        "axis": None,
    }


def _texts(rows: list[dict[str, Any]], size: int, weight: str, colour: str) -> dict[str, Any]:
    return {
        "data": {"values": rows},
        "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": size, "fontWeight": weight,
                 "color": colour},
        "encoding": {"x": _position("x", WIDTH), "y": _position("y", HEIGHT), "text": {"field": "text"}},
    }  # fmt: skip


def card_spec(title: str, date_line: str, site: str, font: str) -> dict[str, Any]:
    """A Vega-Lite spec of the card: text only, as data, at fixed positions (y grows downwards)."""
    size, wrapped = fitted(title)
    top = MARGIN + 80
    title_rows = [{"text": line, "x": MARGIN, "y": top + i * size * 1.15} for i, line in enumerate(wrapped)]
    band_top = HEIGHT - MARGIN - 70
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": WIDTH,
        "height": HEIGHT,
        "padding": 0,
        "autosize": {"type": "none"},
        "background": "#ffffff",
        "config": {"font": f"'{font}', sans-serif", "view": {"stroke": None}},
        "layer": [
            {
                "data": {"values": [{"x": 0, "x2": WIDTH, "y": band_top, "y2": HEIGHT}]},
                "mark": {"type": "rect", "color": palette.MAIN},
                "encoding": {
                    "x": _position("x", WIDTH),
                    "x2": {"field": "x2"},
                    "y": _position("y", HEIGHT),
                    "y2": {"field": "y2"},
                },
            },
            _texts([{"text": site, "x": MARGIN, "y": MARGIN}], 30, "normal", palette.MUTED),
            _texts(title_rows, size, "bold", palette.TEXT),
            _texts([{"text": date_line, "x": MARGIN, "y": band_top + 30}], 32, "normal", "#ffffff"),
        ],
    }


def card_name(page: str) -> str:
    """The card's file name for a page (its address from the site's root)."""
    stem = page.removesuffix(".html").replace("/", "-")
    safe = "".join(c if c.isascii() and (c.isalnum() or c == "-") else "-" for c in stem)
    return f"{safe}-{hashlib.sha256(page.encode()).hexdigest()[:6]}.png"
