"""Embeddable charts in a real browser: an embed page inside an iframe on a page of another site (the
same test server's address on another port is another origin) shows its chart and passes axe; an
ordinary page refuses to be framed. The test server sends the headers of the site's ``_headers``.

Cheap on purpose: one host page with one frame per chart form, opened once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_tools import served

pytestmark = [pytest.mark.browser, pytest.mark.site]

EMBED_FOLDER = "indlejr"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]  # as conftest.py's axe_violations
RUN_AXE = """
async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map((v) => ({id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" "))}));
}
"""
ARTICLE = "2022-02-haab-om-forandring.html"


def iframe_codes(site: Path, page: str) -> list[str]:
    """The iframe codes a page offers under its charts, as a reader copies them."""
    markup = (site / page).read_text(encoding="utf-8")
    return [html.unescape(code) for code in re.findall(r'<code id="[^"]+-indlejr">(.*?)</code>', markup)]


def one_per_form(site: Path, page: str) -> dict[str, str]:
    """The first iframe code on ``page`` of each chart form (bars, icons, lines, answer scale), by the
    embed page's address."""
    chosen: dict[str, tuple[str, str]] = {}
    for code in iframe_codes(site, page):
        path = re.search(r'src="/([^"]+)"', code)[1]
        form = re.search(r'<main class="embed embed-([^"]+)">', (site / path).read_text(encoding="utf-8"))[1]
        chosen.setdefault(form, (path, code))
    return dict(chosen.values())


@pytest.fixture(scope="module")
def host_page(site: Path, site_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """A page of »another site« framing, with the site's own iframe code, one embed of each chart form
    and, last, an ordinary page (the article); its address and the framed paths."""
    folder = tmp_path_factory.mktemp("embed-host")
    codes = one_per_form(site, "tal-og-resultater.html")
    frames = [code.replace('src="/', f'src="{site_url}') for code in codes.values()]
    frames.append(f'<iframe src="{site_url}{ARTICLE}" title="Artiklen" width="600" height="400"></iframe>')
    body = "\n".join(f"<p>Ramme {i}</p>\n{frame}" for i, frame in enumerate(frames))
    head = '<!doctype html>\n<html lang="da"><head><meta charset="utf-8"><title>Avis</title></head>'
    (folder / "index.html").write_text(f"{head}<body>\n{body}\n</body></html>\n", encoding="utf-8")
    with served(folder, "embed-host-server") as url:
        yield url + "index.html", [*codes, ARTICLE]


def test_every_chart_on_the_live_page_offers_an_embed_of_each_form(site: Path):
    markup = (site / "tal-og-resultater.html").read_text(encoding="utf-8")
    assert len(iframe_codes(site, "tal-og-resultater.html")) == markup.count('<figure class="chart ') > 0
    assert len(one_per_form(site, "tal-og-resultater.html")) == 4  # bars, icons, lines, answer scale


def test_an_embed_page_renders_its_chart_in_another_sites_frame_and_passes_axe(
    browser: Any, host_page: tuple[str, list[str]], site_url: str, axe_source: str
) -> None:
    url, paths = host_page
    context = browser.new_context(viewport={"width": 360, "height": 800})
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        frames = {frame.url.removeprefix(site_url): frame for frame in page.frames if frame.url.startswith(site_url)}
        problems = []
        for path in paths[:-1]:
            page.locator(f'iframe[src="{site_url}{path}"]').scroll_into_view_if_needed()
            frame = page.frame(url=site_url + path)
            assert frame is not None, f"{path} was not framed (found {sorted(frames)})"
            frame.wait_for_load_state("load")
            svg = frame.locator(".embed-chart svg.chart-narrow")  # 360 px: the phone's drawing
            box = svg.bounding_box()
            assert box and box["width"] > 200 and box["height"] > 80, f"{path}: the chart is not shown ({box})"
            assert frame.locator(".embed-chart svg.chart-wide").is_hidden()
            frame.evaluate(axe_source)  # through the browser's debugger: the page's CSP does not apply
            violations = frame.evaluate(RUN_AXE, WCAG_TAGS)
            problems += [f"{path}: {v['id']}: {v['help']} — {t}" for v in violations for t in v["targets"]]
        assert not problems, "\n".join(problems)
    finally:
        context.close()


def test_an_ordinary_page_refuses_to_be_framed(browser: Any, host_page: tuple[str, list[str]], site_url: str) -> None:
    url, paths = host_page
    context = browser.new_context()
    try:
        page = context.new_page()
        refused: list[str] = []
        page.on("console", lambda message: refused.append(message.text) if "frame-ancestors" in message.text else None)
        page.goto(url, wait_until="load")
        page.locator(f'iframe[src="{site_url}{paths[-1]}"]').scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        article = page.frame(url=site_url + paths[-1])
        assert article is None or article.locator("h1").count() == 0, "the article was shown inside another site"
        assert any(site_url.rstrip("/") in text and "frame-ancestors 'none'" in text for text in refused), refused
        embed = page.frame(url=site_url + paths[0])
        assert embed is not None and embed.locator("h1.embed-title").count() == 1  # the same host frames an embed
    finally:
        context.close()


def test_the_code_opens_and_is_selected_whole_by_three_clicks_without_javascript(open_page: Any) -> None:
    visit = open_page(ARTICLE, javascript=False, viewport={"width": 360, "height": 800})
    disclosure = visit.page.locator("details.chart-embed").first
    code = disclosure.locator("code")
    assert code.is_hidden()  # closed until asked for
    disclosure.locator("summary").click()
    code.click(click_count=3)
    selected = visit.page.evaluate("getSelection().toString()")
    assert selected.strip() == code.inner_text() and selected.startswith('<iframe src="/indlejr/')
    box = disclosure.locator("pre").bounding_box()
    assert box and box["x"] + box["width"] <= 360  # wrapped in the column: nothing to scroll sideways
