"""Browser tests: the example site built once, served on 127.0.0.1, opened in Debian's Chromium.

Playwright drives ``/usr/bin/chromium`` (``make test`` installs it with apt-get; Playwright's own
browser download cannot be fetched here). axe-core and the Nu Html Checker (``vnu-jar``, run with the
system's Java) come from npm (``node_modules/``, ``npm ci``). Nothing leaves the machine: every request
to another host is aborted and recorded.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from browser_tools import CHROMIUM, HOST, served
from support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SETUP_HINT = "run `make test` once: it installs Debian chromium and Java (apt-get) and axe-core and vnu-jar (npm ci)"

CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Runs in every page before the page's own scripts (Playwright injects it outside the page's CSP).
RECORD_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push({
    violatedDirective: event.violatedDirective,
    blockedURI: event.blockedURI,
    sourceFile: event.sourceFile,
    lineNumber: event.lineNumber,
  });
});
"""

RUN_AXE = """
async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(" ")),
  }));
}
"""


# Pages that only forward to another site (the /was redirect to the accessibility statement): a
# browser would leave the test server at once. vnu, the link check and the title check read them.
FORWARDING_PAGES = {"was/index.html"}


def content_pages() -> list[str]:
    """The HTML pages the example site should have: its direct templates and one per content file.

    Listed from ``content/`` at collection time, so that every page is its own test id;
    ``test_every_built_page_is_tested`` checks the list against the build.
    """
    from public_results.data.descriptor import read_descriptor  # noqa: PLC0415 - the data dates give the briefings

    pages = ["index.html", "archives.html", "404.html", "soeg/index.html"]  # soeg: the search page
    for folder, prefix in (("articles", ""), ("pages", "pages/")):
        for source in sorted((ROOT / "content" / folder).glob("*.md")):
            header = source.read_text(encoding="utf-8").split("\n\n", 1)[0]
            slug = re.search(r"^slug:\s*(\S+)\s*$", header, flags=re.I | re.M)
            pages.append(f"{prefix}{slug.group(1) if slug else source.stem}.html")
    datasets = read_descriptor(ROOT / "data" / "datasets.yaml").datasets.values()
    dates = sorted({day for d in datasets for day in getattr(d, "data_dates", ())})
    pages += [f"briefinger/{day.isoformat()}.html" for day in dates] + [
        "briefinger/index.html",
        "tal-og-resultater.html",
    ]
    pages.append("data/index.html")  # the open data page (site/open_data_page.py)
    return pages


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        metafunc.parametrize("page_path", content_pages())


@pytest.fixture(scope="session")
def listed_pages() -> list[str]:
    return content_pages()


@pytest.fixture(scope="session")
def forwarding_pages() -> set[str]:
    return set(FORWARDING_PAGES)


@pytest.fixture(scope="session")
def site(example_site: Path) -> Path:
    """The example site, built once per test run (tests/conftest.py) and shared with tests/site."""
    return example_site


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 on a free port, e.g. ``http://127.0.0.1:41234/``."""
    with served(site, "browser-test-server") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, started once for the session."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: {SETUP_HINT}")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only the browser tests need it

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


@dataclass
class Visit:
    """A page opened in a fresh context, and what happened while it loaded."""

    path: str
    page: Any
    status: int | None = None
    foreign_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    csp_violations: list[dict[str, Any]] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Each request to another host, console error, uncaught exception and CSP violation, in words."""
        found = [f"request to another host: {url}" for url in self.foreign_requests]
        found += [f"console error: {text}" for text in self.console_errors]
        found += [f"uncaught exception: {text}" for text in self.page_errors]
        found += [
            "CSP violation: {violatedDirective} blocked {blockedURI!r} ({sourceFile}:{lineNumber})".format(**v)
            for v in self.csp_violations
        ]
        return found


def _is_local(url: str) -> bool:
    """True for the test server and for URLs that never reach a network (data:, blob:, about:)."""
    parts = urlsplit(url)
    return parts.scheme in {"data", "blob", "about"} or parts.hostname == HOST


FONTS_READY = "() => document.fonts.ready.then(() => true)"


def _route(route: Any) -> None:
    """Requests to the test server go on; any other host is refused (and recorded by the page)."""
    if _is_local(route.request.url):
        route.continue_()
    else:
        route.abort("blockedbyclient")


@pytest.fixture(scope="session")
def contexts(browser: Any) -> Iterator[dict[tuple[Any, ...], Any]]:
    """Browser contexts shared by the tests of a worker, one per set of options: a new context costs
    about 0.3 s, and the site keeps nothing between visits (no cookies, no storage, no service
    worker; routing every request turns the HTTP cache off), so a new page in a shared context is
    as fresh a visit as a new context was."""
    made: dict[tuple[Any, ...], Any] = {}
    yield made
    for context in made.values():
        context.close()


@pytest.fixture(scope="session")
def spare_pages() -> dict[tuple[Any, ...], list[Any]]:
    """Pages of the shared contexts that a test has finished with, on ``about:blank``, by context
    (``open_page``): a new page costs about 0.35 s more than a visit in one already open (Chromium
    starts a renderer for it and stops it on closing), and the next visit's document is as new."""
    return {}


@pytest.fixture
def open_page(
    contexts: dict[tuple[Any, ...], Any], spare_pages: dict[tuple[Any, ...], list[Any]], browser: Any, site_url: str
) -> Iterator[Any]:
    """Factory: ``open_page(path, javascript=True, viewport=None, bypass_csp=False, idle=False) -> Visit``.

    Each call opens ``path`` of the site in a page of a context shared per set of options (see
    ``contexts``), a page of its own for the test, and waits for its load event (the page's
    scripts have run) and, with JavaScript on, for its fonts; with ``idle`` also for the network to
    be idle (half a second without a request: what a test of the requests a page makes needs, and
    only it). Requests to other hosts are aborted and recorded. When the test is over, its pages go
    to ``about:blank`` with the pointer in the corner and are kept for the next test's visits
    (``spare_pages``), without the test's listeners.
    """
    opened: list[tuple[tuple[Any, ...], Any, list[tuple[str, Any]]]] = []

    def open_(
        path: str,
        *,
        javascript: bool = True,
        viewport: dict[str, int] | None = None,
        bypass_csp: bool = False,
        idle: bool = False,
    ) -> Visit:
        key = (javascript, bypass_csp, tuple(sorted((viewport or {}).items())))
        if key not in contexts:
            options: dict[str, Any] = {"java_script_enabled": javascript, "bypass_csp": bypass_csp}
            if viewport:
                options["viewport"] = viewport
            contexts[key] = browser.new_context(**options)
            contexts[key].route("**/*", _route)
            if javascript:
                contexts[key].add_init_script(RECORD_CSP)
        spare = spare_pages.setdefault(key, [])
        page = spare.pop() if spare else contexts[key].new_page()
        visit = Visit(path, page)
        listeners = [
            ("request", lambda r: None if _is_local(r.url) else visit.foreign_requests.append(r.url)),
            ("console", lambda m: visit.console_errors.append(_console_text(m)) if m.type == "error" else None),
            ("pageerror", lambda error: visit.page_errors.append(str(error))),
        ]
        for event, listener in listeners:
            page.on(event, listener)
        opened.append((key, page, listeners))
        response = page.goto(site_url + path, wait_until="load")
        visit.status = response.status if response else None
        if javascript:
            if idle:
                page.wait_for_load_state("networkidle")
            page.evaluate(FONTS_READY)
            visit.csp_violations = page.evaluate("window.__cspViolations || []")
        return visit

    yield open_
    from playwright.sync_api import Error as PlaywrightError  # noqa: PLC0415 - as in ``browser``

    for key, page, listeners in opened:
        for event, listener in listeners:
            page.remove_listener(event, listener)
        try:
            page.goto("about:blank")
            page.mouse.move(0, 0)
        except PlaywrightError:  # the page closed or crashed: not kept
            page.close()
            continue
        spare_pages[key].append(page)


def _console_text(message: Any) -> str:
    where = message.location or {}  # Playwright counts lines from 0
    place = f" ({where['url']}:{where.get('lineNumber', -1) + 1})" if where.get("url") else ""
    return f"{message.text}{place}"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: {SETUP_HINT}")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def vnu_command() -> list[str]:
    """The Nu Html Checker as a command: ``java -jar node_modules/vnu-jar/build/dist/vnu.jar``."""
    java = shutil.which("java")
    if not java:
        pytest.fail(f"java (17 or later) is missing: {SETUP_HINT}")
    if not VNU.exists():
        pytest.fail(f"{VNU.relative_to(ROOT)} is missing: {SETUP_HINT}")
    return [java, "-jar", str(VNU)]


@pytest.fixture
def axe_violations(open_page: Any, axe_source: str) -> Any:
    """Factory: ``axe_violations(path) -> list[str]``, one readable line per violation and element.

    The page opens with JavaScript on in a context that bypasses the page's Content-Security-Policy,
    so that the injected axe script may run; the CSP test holds that the policy blocks nothing the
    site needs, so the page renders the same as under its policy.
    """

    def run(path: str) -> list[str]:
        return _axe_on(open_page(path, bypass_csp=True).page, axe_source)

    return run


@pytest.fixture
def axe_on(axe_source: str) -> Any:
    """Factory: ``axe_on(page) -> list[str]``: axe on a page already open in a context that bypasses
    its CSP (``open_page(…, bypass_csp=True)``), in the state it is in now (after typing into it, say)."""
    return lambda page: _axe_on(page, axe_source)


def _axe_on(page: Any, axe_source: str) -> list[str]:
    """One readable line per violation and element."""
    page.add_script_tag(content=axe_source)
    violations = page.evaluate(RUN_AXE, WCAG_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} — {target}" for v in violations for target in v["targets"]]


@pytest.fixture(scope="session")
def axe_in_page(axe_source: str) -> Any:
    """``axe_on`` for the whole session: ``axe_in_page(page) -> list[str]``."""
    return lambda page: _axe_on(page, axe_source)
