"""The site's identity from the settings: the municipality's name, its logo and its accent colour.

- ``contrast_ratio(first, second)`` (``charts.palette``): the WCAG 2.x contrast of two ``#rrggbb``
  colours (``#767676`` on white is 4,54:1, ``#777777`` 4,48:1); the charts' colours use the same.
- ``accent_problems(accent)``: the accent colour is text (links), and borders, on white and on the
  theme's light background; below 4,5:1 on either is a problem naming the colour, the ratio and a
  darker colour of the same hue that passes.
- ``logo_problems(text, logo)``: a logo is published as it is, so it must be as harmless as a chart's
  drawing (``charts.kept_files.safe_svg``): no script, no event handler, nothing from elsewhere.
- ``read_identity(settings, content, static_paths)``: all of it checked at once; ``IdentityError``
  holds every problem. ``identity_css(accent)``: the small stylesheet that sets ``--accent`` (the
  CSP allows no inline style, so the colour goes into a file of the site's own). ``icon_png(svg)``:
  the logo as a square PNG (``theme/icon.png``), the favicon beside the logo's own SVG.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path, PurePosixPath
from xml.parsers import expat

from .. import importers
from ..charts.kept_files import safe_svg
from ..charts.palette import contrast_ratio
from ..danish import numbers, words
from ..errors import IdentityError, Problem
from ..settings import Settings

WHITE = "#ffffff"
TINT = "#f1f4f8"  # the theme's light background (site.css, --tint): header, footer, boxes
NEEDED = 4.5  # WCAG 1.4.3, normal text (links are text)
LOGO_HEIGHT = 48  # px: the height the header shows the logo at (site.css, .site-logo)
STYLESHEET = "theme/css/identity.css"  # in the output, linked by base.html after site.css
ICON = "theme/icon.png"  # in the output: the logo as a square PNG, the favicon beside the SVG one
ICON_SIZE = 180  # px: as big as a phone's home-screen icon asks
SETTINGS_FILE = "pelicanconf.py"


@dataclass(frozen=True)
class Identity:
    """Who publishes the site, as the theme shows it (``results_identity`` in the templates)."""

    name: str = ""
    logo: str = ""  # the logo's address from the site's root ("images/logo.svg"); "" : none
    logo_alt: str = ""
    logo_width: int = 0
    logo_height: int = 0
    accent: str = ""
    stylesheet: str = STYLESHEET
    icon: str = ""  # ICON when there is a logo: base.html links it as the PNG favicon and touch icon


def ratio_text(ratio: float) -> str:
    """``4,48`` for 4.4827…: cut, never rounded up, so a failing ratio never reads as 4,50."""
    return numbers.format_number(Decimal(str(ratio)).quantize(Decimal("0.01"), rounding=ROUND_FLOOR), 2)


def darker_passing(colour: str, backgrounds: Iterable[str] = (WHITE, TINT), needed: float = NEEDED) -> str:
    """The same hue made darker, step by step, until it has ``needed`` against every background."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    for step in range(100, -1, -1):
        candidate = "#" + "".join(f"{math.floor(c * step / 100):02x}" for c in channels)
        if all(contrast_ratio(candidate, b) >= needed for b in backgrounds):
            return candidate
    return "#000000"  # not reached: black has 15:1 or more on both backgrounds


def accent_problems(accent: str) -> list[Problem]:
    """The accent colour against white and the theme's light background (both carry its links)."""
    for background, name in ((WHITE, words.BACKGROUND_WHITE), (TINT, words.BACKGROUND_TINT)):
        ratio = contrast_ratio(accent, background)
        if ratio < NEEDED:
            darker = darker_passing(accent)
            what = words.ACCENT_CONTRAST.format(
                colour=accent, ratio=ratio_text(ratio), background=name.format(colour=background), needed="4,5"
            )
            fix = words.ACCENT_CONTRAST_FIX.format(
                darker=darker, ratio=ratio_text(min(contrast_ratio(darker, b) for b in (WHITE, TINT)))
            )
            return [Problem(file=SETTINGS_FILE, what=what, fix=fix)]  # white first: the page's own background
    return []


_SCRIPT = re.compile(r"<\s*(?:\w+:)?script\b", re.I)
_HANDLER = re.compile(r"\son\w+\s*=", re.I)
_REMOTE = re.compile(r"(?:href\s*=\s*[\"']\s*(?!#)|url\(\s*[\"']?\s*(?!#))", re.I)


def logo_refusal(text: str) -> str:
    """Why ``text`` may not be published as the logo, in words; "" when it is as safe as a drawing."""
    if safe_svg(text):
        return ""
    if _SCRIPT.search(text):
        return words.LOGO_SCRIPT
    if _HANDLER.search(text):
        return words.LOGO_HANDLER
    if _REMOTE.search(text):
        return words.LOGO_REMOTE_PART
    if "<!" in text or "<?" in text:
        return words.LOGO_PROLOGUE
    return words.LOGO_PARTS


def svg_size(text: str) -> tuple[float, float] | None:
    """The width and height of an SVG's drawing: its ``viewBox``, else its ``width`` and ``height``."""
    found: dict[str, str] = {}

    def start(name: str, attributes: dict[str, str]) -> None:
        if not found:
            found.update(attributes, element=name)

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        parser.Parse(text, True)
    except expat.ExpatError:
        return None
    box = found.get("viewBox", "").replace(",", " ").split()
    try:
        width, height = (
            (float(box[2]), float(box[3])) if len(box) == 4 else (float(found["width"]), float(found["height"]))
        )
    except (KeyError, ValueError):
        return None
    return (width, height) if width > 0 and height > 0 else None


def logo_problems(text: str, logo: str) -> list[Problem]:
    """The logo's own problems: unsafe parts, or no size to show it at."""
    reason = logo_refusal(text)
    if reason:
        return [
            Problem(
                file=SETTINGS_FILE, what=words.LOGO_UNSAFE.format(logo=logo, reason=reason), fix=words.LOGO_UNSAFE_FIX
            )
        ]
    if svg_size(text) is None:
        return [Problem(file=SETTINGS_FILE, what=words.LOGO_NO_SIZE.format(logo=logo), fix=words.LOGO_NO_SIZE_FIX)]
    return []


def _logo_path(logo: str, content: Path, static_paths: Iterable[str]) -> tuple[Path | None, list[Problem]]:
    """Where the logo's file is, or why it cannot be published."""

    copied = [str(s).strip("/") for s in static_paths]

    def problem(what: str, fix: str) -> tuple[None, list[Problem]]:
        text = what.format(logo=logo, content=content, paths=", ".join(copied) or "–")
        return None, [Problem(file=SETTINGS_FILE, what=text, fix=fix)]

    if re.match(r"[a-z][a-z0-9+.-]*:|//", logo, re.I):
        return problem(words.LOGO_REMOTE, words.LOGO_PLACE_FIX)
    relative = PurePosixPath(logo.replace("\\", "/"))
    if relative.is_absolute() or ".." in relative.parts:
        return problem(words.LOGO_OUTSIDE, words.LOGO_PLACE_FIX)
    if relative.suffix.lower() != ".svg":
        return problem(words.LOGO_NOT_SVG, words.LOGO_NOT_SVG_FIX)
    path = content / relative
    if not path.is_file() or not path.resolve().is_relative_to(content.resolve()):
        return problem(words.LOGO_MISSING, words.LOGO_PLACE_FIX)
    if not any(relative.as_posix() == s or relative.as_posix().startswith(f"{s}/") for s in copied if s):
        return problem(words.LOGO_NOT_COPIED, words.LOGO_PLACE_FIX)
    return path, []


def read_identity(settings: Settings, content: Path, static_paths: Iterable[str]) -> Identity:
    """The identity the settings give, checked: contrast, logo file and its text alternative.

    ``content``: Pelican's ``PATH``; ``static_paths``: its ``STATIC_PATHS`` (the logo must be copied)."""
    problems = accent_problems(settings.accent)
    width = height = 0
    if settings.logo:
        if not settings.logo_alt:
            example = words.LOGO_ALT_EXAMPLE.format(name=settings.municipality or words.LOGO_ALT_SOMEONE)
            problems.append(
                Problem(
                    file=SETTINGS_FILE,
                    what=words.LOGO_WITHOUT_ALT.format(logo=settings.logo),
                    fix=words.LOGO_WITHOUT_ALT_FIX.format(example=example),
                )
            )
        path, found = _logo_path(settings.logo, content, static_paths)
        problems += found
        if path is not None:
            text = path.read_text(encoding="utf-8-sig", errors="replace")
            problems += logo_problems(text, settings.logo)
            size = svg_size(text)
            if size:
                width, height = max(1, round(LOGO_HEIGHT * size[0] / size[1])), LOGO_HEIGHT
    if problems:
        raise IdentityError(problems)
    return Identity(
        name=settings.municipality,
        logo=PurePosixPath(settings.logo).as_posix() if settings.logo else "",
        logo_alt=settings.logo_alt,
        logo_width=width,
        logo_height=height,
        accent=settings.accent,
        icon=ICON if settings.logo else "",
    )


def icon_png(svg: str) -> bytes:
    """The logo (SVG text, checked by ``read_identity``) as a square PNG of ``ICON_SIZE`` px, drawn
    by vl-convert and centred on a transparent ground: the favicon for browsers without SVG ones."""
    vl_convert, pillow = importers.vl_convert(), importers.pillow()
    first = pillow.Image.open(io.BytesIO(vl_convert.svg_to_png(svg, scale=1)))
    scale = ICON_SIZE / max(first.size)
    drawn = pillow.Image.open(io.BytesIO(vl_convert.svg_to_png(svg, scale=scale))).convert("RGBA")
    drawn.thumbnail((ICON_SIZE, ICON_SIZE))  # a rounding pixel too many
    icon = pillow.Image.new("RGBA", (ICON_SIZE, ICON_SIZE), (0, 0, 0, 0))
    icon.paste(drawn, ((ICON_SIZE - drawn.width) // 2, (ICON_SIZE - drawn.height) // 2))
    out = io.BytesIO()
    icon.save(out, "PNG", optimize=True)
    return out.getvalue()


def identity_css(accent: str) -> str:
    """The stylesheet that gives the theme its accent colour (links and borders)."""
    return f":root {{ --accent: {accent}; --link: {accent}; }}\n"
