"""Lighthouse Accessibility, Best Practices and SEO are 100 on one page of each type of the example site.

These three categories do not depend on the machine's speed (Performance does: it is in ``make audit``,
not here). One node process (``scripts/lighthouse.mjs``, npm ``lighthouse`` 12.2.x) runs Lighthouse once
per page in one Debian Chromium, with mobile emulation; a failure names the page, the audit and the
elements it found.
"""

from __future__ import annotations

from typing import Any

import pytest

from browser_tools import run_node_script
from support import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.site]

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse"
SCRIPT = ROOT / "scripts" / "lighthouse.mjs"
CATEGORIES = ["accessibility", "best-practices", "seo"]
TIMEOUT_S = 600
# One page of each type (as `make audit`); the briefing is the newest.
PAGE_TYPES = [
    "index.html",
    "2022-02-haab-om-forandring.html",
    "tal-og-resultater.html",
    "pages/om-tallene.html",
    "archives.html",
    "404.html",
    "soeg/index.html",
]


def pages_of_each_type(listed: list[str]) -> list[str]:
    briefings = sorted(p for p in listed if p.startswith("briefinger/2"))
    return [*PAGE_TYPES, briefings[-1]]


def run_lighthouse(urls: list[str]) -> dict[str, Any]:
    """``scripts/lighthouse.mjs`` over the URLs, one run each, the three categories only."""
    arguments = ["--quick", "--categories", ",".join(CATEGORIES), *urls]
    return run_node_script("Lighthouse", LIGHTHOUSE, SCRIPT, arguments, TIMEOUT_S)


def test_lighthouse_accessibility_best_practices_and_seo_are_100(site_url: str, listed_pages: list[str]) -> None:
    pages = pages_of_each_type(listed_pages)
    assert set(pages) <= set(listed_pages), set(pages) - set(listed_pages)
    result = run_lighthouse([site_url + path for path in pages])

    assert [r["url"].removeprefix(site_url) for r in result["runs"]] == pages
    problems = []
    for run in result["runs"]:
        page = run["url"].removeprefix(site_url)
        assert run["error"] is None, f"{page}: {run['error']}"
        assert sorted(run["scores"]) == sorted(CATEGORIES), run["scores"]
        problems += [f"{page}: {category} {score}" for category, score in run["scores"].items() if score != 100]
        for audit in run["failing"]:
            elements = "".join(f"\n      {item}" for item in audit["items"])
            problems.append(f"  {page}: {audit['category']}: {audit['audit']} ({audit['title']}){elements}")
    assert not problems, "Lighthouse below 100:\n" + "\n".join(problems)
