"""The built site before it is published: only allowed file types, no raw data, no personal data.

``scan_output`` refuses files of a type that may not be published and personal data in the
site's text files (the unit's own published contact details apart); ``find_copies`` refuses a
copy of an input data file under any name. See ``docs/personal-data-guard.md``.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..danish import words
from ..errors import Problem
from ..output_files import walk
from .normalise import folded, text_view
from .personal_data import NAMED_PER_PLACE, Hit, find_personal, mask, too_many


def _suffixes(text: str) -> frozenset[str]:
    return frozenset(text.split())


RAW_TYPES: frozenset[str] = _suffixes(".xlsx .xls .xlsm .ods .sav .dta .parquet .feather .pkl .yaml .yml .sqlite .db")
OUTPUT_TYPES: frozenset[str] = _suffixes(
    ".html .htm .css .js .mjs .svg .png .jpg .jpeg .webp .gif .ico .xml .json .jsonld .csv .txt .pdf"
    " .woff .woff2 .webmanifest .atom .rss"
)
# The search bundle (site/search.py, in pagefind/): Pagefind's WebAssembly and its compressed index,
# made from the published pages' text, which is scanned as those pages.
OUTPUT_TYPES |= _suffixes(".pagefind .pf_meta .pf_index .pf_fragment .pf_filter")
OUTPUT_NAMES: frozenset[str] = frozenset({"_headers", "_redirects", "CNAME", "robots.txt", ".htaccess"})
SCANNED_TYPES: frozenset[str] = _suffixes(".html .htm .xml .json .jsonld .svg .csv .txt .atom .rss .webmanifest")
_MARKUP_TYPES = frozenset({".html", ".htm", ".xml", ".svg", ".atom", ".rss"})
# A drawing's geometry: attributes whose value is numbers and path commands, which no reader sees
# as text. Left out of the scan (their digits are most of a chart page, and slow to search);
# a value holding anything else (an "@", a word) is scanned like all other text.
_GEOMETRY = re.compile(
    r"(\s(?:d|points|transform|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|stroke-width"
    r"|stroke-dasharray|stroke-miterlimit|font-size|opacity|fill-opacity|stroke-opacity)=\")"
    r"(?:translate|rotate|scale|matrix|skewX|skewY|[-+0-9.,eE \tMmLlHhVvCcSsQqTtAaZz()])*+(?=\")"  # possessive: linear
)
_SKIPPED = frozenset({".git"})  # top level only


def scan_output(
    folder: Path, allowed: Iterable[str] = (), known: frozenset[str] = frozenset(), clean: set[str] | None = None
) -> list[Problem]:
    """Files of a type that may not be published, and personal data in published text files.

    ``known``: digests of texts found clean before (by the same code, with the same allowed
    contacts): not scanned again. ``clean`` gets the digest of every text that is clean now."""
    allowed_keys = _allowed_keys(allowed)
    problems = []
    lines_seen: dict[tuple[bool, bool, str], list[Hit]] = {}  # most lines recur: a template's, a drawing's
    for name, entry in walk(folder, _SKIPPED):
        suffix = os.path.splitext(entry.name)[1].lower()
        if refused := _refused(entry, suffix):
            problems.append(Problem(file=name, what=refused[0], fix=refused[1]))
        elif suffix in SCANNED_TYPES:
            with open(entry.path, "rb") as handle:
                data = handle.read()
            digest = hashlib.sha256(suffix.encode() + b"\0" + data).hexdigest()[:40]
            found = [] if digest in known else _scan_text(data, suffix, name, allowed_keys, lines_seen)
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
    for name, entry in walk(folder, _SKIPPED):
        if not entry.is_file() or (size := entry.stat().st_size) not in sizes:
            continue
        if original := originals.get((size, _digest(Path(entry.path)))):
            what, fix = words.OUTPUT_COPY.format(file=original), words.OUTPUT_COPY_FIX
            problems.append(Problem(file=name, what=what, fix=fix))
    return problems


def _refused(entry: os.DirEntry[str], suffix: str) -> tuple[str, str] | None:
    """(what, fix) when the file may not be published."""
    if entry.is_symlink():
        return words.OUTPUT_LINK, words.OUTPUT_LINK_FIX
    if suffix in RAW_TYPES:
        return words.OUTPUT_RAW, words.OUTPUT_RAW_FIX
    if suffix not in OUTPUT_TYPES and entry.name not in OUTPUT_NAMES:
        return words.OUTPUT_TYPE.format(type=suffix or entry.name), words.OUTPUT_TYPE_FIX
    return None


def _key(hit: Hit) -> str:
    """A hit as compared with the allowed contact details: folded, no spaces or case; a phone by its 8 digits."""
    if hit.kind == "phone":
        return re.sub(r"[^0-9]", "", folded(hit.text))[-8:]
    return "".join(folded(hit.text).split()).casefold()


def _allowed_keys(allowed: Iterable[str]) -> set[str]:
    keys = set()
    for contact in allowed:
        keys.add("".join(contact.split()).casefold())
        keys.update(_key(hit) for hit in find_personal(contact))
    return keys


def _scan_text(
    data: bytes, suffix: str, name: str, allowed_keys: set[str], lines_seen: dict[tuple[bool, bool, str], list[Hit]]
) -> list[Problem]:
    """``lines_seen``: the hits of each line scanned before in this scan (by the line's text, whether
    it is markup and whether a comma separates): the same text gives the same hits."""
    lines = data.decode("utf-8", errors="replace").split("\n")
    comma_is_separator = suffix != ".csv" or not re.search(r"[;\t]", lines[0])
    markup = suffix in _MARKUP_TYPES
    found = []
    for number, raw in enumerate(lines, 1):
        seen = (markup, comma_is_separator, raw)
        hits = lines_seen.get(seen)
        if hits is None:
            hits = lines_seen[seen] = _line_hits(raw, markup, comma_is_separator, allowed_keys)
        found += [(number, hit) for hit in hits]
    if markup:
        found = sorted(found + _joined_hits(lines, comma_is_separator, found, allowed_keys), key=lambda f: f[0])
    problems = [
        Problem(
            file=name,
            line=number,
            value=mask(hit.text),
            what=words.PERSONAL_IN_FILE.format(noun=words.PERSONAL_NOUNS[hit.kind]),
            fix=words.PERSONAL_OUTPUT_FIX,
        )
        for number, hit in found[:NAMED_PER_PLACE]
    ]
    if len(found) > NAMED_PER_PLACE:
        problems.append(too_many(name, len(found), words.PERSONAL_PLACES_IN_FILE, words.PERSONAL_OUTPUT_FIX))
    return problems


def _line_hits(raw: str, markup: bool, comma_is_separator: bool, allowed_keys: set[str]) -> list[Hit]:
    """The hits of one line, as a reader sees it, that are not the unit's allowed contact details."""
    # 12&nbsp;34&nbsp;56&nbsp;78, a&#64;b.dk
    line = html.unescape(_GEOMETRY.sub(r"\1", raw)) if markup else raw
    if comma_is_separator:
        line = line.replace(",", ", ")
    return [hit for hit in find_personal(line) if _key(hit) not in allowed_keys]


def _joined_hits(
    lines: list[str], comma_is_separator: bool, found: list[tuple[int, Hit]], allowed_keys: set[str]
) -> list[tuple[int, Hit]]:
    """(line, hit) of what only the page's text as a browser shows it holds: a number or an
    address split by an inline tag (``120392<em></em>1234``) or a line break inside a paragraph.
    Hits found line by line already are not counted again."""
    text = _shown(lines, comma_is_separator)
    seen = Counter(_same(hit) for _, hit in found)
    joined = []
    for start, hit in _positioned(text):
        if _key(hit) in allowed_keys:
            continue
        if seen[_same(hit)]:
            seen[_same(hit)] -= 1
            continue
        joined.append((start, hit))
    return [(_line_of(lines, start, comma_is_separator), hit) for start, hit in joined]


def _shown(lines: list[str], comma_is_separator: bool) -> str:
    """The text of a page of markup as a browser shows it (``normalise.text_view``), commas separating."""
    text = text_view("\n".join(lines))
    return text.replace(",", ", ") if comma_is_separator else text


def _positioned(text: str) -> Iterator[tuple[int, Hit]]:
    """(where it starts, hit) of every hit of ``text``, in order."""
    position = 0
    for hit in find_personal(text):
        position = text.index(hit.text, position)
        yield position, hit
        position += len(hit.text)


def _line_of(lines: list[str], start: int, comma_is_separator: bool) -> int:
    """The line of the page where the text at ``start`` of its shown text begins: the first line
    whose shown text up to its end reaches past ``start`` (searched by halves; only for a hit)."""

    def reach(count: int) -> int:
        return len(_shown(lines[:count], comma_is_separator))

    return min(bisect_right(range(1, len(lines) + 1), start, key=reach) + 1, len(lines))


def _same(hit: Hit) -> tuple[str, str]:
    """A hit by its kind and its letters and digits, however it is spaced or tagged."""
    return hit.kind, "".join(char for char in folded(hit.text) if char.isalnum()).casefold()


def _input_files(inputs: Iterable[Path]) -> Iterator[Path]:
    for path in inputs:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file())
        elif path.is_file():
            yield path


def _digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
