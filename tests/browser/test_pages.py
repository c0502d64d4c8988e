"""Every page of the example site in a real browser: privacy, CSP, accessibility, charts, small screens,
and the weight of JavaScript (no Vega runtime: the static SVG is the chart; charts.js shows values).

Each test runs once per page (the test id is the page's path); fixtures live in conftest.py beside this.
Run only these: ``.venv/bin/python -m pytest tests/browser``.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.site]

NARROW = {"width": 360, "height": 800}
JAVASCRIPT_BUDGET = 30 * 1024  # bytes of JavaScript, gzip, that any page may load

# The scripts a page loaded (its own and any it added), as URLs.
SCRIPTS_LOADED = """
() => performance.getEntriesByType("resource").filter((e) => e.initiatorType === "script").map((e) => e.name)
"""

CHARTS = "() => document.querySelectorAll('figure.chart').length"

# The middle of a chart's first data mark that has a size and lies on top there, and its value.
MARK_TO_HOVER = """
(figure) => {
  const owner = (el) => el.closest("[aria-label], [data-tips]");
  const name = (el) => el.getAttribute("aria-label") ?? el.getAttribute("data-tips");
  for (const mark of figure.querySelectorAll(".chart-image svg :is([aria-label], [data-tips])")) {
    let box = mark.getBoundingClientRect(), label = mark.getAttribute("aria-label");
    if (mark.hasAttribute("data-tips")) {  // a chart over time: one path, a box and a text per month
      const boxes = mark.getAttribute("data-boxes").split(" "), middle = Math.floor(boxes.length / 2);
      const [x, y, w, h] = boxes[middle].split(",").map(Number), m = mark.getScreenCTM();
      const corner = new DOMPoint(x, y).matrixTransform(m), far = new DOMPoint(x + w, y + h).matrixTransform(m);
      box = {left: corner.x, top: corner.y, width: far.x - corner.x, height: far.y - corner.y};
      label = mark.getAttribute("data-tips").split("|")[middle];
    }
    if (box.width < 2 || box.height < 2) continue;
    // its middle, else a point of a grid over it (the icons of a category are one path, with gaps)
    const spots = [[0.5, 0.5], ...[...Array(81).keys()].map((i) => [(i % 9 + 0.5) / 9, (Math.floor(i / 9) + 0.5) / 9])];
    for (const [fx, fy] of spots) {
      const x = box.left + box.width * fx, y = box.top + box.height * fy;
      const top = document.elementFromPoint(x, y);
      if (top && owner(top) === mark) return {x, y, label, owner: name(mark)};
    }
  }
  return null;
}
"""

# Elements that stick out of the viewport and are not inside something that scrolls or clips.
WIDE_ELEMENTS = """
() => {
  const width = window.innerWidth;
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if ((box.right > width + 0.5 || box.left < -0.5) && !clipped(el)) {
      wide.push(`${name(el)} (${Math.round(box.left)} to ${Math.round(box.right)} px)`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide: wide.slice(0, 10)};
}
"""


def test_every_built_page_is_tested(site: Path, listed_pages: list[str], forwarding_pages: set[str]) -> None:
    """The pages listed from content/ (the test ids of the tests below) are exactly the pages built,
    apart from pages that only forward to another site and the charts' embed pages (test_embeds.py)."""
    built = {path.relative_to(site).as_posix() for path in site.rglob("*.html")} - forwarding_pages
    built = {path for path in built if not path.startswith("indlejr/")}
    listed = set(listed_pages)
    assert built == listed, (
        f"built but never opened (teach content_pages() in tests/browser/conftest.py): {sorted(built - listed)}; "
        f"listed but not built: {sorted(listed - built)}"
    )


_seen: dict[str, dict[str, Any]] = {}  # what a plain visit of a page found, by page (one visit per worker)


@pytest.fixture
def seen(open_page: Any, page_path: str) -> dict[str, Any]:
    """One visit of the page with JavaScript on, as a reader opens it, read by the tests below: its
    HTTP status, its problems (other hosts, errors, CSP), the scripts it loaded, Vega's traces; then
    the pointer over a mark of every chart (``hovered``) and the problems after that."""
    if page_path not in _seen:
        visit = open_page(page_path, idle=True)  # every request the page makes, late ones too
        _seen[page_path] = {
            "status": visit.status,
            "problems": visit.problems(),
            "scripts": visit.page.evaluate(SCRIPTS_LOADED),
            "vega": visit.page.evaluate(
                "() => ({forms: document.querySelectorAll('form.vega-bindings').length, vega: typeof window.vega})"
            ),
            "hovered": _hover_every_chart(visit.page),
        }
        _seen[page_path]["problems_hovering"] = visit.problems()
    return _seen[page_path]


def test_no_other_hosts_errors_or_csp_violations(seen: dict[str, Any], page_path: str) -> None:
    assert seen["status"] == 200, f"{page_path}: HTTP {seen['status']}"
    assert not seen["problems"], f"{page_path}:\n  " + "\n  ".join(seen["problems"])


def test_no_axe_violations_wcag21_aa(axe_violations: Any, page_path: str) -> None:
    violations = axe_violations(page_path)
    assert not violations, f"{page_path}: axe (WCAG 2.0/2.1 A and AA):\n  " + "\n  ".join(violations)


def test_charts_are_inline_svg_without_javascript(open_page: Any, page_path: str) -> None:
    visit = open_page(page_path, javascript=False)
    assert visit.status == 200, f"{page_path}: HTTP {visit.status} with JavaScript off"
    empty = visit.page.evaluate(
        """() => [...document.querySelectorAll("figure.chart")].map((figure, i) =>
          figure.querySelector("svg") ? null : figure.id || `figure.chart number ${i + 1}`).filter(Boolean)"""
    )  # one call, not three per chart
    assert not empty, f"{page_path}: with JavaScript off these charts have no inline <svg>: {empty}"


def test_no_horizontal_scrolling_at_360_px(narrow: dict[str, Any], page_path: str) -> None:
    width = narrow["width"]
    assert width["scrollWidth"] <= width["innerWidth"], (
        f"{page_path}: {width['scrollWidth']} px of content in a {width['innerWidth']} px window scrolls sideways; "
        f"elements sticking out: {width['wide']}"
    )


def test_no_page_loads_more_than_30_kb_gzip_of_javascript(seen: dict[str, Any], site: Path, page_path: str) -> None:
    urls = seen["scripts"]
    sizes = {url: len(gzip.compress((site / urlsplit(url).path.lstrip("/")).read_bytes(), 9)) for url in urls}
    assert sum(sizes.values()) <= JAVASCRIPT_BUDGET, (
        f"{page_path}: {sum(sizes.values())} bytes gzip of JavaScript: {sizes}"
    )


def test_no_vega_form_or_runtime_on_any_page(seen: dict[str, Any], page_path: str) -> None:
    assert seen["vega"] == {"forms": 0, "vega": "undefined"}, f"{page_path}: {seen['vega']}"


# Chart ``index`` of the page brought into view (as Playwright's scroll_into_view_if_needed does: to
# the middle when it is not wholly in view), drawn (a drawing skipped below the fold by
# content-visibility is laid out first), and after the scroll's event (which hides a tooltip): the
# spot to hover (MARK_TO_HOVER). One round trip to the browser instead of four.
READY_TO_HOVER = """
async (index) => {
  const figure = document.querySelectorAll("figure.chart")[index];
  const box = figure.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
    figure.scrollIntoView({block: "center", inline: "center"});
  }
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await new Promise((done) => setTimeout(done, 50));
  return (MARK_TO_HOVER)(figure);
}
""".replace("MARK_TO_HOVER", MARK_TO_HOVER.strip())
# The tooltip as Playwright's is_visible reads it (a box with a size, not hidden), its text and box,
# and the chart mark under ``spot``.
TIP = """(spot) => {
  const tip = document.querySelector(".chart-tip");
  const box = tip?.getBoundingClientRect();
  const visible = !!tip && box.width > 0 && box.height > 0 && getComputedStyle(tip).visibility !== "hidden";
  const el = spot && document.elementFromPoint(spot.x, spot.y)?.closest("[aria-label], [data-tips]");
  return {
    visible, text: tip?.textContent ?? null, box: box ? {x: box.x, width: box.width} : null,
    under: el?.getAttribute("aria-label") ?? el?.getAttribute("data-tips"),
  };
}"""


def _hover_every_chart(page: Any) -> list[dict[str, Any]]:
    """For every chart of the page in turn: the spot to hover (None: no mark with a value), the
    tooltip's state with the pointer there (and the mark under it), and with the pointer gone."""
    hovered = []
    for index in range(page.evaluate(CHARTS)):
        spot = page.evaluate(READY_TO_HOVER, index)
        if spot is None:
            hovered.append({"spot": None})
            continue
        page.mouse.move(spot["x"], spot["y"])
        over = page.evaluate(TIP, spot)
        page.mouse.move(1, 1)
        hovered.append({"spot": spot, "over": over, "left": page.evaluate(TIP, None)})
    return hovered


def test_hovering_a_mark_of_every_chart_shows_its_value(seen: dict[str, Any], page_path: str) -> None:
    if not seen["hovered"]:
        pytest.skip(f"{page_path} has no chart")
    for index, found in enumerate(seen["hovered"]):
        spot = found["spot"]
        assert spot, f"{page_path}: chart {index + 1} has no mark with a value to hover"
        tip = found["over"]
        assert tip["under"] == spot["owner"], f"{page_path}: chart {index + 1}: the pointer is over {tip['under']!r}"
        assert tip["visible"] and tip["text"] == spot["label"], f"{page_path}: chart {index + 1}: no tooltip"
        assert not found["left"]["visible"], f"{page_path}: chart {index + 1}: the tooltip stays after the pointer left"
    problems = seen["problems_hovering"]
    assert not problems, f"{page_path}: while hovering the charts:\n  " + "\n  ".join(problems)


_narrow: dict[str, dict[str, Any]] = {}  # what a visit of a page at 360 px found, by page (one visit per worker)


@pytest.fixture
def narrow(open_page: Any, page_path: str) -> dict[str, Any]:
    """One visit of the page at 360 px: how wide its content is as it opens (``width``), then a tap on
    a mark of its first chart (the tooltip then: ``tapped``) and a tap on the heading (``elsewhere``)."""
    if page_path not in _narrow:
        page = open_page(page_path, viewport=NARROW).page
        found: dict[str, Any] = {"width": page.evaluate(WIDE_ELEMENTS), "charts": page.evaluate(CHARTS)}
        if found["charts"]:
            spot = found["spot"] = page.evaluate(READY_TO_HOVER, 0)
            if spot is not None:
                page.mouse.click(spot["x"], spot["y"])
                found["tapped"] = page.evaluate(TIP, None)
                page.locator("h1").first.click()
                found["elsewhere"] = page.evaluate(TIP, None)
        _narrow[page_path] = found
    return _narrow[page_path]


def test_a_tap_on_a_mark_shows_its_value_and_a_tap_elsewhere_hides_it(narrow: dict[str, Any], page_path: str) -> None:
    if not narrow["charts"]:
        pytest.skip(f"{page_path} has no chart")
    spot = narrow["spot"]
    assert spot, f"{page_path}: the first chart has no mark with a value to tap"
    tip = narrow["tapped"]
    assert tip["visible"] and tip["text"] == spot["label"]
    box = tip["box"]
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= NARROW["width"], (
        f"{page_path}: the tooltip sticks out: {box}"
    )
    assert not narrow["elsewhere"]["visible"]
