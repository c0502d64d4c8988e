"""A label that holds markup reaches the browser as text: nothing runs, in any chart form."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from support import cache_beside, write_site

pytestmark = [pytest.mark.browser, pytest.mark.site]

POISON = "</script><img src=x onerror=alert(1)>"
ARTICLE = """Title: Forgiftet
Date: 2022-02-20

{{ graf: forløb.aktive_fordeling }}

{{ graf: forløb.aktive_fordeling.ikoner }}

{{ graf: forløb.aktive_fordeling.udvikling }}
"""


# The middle of a mark whose value starts with the poisoned label, where that mark lies on top.
POISONED_MARK = """
(poison) => {
  for (const mark of document.querySelectorAll("figure.chart .chart-image svg [aria-label]")) {
    if (!mark.getAttribute("aria-label").startsWith(poison)) continue;
    const box = mark.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    mark.scrollIntoView({block: "center"});
    const moved = mark.getBoundingClientRect();
    const x = moved.left + moved.width / 2, y = moved.top + moved.height / 2;
    if (document.elementFromPoint(x, y)?.closest("[aria-label]") === mark) {
      return {x, y, label: mark.getAttribute("aria-label")};
    }
  }
  return null;
}
"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def poisoned_url(tmp_path_factory: pytest.TempPathFactory, render_cache):
    from public_results.adapter.run import build_site  # noqa: PLC0415

    folder = tmp_path_factory.mktemp("poisoned")
    cache = cache_beside(render_cache, folder / "render-cache")  # its data is its own
    settings = write_site(folder / "site", {"forgiftet.md": ARTICLE}, render_cache=cache)
    descriptor = settings.parent / "data" / "datasets.yaml"
    text = descriptor.read_text(encoding="utf-8")
    text = text.replace("label: Praktik\n", f'label: "{POISON}"\n', 1)
    descriptor.write_text(text, encoding="utf-8")
    output = folder / "output"
    build_site(settings, output)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(output)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/forgiftet.html"
    server.shutdown()
    server.server_close()


def test_a_poisoned_label_runs_nothing_and_is_shown_as_text(browser: Any, poisoned_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(poisoned_url, wait_until="load")
    page.wait_for_load_state("networkidle")
    marks = page.locator("figure.chart .chart-image svg [aria-label]")
    tips = [marks.nth(i).get_attribute("aria-label") for i in range(marks.count())]
    assert any(tip.startswith(POISON) for tip in tips)  # the tooltip's text holds the label as it is
    spot = page.evaluate(POISONED_MARK, POISON)
    assert spot, "no poisoned mark with a size lies on top at its middle"
    page.wait_for_timeout(100)  # the scroll's event (which hides a tooltip) comes first
    page.mouse.move(spot["x"], spot["y"])
    tip = page.locator(".chart-tip")
    assert tip.text_content() == spot["label"] and tip.locator("*").count() == 0  # text, never markup
    assert dialogs == [] and errors == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    headers = page.locator("figure.chart th[scope=row]").all_text_contents()
    assert POISON in headers  # shown as the text it is
    context.close()
