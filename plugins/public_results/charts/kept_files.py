"""What is read back from the render cache, checked before it is used: the cache is untrusted input.

A cache folder may be restored by CI, copied with a project or planted on a shared drive. A hash
kept beside a file proves nothing (whoever plants the file plants the hash), so each kind of file is
checked for what it is:

- ``safe_svg(text)``: whether a kept drawing (kept ready to inline) is whole and made only of a
  chart's parts — SVG elements and presentation attributes, links only inside the drawing (no
  script, no event handler, no style, nothing that loads from elsewhere).
- ``complete_png`` / ``complete_pdf``: the file begins and ends as a PNG or a PDF does (a file cut
  short by a full disk or a kill, or with something after its end, is not published).

Anything that fails is a miss: made again, and counted in the build's summary.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


ELEMENTS = _names(
    "svg g path rect line circle ellipse polygon polyline text tspan title desc defs clipPath"
    " linearGradient radialGradient stop"
)
ATTRIBUTES = _names(
    """aria-hidden aria-label aria-roledescription class clip-path clip-rule cx cy d display dominant-baseline
    dx dy fill fill-opacity fill-rule focusable font-family font-size font-style font-variant font-weight
    gradientTransform gradientUnits height id offset opacity pointer-events points r role rx ry stop-color
    stop-opacity stroke stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit
    stroke-opacity stroke-width text-anchor transform version viewBox visibility width x x1 x2 y y1 y2"""
)
_ATTRIBUTE_NAMES = ATTRIBUTES | {"href", "xlink:href", "xmlns", "xmlns:xlink", "data-boxes", "data-tips"}  # slim_svg
_LINK = re.compile(r"\s(?:xlink:)?href\s*=\s*[\"']([^\"']*)")
_URL = re.compile(r"url\(")
_LOCAL_URL = re.compile(r"url\(#[\w.-]+\)")
_LOCAL_LINK = re.compile(r"#[\w.-]+")
_PNG_START, _PNG_END = b"\x89PNG\r\n\x1a\n", b"\0\0\0\0IEND\xaeB`\x82"


def safe_svg(text: str) -> bool:
    """Whether ``text`` (a drawing made ready to inline by ``drawing.clean_svg``) is whole and made
    only of a chart's parts, so it is safe to put in a page.

    The XML parser proves it well-formed and names every element and attribute as it goes (no raw
    ``<`` in text or values, so what it names is every tag the page will hold); a link or a
    ``url(`` is looked for in the text, and one that the patterns cannot tell is local (in a label,
    say) is refused, never let through."""
    if "<!" in text or "<?" in text or "\\" in text:  # no DTD, entity, CDATA, comment, PI or CSS escape
        return False
    foreign: list[str] = []

    def start(name: str, attributes: list[str]) -> None:
        if name not in ELEMENTS or not _ATTRIBUTE_NAMES.issuperset(attributes[::2]):
            foreign.append(name)

    parser = expat.ParserCreate()
    parser.ordered_attributes = True  # [name, value, name, value, …]: the names at even places
    parser.StartElementHandler = start
    try:
        parser.Parse(text, True)  # no tree is built: only the check
    except expat.ExpatError:
        return False
    if foreign:
        return False
    if "href" in text and not all(_LOCAL_LINK.fullmatch(link) for link in _LINK.findall(text)):
        return False
    return "url(" not in text or len(_URL.findall(text)) == len(_LOCAL_URL.findall(text))


def complete_png(path: Path) -> bool:
    """Whether ``path`` begins with PNG's signature and ends with its last chunk, ``IEND``."""
    return _ends(path, _PNG_START, _PNG_END, len(_PNG_END))


def complete_pdf(path: Path) -> bool:
    """Whether ``path`` begins as a PDF and has its end-of-file marker near the end."""
    return _ends(path, b"%PDF-", b"%%EOF", 1024)


def _ends(path: Path, start: bytes, end: bytes, tail: int) -> bool:
    try:
        with path.open("rb") as handle:
            if handle.read(len(start)) != start:
                return False
            size = handle.seek(0, 2)
            handle.seek(max(size - tail, len(start)))
            return end in handle.read()
    except OSError:
        return False
