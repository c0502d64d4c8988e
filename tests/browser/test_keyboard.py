"""Every page of the example site with the keyboard alone (Chromium, JavaScript on).

Tab is pressed until focus leaves the page or comes back to where it began (at most ``MAX_TABS``),
recording each focused element: a listener in the page notes each element as focus reaches it
(``focusin``) and when focus leaves the page's controls, and the log is read after every ``BATCH``
presses (one round trip to the browser per press, not two). Every visible link, button, summary and
element with a tabindex of 0 or more must be reached, in the order of the page; the first Tab lands
on the skip link, which is on screen, and Enter on it (tried once the walk is over, in the same
visit) moves focus to ``main#indhold``; and every element that takes focus shows it (an outline or
a box shadow while focused). Hidden elements (display: none, visibility: hidden, no size, inside a
closed <details> other than its <summary>) are not expected, and must not take focus either: focus
there is invisible. Each test runs once per page (the test id is the page's path).
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.site]

MAX_TABS = 400
BATCH = 8  # Tab presses between two readings of the page's focus log
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

# The focus log: each element focus reaches (described at that moment by ``__keyboard.focused``) and
# an entry when focus leaves the page's controls (to the page itself or out of the document).
LOG_FOCUS = """
() => {
  const kb = window.__keyboard;
  kb.log = [];
  kb.read = 0;
  document.addEventListener("focusin", () => kb.log.push(kb.focused()));
  document.addEventListener("focusout", (event) => {
    if (event.relatedTarget === null) kb.log.push({page: true, name: "the page itself (focus left the controls)"});
  });
}
"""

# What the log holds since it was last read.
READ_LOG = """
() => { const kb = window.__keyboard; const fresh = kb.log.slice(kb.read); kb.read = kb.log.length; return fresh; }
"""

# ``__keyboard.focused()``: the focused element, where it stands among the expected ones, how its
# focus shows and whether it is on screen.
FOCUSED_HELPER = """
() => { window.__keyboard.focused = () => {
  const kb = window.__keyboard;
  const el = document.activeElement;
  const page = !el || el === document.body || el === document.documentElement;
  if (page) return {page: true, name: "the page itself (focus left the controls)"};
  kb.seen = kb.seen || [];
  const repeat = kb.seen.indexOf(el);
  if (repeat < 0) kb.seen.push(el);
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
  const rect = el.getBoundingClientRect();
  return {
    ...kb.describe(el), page: false, index: kb.expected.indexOf(el), repeat, hidden: kb.hidden(el),
    focusShown: outline || style.boxShadow !== "none",
    style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    onScreen: rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
  };
}; }
"""

_walks: dict[str, dict[str, Any]] = {}


def _open_ready(open_page: Any, page_path: str) -> Any:
    """The page with JavaScript on (its charts are static SVG: nothing to wait for)."""
    visit = open_page(page_path)
    assert visit.status == 200, f"{page_path}: HTTP {visit.status}"
    return visit


@pytest.fixture
def tab_walk(open_page: Any, page_path: str) -> dict[str, Any]:
    """``{"expected": [...], "stops": [...], "end": str, "enter": {...}}`` for the page, walked once
    per session: Tab is pressed ``BATCH`` times between readings of the focus log, and the stops
    after the walk's end are not looked at. ``enter``: where focus is after Enter on the first stop
    (focused again once the walk is over)."""
    if page_path not in _walks:
        page = _open_ready(open_page, page_path).page
        expected = page.evaluate(INSTALL)
        page.evaluate(FOCUSED_HELPER)
        page.evaluate(LOG_FOCUS)
        stops: list[dict[str, Any]] = []
        end = f"stopped after {MAX_TABS} presses of Tab"
        presses = 0
        while presses < MAX_TABS and end.startswith("stopped"):
            for _ in range(min(BATCH, MAX_TABS - presses)):
                page.keyboard.press("Tab")
            presses += BATCH
            for stop in page.evaluate(READ_LOG):
                if stop["page"]:
                    end = "focus left the page's controls"
                elif stop["repeat"] >= 0:
                    first = stop["repeat"] == 0
                    end = "focus came back to the first stop" if first else f"focus came back to {stop['name']}"
                else:
                    stops.append(stop)
                    continue
                break
        _walks[page_path] = {"expected": expected, "stops": stops, "end": end, "enter": _enter_on_first(page)}
    return _walks[page_path]


def _enter_on_first(page: Any) -> dict[str, Any]:
    """Focus the walk's first stop again, press Enter, and describe where focus is then."""
    from playwright.sync_api import Error  # noqa: PLC0415 - only the browser tests need it

    if not page.evaluate("() => { const first = window.__keyboard.seen?.[0]; first?.focus(); return !!first; }"):
        return {"name": "nothing (Tab focused nothing)", "tag": None, "id": ""}
    page.keyboard.press("Enter")
    with contextlib.suppress(Error):  # the assertion names where focus went instead
        page.wait_for_function(f"document.activeElement && document.activeElement.id === {MAIN_ID!r}", timeout=2_000)
    return page.evaluate("() => window.__keyboard.describe(document.activeElement)")


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


def test_first_tab_is_the_skip_link_and_enter_moves_focus_to_main(tab_walk: dict[str, Any], page_path: str) -> None:
    stops = tab_walk["stops"]
    assert stops, f"{page_path}: Tab never focused anything ({tab_walk['end']})"
    first = stops[0]
    assert first["text"] == SKIP_LINK_TEXT and first["href"] == f"#{MAIN_ID}", (
        f"{page_path}: the first Tab lands on {first['name']}, not on the skip link "
        f'a "{SKIP_LINK_TEXT}" href=#{MAIN_ID}'
    )
    assert first["onScreen"], f"{page_path}: the focused skip link is not on screen: {first['box']}"
    now = tab_walk["enter"]
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
