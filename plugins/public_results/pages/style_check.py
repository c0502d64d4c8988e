"""Safety net for the house style: the writer's own text against the rules of ``danish/style.py``.

Warnings (they stop ``make publish``, not a build), each with the file, the line and a fix in
Danish: quotation marks the wrong way round («…») or not the site's (straight "…", or the other
kind than ``RESULTS_QUOTES``), »§103« without a space, a whole number from one to twelve in
digits in running text (not with a unit or %, a date, a section, a time or a year), »(n = …)«
typed after a figure, »af« twice (»to ud af tre af de 177«), and »målingen 2021« for
»2021-målingen«. Only the writer's words are read: a placeholder's place is blanked (its
characters are kept as ``x``, so lines and columns stay), and so are code, HTML tags, link
addresses and metadata other than the title, the summary and »Kort fortalt«.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..danish import style, words
from ..errors import Problem
from .placeholders import PLACEHOLDER

_BLANKED = (
    PLACEHOLDER,
    re.compile(r"```.*?```", flags=re.DOTALL),  # fenced code
    re.compile(r"`[^`\n]*`"),  # inline code
    re.compile(r"<!--.*?-->", flags=re.DOTALL),  # comments
    re.compile(r"<[^>\n]*>"),  # HTML tags
    re.compile(r"\]\([^)\n]*\)"),  # a link's address
    re.compile(r"https?://\S+"),
)
_ROUND = re.compile(words.ROUND_AFTER, flags=re.IGNORECASE)


def writers_text(source: str) -> str:
    """``source`` with everything that is not the writer's running text blanked, line for line."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", "x", match.group(0))

    head, gap, body = source.partition("\n\n")
    checked = tuple(key.lower() for key in words.STYLE_CHECKED_META)
    lines = []
    for line in head.split("\n"):
        key, colon, _ = line.partition(":")
        is_metadata = bool(colon) and bool(re.fullmatch(r"[\w ]+", key))
        lines.append(line if not is_metadata or key.strip().lower() in checked else blank_line(line))
    text = "\n".join(lines) + gap + body if _has_metadata(head) else source
    for pattern in _BLANKED:
        text = pattern.sub(blank, text)
    return text


def blank_line(line: str) -> str:
    return "x" * len(line)


def _has_metadata(head: str) -> bool:
    first = head.split("\n", 1)[0]
    key, colon, _ = first.partition(":")
    return bool(colon) and bool(re.fullmatch(r"[\w ]+", key))


def check(source: str, file: str, quotes: str = style.DEFAULT_QUOTES) -> list[Problem]:
    """Every break of the house style in the writer's text of ``source``."""
    text = writers_text(source)
    opening, closing = words.QUOTE_STYLES[quotes]
    found: list[Problem] = []

    def add(position: int, what: str, fix: str) -> None:
        found.append(Problem(file=file, line=text.count("\n", 0, position) + 1, what=what, fix=fix))

    quotes_fix = words.STYLE_QUOTES_FIX.format(opening=opening, closing=closing)
    backwards = words.QUOTE_STYLES[style.DEFAULT_QUOTES][1]
    for what in (words.STYLE_FRENCH_QUOTES, words.STYLE_STRAIGHT_QUOTES):

        def wrong(part: str, french: bool = what == words.STYLE_FRENCH_QUOTES) -> list[str]:
            return [q for q in style.wrong_quotes(part, quotes) if q.startswith(backwards) == french]

        _each(text, wrong, add, what, quotes_fix, lambda q: q)
    _each(text, style.sections_without_space, add, words.STYLE_SECTION, words.STYLE_SECTION_FIX, _spaced)
    for position, digits in style.loose_small_numbers(text):
        fix = words.STYLE_SMALL_NUMBER_FIX.format(word=style.number_word(int(digits)))
        add(position, words.STYLE_SMALL_NUMBER.format(digits=digits), fix)
    _each(text, style.typed_bases, add, words.STYLE_TYPED_BASE, words.STYLE_TYPED_BASE_FIX, lambda t: t)
    _each(text, style.double_af, add, words.STYLE_DOUBLE_AF, words.STYLE_DOUBLE_AF_FIX, lambda f: f)
    for named in _ROUND.finditer(text):
        fixed = (named.group(1) or "") + style.round_named(named.group(3))
        add(named.start(), words.STYLE_ROUND.format(found=named.group(0)), words.STYLE_ROUND_FIX.format(fixed=fixed))
    return sorted(found, key=lambda p: p.line or 0)


def _each(
    text: str,
    finder: Callable[[str], list[str]],
    add: Callable[[int, str, str], None],
    what: str,
    fix: str,
    fixed: Callable[[str], str],
) -> None:
    """One problem per finding of ``finder``, at its first place from the last one found on."""
    start = 0
    for item in finder(text):
        position = text.find(item, start)
        start = position + 1
        add(position, what.format(found=item), fix.format(fixed=fixed(item)))


def _spaced(section: str) -> str:
    return style.space_after_section_signs(section).replace(style.NBSP, " ")
