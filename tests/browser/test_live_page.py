"""The live page (»Tal og resultater«) at 360 px: the drawings below the fold are skipped by the browser
(``content-visibility: auto``) until the reader comes near them, in boxes of exactly their drawn size,
and nothing leaves the accessibility tree."""

from __future__ import annotations

from typing import Any

LIVE = "tal-og-resultater.html"
NARROW = {"width": 360, "height": 800}  # the narrow drawings show (the wide ones are display: none)

DRAWINGS = """() => [...document.querySelectorAll('.chart-image svg.chart-narrow')].map((svg) => ({
  height: svg.getBoundingClientRect().height,
  top: svg.getBoundingClientRect().top,
  skipped: !svg.querySelector('text').checkVisibility({contentVisibilityAuto: true}),
}))"""


def test_drawings_below_the_fold_are_skipped_in_boxes_of_their_drawn_size(open_page: Any) -> None:
    page = open_page(LIVE, viewport=NARROW, bypass_csp=True).page  # wait_for_function polls with eval
    before = page.evaluate(DRAWINGS)
    page_height = page.evaluate("document.documentElement.scrollHeight")
    far = [d for d in before if d["top"] > 2 * NARROW["height"]]  # two screens down at least
    assert len(before) == 13 and len(far) >= 10 and all(d["skipped"] for d in far), before
    for index in range(len(before)):
        page.locator(".chart-image svg.chart-narrow").nth(index).scroll_into_view_if_needed()
        page.wait_for_timeout(20)
    # The browser draws what comes into view at its next frame: a busy machine may take a while. (Not
    # the last three: a drawing two screens above the last one is off screen again, and skipped.)
    in_view = f"({DRAWINGS})().filter((d) => d.top < {NARROW['height']} && d.top + d.height > 0)"
    page.wait_for_function(f"{in_view}.every((d) => !d.skipped)", timeout=10_000)
    shown = page.evaluate(in_view)
    assert shown and not any(d["skipped"] for d in shown), "the drawings in view are drawn"
    after = page.evaluate(DRAWINGS)
    assert [round(d["height"], 1) for d in after] == [round(d["height"], 1) for d in before]
    assert all(d["height"] > 100 for d in after)
    assert page.evaluate("document.documentElement.scrollHeight") == page_height


def test_skipped_drawings_leave_the_accessibility_tree_as_it_is(open_page: Any) -> None:
    page = open_page(LIVE, viewport=NARROW, bypass_csp=True).page
    skipped = page.locator("main").aria_snapshot()
    assert skipped.count('img "Graf: ') == 13  # each chart's text alternative
    page.add_style_tag(content=".chart-image svg { content-visibility: visible !important; }")
    assert page.locator("main").aria_snapshot() == skipped
