"""Helpers for every test layer: the project's root, the visible text of a page, tiny sites, and
what a test run makes once for all its workers.

Imported as ``support`` (``tests/`` is on pytest's ``pythonpath``, see pyproject.toml), so any test in
any folder can ``from support import ROOT``; the fixtures that use these live in ``tests/conftest.py``.
"""

from __future__ import annotations

import functools
import gzip
import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from filelock import FileLock

from public_results.figures.cache import FOLDER as FIGURES

if TYPE_CHECKING:
    from public_results.settings import Site
    from public_results.site.build import Loaded

ROOT = Path(__file__).resolve().parent.parent


def page_text(path: Path) -> str:
    """The visible text of an HTML page: no tags, no SVG, entities decoded, spaces collapsed."""
    markup = path.read_text(encoding="utf-8")
    markup = re.sub(r"<svg.*?</svg>", " ", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return re.sub(r"[ \t\r\n]+", " ", text).strip()  # keeps non-breaking spaces


def write_site(
    folder: Path,
    articles: dict[str, str],
    data_from: Path = ROOT / "data",
    render_cache: Path | None = None,
    data: Path | None = None,
) -> Path:
    """A tiny site in ``folder``: the example data and theme, and the given articles.

    The site reads a copy of ``data_from`` in ``folder/data``, or the folder ``data`` as it is
    (shared by many sites, so never changed). ``render_cache`` (drawings, PDFs and computed
    figures, keyed by content hash) may be shared between sites; by default each site has its
    own. Returns the path of its settings file.
    """
    (folder / "content" / "articles").mkdir(parents=True)
    if data is None:
        shutil.copytree(data_from, folder / "data")
    for name, text in articles.items():
        (folder / "content" / "articles" / name).write_text(text, encoding="utf-8")
    settings = folder / "pelicanconf.py"
    settings.write_text(
        "\n".join(
            [
                f"THEME = {str(ROOT / 'theme')!r}",
                f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]",
                "PLUGINS = ['public_results']",
                "PATH = 'content'",
                "SITENAME = 'Testsite'",
                "TIMEZONE = 'Europe/Copenhagen'",
                "DEFAULT_LANG = 'da'",
                "SLUGIFY_SOURCE = 'basename'",
                f"RESULTS_DATA_PATH = {str(data or 'data')!r}",
                "JINJA_ENVIRONMENT = {'autoescape': True, 'trim_blocks': True, 'lstrip_blocks': True}",
                "FEED_ALL_ATOM = None",
                "CATEGORY_FEED_ATOM = None",
                "DIRECT_TEMPLATES = ['index']",
                f"RESULTS_RENDER_CACHE = {str(render_cache) if render_cache else ''!r}",
                "RESULTS_BRIEFING_PDF = False  # tests that check the PDF turn it on (WeasyPrint is slow)",
                "RESULTS_CHART_WORKERS = 1  # drawn in the build's process: the test run's workers use every core",
                "RESULTS_BRIEFING_CHARTS = ['forløb.status']  # one chart a briefing (the example's site has all)",
                "",
            ]
        ),
        encoding="utf-8",
    )
    return settings


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary folder of this test run, the same for every pytest-xdist worker.

    Under xdist each worker has a base temporary folder of its own (``…/pytest-N/popen-gw0``) and
    their parent is the run's; without xdist the run's is the base folder itself.
    """
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def once_per_run(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]) -> Path:
    """The folder ``name`` of the run's temporary folder, made by ``make(folder)`` once per run.

    A session fixture runs once per xdist worker; this runs ``make`` once for all of them: the
    first worker to ask takes a file lock (``filelock``) and makes the folder while the others
    wait, then finds it done (a marker file beside it). A ``make`` that raised leaves no marker,
    so the next test to ask tries again and fails the same way. What is made is shared: tests
    read it and never change it.
    """
    folder = run_folder(tmp_path_factory) / name
    done = folder.with_name(f"{name}.done")
    with FileLock(folder.with_name(f"{name}.lock")):
        if not done.is_file():
            shutil.rmtree(folder, ignore_errors=True)
            make(folder)
            done.touch()
    return folder


def cache_beside(shared: Path, folder: Path, figures: Path | None = None) -> Path:
    """A render cache of its own in ``folder`` that shares the drawings and PDFs of ``shared``.

    For a site whose data is changed: the figures it computes are kept apart (the figure cache
    keeps one entry per dataset, and this site's would push out the shared one), while drawings and
    PDFs, keyed by what they show, are shared (the two folders are symbolic links). ``figures``: a
    figure cache whose files it starts with (a copy): a dataset whose bytes the test has not changed
    yet is then found there, as it would be in a site built before, and not computed again.
    """
    folder.mkdir(parents=True)
    for part in ("drawings", "pdf"):
        (shared / part).mkdir(exist_ok=True)
        (folder / part).symlink_to(shared / part, target_is_directory=True)
    _copy_figures(figures, folder)
    return folder


def cache_with_copied_drawings(shared: Path, folder: Path, figures: Path | None = None) -> Path:
    """A render cache of its own in ``folder`` that starts with a copy of the drawings in ``shared``
    (and of the figure cache ``figures``, the example's: ``example_figures``).

    For a test that deletes or damages its cache: its first build draws only what no site of the
    run has drawn yet, and computes only what the example's figures lack. Files being written
    (``.name.pid.part``) are left out.
    """
    folder.mkdir(parents=True)
    if (shared / "drawings").is_dir():
        shutil.copytree(shared / "drawings", folder / "drawings", ignore=shutil.ignore_patterns(".*"))
    _copy_figures(figures, folder)
    return folder


def _copy_figures(figures: Path | None, folder: Path) -> None:
    """A copy of the figure cache ``figures`` (if any) as the render cache ``folder``'s own, without
    files being written (``.name.pid.part``)."""
    if figures is not None and figures.is_dir():
        shutil.copytree(figures, folder / FIGURES, ignore=shutil.ignore_patterns(".*"))


def contents(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by its relative path: to compare two builds byte for byte."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_command_line(settings: Path, output: Path) -> subprocess.CompletedProcess[str]:
    """`python -m public_results build`, as `make html` runs it: a process of its own, with only the
    plugins on its path."""
    return subprocess.run(
        [sys.executable, "-m", "public_results", "build", "--settings", str(settings), "--output", str(output)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "plugins"), "PATH": "/usr/bin:/bin"},
        check=False,
    )


VEGA_LITE_SCHEMA = ROOT / "tests" / "unit" / "charts" / "vega-lite-v6.4.1.schema.json.gz"


@functools.cache
def _vega_lite_validator():
    import jsonschema  # noqa: PLC0415 - only the tests that validate specs need it

    schema = json.loads(gzip.decompress(VEGA_LITE_SCHEMA.read_bytes()))
    return jsonschema.validators.validator_for(schema)(schema)


def validate_vega_lite(spec: dict) -> None:
    """Raises on a spec that breaks the Vega-Lite schema the charts are written for (6.4.1)."""
    _vega_lite_validator().validate(spec)


def loaded_from(
    data: Path, folder: Path, suppress: bool = False, site: Site | None = None, **settings: object
) -> Loaded:
    """A build's data stage (``site.build.load``) on the data in ``data``, with the render cache and the
    ledger in ``folder`` (unit tests on the tiny data, site tests on an example's data).

    ``suppress=False`` turns suppression off, as the tiny data's counts are all small (these tests
    are about building pages; suppression has its own); RESULTS_* settings may be given."""
    from public_results.settings import Site, read_settings  # noqa: PLC0415 - only the tests of a build's stages
    from public_results.site.build import load  # noqa: PLC0415 - same

    raw = {
        "RESULTS_DATA_PATH": str(data),
        "RESULTS_RENDER_CACHE": str(folder / "cache"),
        "RESULTS_LEDGER": str(folder / "ledger.json"),
        "RESULTS_SMALL_BASE": 1,
        "RESULTS_BRIEFING_PDF": False,
        **settings,
    }
    loaded = load(read_settings(raw), site or Site(name="Testsite", subtitle="Tal om forløb"))
    if not suppress:
        loaded.book.threshold = 1  # nothing is computed before it is asked for
    return loaded


def make_dry_run(target: str, venv: Path) -> str:
    """The commands ``make -n TARGET`` would run for a venv that does not exist yet."""
    done = subprocess.run(
        ["make", "-n", "--no-print-directory", target, f"VENV={venv}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout
