"""The search page in Chromium, by keyboard alone, under the page's own Content-Security-Policy.

Pagefind's WebAssembly runs only because the search page's policy allows 'wasm-unsafe-eval'; a CSP
violation, a console error or a request to another host fails the test. The page opens from the
menu of the front page, the field is reached with Tab, the words are typed, the result is opened
with Tab and Enter. The search page's first state is checked with every other page (axe, keyboard,
360 px: tests/browser/test_pages.py and test_keyboard.py); here axe runs with the results shown.
"""

from __future__ import annotations

from typing import Any

import pytest

from browser_tools import search_answer

pytestmark = [pytest.mark.browser, pytest.mark.site]

FIELD = "soeg-ord"
FOCUSED = "() => ({id: document.activeElement.id, href: document.activeElement.getAttribute('href')})"
MAX_TABS = 60


def tab_to(page: Any, wanted: Any) -> dict[str, Any]:
    """Press Tab until ``wanted(focused)`` holds; the focused element as {id, href}."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if wanted(focused):
            return focused
    raise AssertionError(f"not reached with {MAX_TABS} presses of Tab")


def search(page: Any, words: str) -> list[str]:
    """Type ``words`` into the focused field (after clearing it) and wait for the result count."""
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.wait_for_function("() => document.getElementById('soeg-status').textContent === ''")
    page.keyboard.type(words)
    status, found = search_answer(page, words)
    assert status.startswith(f"{len(found)} resultat") and f"»{words}«" in status, (status, found)
    return found


def test_by_keyboard_alone_the_search_finds_both_seed_articles(open_page: Any) -> None:
    visit = open_page("index.html")
    page = visit.page
    tab_to(page, lambda focused: (focused["href"] or "").endswith("soeg/index.html"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/soeg/index.html")
    page.wait_for_load_state("networkidle")
    tab_to(page, lambda focused: focused["id"] == FIELD)

    assert search(page, "ministeren")[0] == "/2018-05-ministerbesoeg.html"
    found = search(page, "løntilskuddet")  # the 2022 article says »løntilskud«, never »løntilskuddet«
    assert "/2022-02-haab-om-forandring.html" in found, found
    blocked = page.evaluate("window.__cspViolations")  # WebAssembly ran under the page's own policy
    tab_to(page, lambda focused: focused["href"] == "/2022-02-haab-om-forandring.html")
    page.keyboard.press("Enter")
    page.wait_for_url("**/2022-02-haab-om-forandring.html")
    assert not blocked and not visit.problems(), (blocked, visit.problems())


def test_no_axe_violations_with_results_shown(open_page: Any, axe_on: Any) -> None:
    page = open_page("soeg/index.html", bypass_csp=True).page
    page.focus(f"#{FIELD}")
    search(page, "løntilskud")
    violations = axe_on(page)
    assert not violations, "\n".join(violations)
