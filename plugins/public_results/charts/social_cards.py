"""Social cards: a picture for each article and briefing, shown when a link is shared.

The card shows the page's title — for an article its headline figure ("94 % af borgerne
oplever håb om forandring") — with the date of the data and the site's name, so the figure
on the card is the figure on the page; with RESULTS_MUNICIPALITY the municipality's name above the
site's, and the band and an edge in RESULTS_ACCENT. It is drawn at build time with Pillow in the site's
own font (no Vega round trip: a card is text on a plain ground):

- ``CardText(title, date_line, site, municipality, accent)``: what a card shows;
- ``card_key(text, version)``: its cache key, from the texts, ``version`` (the drawings'
  code version, which covers the font files) and this module's own code;
- ``draw_card(text, fonts) -> bytes``: the PNG, 1200 × 630, the same bytes for the same
  inputs. Its text chunks "Title" and "Description" carry what it shows, for tools that
  read cards (and for ``scripts/site_manifest.py``).

The picture is a palette image: one byte per pixel, so the PNG encoder has little to do,
and each glyph is rasterised once per process (see README, Performance).
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import importers
from ..danish import words
from . import palette

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
FOLDER = words.FOLDER_CARDS  # in the output: kort/<page>.png
TITLE_SIZES = tuple(range(72, 39, -4))  # 72, 68, … 40 px: the largest at which the title fits
MOST_LINES = 4
SITE_SIZE, DATE_SIZE = 30, 32
TITLE_TOP = MARGIN + 80  # the top of the title's first line
LINE_HEIGHT = 1.15  # × the title's size
BAND_TOP = HEIGHT - MARGIN - 70  # the coloured band with the date line
TOP_TO_BASELINE = 0.79  # × the size: where a line whose top is at y has its baseline (as Vega drew it)
ELLIPSIS = "…"
PNG_LEVEL = 1  # zlib level: flat colours compress well even at the fastest level
_SPACES = re.compile(r"[ \t\r\n]+")  # where a line may break (a no-break space is not one)


@dataclass(frozen=True)
class CardText:
    """What a card shows, top to bottom."""

    title: str
    date_line: str
    site: str
    municipality: str = ""  # RESULTS_MUNICIPALITY: above the site's name, in bold
    accent: str = ""  # RESULTS_ACCENT (checked against white at build): the band and the edge; "" palette.MAIN

    @property
    def description(self) -> str:
        """Everything the card shows, in reading order (the PNG's "Description")."""
        return " ".join(part for part in (self.municipality, self.site, self.title, self.date_line) if part)

    def to_json(self) -> str:
        return json.dumps([self.title, self.date_line, self.site, self.municipality, self.accent], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CardText:
        title, date_line, site, *identity = json.loads(text)
        return cls(str(title), str(date_line), str(site), *(str(part) for part in identity[:2]))


@dataclass
class CardFonts:
    """The regular and bold faces of ``family`` in ``folder``, each size loaded once (keep one per
    build or per process). Without the family's files, Pillow's own font stands in."""

    folder: Path
    family: str = "Atkinson Hyperlegible Next Nul"
    _files: dict[str, Path] | None = None
    _faces: dict[tuple[str, int], Face] = field(default_factory=dict)

    def regular(self, size: int) -> Face:
        return self._face("Regular", size)

    def bold(self, size: int) -> Face:
        return self._face("Bold", size)

    def _face(self, style: str, size: int) -> Face:
        if (style, size) not in self._faces:
            image_font = importers.pillow().ImageFont
            path = self.files().get(style)
            font = (
                image_font.truetype(str(path), size, layout_engine=image_font.Layout.BASIC)
                if path is not None
                else image_font.load_default(size)
            )
            self._faces[style, size] = Face(font)
        return self._faces[style, size]

    def files(self) -> dict[str, Path]:
        """Style ("Regular", "Bold") -> the family's font file in the folder."""
        if self._files is None:
            image_font = importers.pillow().ImageFont
            found: dict[str, Path] = {}
            for path in sorted(self.folder.glob("*")) if self.folder.is_dir() else []:
                if path.suffix.lower() in {".ttf", ".otf"}:
                    family, style = image_font.truetype(str(path), 10).getname()
                    if family == self.family and style is not None:
                        found.setdefault(style, path)
            self._files = found
        return self._files


class Face:
    """A font at one size, with each character's advance and rendered glyph kept once made.

    Pillow's basic layout places each glyph at its pen position rounded to a pixel and adds the
    advances, so drawing from kept glyphs gives the same picture as ``ImageDraw.text`` (for a font
    without a kern table, such as ours) without rasterising every letter of every card again, and
    a width is a sum: widths and drawing agree whatever the font."""

    def __init__(self, font: Any) -> None:
        self.font = font
        self._advances: dict[str, float] = {}
        self._glyphs: dict[str, tuple[Any, int, int]] = {}

    def width(self, text: str) -> float:
        advances = self._advances
        for char in text:
            if char not in advances:
                advances[char] = self.font.getlength(char)
        return sum(advances[char] for char in text)

    def draw(self, picture: Any, x: float, baseline: float, text: str, ink: int) -> None:
        """``text`` in palette entry ``ink``, starting at ``x`` on ``baseline``: each glyph's coverage
        blends the entry beneath towards ``ink``."""
        image = importers.pillow().Image
        y = round(baseline)
        for char in text:
            if char not in self._glyphs:
                mask, (left, top) = self.font.getmask2(char, "L", anchor="ls")
                picture_of = image.Image()._new  # Pillow's own way to wrap the glyph's bitmap as an image
                self._glyphs[char] = (picture_of(mask) if mask.size[0] and mask.size[1] else None, left, top)
            glyph, left, top = self._glyphs[char]
            if glyph is not None:
                picture.paste(ink, (round(x) + left, y + top), glyph)
            x += self.width(char)


@functools.cache
def _code() -> str:
    """This module, the palette and Pillow's version: what besides the texts and fonts shapes a card."""
    digest = hashlib.sha256(metadata.version("pillow").encode())
    for module in (Path(__file__), Path(palette.__file__)):
        digest.update(module.read_bytes())
    return digest.hexdigest()


def card_key(text: CardText, version: str) -> str:
    """The card's cache key: its texts, ``version`` (the drawings' code version, which covers the
    font files) and the card code."""
    data = "\0".join(("card", _code(), version, text.title, text.date_line, text.site, text.municipality, text.accent))
    return hashlib.sha256(data.encode()).hexdigest()[:24]


def fitted(title: str, fonts: CardFonts) -> tuple[int, list[str]]:
    """The largest title size (72 down to 40 px) at which the title takes at most four lines;
    else three lines at 40 px, the third ending in "…"."""
    for size in TITLE_SIZES:
        wrapped = wrap(title, fonts.bold(size))
        if len(wrapped) <= MOST_LINES:
            return size, wrapped
    face = fonts.bold(TITLE_SIZES[-1])
    first = wrap(title, face)
    return TITLE_SIZES[-1], [*first[:2], _shortened(" ".join(first[2:]), face)]


def wrap(text: str, face: Face, width: float = WIDTH - 2 * MARGIN) -> list[str]:
    """``text`` in lines no wider than ``width`` in ``face`` (by the glyphs' real advances), broken
    at spaces; a word wider than a line is broken between letters."""
    measure = face.width
    lines: list[str] = []
    line = ""
    for word in _SPACES.split(text.strip()):  # not at a no-break space: "94 %" stays on one line
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        rest = word
        while measure(rest) > width:  # a word longer than a line
            cut = len(rest) - 1
            while cut > 1 and measure(rest[:cut]) > width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        line = rest
    return [*lines, line] if line or not lines else lines


def _shortened(text: str, face: Face, width: float = WIDTH - 2 * MARGIN) -> str:
    """``text`` cut at a word (or a letter) so that it and "…" fit on one line."""
    measure = face.width
    while text and measure(text + ELLIPSIS) > width:
        text = text.rsplit(" ", 1)[0] if " " in text.strip() else text[:-1]
        text = text.rstrip()
    return text + ELLIPSIS


def draw_card(text: CardText, fonts: CardFonts) -> bytes:
    """The card as PNG bytes: no time, no machine in them, so the same texts give the same file."""
    pillow = importers.pillow()
    size, lines = fitted(text.title, fonts)
    picture = pillow.Image.new("P", (WIDTH, HEIGHT), WHITE)
    picture.putpalette(_palette(text.accent or palette.MAIN))
    picture.paste(BAND, (0, BAND_TOP, WIDTH, HEIGHT))
    site_top = MARGIN
    if text.municipality:  # whose site: the municipality in bold, the site's name below it, an edge in its colour
        picture.paste(BAND, (0, 0, EDGE, BAND_TOP))
        site_top = MARGIN - SITE_SIZE // 2 - 8
        bold = fonts.bold(SITE_SIZE)
        name = (
            text.municipality
            if bold.width(text.municipality) <= WIDTH - 2 * MARGIN
            else _shortened(text.municipality, bold)
        )
        bold.draw(picture, MARGIN, site_top + TOP_TO_BASELINE * SITE_SIZE, name, TEXT)
        site_top += round(SITE_SIZE * LINE_HEIGHT)
    fonts.regular(SITE_SIZE).draw(picture, MARGIN, site_top + TOP_TO_BASELINE * SITE_SIZE, text.site, MUTED)
    title = fonts.bold(size)
    for number, line in enumerate(lines):
        baseline = TITLE_TOP + number * size * LINE_HEIGHT + TOP_TO_BASELINE * size
        title.draw(picture, MARGIN, baseline, line, TEXT)
    date = fonts.regular(DATE_SIZE)
    date_lines = wrap(text.date_line, date)  # a date line fits on one; a long subtitle takes two
    if len(date_lines) > 2:
        date_lines = [date_lines[0], _shortened(" ".join(date_lines[1:]), date)]
    top = BAND_TOP + (30 if len(date_lines) == 1 else 18)
    for number, line in enumerate(date_lines):
        date.draw(picture, MARGIN, top + number * DATE_SIZE * LINE_HEIGHT + TOP_TO_BASELINE * DATE_SIZE, line, ON_BAND)
    info = pillow.PngImagePlugin.PngInfo()
    info.add_itxt("Title", text.title, lang="da")
    info.add_itxt("Description", text.description, lang="da")
    out = io.BytesIO()
    picture.save(out, "PNG", pnginfo=info, compress_level=PNG_LEVEL)
    return out.getvalue()


# The palette: straight runs of entries from a ground to an ink, so that a glyph's edge blended
# between the two entries (as Pillow pastes through a mask) is the colour between them. The
# title's run (TEXT -> white) and the site name's (white -> MUTED) meet at one white.
TEXT, WHITE, MUTED = 64, 127, 190
BAND, ON_BAND = 192, 255  # the accent (or MAIN) -> white
EDGE = 16  # px: the accent's edge down the card's left side, as the site's header has its border


@functools.cache
def _palette(band: str = palette.MAIN) -> tuple[int, ...]:
    runs = ((TEXT, palette.TEXT, WHITE, "#ffffff"), (WHITE, "#ffffff", MUTED, palette.MUTED),
            (BAND, band, ON_BAND, "#ffffff"))  # fmt: skip
    entries = [(0, 0, 0)] * 256
    for start, first, end, last in runs:
        a, b = _rgb(first), _rgb(last)
        for index in range(start, end + 1):
            step = (index - start) / (end - start)
            entries[index] = tuple(round(x + (y - x) * step) for x, y in zip(a, b, strict=True))
    return tuple(value for entry in entries[: ON_BAND + 1] for value in entry)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def card_name(page: str) -> str:
    """The card's file name for a page (its address from the site's root)."""
    stem = page.removesuffix(".html").replace("/", "-")
    safe = "".join(c if c.isascii() and (c.isalnum() or c == "-") else "-" for c in stem)
    return f"{safe}-{hashlib.sha256(page.encode()).hexdigest()[:6]}.png"
