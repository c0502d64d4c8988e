"""The font swap moves nothing: a reader on a slow connection sees the page in a reserve font shaped
like the site's own until Atkinson Hyperlegible Next Nul arrives, and nothing moves when it does.

The reserve (``Atkinson Hyperlegible Next Nul Reserve`` in ``site.css`` and ``embed.css``) is Arial or
a font with Arial's metrics (Liberation Sans, which Debian's Chromium brings: ``fonts-liberation``),
scaled to Atkinson's width in Danish text and given Atkinson's heights. Its numbers are worked out
here from the fonts themselves, so a new font or a changed reserve fails until the CSS follows; the
column's width is in ``em``, not ``ch`` (a ``ch`` is the width of the zero of whichever font is shown).
In Chromium, with the fonts held back until after the first paint, the shift is measured.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from support import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.site]

FONTS = ROOT / "theme" / "static" / "fonts"
CSS = ROOT / "theme" / "static" / "css"
ATKINSON = {400: FONTS / "atkinson-hyperlegible-next-nul-latin-400-normal.woff2",
            700: FONTS / "atkinson-hyperlegible-next-nul-latin-700-normal.woff2"}  # fmt: skip
ARIAL_METRICS = {400: Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
                 700: Path("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")}  # fmt: skip
RESERVE = "Atkinson Hyperlegible Next Nul Reserve"
COLUMN_ZEROS = 70  # the text column: 70 of Atkinson's zeros wide
HELD_BACK_S = 0.6  # the fonts arrive this long after they are asked for: after the first paint
MOST_SHIFT = 0.02  # as the page budget (test_chart_legibility)

SHIFTS = """
(() => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({type: "layout-shift", buffered: true});
})();
"""


def danish_letters() -> Counter[str]:
    """How often each character stands in the example site's articles and pages (placeholders left out)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "content").rglob("*.md")))
    return Counter(ch for ch in re.sub(r"\{\{.*?\}\}", " ", text) if ch.isprintable())


def metrics(path: Path, letters: Counter[str]) -> dict[str, float]:
    """A font's mean advance over ``letters`` (weighted by how often each stands), its ascent and
    descent, each in ems."""
    from fontTools.ttLib import TTFont  # noqa: PLC0415 - WeasyPrint's dependency; only this test reads fonts

    font = TTFont(path)
    em, glyphs, advances = font["head"].unitsPerEm, font.getBestCmap(), font["hmtx"]
    found = [(advances[glyphs[ord(ch)]][0], count) for ch, count in letters.items() if ord(ch) in glyphs]
    mean = sum(width * count for width, count in found) / sum(count for _, count in found)
    return {"width": mean / em, "ascent": font["hhea"].ascent / em, "descent": -font["hhea"].descent / em,
            "zero": advances[glyphs[ord("0")]][0] / em}  # fmt: skip


def reserve_faces(css: str) -> dict[int, dict[str, float]]:
    """The reserve's @font-face rules in ``css``: weight -> its overrides, as fractions."""
    faces = {}
    for block in re.findall(r"@font-face\s*\{([^}]*)\}", css):
        if f'"{RESERVE}"' not in block:
            continue
        weight = int(re.search(r"font-weight:\s*(\d+)", block)[1])
        faces[weight] = {
            name: float(value) / 100
            for name, value in re.findall(r"(size-adjust|ascent-override|descent-override):\s*([\d.]+)%", block)
        }
    return faces


@pytest.mark.parametrize("sheet", ["site.css", "embed.css"])
def test_the_reserve_font_has_atkinsons_width_and_heights(sheet: str) -> None:
    letters = danish_letters()
    faces = reserve_faces((CSS / sheet).read_text(encoding="utf-8"))
    assert set(faces) == {400, 700}, f"{sheet}: the reserve's faces: {sorted(faces)}"
    assert f'"Atkinson Hyperlegible Next Nul", "{RESERVE}",' in (CSS / sheet).read_text(encoding="utf-8")
    problems = []
    for weight, face in faces.items():
        atkinson, arial = metrics(ATKINSON[weight], letters), metrics(ARIAL_METRICS[weight], letters)
        scale = atkinson["width"] / arial["width"]
        wanted = {
            "size-adjust": scale,
            "ascent-override": atkinson["ascent"] / scale,
            "descent-override": atkinson["descent"] / scale,
        }
        problems += [
            f"{weight}: {name} {face.get(name, 0):.1%}, the fonts give {value:.1%}"
            for name, value in wanted.items()
            if abs(face.get(name, 0) - value) > 0.0006  # written to a tenth of a per cent
        ]
    assert not problems, f"{sheet}: " + "; ".join(problems)


def test_the_column_is_as_wide_as_seventy_atkinson_zeros_in_any_font() -> None:
    css = (CSS / "site.css").read_text(encoding="utf-8")
    width = float(re.search(r"\.wrap \{ max-width: ([\d.]+)em;", css)[1])
    zero = metrics(ATKINSON[400], Counter("0"))["zero"]
    assert width == pytest.approx(COLUMN_ZEROS * zero, abs=0.005), f"{width}em; 70 zeros are {COLUMN_ZEROS * zero}em"
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S)  # the comments may name a width in ch
    assert not re.search(r"[\d.]+ch\b", rules), "a width in ch follows whichever font is shown"


@pytest.mark.parametrize("width", [360, 1280])
def test_nothing_moves_when_the_fonts_arrive_after_the_first_paint(browser: Any, site_url: str, width: int) -> None:
    def late(route: Any) -> None:
        time.sleep(HELD_BACK_S)
        route.continue_()

    problems = []
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.route("**/*.woff2", late)
    for path in ("index.html", "2022-02-haab-om-forandring.html"):
        page = context.new_page()
        page.add_init_script(SHIFTS)
        page.goto(site_url + path, wait_until="load")
        page.evaluate("() => document.fonts.ready.then(() => true)")
        page.wait_for_timeout(200)  # a shift is reported just after the frame it happened in
        faces = page.evaluate("() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family)")
        shift = page.evaluate("window.__shift")
        if RESERVE not in faces:
            problems.append(f"{path}: the reserve font was not used ({faces})")
        if shift > MOST_SHIFT:
            problems.append(f"{path}: layout shift {shift:.3f} when the fonts came")
        page.close()
    context.close()
    assert not problems, f"at {width} px: " + "; ".join(problems)
