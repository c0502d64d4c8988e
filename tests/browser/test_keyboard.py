"""Every page of the example site with the keyboard alone (Chromium, JavaScript on).

Tab is pressed until focus leaves the page or comes back to where it began (at most ``MAX_TABS``),
recording each focused element. Every visible link, button, summary and element with a tabindex of 0
or more must be reached, in the order of the page; the first Tab lands on the skip link, whose Enter
moves focus to ``main#indhold``; and every element that takes focus shows it (an outline or a box
shadow while focused). Hidden elements (display: none, visibility: hidden, no size, inside a closed
<details> other than its <summary>) are not expected, and must not take focus either: focus there is
invisible. Each test runs once per page (the test id is the page's path).
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.site]

MAX_TABS = 400
SKIP_LINK_TEXT = "Gå til indhold"
MAIN_ID = "indhold"

# Helpers kept on window.__keyboard: which elements should take focus, and how to describe one.
INSTALL = """
() => {
  const selector = [
    "a[href]", "area[href]", "button", "input:not([type=hidden])", "select", "textarea", "summary", "iframe",
    "audio[controls]", "video[controls]", "[contenteditable]:not([contenteditable=false])", "[tabindex]",
  ].join(",");
  const isSummaryOf = (el, details) => el.tagName === "SUMMARY" && details.querySelector(":scope > summary") === el;
  const hidden = (el) => {
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility !== "visible" || el.getClientRects().length === 0) return true;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return true;
    for (let child = el; child.parentElement; child = child.parentElement) {
      const parent = child.parentElement;
      if (parent.tagName === "DETAILS" && !parent.open && !isSummaryOf(child, parent)) return true;
      if (getComputedStyle(parent).display === "none") return true;
    }
    return false;
  };
  const focusable = (el) => {
    if (el.matches(":disabled") || el.closest("[inert]")) return false;
    const tabindex = el.getAttribute("tabindex");
    if (tabindex !== null && tabindex.trim() !== "" && Number.parseInt(tabindex, 10) < 0) return false;
    if (el.tagName === "SUMMARY" && !(el.parentElement?.tagName === "DETAILS" && isSummaryOf(el, el.parentElement))) {
      return tabindex !== null;
    }
    if (el.tagName === "A" && el.namespaceURI !== "http://www.w3.org/1999/xhtml") return tabindex !== null;
    return true;
  };
  const describe = (el) => {
    if (!el || el === document.body) return {name: "the page itself (body)", tag: el ? "body" : null};
    const tag = el.tagName.toLowerCase();
    const label = el.getAttribute("aria-label") || el.textContent || el.getAttribute("title") || "";
    const text = label.replace(/\\s+/g, " ").trim();
    const href = el.getAttribute("href");
    const near = el.parentElement?.closest("[id]:not(main)");
    const box = el.getBoundingClientRect();
    const short = text.length > 60 ? text.slice(0, 57) + "…" : text;
    const name = tag + (el.id ? "#" + el.id : "") + (short ? ` "${short}"` : "")
      + (href !== null ? ` href=${href}` : "") + (near ? ` (in #${near.id})` : "");
    return {
      name, tag, text, href, id: el.id,
      box: {x: Math.round(box.x + scrollX), y: Math.round(box.y + scrollY), width: Math.round(box.width),
            height: Math.round(box.height)},
    };
  };
  window.__keyboard = {hidden, describe, expected: [...document.querySelectorAll(selector)].filter(
    (el) => focusable(el) && !hidden(el))};
  return window.__keyboard.expected.map(describe);
}
"""

# After a Tab: the focused element, where it stands among the expected ones, and how its focus shows.
FOCUSED = """
() => {
  const kb = window.__keyboard;
  const el = document.activeElement;
  const page = !el || el === document.body || el === document.documentElement;
  if (page) return {page: true, name: "the page itself (focus left the controls)"};
  kb.seen = kb.seen || [];
  const repeat = kb.seen.indexOf(el);
  if (repeat < 0) kb.seen.push(el);
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
  return {
    ...kb.describe(el), page: false, index: kb.expected.indexOf(el), repeat, hidden: kb.hidden(el),
    focusShown: outline || style.boxShadow !== "none",
    style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
  };
}
"""

_walks: dict[str, dict[str, Any]] = {}


def _open_ready(open_page: Any, page_path: str) -> Any:
    """The page with JavaScript on (its charts are static SVG: nothing to wait for)."""
    visit = open_page(page_path)
    assert visit.status == 200, f"{page_path}: HTTP {visit.status}"
    return visit


@pytest.fixture
def tab_walk(open_page: Any, page_path: str) -> dict[str, Any]:
    """``{"expected": [...], "stops": [...], "end": str}`` for the page, walked once per session."""
    if page_path not in _walks:
        page = _open_ready(open_page, page_path).page
        expected = page.evaluate(INSTALL)
        stops: list[dict[str, Any]] = []
        end = f"stopped after {MAX_TABS} presses of Tab"
        for _ in range(MAX_TABS):
            page.keyboard.press("Tab")
            stop = page.evaluate(FOCUSED)
            if stop["page"]:
                end = "focus left the page's controls"
                break
            if stop["repeat"] >= 0:
                first = stop["repeat"] == 0
                end = "focus came back to the first stop" if first else f"focus came back to {stop['name']}"
                break
            stops.append(stop)
        _walks[page_path] = {"expected": expected, "stops": stops, "end": end}
    return _walks[page_path]


def _longest_increasing(indices: list[int]) -> set[int]:
    """The positions in ``indices`` of one longest increasing run (not necessarily adjacent)."""
    best: list[int] = [1] * len(indices)
    before: list[int] = [-1] * len(indices)
    for i, value in enumerate(indices):
        for j in range(i):
            if indices[j] < value and best[j] + 1 > best[i]:
                best[i], before[i] = best[j] + 1, j
    keep: set[int] = set()
    i = max(range(len(indices)), key=best.__getitem__, default=-1)
    while i >= 0:
        keep.add(i)
        i = before[i]
    return keep


def test_tab_reaches_every_control_in_page_order(tab_walk: dict[str, Any], page_path: str) -> None:
    expected, stops = tab_walk["expected"], tab_walk["stops"]
    reached = [stop["index"] for stop in stops if stop["index"] >= 0]
    reached_set = set(reached)
    missed = [item["name"] for i, item in enumerate(expected) if i not in reached_set]
    keep = _longest_increasing(reached)
    out_of_order = [
        f"{expected[index]['name']} (number {index + 1} in the page, reached as Tab stop {position + 1})"
        for position, index in enumerate(reached)
        if position not in keep
    ]
    problems = [f"never reached by Tab ({tab_walk['end']}): {name}" for name in missed]
    problems += [f"reached out of page order: {line}" for line in out_of_order]
    assert expected, f"{page_path}: no link, button or summary found on the page"
    assert not problems, (
        f"{page_path}: {len(expected)} controls expected, {len(reached_set)} reached in {len(stops)} Tab stops:\n  "
        + "\n  ".join(problems)
    )


def test_first_tab_is_the_skip_link_and_enter_moves_focus_to_main(open_page: Any, page_path: str) -> None:
    from playwright.sync_api import Error  # noqa: PLC0415 - only the browser tests need it

    page = _open_ready(open_page, page_path).page
    page.evaluate(INSTALL)
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert not first["page"] and first["text"] == SKIP_LINK_TEXT and first["href"] == f"#{MAIN_ID}", (
        f"{page_path}: the first Tab lands on {first['name']}, not on the skip link "
        f'a "{SKIP_LINK_TEXT}" href=#{MAIN_ID}'
    )
    on_screen = page.evaluate(
        """() => { const box = document.activeElement.getBoundingClientRect();
        return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth; }"""
    )
    assert on_screen, f"{page_path}: the focused skip link is not on screen: {first['box']}"
    page.keyboard.press("Enter")
    with contextlib.suppress(Error):  # the assertion below names where focus went instead
        page.wait_for_function(f"document.activeElement && document.activeElement.id === {MAIN_ID!r}", timeout=2_000)
    now = page.evaluate("() => window.__keyboard.describe(document.activeElement)")
    assert now["tag"] == "main" and now["id"] == MAIN_ID, (
        f"{page_path}: Enter on the skip link leaves focus on {now['name']}, not on main#{MAIN_ID}"
    )


def test_every_focused_element_shows_its_focus(tab_walk: dict[str, Any], page_path: str) -> None:
    stops = tab_walk["stops"]
    unseen = [
        f"no outline or box-shadow while focused: {s['name']} ({s['style']})" for s in stops if not s["focusShown"]
    ]
    hidden = [f"takes focus while hidden: {s['name']} (box {s['box']})" for s in stops if s["hidden"]]
    problems = unseen + hidden
    assert stops, f"{page_path}: Tab never focused anything ({tab_walk['end']})"
    assert not problems, f"{page_path}: of {len(stops)} Tab stops:\n  " + "\n  ".join(problems)
