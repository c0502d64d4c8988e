"""Text as a reader reads it, before it is searched for personal data.

``fold`` undoes the disguises a person may not even see: soft hyphens and zero-width characters
go, full-width and other Unicode digits become 0–9, every dash becomes '-', every space and line
break becomes ' '. Apart from the invisible characters it removes, it keeps each character's
place, so a hit in the folded text is found in the original (``original_span``).

``text_view`` is the text of a page of markup as a browser shows it: inline tags (``<em>``,
``<strong>``, ``<span>`` …), comments and empty elements join what stands on either side,
other tags (cells, paragraphs, line breaks) separate, entities are decoded and a run of
white space is one space. Scripts, styles and drawings (``<svg>``) are left out: no reader sees
a script, and a drawing's texts are separate elements (the output check reads all three line by
line). See ``docs/personal-data-guard.md``.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right

# Soft hyphen, zero-width spaces and joiners, direction marks, word joiner, variation selectors, BOM.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufe00-\ufe0f\ufeff]+"
)
_SPACES = "\t\n\v\f\r\x85\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
# The digit 0 of every Unicode script's 0–9 but ASCII (Unicode 14; tests/unit/privacy/test_normalise.py
# checks that these are all the decimal digits Python knows): full-width, Arabic-Indic, mathematical …
_ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
    0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
)  # fmt: skip
FOLDED_TO: dict[str, str] = (
    {char: " " for char in _SPACES}
    | {char: "-" for char in "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"}
    | {"\uff20": "@", "\ufe6b": "@", "\uff0e": ".", "\uff0b": "+", "\ufe62": "+", "\uff0f": "/", "\u2044": "/"}
    | {chr(zero + digit): str(digit) for zero in _ZEROS for digit in range(10)}
)
# One character each, to one character. A set of characters beyond U+FFFF is slow to test at
# every place, so it is used only for a text that has such a character.
_FOLDED = re.compile("[" + re.escape("".join(c for c in FOLDED_TO if ord(c) < 0x10000)) + "]")
_FOLDED_ALL = re.compile("[" + re.escape("".join(FOLDED_TO)) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

# Separates the text of two elements in ``text_view``: no pattern reads it as part of a number.
SEPARATOR = "|"
_INLINE = (
    "a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|nobr|q|s|samp|small|span|strike|strong"
    "|time|tt|u|var|wbr"
)
_JOINING = re.compile(  # possessive where a shorter match could never be followed by what comes next
    r"<(?:!--.*?-->"  # a comment
    r"|([a-zA-Z][\w:.-]*+)(?:\s[^<>]*+)?+></\1\s*>"  # an element with nothing in it
    rf"|/?(?:{_INLINE})(?:\s[^<>]*+)?+/?>)",  # an inline tag
    re.S | re.I,
)
# An element no reader sees as text: to its first end tag, as ``.*?`` would, but a run without »<« at
# a time (possessive: no backtracking), not a character at a time (a page's drawings are most of it).
_UNSHOWN = re.compile(
    "|".join(rf"<{name}\b(?:[^<]++|<(?!/{name}\s*>))*+</{name}\s*>" for name in ("svg", "script", "style")), re.I
)
_TAG = re.compile(r"<[!?/]?[a-zA-Z][^<>]*>|<!--|-->")
_WHITE = re.compile(r"[^\S ]\s*| \s+")  # white space but a single space


def fold(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` folded, with where the invisible characters were: (folded, at, removed), where
    ``at[k]`` is the folded position of the k-th run removed and ``removed[k]`` the number of
    characters removed up to and including it."""
    at: list[int] = []
    removed: list[int] = []
    if text.isascii():
        return _FOLDED.sub(_folded, text), at, removed
    count = 0
    for run in _INVISIBLE.finditer(text):
        at.append(run.start() - count)
        count += run.end() - run.start()
        removed.append(count)
    if at:
        text = _INVISIBLE.sub("", text)
    return (_FOLDED_ALL if _ASTRAL.search(text) else _FOLDED).sub(_folded, text), at, removed


def folded(text: str) -> str:
    """``text`` folded (``fold``) without the places of what was removed."""
    return fold(text)[0]


def original_span(start: int, end: int, at: list[int], removed: list[int]) -> tuple[int, int]:
    """The span of the original text that folded to ``start:end``: invisible characters inside
    it belong to it, those just before or after it do not."""
    first, last = bisect_right(at, start), bisect_left(at, end)
    return start + (removed[first - 1] if first else 0), end + (removed[last - 1] if last else 0)


def text_view(markup: str) -> str:
    """The text of ``markup`` as a browser shows it (inline tags join, other tags separate)."""
    if "<" in markup:
        markup = _TAG.sub(SEPARATOR, _JOINING.sub("", _UNSHOWN.sub(SEPARATOR, markup)))
    if "&" in markup:
        markup = html.unescape(markup)
    return _WHITE.sub(" ", markup)


def _folded(match: re.Match[str]) -> str:
    return FOLDED_TO[match.group()]
