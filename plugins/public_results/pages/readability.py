"""Readability: LIX, the Scandinavian readability index, and sentence lengths of an article.

LIX = words per sentence + 100 × the share of long words (more than six letters). Below 30 is
easy (children's books), 30–40 plain everyday text, 40–50 newspapers, above 50 hard. Many
readers of the site have a brain injury or a cognitive disability: the build warns above a
limit (RESULTS_LIX_LIMIT, default 40). Only the writer's prose counts: charts, tables and method
boxes are left out, and a figure counts as the words it reads as.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..plain_data import keepable

_BLOCKS = re.compile(r"<(figure|aside|table|script|style)\b.*?</\1>", flags=re.S)
_TAGS = re.compile(r"<[^>]+>")
_HEADINGS_AND_ITEMS = re.compile(r"</(h[1-6]|li|p|dd|dt)>")
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_BREAK = "\u2029"  # a paragraph separator: where a heading, paragraph or list item ends
_SENTENCE = re.compile(r"[.!?:;]+(?=\s+[A-ZÆØÅ»\"(\d]|\s*$)|\u2029")


@keepable
@dataclass(frozen=True)
class Readability:
    lix: int  # rounded half-up
    words: int
    sentences: int
    longest: int  # words in the longest sentence
    average: float  # words per sentence


def prose(markup: str) -> str:
    """The reader's text of an article's HTML, without charts, method boxes and tables;
    each heading, paragraph and list item ends a sentence."""
    text = _BLOCKS.sub(" ", markup)
    text = _HEADINGS_AND_ITEMS.sub(_BREAK, text)
    return html.unescape(_TAGS.sub(" ", text))


def readability(text: str) -> Readability:
    """LIX and sentence lengths of plain ``text``."""
    pieces = [piece for piece in _SENTENCE.split(text) if _WORD.search(piece)]
    lengths = [len(_WORD.findall(piece)) for piece in pieces]
    words = [w for piece in pieces for w in _WORD.findall(piece)]
    if not words:
        return Readability(0, 0, 0, 0, 0.0)
    long_words = sum(1 for w in words if len(w) > 6 and not w[0].isdigit())
    lix = len(words) / len(pieces) + 100 * long_words / len(words)
    return Readability(
        lix=int(lix + 0.5),
        words=len(words),
        sentences=len(pieces),
        longest=max(lengths),
        average=len(words) / len(pieces),
    )
