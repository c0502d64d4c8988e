"""Finishing a build: draw every chart and card at once, and write what stands beside the pages.

Called by the adapter: ``draw_and_place`` once every page is read and before anything is
written (the drawings go into the pages, the downloads and cards into the output), and
``write_pdfs`` and ``write_site_files`` after Pelican has written the pages.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..charts.downloads import THEME_SCRIPT, write_chart_script, write_downloads
from ..charts.drawing import PNG_SCALE, Job, draw_all, place_file, with_titles
from ..charts.social_cards import CardText
from ..danish import words
from ..errors import BuildFailed, PdfUnavailable
from ..pages.blocks import SVG_MARKER
from .build import Build
from .pdf import write_pdf
from .site_files import (
    STATEMENT_PATH,
    htaccess,
    netlify_headers,
    netlify_redirects,
    robots,
    sitemap,
    statement_redirect_page,
)


def draw_and_place(build: Build, output: Path, cache: Path) -> None:
    """Draw the site's charts and social cards (cached, in parallel), put each chart's SVG into
    its pages, and write the cards, the charts' downloads and the chart script."""
    assert build.settings is not None
    settings = build.settings
    build.progress.stage(words.STAGE_CHARTS)
    specs: dict[str, Job] = {
        key: (view.spec, with_titles(view.spec, view.title, view.subtitle, view.source), PNG_SCALE)
        for key, view in build.charts.items()
    }
    cards = {key: CardText.from_json(text) for key, text in build.cards.values()}  # a PNG of 1200 × 630 each
    drawings, build.drawing_stats = draw_all(
        specs, cache, settings.font_path, settings.chart_workers, build.progress.step, cards, settings.chart_font
    )
    for folder in {(output / name).parent for name in build.cards}:
        folder.mkdir(parents=True, exist_ok=True)
    for name, (key, _) in build.cards.items():
        place_file(drawings[key].png_file, output / name)
    inline = functools.cache(lambda key: drawings[key].inline_svg())  # a chart on many pages: read once
    for instance in build.chart_pages:
        put_drawings(instance, lambda text: SVG_MARKER.sub(lambda m: inline(m.group(1)), text))
    if build.charts:
        write_downloads(output / settings.downloads_path, build.charts, drawings)
        write_chart_script(output / THEME_SCRIPT, cache)
    build.progress.stage(words.STAGE_WRITING)


def put_drawings(instance: Any, with_drawings: Callable[[str], str]) -> None:
    """Put the charts' SVG into a page, where its markers stand.

    A Pelican page gets them after Pelican has made its intra-site links (``{filename}…``)
    into addresses, as it does whenever the page's content is asked for: that pattern is slow
    over the SVG's many tags, and the SVG holds no such link. Our own pages have none either."""
    if not hasattr(instance, "_update_content"):  # not Pelican's: the SVG goes straight in
        instance._content = with_drawings(instance._content)
        return
    linked = instance.get_content  # Pelican's, memoised per address of the site
    instance.get_content = functools.cache(lambda siteurl: with_drawings(linked(siteurl)))


def write_pdfs(build: Build, output: Path, cache: Path, site_url: str) -> None:
    """An accessible PDF of each briefing, from its written page (cached)."""
    build.progress.stage(words.STAGE_PDF)
    pages = [page for page in build.generated if page.pdf]
    for done, page in enumerate(pages, 1):
        build.progress.step(done, len(pages))
        html_file = output / page.save_as
        try:
            write_pdf(html_file, html_file.with_name(page.pdf), output, cache, site_url)
        except PdfUnavailable as error:
            raise BuildFailed(error.problems) from None


def write_site_files(output: Path, settings: dict[str, Any]) -> None:
    """Headers for static hosts, the /was redirect, robots.txt and (with an absolute SITEURL) sitemap.xml."""
    statement = str(settings.get("ACCESSIBILITY_STATEMENT_URL") or "")
    site_url = str(settings.get("SITEURL") or "")
    files = {"_headers": netlify_headers(), ".htaccess": htaccess(statement), "robots.txt": robots(site_url)}
    if statement:
        files["_redirects"] = netlify_redirects(statement)
        files[f"{STATEMENT_PATH}/index.html"] = statement_redirect_page(statement, str(settings.get("SITENAME", "")))
    if site_url.startswith("http"):
        forwarding = {"404.html", f"{STATEMENT_PATH}/index.html"}
        pages = [p.relative_to(output).as_posix() for p in output.rglob("*.html")]
        files["sitemap.xml"] = sitemap(site_url, [p for p in pages if p not in forwarding])
    for name, text in files.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_text(text, encoding="utf-8")
