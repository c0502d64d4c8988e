"""QualWeb finds no failure on any page of the example site (ACT rules and WCAG techniques, A and AA).

QualWeb is the checker of the Danish accessibility monitoring (webtilgængelighed); it flags some
things axe does not (an empty ``<form>``, ``tabindex="0"`` inside a closed ``<details>``). One node
process (``scripts/qualweb.mjs``, npm ``@qualweb/core`` with ``@qualweb/act-rules`` and
``@qualweb/wcag-techniques``) evaluates every page in one Debian Chromium. A canary page with known
failures goes into the same call, so a checker that reports nothing cannot pass unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser_tools import run_node_script, served
from support import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.site]

QUALWEB = ROOT / "node_modules" / "@qualweb" / "core"
SCRIPT = ROOT / "scripts" / "qualweb.mjs"
TIMEOUT_S = 600

# An image without a name (QW-ACT-R17), an empty form (QW-WCAG-T19, as Vega once added) and a
# focusable box inside a closed <details> (QW-WCAG-T24); an image from another host is recorded.
CANARY = """<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Kanariefugl</title></head>
<body><main><h1>Kanariefugl</h1>
<img src="mangler.png">
<form class="tom"></form>
<details><summary>Mere</summary><div class="table-scroll" tabindex="0">Tabel</div></details>
<img src="https://example.org/fremmed.png" alt="Et billede fra et andet sted">
</main></body></html>
"""
CANARY_RULES = {"QW-ACT-R17", "QW-WCAG-T19", "QW-WCAG-T24"}


@pytest.fixture
def canary_url(tmp_path: Path) -> Iterator[str]:
    """The canary page, served on 127.0.0.1 from a folder of its own."""
    (tmp_path / "canary.html").write_text(CANARY, encoding="utf-8")
    with served(tmp_path, "qualweb-canary") as base:
        yield base + "canary.html"


def run_qualweb(urls: list[str]) -> dict[str, Any]:
    """``scripts/qualweb.mjs`` over the URLs: its JSON (pages, failures, errors, foreign requests)."""
    return run_node_script("QualWeb", QUALWEB, SCRIPT, urls, TIMEOUT_S)


def describe(failure: dict[str, Any], base: str) -> str:
    """One failure in a line: rule (its ACT rule or WCAG technique, success criteria), page, element."""
    page = failure["page"].removeprefix(base)
    criteria = ", ".join(failure["criteria"])
    return (
        f"{failure['rule']} ({failure['mapping']}; {criteria}) {failure['name']}: {page}: {failure['selector']}"
        f" — {failure['html'][:160]} — {failure['description']}"
    )


def test_qualweb_finds_no_failure_on_any_page(site_url: str, listed_pages: list[str], canary_url: str) -> None:
    urls = [site_url + path for path in listed_pages]
    result = run_qualweb([*urls, canary_url])

    assert not result["errors"], f"QualWeb could not evaluate: {result['errors']}"
    canary_rules = {f["rule"] for f in result["failures"] if f["page"] == canary_url}
    assert canary_rules >= CANARY_RULES, f"the canary's known failures were not all found: {sorted(canary_rules)}"
    assert [r["page"] for r in result["foreign"]] == [canary_url], f"requests to other hosts: {result['foreign']}"

    failures = [describe(f, site_url) for f in result["failures"] if f["page"] != canary_url]
    assert not failures, f"{len(failures)} QualWeb failures:\n" + "\n".join(failures)
