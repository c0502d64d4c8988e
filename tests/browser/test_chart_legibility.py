"""Charts a reader can read: measured in the browser, as drawn, at 360 px (a phone) and 1280 px.

Every chart of the example site is drawn twice, narrow and wide (``charts/specs.py``); the page's
CSS shows one. Here, on every page with charts and at each width, one visit and one measurement:

- the text of the shown drawing is at least 12 px as the reader sees it (its font size times the
  drawing's scale on the screen), and at 1280 px no larger than 1.25 × the body text;
- no two texts of a drawing overlap (labels, values, axis labels, the key, names at line ends);
- at 1280 px the drawing fills the column; at 360 px it stays inside it;
- the other drawing is ``display: none`` (out of the accessibility tree), and no id is repeated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

WIDTHS = (360, 1280)
SMALLEST = 12.0  # px, as the reader sees it
LARGEST_TO_BODY = 1.25
OVERLAP = 0.5  # px: boxes that share less than this are apart (rounding)

MEASURE = """
async (overlap) => {
  await document.fonts.ready;
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
  const charts = [...document.querySelectorAll("figure.chart")].map((figure) => {
    const box = figure.querySelector(".chart-image");
    const drawings = [...box.querySelectorAll(":scope > svg")];
    const shown = drawings.filter((svg) => getComputedStyle(svg).display !== "none");
    const name = (svg) => svg.className.baseVal;
    const hidden = drawings.filter((svg) => getComputedStyle(svg).display === "none").map(name);
    const result = {id: figure.id, drawings: drawings.length, hidden, shown: shown.map(name)};
    if (shown.length !== 1) return result;
    const svg = shown[0];
    const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim());
    const scale = (t) => Math.hypot(t.getScreenCTM().a, t.getScreenCTM().b);  // the drawing's, on the screen
    const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale(t));
    const boxes = texts.map((t) => ({text: t.textContent, r: t.getBoundingClientRect()}));
    const overlaps = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > overlap && down > overlap) overlaps.push(`»${boxes[i].text}« and »${boxes[j].text}«`);
      }
    }
    const smallest = Math.min(...sizes), largest = Math.max(...sizes);
    const smallestText = texts[sizes.indexOf(smallest)]?.textContent;
    return {...result, texts: texts.length, smallest, smallestText, largest, overlaps,
            width: svg.getBoundingClientRect().width, column: box.getBoundingClientRect().width};
  });
  return {body, charts, repeated: ids.filter((id, i) => ids.indexOf(id) !== i)};
}
"""


def chart_pages(site: Path) -> list[str]:
    """The built pages that show charts (articles, the live page, briefings)."""
    return [
        p.relative_to(site).as_posix() for p in sorted(site.rglob("*.html")) if "chart-image" in p.read_text("utf-8")
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_chart_reads_at_this_width(browser: Any, site_url: str, site: Path, width: int) -> None:
    pages = chart_pages(site)
    assert {"tal-og-resultater.html", "2022-02-haab-om-forandring.html", "2018-05-ministerbesoeg.html"} <= set(pages)
    problems: list[str] = []
    charts, measured = 0, 0
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for path in pages:  # one visit per page: the site's own files only, measured once its fonts are in
        page.goto(site_url + path, wait_until="load")
        found = page.evaluate(MEASURE, OVERLAP)
        problems += [f"{path}: the id {name!r} is on the page more than once" for name in found["repeated"]]
        largest = LARGEST_TO_BODY * found["body"]
        for chart in found["charts"]:
            where = f"{path} #{chart['id']} at {width} px"
            if chart["drawings"] != 2 or chart["shown"] != [wanted(width)] or len(chart["hidden"]) != 1:
                problems.append(
                    f"{where}: shows {chart['shown']} of {chart['drawings']} drawings, hides {chart['hidden']}"
                )
                continue
            charts, measured = charts + 1, measured + chart["texts"]
            if chart["smallest"] < SMALLEST:
                problems.append(f"{where}: text of {chart['smallest']:.1f} px (»{chart['smallestText']}«)")
            problems += [f"{where}: {pair} overlap" for pair in chart["overlaps"]]
            if chart["width"] > chart["column"] + 0.5:
                problems.append(f"{where}: {chart['width']:.0f} px wide in a column of {chart['column']:.0f} px")
            if width >= 1280:
                if chart["width"] < chart["column"] - 0.5:
                    problems.append(f"{where}: {chart['width']:.0f} px wide, the column {chart['column']:.0f} px")
                if chart["largest"] > largest:
                    problems.append(f"{where}: text of {chart['largest']:.1f} px, over {largest:.1f} px")
    context.close()
    assert not problems, "\n".join(problems)
    assert charts >= 30 and measured >= 4 * charts  # every chart's texts were measured


def wanted(width: int) -> str:
    """The drawing the page should show at a viewport ``width``: the column there is 328 or 768 px."""
    return "chart-narrow" if width < 600 else "chart-wide"
