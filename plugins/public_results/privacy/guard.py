"""Guard: personal data never goes in, raw data never goes out.

Pure functions; the pipeline decides when to call them and raises their problems together.

- ``find_personal(text) -> list[Hit]``: CPR-shaped numbers, e-mail addresses and Danish phone
  numbers in ``text``, in order; overlapping ones are one hit named after the longest
  (``22345678@firma.dk`` is an e-mail). ``find_personal(mask_personal(text))`` is always empty.
- ``mask_personal(text) -> str``: ``text`` with each hit masked: its first two characters and its
  separators stay, every other letter or digit becomes ``*`` ('010190-1234' -> '01****-****').
- ``scan_table(table, file) -> list[Problem]``: after loading an input (index = spreadsheet row,
  headers = row 1), one problem per header and cell holding personal data, naming row, column and
  the masked hits; at most ``SHOWN`` cells per column, then one problem with the column's count.
- ``scan_output(folder, allowed=()) -> list[Problem]``: after a build, before publishing: files
  whose type is not in ``OUTPUT_TYPES``/``OUTPUT_NAMES`` (``RAW_TYPES`` with their own message),
  symbolic links, and personal data in text files of ``SCANNED_TYPES`` (file, line, masked value),
  except hits listed in ``allowed`` (the unit's own published contact details; compared without
  spaces or case, phone numbers by their 8 digits). ``.js``, ``.css``, fonts and images are not
  scanned: vendor bundles are full of digits. A top-level ``.git`` (a publishing work tree) is skipped.
- ``find_copies(folder, inputs) -> list[Problem]``: files under ``folder`` byte-identical
  (SHA-256) to an input file, whatever their name; a folder among ``inputs`` means its files.

The patterns (``CPR``, ``EMAIL``, ``PHONE``) find candidates; ``_accepted`` then checks what a
regular expression says badly: a CPR date must exist (29 February whenever the year may be a leap
year, '00' included; no modulus 11 check). Not hits: numbers glued to letters (``ID0101901234X``)
or to a decimal part (``0.0101901234``, ``12,0101901234``); year pairs (``2017 2018``), bare dates
(``20220215``), one group of a longer row (``22 34 56 78 90``), phone-shaped digits in a file name
or after ``#`` (hashed assets, colours); image names (``logo@2x.png``). Text is searched again with
its hits masked until nothing new turns up. In the output, commas separate values (JSON, CSV, SVG),
so each comma gets a space before scanning, except in CSV files separated by semicolons or tabs;
markup is read with its entities decoded (``22&nbsp;34&nbsp;56&nbsp;78``).
"""

from __future__ import annotations

import calendar
import hashlib
import html
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import importers
from ..errors import Problem

if TYPE_CHECKING:
    import pandas as pd

SHOWN = 5  # problems named per table column and per output file; then one with the count

# A hyphen (also Unicode hyphens and en dash), a space or a no-break space between date and serial.
CPR = re.compile(
    r"(?<![0-9])(?P<day>[0-9]{2})(?P<month>[0-9]{2})(?P<year>[0-9]{2})[-\u2010\u2011\u2013 \u00a0]?[0-9]{4}(?![0-9])"
)
# local@domain.tld: the tld is letters (2+); '@' inside a word run starts no e-mail.
EMAIL = re.compile(r"(?<![\w%+-])(?<![\w%+-]\.)[\w%+-]+(?:\.[\w%+-]+)*@(?P<domain>(?:[\w-]+\.)+[^\W\d_]{2,})(?![\w-])")
# 8 digits, the first 2–9, optionally after +45 or 0045: 12345678, 12 34 56 78, 12-34-56-78, 1234 5678.
PHONE = re.compile(
    r"(?:(?<![\w+])(?:\+45|0045)[ \u00a0]?|(?<![0-9+]))"
    r"(?P<number>[2-9][0-9]{7}|[2-9][0-9](?P<sep>[- \u00a0])[0-9]{2}(?P=sep)[0-9]{2}(?P=sep)[0-9]{2}"
    r"|[2-9][0-9]{3}[- \u00a0][0-9]{4})(?![0-9])"
)
_IMAGE_SCALE = re.compile(r"[0-9]+(?:\.[0-9]+)?x\.")  # logo@2x.png, icon@1.5x.webp
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_HINT = re.compile(r"[0-9]{2}|@")  # every hit has two digits in a row or an '@'


def _suffixes(text: str) -> frozenset[str]:
    return frozenset(text.split())


RAW_TYPES: frozenset[str] = _suffixes(".xlsx .xls .xlsm .ods .sav .dta .parquet .feather .pkl .yaml .yml .sqlite .db")
OUTPUT_TYPES: frozenset[str] = _suffixes(
    ".html .htm .css .js .mjs .svg .png .jpg .jpeg .webp .gif .ico .xml .json .csv .txt .pdf"
    " .woff .woff2 .webmanifest .atom .rss"
)
OUTPUT_NAMES: frozenset[str] = frozenset({"_headers", "_redirects", "CNAME", "robots.txt", ".htaccess"})
SCANNED_TYPES: frozenset[str] = _suffixes(".html .htm .xml .json .svg .csv .txt .atom .rss .webmanifest")
_MARKUP_TYPES = frozenset({".html", ".htm", ".xml", ".svg", ".atom", ".rss"})
_SKIPPED = frozenset({".git"})  # top level only

NOUNS = {"cpr": "et CPR-nummer", "email": "en e-mailadresse", "phone": "et telefonnummer"}
TABLE_FIX = (
    "Fjern oplysningen i eksporten (eller slet kolonnen), slet den gamle fil fra data/, og læg den nye "
    "eksport der. Pseudonyme ID'er skal være bogstaver og tal, der ikke kan ligne et CPR-nummer, fx «B0417»."
)
OUTPUT_FIX = (
    "Find kilden (artikel, data eller skabelon), fjern oplysningen, og byg igen. Er det enhedens egen "
    "offentlige kontaktoplysning, så skriv den på RESULTS_ALLOWED_CONTACTS i pelicanconf.py."
)


@dataclass(frozen=True)
class Hit:
    """One piece of personal data found in a text."""

    kind: str  # "cpr", "email" or "phone"
    text: str  # the matched text as found


def find_personal(text: str) -> list[Hit]:
    """Every CPR-shaped number, e-mail address and Danish phone number in ``text``."""
    return [Hit(kind, text[start:end]) for start, end, kind in _spans(text)]


def mask_personal(text: str) -> str:
    """``text`` with every hit masked, keeping the first two characters and separators:
    '010190-1234' -> '01****-****', 'anna@example.dk' -> 'an**@*******.**', '22 34 56 78' -> '22 ** ** **'."""
    return _masked(text, _spans(text))


def scan_table(table: pd.DataFrame, file: str) -> list[Problem]:
    """A Problem per header and cell holding personal data (at most SHOWN cells per column, then a count)."""
    pd = importers.pandas()
    problems: list[Problem] = []
    known: dict[str, list[Hit]] = {}  # answers repeat: each distinct text is searched once
    for position, label in enumerate(table.columns):
        header = str(label)
        column = mask_personal(header)
        if hits := find_personal(header):
            problems.append(_table_problem(file, 1, column, header, hits, "overskriften"))
        found = 0
        for row, value in table.iloc[:, position].items():
            text = "" if not isinstance(value, str) and pd.isna(value) else str(value)
            if text not in known:
                known[text] = find_personal(text)
            if not (hits := known[text]):
                continue
            found += 1
            if found <= SHOWN:
                problems.append(_table_problem(file, int(row), column, text, hits, "cellen"))
        if found > SHOWN:
            problems.append(_summary(file, found, "celler i kolonnen", TABLE_FIX, column))
    return problems


def scan_output(
    folder: Path, allowed: Iterable[str] = (), known: frozenset[str] = frozenset(), clean: set[str] | None = None
) -> list[Problem]:
    """Files of a type that may not be published, and personal data in published text files.

    ``known``: digests of texts found clean before (by the same code, with the same allowed
    contacts): not scanned again. ``clean`` gets the digest of every text that is clean now."""
    allowed_keys = _allowed_keys(allowed)
    problems = []
    for name, entry in _files(folder):
        suffix = os.path.splitext(entry.name)[1].lower()
        if refused := _refused(entry, suffix):
            problems.append(Problem(file=name, what=refused[0], fix=refused[1]))
        elif suffix in SCANNED_TYPES:
            with open(entry.path, "rb") as handle:
                data = handle.read()
            digest = hashlib.sha256(suffix.encode() + b"\0" + data).hexdigest()[:40]
            found = [] if digest in known else _scan_text(data, suffix, name, allowed_keys)
            problems += found
            if clean is not None and not found:
                clean.add(digest)
    return problems


def find_copies(folder: Path, inputs: Iterable[Path]) -> list[Problem]:
    """Files under ``folder`` byte-identical to any input data file (a raw export copied into the
    site under any name) — compared by SHA-256."""
    originals: dict[tuple[int, str], str] = {}
    for path in _input_files(inputs):
        if size := path.stat().st_size:  # an empty file is a copy of nothing
            originals.setdefault((size, _digest(path)), path.name)
    sizes = {size for size, _ in originals}
    problems = []
    for name, entry in _files(folder):
        if not entry.is_file() or (size := entry.stat().st_size) not in sizes:
            continue
        if original := originals.get((size, _digest(Path(entry.path)))):
            what, fix = f"filen er en kopi af datafilen «{original}»", "Fjern kopien fra content/, og byg igen."
            problems.append(Problem(file=name, what=what, fix=fix))
    return problems


def _refused(entry: os.DirEntry[str], suffix: str) -> tuple[str, str] | None:
    """(what, fix) when the file may not be published."""
    if entry.is_symlink():
        return "genveje (symbolske links) må ikke offentliggøres", "Sæt STATIC_CREATE_LINKS = False, og byg igen."
    if suffix in RAW_TYPES:
        return "rådata må aldrig offentliggøres", "Læg datafiler i datamappen uden for content/, og byg igen."
    if suffix not in OUTPUT_TYPES and entry.name not in OUTPUT_NAMES:
        return f"filtypen «{suffix or entry.name}» må ikke offentliggøres", "Fjern filen fra content/, og byg igen."
    return None


def _spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every hit, in order, never overlapping.

    Searched again with the hits masked until nothing new turns up: a number refused for its
    neighbours (``22 34 56 78`` after ``20``) is a hit when those neighbours were a hit themselves.
    """
    spans: list[tuple[int, int, str]] = []
    while (grown := _merge(spans + _find(_masked(text, spans)))) != spans:
        spans = grown
    return spans


def _find(text: str) -> list[tuple[int, int, str]]:
    if not _HINT.search(text):
        return []
    return _merge(
        [
            (match.start(), match.end(), kind)
            for kind, pattern in (("cpr", CPR), ("email", EMAIL), ("phone", PHONE))
            for match in _matches(pattern, text, kind)
        ]
    )


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans become one, named after its longest part."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans, key=lambda c: (c[0], c[0] - c[1])):
        if merged and start < merged[-1][1]:
            first, last, longest = merged[-1]
            merged[-1] = (first, max(end, last), kind if end - start > last - first else longest)
        else:
            merged.append((start, end, kind))
    return merged


def _masked(text: str, spans: list[tuple[int, int, str]]) -> str:
    parts, last = [], 0
    for start, end, _ in spans:
        parts += [text[last:start], _mask(text[start:end])]
        last = end
    return "".join([*parts, text[last:]])


def _matches(pattern: re.Pattern[str], text: str, kind: str) -> Iterator[re.Match[str]]:
    """Accepted matches; after a refused one the search goes on from its next character."""
    position = 0
    while match := pattern.search(text, position):
        if _accepted(match, text, kind):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


def _accepted(match: re.Match[str], text: str, kind: str) -> bool:
    if kind == "email":
        return not _IMAGE_SCALE.match(match["domain"])
    before, after = text[max(0, match.start() - 6) : match.start()], text[match.end() : match.end() + 6]
    if _glued(before, after):
        return False
    if kind == "cpr":
        day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
        leap = 2000 + year if year % 4 == 0 else 2001  # '00' counts as a leap year
        return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(leap, month)[1]
    number, prefixed = match["number"], match.start("number") > match.start()
    group = "{1,2}" if len(number) == 11 else "{1,4}"  # the next group of 22 34 56 78 or of 2234 5678
    if len(number) > 8 and (
        re.search(rf"(?<![0-9])[0-9]{group}[- \u00a0]$", before) or re.match(rf"[- \u00a0][0-9]{group}(?![0-9])", after)
    ):
        return False  # one group of a longer row: 12 34 56 78 90
    if not prefixed and len(number) == 9 and all(_YEAR.fullmatch(part) for part in (number[:4], number[5:])):
        return False  # 2017 2018, 2017-2018
    if not prefixed and len(number) == 8 and _is_date(number):
        return False  # 20220215
    return before[-1:] != "#" and not re.match(r"\.[^\W\d_]", after)  # colour, file name


def _glued(before: str, after: str) -> bool:
    """Whether the digits are part of a word or of a decimal number (``nr.`` and ``tlf.`` are fine)."""
    if re.search(r"[^\W\d]$", before) or re.match(r"\w", after) or re.match(r"[.,][0-9]", after):
        return True
    return bool(re.search(r"[.,]$", before)) and not re.search(r"[^\W\d_]{2}[.,]$", before)


def _is_date(digits: str) -> bool:
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    return 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _mask(hit: str) -> str:
    return hit[:2] + "".join("*" if char.isalnum() else char for char in hit[2:])


def _key(hit: Hit) -> str:
    """A hit as compared with the allowed contact details: no spaces or case; a phone by its 8 digits."""
    if hit.kind == "phone":
        return re.sub(r"[^0-9]", "", hit.text)[-8:]
    return "".join(hit.text.split()).casefold()


def _allowed_keys(allowed: Iterable[str]) -> set[str]:
    keys = set()
    for contact in allowed:
        keys.add("".join(contact.split()).casefold())
        keys.update(_key(hit) for hit in find_personal(contact))
    return keys


def _table_problem(file: str, row: int, column: str, text: str, hits: list[Hit], place: str) -> Problem:
    nouns = list(dict.fromkeys(NOUNS[hit.kind] for hit in hits))
    whole = len(hits) == 1 and hits[0].text == text.strip()
    what = f"{place} ligner {nouns[0]}" if whole else f"{place} indeholder noget, der ligner {_and(nouns)}"
    value = ", ".join(_mask(hit.text) for hit in hits)  # only the hits: free text may hold names
    return Problem(file=file, row=row, column=column, value=value, what=what, fix=TABLE_FIX)


def _scan_text(data: bytes, suffix: str, name: str, allowed_keys: set[str]) -> list[Problem]:
    lines = data.decode("utf-8", errors="replace").split("\n")
    comma_is_separator = suffix != ".csv" or not re.search(r"[;\t]", lines[0])
    found = []
    for number, raw in enumerate(lines, 1):
        line = html.unescape(raw) if suffix in _MARKUP_TYPES else raw  # 12&nbsp;34&nbsp;56&nbsp;78, a&#64;b.dk
        if comma_is_separator:
            line = line.replace(",", ", ")
        found += [(number, hit) for hit in find_personal(line) if _key(hit) not in allowed_keys]
    problems = [
        Problem(
            file=name,
            line=number,
            value=_mask(hit.text),
            what=f"filen indeholder noget, der ligner {NOUNS[hit.kind]}",
            fix=OUTPUT_FIX,
        )
        for number, hit in found[:SHOWN]
    ]
    if len(found) > SHOWN:
        problems.append(_summary(name, len(found), "steder i filen", OUTPUT_FIX))
    return problems


def _summary(file: str, count: int, places: str, fix: str, column: str | None = None) -> Problem:
    what = f"i alt {count} {places} ligner personoplysninger; de første {SHOWN} er vist"
    return Problem(file=file, column=column, what=what, fix=fix)


def _files(folder: Path, prefix: str = "") -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(name from ``folder``, entry) of every file and symbolic link under ``folder``, sorted;
    linked folders are not followed. The entries know their kind without asking the disk again."""
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda e: e.name)
    for entry in entries:
        if not prefix and entry.name in _SKIPPED:
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _files(Path(entry.path), f"{prefix}{entry.name}/")
        else:
            yield f"{prefix}{entry.name}", entry


def _input_files(inputs: Iterable[Path]) -> Iterator[Path]:
    for path in inputs:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file())
        elif path.is_file():
            yield path


def _digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " og " + words[-1]
