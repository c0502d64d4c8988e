"""Danish style in running text: quotation marks, »§ 103«, small numbers in words, the base said
once and naturally, no double »af«, and »2021-målingen«.

Pure functions, in two kinds: those that write (``quote``, ``section``, ``count_in_text``,
``base_phrase``, ``fraction_with_base``, ``round_named``) and those that find what breaks the
house style in a text (``wrong_quotes``, ``sections_without_space``, ``loose_small_numbers``,
``typed_bases``, ``double_af``), for the safety net (``pages/style_check.py``) and the tests.
Every word is in ``words.py``. The rules, with examples, are in the writers' guide
(``docs/skribentguide.md``, »Sprog og typografi«).
"""

from __future__ import annotations

import re

from . import numbers, words

NBSP = "\u00a0"
DEFAULT_QUOTES = "guillemets"
SMALLEST_IN_WORDS, LARGEST_IN_WORDS = 1, len(words.NUMBER_WORDS)  # one to twelve


# --- Writing ---------------------------------------------------------------------------------


def quote(text: str, style: str = DEFAULT_QUOTES) -> str:
    """``text`` in the house's quotation marks: »text« (``guillemets``) or ”text” (``double``)."""
    opening, closing = words.QUOTE_STYLES[style]
    return f"{opening}{text}{closing}"


def requote(text: str, style: str = DEFAULT_QUOTES) -> str:
    """A text the plugin wrote with »…« in the quotation marks of ``style``."""
    if style == DEFAULT_QUOTES:
        return text
    (old_open, old_close), (new_open, new_close) = words.QUOTE_STYLES[DEFAULT_QUOTES], words.QUOTE_STYLES[style]
    return text.replace(old_open, new_open).replace(old_close, new_close)


def quoted_inside(text: str) -> str:
    """A text that is to stand inside »…«, its own »…« made ›…‹ (a heading quoting an answer)."""
    (outer_open, outer_close), (inner_open, inner_close) = words.QUOTE_STYLES[DEFAULT_QUOTES], words.INNER_QUOTES
    return text.replace(outer_open, inner_open).replace(outer_close, inner_close)


def section(number: str | int) -> str:
    """»§ 103«: the section sign, a non-breaking space (it never ends a line) and the number."""
    return f"{words.SECTION_SIGN}{NBSP}{number}"


_SECTION_TIGHT = re.compile(rf"({re.escape(words.SECTION_SIGN)}+)(?=\d)")


def space_after_section_signs(text: str) -> str:
    """Every »§103« of ``text`` as »§ 103« (non-breaking space); »§ 103« stays as it is."""
    return _SECTION_TIGHT.sub(lambda m: m.group(1) + NBSP, text)


def number_word(number: int, *, neuter: bool = False) -> str:
    """A whole number from one to twelve in words: »fem«; one is »én« (»ét« for a neuter noun)."""
    if not SMALLEST_IN_WORDS <= number <= LARGEST_IN_WORDS:
        raise ValueError(f"only {SMALLEST_IN_WORDS} to {LARGEST_IN_WORDS} are written in words, not {number}")
    return words.NUMBER_ONE_NEUTER if number == 1 and neuter else words.NUMBER_WORDS[number - 1]


def capitalised(text: str) -> str:
    """``text`` with its first letter in upper case (the rest as it is): a sentence's opening."""
    return text[:1].upper() + text[1:]


def count_in_text(number: int, *, opens_sentence: bool = False, neuter: bool = False) -> str:
    """A count as running text writes it: one to twelve in words (»fem borgere«, at a sentence's
    opening »Fem borgere«), larger counts and zero in digits with a thousands point (»1.012«)."""
    if SMALLEST_IN_WORDS <= number <= LARGEST_IN_WORDS:
        word = number_word(number, neuter=neuter)
        return capitalised(word) if opens_sentence else word
    return numbers.format_count(number)


def base_phrase(n: int, who: str) -> str:
    """The base in words, said once: »af de 180, der svarede«; a base of one to twelve in words."""
    return words.BASE_PHRASE.format(n=count_in_text(n), who=who)


def base_note(base: str) -> str:
    """The base as a note below the text (``RESULTS_BASE_STYLE = "note"``): »Andelen er regnet af
    de 180, der svarede.«"""
    return words.BASE_NOTE.format(base=base)


def fraction_with_base(fraction: str, base: str) -> str:
    """A fraction phrase and its base without »af« twice: »to ud af tre« + »af de 177, der …« is
    »to ud af tre blandt de 177, der …«; »halvdelen af de 177, der …« keeps its one »af«."""
    if words.FRACTION_OUT_OF in f" {fraction} " and base.startswith(words.BASE_PREFIX):
        base = words.BASE_AMONG + base.removeprefix(words.BASE_PREFIX)
    return f"{fraction} {base}"


def listed(items: list[str]) -> str:
    """Items as a Danish list: »a«, »a og b«, »a, b og c« (no comma before »og«)."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + words.JOIN_AND + items[-1]


def round_named(round_name: str) -> str:
    """A survey round in running text: »2021-målingen« (not »målingen 2021«)."""
    return words.ROUND_NAMED.format(round=round_name)


_ABBREVIATION_END = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(a) for a in words.ABBREVIATIONS) + r")\.$", flags=re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?][" + re.escape(words.QUOTE_MARKS) + r"\")\]]*$")
_META_KEYS = "|".join(("title", "summary", re.escape(words.META_SHORT), re.escape(words.META_SHORT.replace("_", " "))))
_LINE_OPENING = re.compile(rf"\s*(?:[-*+]|\d+[.)]|#+|>)\s*|(?i:{_META_KEYS}):\s*")  # list, heading, metadata
_BLANK_LINE_AT_END = re.compile(r"\n[ \t]*\n\s*$")


def opens_sentence(before: str) -> bool:
    """Whether a word written right after ``before`` (the Markdown source up to it) opens a
    sentence: at the start of the text, a paragraph, a list item, a heading or a metadata field
    (»Title: …«), or after ».«, »!« or »?« (not after an abbreviation such as »pr.«)."""
    line_start = before.rfind("\n") + 1
    on_line = before[line_start:]
    if on_line.strip():
        return bool(_LINE_OPENING.fullmatch(on_line)) or _ends_sentence(on_line)
    earlier = before[:line_start]
    if not earlier.strip() or _BLANK_LINE_AT_END.search("\n" + earlier):
        return True  # the text's or a paragraph's first word
    return _ends_sentence(earlier)


def _ends_sentence(text: str) -> bool:
    text = text.rstrip()
    return bool(_SENTENCE_END.search(text)) and not _ABBREVIATION_END.search(text)


# --- Finding what breaks the style ----------------------------------------------------------

_OPEN, _CLOSE = words.QUOTE_STYLES[DEFAULT_QUOTES]
_STRAIGHT_QUOTED = re.compile(r"\"[^\"\n<>]{1,200}\"")


def wrong_quotes(text: str, style: str = DEFAULT_QUOTES) -> list[str]:
    """Quotations in the wrong marks: «…» (the French way round), and with ``guillemets`` also
    “…”, „…“ and straight "…" (with ``double``: »…« and straight "…"). Each as found."""
    found = [text[start : end + 1] for start, end in _backwards_guillemets(text)]
    found += [m.group(0) for m in _STRAIGHT_QUOTED.finditer(text)]
    if style == DEFAULT_QUOTES:
        found += re.findall("[\u201c\u201e][^\u201c\u201d\u201e\n]{0,200}[\u201c\u201d]", text)
    else:
        found += re.findall(rf"{_OPEN}[^{_OPEN}{_CLOSE}\n]{{0,200}}{_CLOSE}", text)
    return found


def _backwards_guillemets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each «…» : a « that closes no », up to the next » or the line's end."""
    found, depth = [], 0
    for position, mark in enumerate(text):
        if mark == _OPEN:
            depth += 1
        elif mark == _CLOSE:
            if depth:
                depth -= 1
                continue
            end = text.find(_OPEN, position)
            line_end = text.find("\n", position)
            ends = [e for e in (end, line_end) if e != -1]
            found.append((position, min(ends) if ends else len(text) - 1))
    return found


def sections_without_space(text: str) -> list[str]:
    """Each »§103« (no space after the section sign) in ``text``."""
    return [m.group(0) for m in re.finditer(rf"{re.escape(words.SECTION_SIGN)}+\d+", text)]


_TYPED_BASE = re.compile(r"\(\s*[nN]\s*=")


def typed_bases(text: str) -> list[str]:
    """Each »(n =« written into a text: the base as a research report writes it."""
    return [m.group(0) for m in _TYPED_BASE.finditer(text)]


_DOUBLE_AF = re.compile(words.DOUBLE_AF, flags=re.IGNORECASE)


def double_af(text: str) -> list[str]:
    """Each double »af« in one sentence: »to ud af tre af de 177«, »af de 180 … af de 177«."""
    return [m.group(0) for m in _DOUBLE_AF.finditer(text)]


_NUMBER = re.compile(r"(?<![\w.,:/\-\u2013\u00a7])(\d+)(?![\w,:/\-\u2013]|\.\d)(\.?)")
_UNIT_AFTER = re.compile(r"\s*(" + "|".join(re.escape(u) for u in words.UNIT_WORDS) + r")(?!\w)", re.IGNORECASE)
_NAME_BEFORE = re.compile(
    r"(?:^|\W)(" + "|".join(re.escape(w) for w in words.NUMBER_NAME_WORDS) + r")\.?\s*=?\s*$", re.IGNORECASE
)


def loose_small_numbers(text: str) -> list[tuple[int, str]]:
    """(position, digits) of each whole number from one to twelve standing alone in ``text``,
    which running text writes in words. Not counted: a number with a unit or % (»5 %«), a date
    (»1. februar«), a section or a number's name (»§ 103«, »kl. 10«, »nr. 3«, »n = 8«), a part of
    a larger number or a time (»1.234«, »2,5«, »10.30«), a year, a list's number (»1.« opening a line)."""
    found = []
    for match in _NUMBER.finditer(text):
        value = int(match.group(1))
        if not SMALLEST_IN_WORDS <= value <= LARGEST_IN_WORDS or match.group(1).startswith("0"):
            continue
        after, before = text[match.end(1) :], text[: match.start()]
        if match.group(2) and (_is_ordinal(after) or not before.strip(" \t") or before.endswith("\n")):
            continue  # »1. februar«, »3. gang«, a list's »1.«
        if _UNIT_AFTER.match(after) or _NAME_BEFORE.search(before):
            continue
        found.append((match.start(1), match.group(1)))
    return found


def _is_ordinal(after: str) -> bool:
    """Whether ».« and a word in lower case follow a number: a date (»1. februar«) or an ordinal."""
    word = re.match(r"\.\s*([^\W\d_])", after)
    return word is not None and word.group(1).islower()
