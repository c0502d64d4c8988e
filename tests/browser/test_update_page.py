"""The preview's page »Opdater tallene« in a browser, on a phone: axe-core finds nothing, every
part is reachable with the keyboard, and nothing is wider than the screen.

The page is rendered with the example site's settings and the theme (``adapter.update.render``)
from the report of a build that went through, every section filled (a file, an unused file, a
warning, a data file in git, changed figures, a new and a gone page, the newest figures), into a
folder beside the session's example site (its styles and fonts linked, the shared site itself
untouched), so no site is built for it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from browser_tools import served
from public_results.adapter.settings_file import pelican_settings
from public_results.adapter.update import render
from public_results.danish import words
from public_results.errors import Problem
from public_results.figures.overview import Changed
from public_results.settings import read_settings
from public_results.site.update_page import UPDATE_PAGE, ChangedFigure, DataFile, update_report
from support import ROOT

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 800}


def filled_page(folder: Path) -> None:
    """The update page with every section filled, in ``folder/opdater/index.html``."""
    raw = pelican_settings(ROOT / "pelicanconf.py", {"RESULTS_PREVIEW": True})
    warning = Problem(
        file="content/articles/status.md", line=5, what="»flertal« står ved 48 %", fix="Skriv fx »knap halvdelen«."
    )
    report = update_report(
        [DataFile("forloeb.csv", "forløb", words.UPDATE_OUTCOME, "nyeste række 31. januar 2024", "2.452 rækker")],
        ["forloeb_januar_endelig_version_fra_fagsystemet.csv"],
        [],  # a build with errors has no figures to compare: its page lists them as it lists warnings
        [warning],
        (
            ChangedFigure(
                "tal-og-resultater.html", "nøgletal: forløb.aktive",
                "225 af de 1.012, der har været i forløb siden start",
                "231 af de 1.018, der har været i forløb siden start",
            ),
            ChangedFigure("articles/2022-02-haab-om-forandring.md", "forløb.alle", "1.012", "1.018"),
        ),
        compared=True,
        now=dt.datetime(2024, 2, 3, 9, 30),
        notices=[words.REAL_DATA_IN_GIT.format(file="data/forloeb.csv", dataset="forløb")],
        pages=(("briefinger/2024-01-31.html",), ("pages/gammel.md",)),
        newest=(Changed("forløb, 31. december 2023 → 31. januar 2024", ("forløb.aktive 225 → 231",)),),
    )  # fmt: skip
    page = folder / UPDATE_PAGE
    page.parent.mkdir(parents=True)
    page.write_text(render(raw, read_settings(raw), report), encoding="utf-8")


def test_the_update_page_passes_axe_and_is_reachable_with_the_keyboard_on_a_phone(
    browser: Any, axe_in_page: Any, example_site: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "preview"
    folder.mkdir()
    for entry in example_site.iterdir():  # the site's styles, fonts and logo, shared read-only
        (folder / entry.name).symlink_to(entry)
    filled_page(folder)
    with served(folder, "update-page-server") as url:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)
        try:
            page = context.new_page()
            response = page.goto(url + UPDATE_PAGE, wait_until="load")
            assert response is not None and response.status == 200
            assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith('"Atkinson')  # styled
            assert axe_in_page(page) == []
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            assert page.locator("table caption").inner_text().startswith("Tal, der ændres, når du udgiver")
            assert "»data/forloeb.csv« ligger i git" in page.locator("#indhold").inner_text()
            reached = []
            for _ in range(12):
                page.keyboard.press("Tab")
                reached.append(page.evaluate(
                    "(() => { const e = document.activeElement;"
                    " return (e.getAttribute('aria-labelledby') || e.textContent).trim().slice(0, 40); })()"
                ))  # fmt: skip
        finally:
            context.close()
    assert reached[0] == "Gå til indhold"
    assert "Opdater tallene (kun forhåndsvisning)" in reached
    assert "aendres-titel" in reached  # the table of changed figures scrolls with the keyboard
    assert reached.index("aendres-titel") > reached.index("Opdater tallene (kun forhåndsvisning)")
