"""Every page of the example site in a real browser: privacy, CSP, accessibility, charts, small screens.

Each test runs once per page (the test id is the page's path); fixtures live in conftest.py beside this.
Run only these: ``.venv/bin/python -m pytest tests/browser``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.site]

NARROW = {"width": 360, "height": 800}
LIVE_CHART_TIMEOUT_MS = 10_000

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
    apart from pages that only forward to another site."""
    built = {path.relative_to(site).as_posix() for path in site.rglob("*.html")} - forwarding_pages
    listed = set(listed_pages)
    assert built == listed, (
        f"built but never opened (teach content_pages() in tests/browser/conftest.py): {sorted(built - listed)}; "
        f"listed but not built: {sorted(listed - built)}"
    )


def test_no_other_hosts_errors_or_csp_violations(open_page: Any, page_path: str) -> None:
    visit = open_page(page_path)
    assert visit.status == 200, f"{page_path}: HTTP {visit.status}"
    problems = visit.problems()
    assert not problems, f"{page_path}:\n  " + "\n  ".join(problems)


def test_no_axe_violations_wcag21_aa(axe_violations: Any, page_path: str) -> None:
    violations = axe_violations(page_path)
    assert not violations, f"{page_path}: axe (WCAG 2.0/2.1 A and AA):\n  " + "\n  ".join(violations)


def test_charts_are_inline_svg_without_javascript(open_page: Any, page_path: str) -> None:
    visit = open_page(page_path, javascript=False)
    assert visit.status == 200, f"{page_path}: HTTP {visit.status} with JavaScript off"
    figures = visit.page.locator("figure.chart")
    empty = [
        figures.nth(i).get_attribute("id") or f"figure.chart number {i + 1}"
        for i in range(figures.count())
        if figures.nth(i).locator("svg").count() == 0
    ]
    assert not empty, f"{page_path}: with JavaScript off these charts have no inline <svg>: {empty}"


def test_no_horizontal_scrolling_at_360_px(open_page: Any, page_path: str) -> None:
    visit = open_page(page_path, viewport=NARROW)
    width = visit.page.evaluate(WIDE_ELEMENTS)
    assert width["scrollWidth"] <= width["innerWidth"], (
        f"{page_path}: {width['scrollWidth']} px of content in a {width['innerWidth']} px window scrolls sideways; "
        f"elements sticking out: {width['wide']}"
    )


def test_every_chart_goes_live_with_javascript(open_page: Any, page_path: str) -> None:
    from playwright.sync_api import expect  # noqa: PLC0415 - only the browser tests need it

    visit = open_page(page_path)
    charts = visit.page.locator("figure.chart").count()
    if not charts:
        pytest.skip(f"{page_path} has no chart")
    expect(visit.page.locator("figure.chart.chart-is-live")).to_have_count(charts, timeout=LIVE_CHART_TIMEOUT_MS)
    without_svg = visit.page.locator("figure.chart.chart-is-live:not(:has(.chart-image svg))").count()
    assert not without_svg, f"{page_path}: {without_svg} of {charts} live charts have no SVG in .chart-image"
    problems = visit.problems()
    assert not problems, f"{page_path}: while the charts rendered:\n  " + "\n  ".join(problems)
