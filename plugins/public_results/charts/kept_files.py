"""What is read back from the render cache, checked before it is used: the cache is untrusted input.

A cache folder may be restored by CI, copied with a project or planted on a shared drive. A hash
kept beside a file proves nothing (whoever plants the file plants the hash), so each kind of file is
checked for what it is:

- ``inline_svg(text, prefix)``: a kept drawing made ready to inline, or None when it is not made
  only of a chart's parts — SVG elements and presentation attributes, links only inside the drawing
  (no script, no event handler, no style, nothing that loads from elsewhere) — or is not whole.
- ``complete_png``: a whole PNG, every chunk's checksum checked; ``complete_pdf``: the file begins
  and ends as a PDF does (a file cut short by a full disk or a kill is not published).
- ``bundle_is_known``: the interactive-chart script is the one this vl-convert makes, byte for
  byte, by a digest written in this module (code, not cache).

Anything that fails is a miss: made again, and counted in the build's summary.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from importlib import metadata
from pathlib import Path
from xml.etree import ElementTree

from .drawing import clean_svg

_SVG = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


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
_LOCAL_URL = re.compile(r"url\(#[\w.-]+\)")
_LOCAL_LINK = re.compile(r"#[\w.-]+")
_PNG_START = b"\x89PNG\r\n\x1a\n"

# SHA-256 of vl-convert's javascript_bundle for the Vega-Lite version the site uses, by vl-convert
# version. Another version's bundle is not taken from the cache: it is made anew in each build.
KNOWN_BUNDLES = {
    ("1.9.0.post1", "6.4"): "3425bd951a44d478d0505c6b5d1e8d57656b6e9a4da7bfe88a718ce61d76e572",
}


def inline_svg(text: str, prefix: str) -> str | None:
    """``text`` (a drawing as vl-convert made it) made ready to inline, or None when it is not safe
    to put in a page or not whole."""
    cleaned = clean_svg(text, prefix)
    if "<!" in cleaned or "<?" in cleaned:  # no DTD, entity, CDATA, comment or processing instruction
        return None
    try:
        root = ElementTree.fromstring(cleaned)
    except ElementTree.ParseError:
        return None
    for element in root.iter():
        if not (element.tag.startswith(_SVG) and element.tag[len(_SVG) :] in ELEMENTS):
            return None
        for name, value in element.attrib.items():
            if not _allowed(name, value):
                return None
    return cleaned


def _allowed(name: str, value: str) -> bool:
    if name in {"href", _XLINK_HREF}:
        return bool(_LOCAL_LINK.fullmatch(value))
    if name not in ATTRIBUTES or "\\" in value:
        return False
    return "url(" not in value or bool(_LOCAL_URL.fullmatch(value))


def complete_png(path: Path) -> bool:
    """Whether ``path`` is a whole PNG: its signature, then chunks whose checksums hold, the last
    one ``IEND`` at the very end."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if not data.startswith(_PNG_START):
        return False
    at = len(_PNG_START)
    while at + 12 <= len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        body = data[at + 4 : at + 8 + length]
        if len(body) != 4 + length or zlib.crc32(body) != int.from_bytes(
            data[at + 8 + length : at + 12 + length], "big"
        ):
            return False
        at += 12 + length
        if body[:4] == b"IEND":
            return at == len(data)
    return False


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


def bundle_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def bundle_is_known(path: Path, vega_lite: str) -> bool:
    """Whether ``path`` is the interactive-chart bundle this vl-convert makes for ``vega_lite``."""
    known = KNOWN_BUNDLES.get((metadata.version("vl-convert-python"), vega_lite))
    try:
        return bool(known) and bundle_digest(path.read_bytes()) == known
    except OSError:
        return False
