"""Figures in content: find ``{{ … }}`` placeholders and put values in their place.

A reader-side pass swaps each placeholder for a plain token (letters and
digits, which Markdown leaves alone) and remembers its line; after Markdown
has run, ``substitute`` swaps the tokens for values or blocks of HTML.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from ..danish import style, words
from ..errors import NotFound

PLACEHOLDER = re.compile(r"\{\{\s*(.*?)\s*\}\}")
TOKEN = re.compile(r"XXRESULTS(\d+)XX")
BLOCK_KINDS = {words.BLOCK_CHART: "chart", words.BLOCK_METHOD: "method", words.BLOCK_COMPARE: "compare"}
NAME = re.compile(r"^\w+$")
NAME_OR_KEY = re.compile(r"^[\w-]+$")  # a unit's key: »nord«, »aarhus-vest«
UNITS_MARK = "\0"  # before the keys of »| enheder: …« as ``unit_filter`` hands them to ``parse`` (no key starts so)


@dataclass(frozen=True)
class Reference:
    """One placeholder: what it asks for and where it stands."""

    token: str
    text: str  # as written between the braces
    line: int
    kind: str  # "figure", "chart", "method" or "compare" (the units side by side)
    dataset: str
    name: str = ""
    variant: str = ""
    opens_sentence: bool = False  # the first word of a sentence: a count in words is capitalised
    unit: str = ""  # »| enhed: nord«: the unit asked for ("": the page's own, or the programme)
    units: tuple[str, ...] = ()  # »| enheder: nord, syd«: the units a comparison draws (charts/unit_cut.py)

    @property
    def is_block(self) -> bool:
        return self.kind != "figure"


def token(index: int) -> str:
    return f"XXRESULTS{index}XX"


def parse(text: str, index: int, line: int, opens_sentence: bool = False) -> Reference:
    """Read what a placeholder asks for; a malformed one is NotFound with a fix."""
    text = unicodedata.normalize("NFC", text)
    asked, unit = unit_filter(text)
    units: tuple[str, ...] = ()
    if unit.startswith(UNITS_MARK):  # »| enheder: nord, syd«
        units, unit = tuple(unit.removeprefix(UNITS_MARK).split(",")), ""
    kind, target = "figure", asked
    prefix, colon, rest = asked.partition(":")
    if colon:
        kind = BLOCK_KINDS.get(prefix.strip().lower(), "")
        target = rest.strip()
        if not kind:
            raise NotFound(
                words.PLACEHOLDER_UNKNOWN_WORD.format(text=text, word=prefix.strip()),
                words.PLACEHOLDER_UNKNOWN_WORD_FIX.format(),
            )
    parts = target.split(".")
    limits = {"figure": (2, 3), "chart": (2, 3), "method": (1, 1), "compare": (2, 3)}[kind]
    if not limits[0] <= len(parts) <= limits[1] or not all(NAME.match(p) for p in parts):
        raise NotFound(
            words.PLACEHOLDER_UNREADABLE.format(text=text),
            words.PLACEHOLDER_UNREADABLE_FIX.format(example=words.PLACEHOLDER_EXAMPLES[kind]),
        )
    if kind == "compare" and unit:  # every unit is in it
        raise NotFound(words.COMPARE_NO_FILTER.format(text=text), words.COMPARE_NO_FILTER_FIX)
    if kind != "compare" and units:  # a figure or a chart is one unit's
        raise NotFound(words.UNIT_FILTER_UNREADABLE.format(text=text), words.UNIT_FILTER_UNREADABLE_FIX.format())
    return Reference(
        token=token(index),
        text=text,
        line=line,
        kind=kind,
        dataset=parts[0],
        name=parts[1] if len(parts) > 1 else "",
        variant=parts[2] if len(parts) > 2 else "",
        opens_sentence=opens_sentence,
        unit=unit,
        units=units,
    )


def unit_filter(text: str) -> tuple[str, str]:
    """A placeholder's text before »|« and the unit after it: »forløb.aktive | enhed: nord« gives
    (»forløb.aktive«, »nord«). The filter comes last, so it reads the same after a figure, a chart
    or a method box, and the »word:« before a name stays the kind of block (»graf:«, »metode:«)."""
    asked, bar, after = text.partition("|")
    if not bar:
        return text, ""
    word, colon, unit = after.partition(":")
    if colon and word.strip().lower() == words.UNITS_FILTER:  # »enheder: nord, syd«: marked for ``parse``
        keys = [key.strip().lower() for key in unit.split(",")]
        if all(NAME_OR_KEY.match(key) for key in keys):
            return asked.strip(), UNITS_MARK + ",".join(keys)
    if not colon or word.strip().lower() != words.UNIT_FILTER or not NAME_OR_KEY.match(unit.strip()):
        raise NotFound(words.UNIT_FILTER_UNREADABLE.format(text=text), words.UNIT_FILTER_UNREADABLE_FIX.format())
    return asked.strip(), unit.strip().lower()


def tokenise(source: str) -> tuple[str, list[Reference], list[tuple[int, NotFound]]]:
    """The source with placeholders swapped for tokens, the references, and unreadable ones."""
    references: list[Reference] = []
    failures: list[tuple[int, NotFound]] = []

    def swap(match: re.Match[str]) -> str:
        index = len(references) + len(failures)
        line = source.count("\n", 0, match.start()) + 1
        try:
            references.append(parse(match.group(1), index, line, style.opens_sentence(source[: match.start()])))
        except NotFound as error:
            failures.append((line, error))
            return ""
        return token(index)

    return PLACEHOLDER.sub(swap, source), references, failures


def strip_placeholders(text: str) -> str:
    """Text without its placeholders or tokens (for slugs)."""
    return " ".join(TOKEN.sub(" ", PLACEHOLDER.sub(" ", text)).split())


def substitute(
    text: str, values: dict[str, str], blocks: dict[str, str], notes: frozenset[str] = frozenset()
) -> tuple[str, set[str]]:
    """Put values and blocks in place of tokens; return the text and misplaced block tokens.

    A block (chart, method box) must stand alone in its paragraph. A note's mark (``notes``: the
    base as a note, ``RESULTS_BASE_STYLE = "note"``) takes the place of the space before it and of
    a comma after it: »94 % af de 180, der svarede, oplever« becomes »94 %¹ oplever«.
    """
    for note_token in notes:
        text = re.sub(rf"\s*{note_token},?", note_token, text)
    for block_token, block in blocks.items():
        text = re.sub(rf"<p>\s*{block_token}\s*</p>", lambda _m, b=block: b, text)
    misplaced = {t for t in blocks if t in text}
    text = TOKEN.sub(lambda m: values.get(m.group(0), ""), text)
    return text, misplaced


def parse_data_date(value: object) -> dt.date:
    """The ``Datadato`` metadata as a date; NotFound says how to write it."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise NotFound(words.DATA_DATE_UNREADABLE.format(value=value), words.DATA_DATE_UNREADABLE_FIX) from None


def line_of(source: str, key: str) -> int | None:
    """The line of a metadata key such as 'Datadato' in a Markdown file."""
    for number, line in enumerate(source.splitlines(), 1):
        if line.lower().startswith(key.lower() + ":"):
            return number
    return None


_FIRST, _SECOND = (re.escape(word) for word in words.META_SHORT.split("_"))  # »Kort fortalt:«
_SPACED_KEY = re.compile(rf"^({_FIRST}) ({_SECOND}):", flags=re.I | re.M)


def metadata_names(source: str) -> str:
    """The source with »Kort fortalt:« in its metadata read as the key »kort_fortalt« (Markdown's
    metadata names cannot hold a space). Only the lines before the first blank line are touched."""
    head, blank, body = source.partition("\n\n")
    return _SPACED_KEY.sub(r"\1_\2:", head) + blank + body
