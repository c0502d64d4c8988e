"""Site search: Pagefind's index of the written pages, made once every page is written.

Pagefind (``pagefind[extended]`` from PyPI, which ships its own program) reads the site's HTML and
writes a search bundle into ``pagefind/``: the search script, the Danish WebAssembly module (Snowball
stemming, so »løntilskuddet« finds »løntilskud«) and the index in small compressed pieces. Only what
the theme marks with ``data-pagefind-body`` is indexed (the text of articles, pages, briefings and the
live page); the front page, listings and the search page itself are not. Inside a page the chart
drawings, their tables and download links, the source and note lines every chart repeats and the
page's date line are left out (``EXCLUDED``); a chart's title, subtitle and text alternative are
indexed. Every piece of the index a search fetches counts against the search page's budget. The
theme's search page (``soeg/index.html``) asks the bundle with its own small script; nothing else
loads it.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from ..danish import words
from ..errors import BuildFailed, Problem
from .progress import Progress

BUNDLE = "pagefind"  # the bundle's folder in the output
SEARCH_PAGE = "soeg/index.html"
EXCLUDED = (
    ".chart-image", ".chart-table", ".chart-downloads", ".chart-source", ".chart-note",
    ".article-header .meta", ".briefing-pdf", ".notice-newer", ".chart-embed",
)  # fmt: skip
# Pagefind's ready-made interfaces and its web worker, which the site does not use: the search page has
# its own script, which runs the search in the page (``noWorker``: 12 KB less to fetch).
UNUSED = (
    "pagefind-worker.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)  # fmt: skip

log = logging.getLogger(__name__)


def search_program() -> Path:
    """Pagefind's own program, from the ``pagefind_bin_extended`` package (no download, no network)."""
    try:
        import pagefind_bin_extended  # noqa: PLC0415 - only the finished site needs it

        return Path(pagefind_bin_extended.get_executable())
    except (ImportError, FileNotFoundError):
        raise BuildFailed(
            Problem(file="requirements.txt", what=words.SEARCH_PROGRAM_MISSING, fix=words.SEARCH_PROGRAM_MISSING_FIX)
        ) from None


def search_command(program: Path, output: Path) -> list[str]:
    """The command that indexes ``output`` into ``output/pagefind``, quietly (errors and warnings only)."""
    command = [str(program), "--site", str(output), "--output-subdir", BUNDLE, "--quiet"]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    return command


def index_site(output: Path, progress: Progress) -> None:
    """Index the written site in ``output`` for search; Pagefind's own lines go to the debug log."""
    progress.stage(words.STAGE_SEARCH)
    # Pagefind leaves a piece it finds already written as it is; the build then takes it for one it did
    # not write and removes it (output_folder.remove_stale). So the bundle is always written anew.
    shutil.rmtree(output / BUNDLE, ignore_errors=True)
    done = subprocess.run(search_command(search_program(), output), capture_output=True, text=True, check=False)
    for line in (done.stdout + done.stderr).splitlines():
        log.debug("pagefind: %s", line)
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or [str(done.returncode)]
        what = words.SEARCH_INDEX_FAILED.format(error=last[0])
        raise BuildFailed(Problem(file=BUNDLE, what=what, fix=words.SEARCH_INDEX_FAILED_FIX))
    for name in UNUSED:
        (output / BUNDLE / name).unlink(missing_ok=True)
