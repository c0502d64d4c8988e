"""Make the theme's font: Atkinson Hyperlegible Next with a plain zero.

Atkinson Hyperlegible Next (like Atkinson Hyperlegible before it) slashes its zero, and Danish
readers read a slashed zero as the letter Ø ("2Ø22"). The font has no alternate zero (no `zero`,
`ssXX` or `cvXX` feature), so this script takes the slash out of the zero glyph itself and names
the result "Atkinson Hyperlegible Next Nul" (a Modified Version under the SIL OFL 1.1; the
family has no Reserved Font Name, but a new name keeps it apart from the original).

The zero has three contours: the outer oval and the two halves of its counter that the slash
leaves. The new counter is one contour made of the designer's own curves: the lower left quarter
of the one half, the upper right quarter of the other, each mirrored across the glyph's vertical
axis for the missing quarters. The outer oval, the advance widths and every other glyph are
unchanged; the tabular zero (`zero.tf`, used by `tnum`) is a reference to the zero, so it follows.

Input: the files of the npm package @fontsource/atkinson-hyperlegible-next (latin subset):

    npm pack @fontsource/atkinson-hyperlegible-next@5.3.0 && tar xzf fontsource-*.tgz
    .venv/bin/python scripts/plain_zero_font.py package/files

writes theme/static/fonts/atkinson-hyperlegible-next-nul-latin-{400,700}-normal.woff2 (the
page) and theme/fonts/AtkinsonHyperlegibleNextNul-{400,700}.ttf (vl-convert and Pillow).
fontTools and brotli come with WeasyPrint.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphCoordinates
from fontTools.ttLib.tables.ttProgram import Program

ROOT = Path(__file__).resolve().parent.parent
FAMILY = "Atkinson Hyperlegible Next Nul"
POSTSCRIPT = "AtkinsonHyperlegibleNextNul"
SOURCE = "atkinson-hyperlegible-next-latin-{weight}-normal.woff2"
PAGE = ROOT / "theme" / "static" / "fonts" / "atkinson-hyperlegible-next-nul-latin-{weight}-normal.woff2"
CHART = ROOT / "theme" / "fonts" / "AtkinsonHyperlegibleNextNul-{weight}.ttf"
STYLES = {400: "Regular", 700: "Bold"}

Point = tuple[int, int]


def contours(glyph: Glyph) -> list[list[tuple[Point, bool]]]:
    """A simple glyph's contours as lists of (point, on-curve)."""
    out, start = [], 0
    for end in glyph.endPtsOfContours:
        out.append([(tuple(glyph.coordinates[i]), bool(glyph.flags[i] & 1)) for i in range(start, end + 1)])
        start = end + 1
    return out


def run(contour: list[tuple[Point, bool]], first: Point, last: Point) -> list[tuple[Point, bool]]:
    """The points of ``contour`` from the point ``first`` to the point ``last``, in its direction."""
    points = [p for p, _ in contour]
    i, n, out = points.index(first), len(contour), []
    while True:
        out.append(contour[i])
        if contour[i][0] == last:
            return out
        i = (i + 1) % n


def plain_counter(glyph: Glyph) -> list[tuple[Point, bool]]:
    """One counter-clockwise counter for a zero whose slash split its counter in two."""
    _outer, *halves = contours(glyph)
    if len(halves) != 2:
        raise SystemExit(f"the zero has {len(halves) + 1} contours, not 3: is it still slashed?")
    on = [[p for p, is_on in half if is_on] for half in halves]
    # The half holding the counter's lowest point holds its lower left quarter, the other its
    # upper right quarter (the slash runs from upper left to lower right).
    low, high = sorted(range(2), key=lambda k: min(y for _, y in on[k]))
    bottom, left = min(on[low], key=lambda p: p[1]), min(on[low], key=lambda p: p[0])
    top, right = max(on[high], key=lambda p: p[1]), max(on[high], key=lambda p: p[0])
    axis2 = left[0] + right[0]  # twice the x of the vertical axis
    if abs(bottom[0] * 2 - axis2) > 2 or abs(top[0] * 2 - axis2) > 2 or abs(left[1] - right[1]) > 2:
        raise SystemExit(f"the counter is not symmetric enough: {bottom=} {top=} {left=} {right=}")

    def mirrored(points: list[tuple[Point, bool]]) -> list[tuple[Point, bool]]:
        return [((axis2 - x, y), is_on) for (x, y), is_on in reversed(points)]

    lower_left = run(halves[low], left, bottom)  # left -> bottom, counter-clockwise
    upper_right = run(halves[high], right, top)  # right -> top
    lower_right = mirrored(lower_left)  # bottom -> right
    upper_left = mirrored(upper_right)  # top -> left
    return lower_right[:-1] + upper_right[:-1] + upper_left[:-1] + lower_left[:-1]


def unslash(font: TTFont) -> None:
    """Replace the zero's split counter by a whole one."""
    glyph = font["glyf"]["zero"]
    outer = contours(glyph)[0]
    counter = plain_counter(glyph)
    points = outer + counter
    glyph.coordinates = GlyphCoordinates([p for p, _ in points])
    glyph.flags = bytearray(1 if is_on else 0 for _, is_on in points)
    glyph.endPtsOfContours = [len(outer) - 1, len(points) - 1]
    glyph.numberOfContours = 2
    glyph.program = Program()  # the subset is unhinted: no instructions to keep
    glyph.program.fromBytecode(b"")
    glyph.recalcBounds(font["glyf"])


def rename(font: TTFont, weight: int) -> None:
    style = STYLES[weight]
    version = font["name"].getDebugName(5) or "Version ?"
    names = {
        1: FAMILY,
        2: style,
        3: f"{version.removeprefix('Version ')};NONE;{POSTSCRIPT}-{style}",
        4: f"{FAMILY} {style}",
        5: f"{version}; plain zero",
        6: f"{POSTSCRIPT}-{style}",
        10: "Atkinson Hyperlegible Next (latin subset) with the slash taken out of the zero (U+0030)",
    }
    table = font["name"]
    for name_id in (16, 17):
        table.removeNames(nameID=name_id)
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
        if table.getName(name_id, 1, 0, 0) is not None:
            table.setName(text, name_id, 1, 0, 0)


def make(source: Path, weight: int) -> None:
    font = TTFont(source / SOURCE.format(weight=weight), recalcTimestamp=False)  # the same bytes each run
    unslash(font)
    rename(font, weight)
    chart, page = Path(str(CHART).format(weight=weight)), Path(str(PAGE).format(weight=weight))
    font.flavor = None
    font.save(chart)
    font = TTFont(chart, recalcTimestamp=False)  # a font read from WOFF2 is written to WOFF2 again from plain TrueType
    font.flavor = "woff2"
    font.save(page)
    for path in (chart, page):
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "package/files")
    for weight in STYLES:
        make(folder, weight)
