"""Fixtures for every test layer; the helpers they use are in support.py (imported as ``support``).

The render cache and the example site are made once per test run, however many pytest-xdist
workers ask for them (``support.once_per_run``), and shared read-only.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

# Compiled modules are kept between runs (issue 16), whatever PYTHONDONTWRITEBYTECODE says (it is set on
# this machine and in CI): pytest then rewrites and compiles a test module's asserts once, not in every
# worker of every run (collecting the unit suite took 6 s of CPU per worker, 3.3 s with the compiled files).
# They go to the ignored __pycache__ folders, which `make clean` removes. Set before `support`, so the
# plugin's modules it imports are kept too.
sys.dont_write_bytecode = False

from support import FIGURES, ROOT, cache_beside, once_per_run, write_site  # noqa: E402 - after the line above

# pytest-xdist hands the tests out in collection order (see pyproject.toml: ``-n auto --dist
# worksteal``: each worker gets a run of neighbouring tests, and steals the second half of
# another's): the layers with the long tests come first, the many short unit tests even out the
# end of a run. Within a layer the order is pytest's own, except that a module's tests of one page
# (``page_path``) stand together: the browser tests keep one visit of a page per worker for
# several tests (``seen``, ``tab_walk``), which is only one visit when those tests meet on a worker.
LAYER_ORDER = ("properties", "site", "browser", "corpus", "docs", "unit")
TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def layer(item: pytest.Item) -> int:
        first = item.path.relative_to(TESTS).parts[0]
        return LAYER_ORDER.index(first) if first in LAYER_ORDER else len(LAYER_ORDER)

    module_at: dict[Path, int] = {}
    for index, item in enumerate(items):
        module_at.setdefault(item.path, index)

    def page(item: pytest.Item) -> str:
        spec = getattr(item, "callspec", None)
        return str(spec.params.get("page_path", "")) if spec is not None else ""

    items.sort(key=lambda item: (layer(item), module_at[item.path], page(item)))  # stable: else pytest's order


@pytest.fixture(scope="session")
def render_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Drawings, PDFs and computed figures shared by every site a test run builds, in every worker.

    Everything in it is keyed by a hash of what it is made from (safe to share), and written to a
    file of the writing process's own first and then renamed into place, so two workers never read
    each other's half-written files.
    """

    def make(folder: Path) -> None:
        (folder / "drawings").mkdir(parents=True)

    return once_per_run(tmp_path_factory, "render-cache", make)


@pytest.fixture(scope="session")
def example_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of data/ made once per run, read by the tiny sites that do not change their data.

    Sites reading the same folder share what is computed from it in the render cache (the figure
    cache's key holds the data folder's path), so a tiny site's figures and charts are computed once.
    """
    return once_per_run(tmp_path_factory, "example-data", lambda folder: shutil.copytree(ROOT / "data", folder))


@pytest.fixture(scope="session")
def example_figures(tmp_path_factory: pytest.TempPathFactory, render_cache: Path, example_data: Path) -> Path:
    """The figure cache of a tiny site on the example data, made once per run by building one.

    A tiny site with data of its own starts with a copy of it: the figure cache's key is the data's
    bytes (not its folder), so what the test has not changed is found there, as after an earlier build.
    """

    def make(folder: Path) -> None:
        from public_results.adapter.run import build_site  # noqa: PLC0415 - only when a site is built

        cache = cache_beside(render_cache, folder / "render-cache")
        settings = write_site(folder / "site", {"tom.md": "Title: Tom\nDate: 2024-01-01\n\nTom.\n"}, render_cache=cache)
        build_site(settings, folder / "output")

    return once_per_run(tmp_path_factory, "example-figures", make) / "render-cache" / FIGURES


@pytest.fixture
def tiny_site(tmp_path: Path, render_cache: Path, example_data: Path, request: pytest.FixtureRequest):
    """Factory: ``tiny_site({'a.md': text}, own_data=False, **write_site_options)`` -> settings file
    of a site in tmp_path/site.

    By default the site reads the shared example data and uses the shared render cache. With
    ``own_data=True`` it reads a copy in ``site/data`` that the test may change, and keeps what it
    computes in a render cache of its own (sharing the drawings, starting with the figures of the
    example data: ``example_figures``). A ``render_cache`` given by the test replaces either.
    """

    def make(articles: dict[str, str], *, own_data: bool = False, **kwargs) -> Path:
        if own_data:
            cache = kwargs.pop("render_cache", None) or cache_beside(
                render_cache, tmp_path / "own-cache", request.getfixturevalue("example_figures")
            )
            return write_site(tmp_path / "site", articles, render_cache=cache, **kwargs)
        return write_site(tmp_path / "site", articles, **{"render_cache": render_cache, "data": example_data, **kwargs})

    return make


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory, render_cache: Path) -> Path:
    """The example site (``pelicanconf.py``) built once per test run; tests only read it.

    Its caches go to the run's temporary folder (a render cache sharing the drawings and PDFs, and
    Pelican's cache path for the record of shown figures), so a test run neither reads nor changes
    the project's cache/.
    """

    def make(folder: Path) -> None:
        from public_results.adapter.run import build_site  # noqa: PLC0415 - only when a site is built

        cache = cache_beside(render_cache, folder / "render-cache")
        overrides = {"CACHE_PATH": str(folder / "cache"), "RESULTS_RENDER_CACHE": str(cache)}
        build_site(ROOT / "pelicanconf.py", folder / "output", overrides)

    return once_per_run(tmp_path_factory, "example-site", make) / "output"


@pytest.fixture(scope="session")
def programme_site(tmp_path_factory: pytest.TempPathFactory, render_cache: Path) -> Path:
    """The second example, a programme of three units (``examples/programme``), built once per test
    run like ``example_site``; the site tests (tests/site/test_programme_site.py) and the browser tests
    (tests/browser/test_unit_pages.py) only read it."""

    def make(folder: Path) -> None:
        from public_results.adapter.run import build_site  # noqa: PLC0415 - only when a site is built

        cache = cache_beside(render_cache, folder / "render-cache")
        overrides = {"CACHE_PATH": str(folder / "cache"), "RESULTS_RENDER_CACHE": str(cache)}
        build_site(ROOT / "examples" / "programme" / "pelicanconf.py", folder / "output", overrides)

    return once_per_run(tmp_path_factory, "programme-site", make) / "output"
