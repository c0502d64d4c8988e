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

import hashlib
import logging
import os
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

from ..danish import words
from ..errors import BuildFailed, Problem
from ..figures.cache import read_digests, write_digests
from ..output_files import walk
from . import output_folder
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


def sweep_and_index(
    staging: Path,
    began: int | None,
    static_files: list[str],
    progress: Progress,
    kept: Path | None = None,
    published: Path | None = None,
) -> None:
    """A written site's last steps before its check: when the build started from the spare folder
    (``began``), what it did not write goes (``output_folder.remove_stale``), but the spare's search
    index, which ``index_site`` keeps when it is the one made from these pages; then the index."""
    if began is not None:
        output_folder.remove_stale(staging, began, static_files, spared=[BUNDLE])
    index_site(staging, progress, kept, published)  # once only this build's pages are left


def index_site(output: Path, progress: Progress, kept: Path | None = None, published: Path | None = None) -> None:
    """Index the written site in ``output`` for search; Pagefind's own lines go to the debug log.

    With ``kept`` (a file in the render cache): when every HTML file is as the last build indexed
    it and the bundle the build started from (the spare's), or the one in ``published`` (the site
    the last build published), is file by file the one made from them, that bundle is used and
    Pagefind does not run (``reused``; Pagefind's pieces differ from run to run on the same pages)."""
    progress.stage(words.STAGE_SEARCH)
    pages = pages_digest(output) if kept is not None else ""
    if kept is not None and reused(output / BUNDLE, read_digests(kept, _salt()), pages, published):
        return
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
    if kept is not None:
        write_digests(kept, _salt(), {f"{PAGES}{pages}", *bundle_digests(output / BUNDLE)})


PAGES = "pages:"  # in the kept digests: the digest of the HTML files indexed
PIECE = "piece:"  # in the kept digests: a file of the bundle made from them, »piece:<path>:<sha256>«


def _salt() -> str:
    """What else shapes the bundle: the command's options and Pagefind's version."""
    return repr((search_command(Path(), Path()), _version("pagefind_bin_extended"), UNUSED))


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def pages_digest(output: Path) -> str:
    """A digest of every HTML file Pagefind would read in ``output`` (its path and its bytes)."""
    digest = hashlib.sha256()
    for name, entry in walk(output, {BUNDLE}):
        if ".htm" in entry.name and entry.is_file():  # as Pagefind's »*.htm*«
            digest.update(name.encode() + b"\0" + _read(entry.path) + b"\0")
    return digest.hexdigest()


def bundle_digests(bundle: Path) -> set[str]:
    """Each file of the bundle as »piece:<path>:<sha256 of its bytes>«."""
    return {
        f"{PIECE}{name}:{hashlib.sha256(_read(entry.path)).hexdigest()}"
        for name, entry in walk(bundle)
        if entry.is_file()
    }


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def reused(bundle: Path, kept: frozenset[str], pages: str, published: Path | None = None) -> bool:
    """Whether the bundle in the output, or else the published site's (copied in), is the one the
    last build made from these same pages: then each of its files is marked as written by this
    build (``output_folder.remove_stale`` keeps it)."""
    if f"{PAGES}{pages}" not in kept:
        return False
    pieces = {entry for entry in kept if entry.startswith(PIECE)}
    if not (bundle.is_dir() and bundle_digests(bundle) == pieces):
        other = published / BUNDLE if published is not None else None
        if other is None or not other.is_dir() or bundle_digests(other) != pieces:
            return False
        shutil.rmtree(bundle, ignore_errors=True)
        shutil.copytree(other, bundle)
    for _, entry in walk(bundle):
        os.utime(entry.path)  # its change time is now: written by this build
    return True
