"""Charts a reader can read: measured in the browser, as drawn, at 360 px (a phone) and 1280 px.

Every chart of the example site is drawn twice, narrow and wide (``charts/specs.py``); the page's
CSS shows one. Here, on every page with charts and at each width, one visit and one measurement:

- the text of the shown drawing is at least 12 px as the reader sees it (its font size times the
  drawing's scale on the screen), and at 1280 px no larger than 1.25 × the body text;
- no two texts of a drawing overlap (labels, values, axis labels, the key, names at line ends);
- at 1280 px the drawing fills the column; at 360 px it stays inside it;
- the other drawing is ``display: none`` (out of the accessibility tree), and no id is repeated;
- a category has one fill in every drawing of the site, and each page keeps its budgets (layout
  shift; elements; an article's compressed bytes).
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


# --- One colour per category, as drawn; the page budgets ---------------------------------------------

DRAWN = """
async () => {
  await document.fonts.ready;
  const shift = await new Promise((done) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: "layout-shift", buffered: true});
    requestAnimationFrame(() => requestAnimationFrame(() => done(total)));
  });
  const fills = [];
  for (const svg of document.querySelectorAll(".chart-image > svg")) {
    if (getComputedStyle(svg).display === "none") continue;
    for (const mark of svg.querySelectorAll("[aria-label][fill]:not(text)")) {  // marks, not their labels
      const fill = mark.getAttribute("fill");
      if (fill === "transparent" || fill === "none") continue;
      fills.push({label: mark.getAttribute("aria-label"), fill: fill.toLowerCase()});
    }
  }
  const files = [location.pathname, ...performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname)];
  return {shift, fills, elements: document.getElementsByTagName("*").length, files};
}
"""
BUDGET_KB, MOST_SHIFT = 150, 0.02
# Lighthouse flags a page of more than 1,400 elements. The live page has every chart of the site, two
# drawings each (slimmed: charts/slim_svg.py) and their tables (some dates of a chart over time): 1,703.
MOST_ELEMENTS, LIVE_PAGE, LIVE_MOST_ELEMENTS = 1400, "tal-og-resultater.html", 1800


def test_a_category_has_one_fill_in_every_drawing_and_the_pages_keep_their_budgets(
    browser: Any, site_url: str, site: Path
) -> None:
    """Read from the drawn SVGs at 1280 px: a mark's category is the part of its label before »:«,
    and it has the same fill in every chart of the site (the descriptor's order decides it once).
    Per page: layout shift ≤ 0.02 after the fonts are in; at most 1,400 elements (the live page 1,800);
    an article ≤ 150 KB gzip of its own files (HTML, CSS, fonts, script), as a server that compresses
    sends them."""
    import gzip  # noqa: PLC0415

    fills: dict[str, set[str]] = {}
    where: dict[tuple[str, str], str] = {}
    problems: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    pages = chart_pages(site)
    # the fonts in first, as the budget is for what moves once they are in: on a busy machine the
    # first page's font could arrive after its first paint, a shift of the font swap, not the page's
    page.goto(site_url + pages[0], wait_until="load")
    page.evaluate("() => document.fonts.ready.then(() => true)")
    for path in pages:
        page.goto(site_url + path, wait_until="load")
        found = page.evaluate(DRAWN)
        for mark in found["fills"]:
            category = mark["label"].split(":")[0].strip()
            fills.setdefault(category, set()).add(mark["fill"])
            where.setdefault((category, mark["fill"]), path)
        if found["shift"] > MOST_SHIFT:
            problems.append(f"{path}: layout shift {found['shift']:.3f}")
        if found["elements"] > (LIVE_MOST_ELEMENTS if path == LIVE_PAGE else MOST_ELEMENTS):
            problems.append(f"{path}: {found['elements']} elements")
        if "/" not in path and path != LIVE_PAGE:  # an article
            sent = sum(len(gzip.compress((site / f.lstrip("/")).read_bytes())) for f in set(found["files"]))
            if sent > BUDGET_KB * 1024:
                problems.append(f"{path}: {sent / 1024:.0f} KB gzip")
    context.close()
    mixed = {c: sorted(f"{fill} ({where[(c, fill)]})" for fill in f) for c, f in fills.items() if len(f) > 1}
    assert not mixed, f"a category drawn in more than one colour: {mixed}"
    assert {"Frivilligt arbejde", "Meningsfuld beskæftigelse"} <= set(fills), sorted(fills)
    assert not problems, "\n".join(problems)
