"""The programme example (examples/programme) in Chromium: the units' list, a unit's page and the
programme's article with its comparisons, as a citizen on a phone meets them.

The site is the one tests/site/test_programme_site.py reads (``programme_site``, built once per run);
``site_url`` is overridden here, so the shared ``open_page``, ``axe_violations`` and ``axe_on``
fixtures (tests/browser/conftest.py) open its pages, in the session's one browser. Each page is
opened once per test, at 360 px: axe WCAG 2.1 AA, no sideways scrolling, nothing from other hosts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_tools import search_answer, served

pytestmark = [pytest.mark.browser, pytest.mark.site]

PHONE = {"width": 360, "height": 800}
PAGES = ["enheder/index.html", "enheder/nord/index.html", "2024-07-programmet.html"]
WIDTH = "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
MAX_TABS = 80
COMPARISON = "graf-forloeb-praktik-enheder"  # the figure of {{ sammenlign: forløb.praktik }}
IN_COMPARISON = """
() => {
  const focused = document.activeElement;
  const figure = focused && focused.closest("figure");
  return {tag: focused ? focused.tagName : null, figure: figure ? figure.id : null,
          table: focused?.closest("details.chart-table") !== null};
}
"""


def tab_to(page: Any, wanted: str) -> dict[str, Any]:
    """Press Tab until the script ``wanted`` (the focused element as it sees it) holds; what it saw."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        seen = page.evaluate(wanted)
        if seen["table"] and seen["figure"] == COMPARISON:
            return seen
    raise AssertionError(f"not reached with {MAX_TABS} presses of Tab")


@pytest.fixture(scope="module")
def site_url(programme_site: Path) -> Iterator[str]:
    """The programme example served on 127.0.0.1 (in place of the single-unit example)."""
    with served(programme_site, "programme-test-server") as url:
        yield url


@pytest.mark.parametrize("path", PAGES)
def test_on_a_phone_no_axe_violations_no_sideways_scrolling_and_nothing_from_other_hosts(
    open_page: Any, axe_on: Any, path: str
) -> None:
    visit = open_page(path, viewport=PHONE, bypass_csp=True, idle=True)  # late requests too
    width = visit.page.evaluate(WIDTH)
    assert width["scroll"] <= width["inner"], f"{path}: {width['scroll']} px of content scrolls sideways at 360 px"
    violations = axe_on(visit.page)
    assert not violations, "\n".join(violations)
    assert visit.status == 200 and not visit.foreign_requests, visit.foreign_requests


def test_the_keyboard_reaches_the_comparisons_table_and_opens_it(open_page: Any) -> None:
    """Tab from the top of the programme's article reaches the comparison's »Se tallene som tabel«;
    Enter opens it, and the table of every unit is shown."""
    page = open_page("2024-07-programmet.html", viewport=PHONE).page
    where = tab_to(page, IN_COMPARISON)
    assert where["tag"] == "SUMMARY", where
    page.keyboard.press("Enter")
    table = page.locator(f"#{COMPARISON} details.chart-table[open] table")
    assert table.is_visible()
    units = table.locator("tbody th").all_inner_texts()
    assert units == ["Jobhuset Nord", "Jobhuset Syd", "Jobhuset Ø"], units


def test_a_search_for_a_units_name_finds_its_page_first(open_page: Any) -> None:
    visit = open_page("soeg/index.html")
    page = visit.page
    page.focus("#soeg-ord")
    page.keyboard.type("Jobhuset Nord")
    _, found = search_answer(page, "Jobhuset Nord")
    assert found[0] == "/enheder/nord/", found  # Pagefind gives a folder's page as the folder
    assert not visit.problems(), visit.problems()
