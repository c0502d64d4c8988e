"""The preview's page »Opdater tallene« (``opdater/index.html``), written after every preview build.

``make devserver`` builds with ``build --preview``; ``preview_build`` runs that build and then writes
the page into the preview folder, whether the build succeeded or not: a failed build is exactly when
the page is needed (its errors, with their fixes). It is made from what the build (or, when the build
failed, the data stage alone) found, in the words ``make check`` uses (``site.update_page``), and
rendered with the theme's ``update.html``. ``make html`` and ``make publish`` never write it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from ..danish import words
from ..data.descriptor import read_descriptor
from ..errors import Problem, ResultsError
from ..figures.book import FigureBook
from ..record.shown import read_shown
from ..settings import Settings, read_settings, read_site
from ..site.build import Finished, load
from ..site.identity import read_identity
from ..site.site_files import CSP
from ..site.update_page import (
    UPDATE_PAGE,
    UpdateReport,
    changed_figures,
    data_files,
    gone_pages,
    named_files,
    new_pages,
    unused_files,
    update_report,
)
from .run import PUBLISHED_FILE
from .settings_file import pelican_settings

TEMPLATE = "update.html"


def preview_build(args: argparse.Namespace, build: Callable[[argparse.Namespace], int]) -> int:
    """``build --preview``: ``build(args)`` (which leaves the finished build in ``args.finished``),
    then the update page in the preview folder ``args.output``. A failed build's errors go on the page
    and are raised again for the terminal."""
    try:
        code = build(args)
    except ResultsError as error:
        _write_or_say(args.settings, args.output, None, error.problems)
        raise
    except Exception:  # a bug (the terminal says so): the page of an earlier build must not stay
        (args.output / UPDATE_PAGE).unlink(missing_ok=True)
        raise
    _write_or_say(args.settings, args.output, getattr(args, "finished", None), [])
    return code


def _write_or_say(settings_file: Path, folder: Path, finished: Finished | None, problems: list[Problem]) -> None:
    """Write the page; a page that cannot be written is said in one line and never hides the build's result."""
    try:
        write_update_page(settings_file, folder, finished, problems)
    except ResultsError:  # the settings cannot be read: the build's errors say why; no stale page stays
        (folder / UPDATE_PAGE).unlink(missing_ok=True)
    except (OSError, jinja2.TemplateError) as error:
        print(f"{UPDATE_PAGE}: {error}", file=sys.stderr)


def write_update_page(
    settings_file: Path,
    folder: Path,
    finished: Finished | None,
    problems: list[Problem],
    now: dt.datetime | None = None,
) -> Path:
    """Write ``folder/opdater/index.html`` for the build ``finished`` (None: it failed with ``problems``)."""
    raw = pelican_settings(settings_file, {"RESULTS_PREVIEW": True})
    settings = read_settings(raw)
    report = _report(raw, settings, finished, problems, now or dt.datetime.now())
    html = render(raw, settings, report)
    target = folder / UPDATE_PAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.write_text(html, encoding="utf-8")
    partial.replace(target)
    return target


def _report(
    raw: dict[str, Any], settings: Settings, finished: Finished | None, problems: list[Problem], now: dt.datetime
) -> UpdateReport:
    """What the page shows: from the finished build, or from the data stage alone when it failed."""
    alerts: list[Problem] = []
    notices: tuple[str, ...] = ()
    book: FigureBook | None = None
    if finished is not None:
        book, alerts, shown, notices = finished.book, list(finished.alerts), finished.shown, finished.warnings
    else:
        shown = None
        try:
            loaded = load(settings, read_site(raw))
            book, alerts, notices = loaded.book, list(loaded.alerts), loaded.warnings
        except ResultsError:
            pass  # the data's own problems are among ``problems``
    datasets = book.descriptions() if book is not None else _described(settings)
    published = read_shown(Path(raw["CACHE_PATH"]) / PUBLISHED_FILE)
    return update_report(
        data_files(datasets, book),
        unused_files(settings.data_path, named_files(datasets)),
        problems,
        alerts,
        changed_figures(published, shown),
        compared=published is not None,
        now=now,
        notices=notices,
        pages=(new_pages(published, shown), gone_pages(published, shown)),
        newest=finished.overview.changed if finished is not None else (),
    )


def _described(settings: Settings) -> list[Any]:
    """The datasets the descriptor names, when the data could not be read (none when it cannot be read)."""
    try:
        return list(read_descriptor(settings.descriptor_path).datasets.values())
    except ResultsError:
        return []


def render(raw: dict[str, Any], settings: Settings, report: UpdateReport) -> str:
    """The page with the theme's ``update.html``, in the site's frame (header, menu, footer) as
    Pelican would render it from ``opdater/index.html`` with relative addresses."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(raw["THEME"]) / "templates")), **raw.get("JINJA_ENVIRONMENT", {})
    )
    environment.filters.update(raw.get("JINJA_FILTERS", {}))
    environment.globals.update(raw.get("JINJA_GLOBALS", {}))
    try:
        identity = read_identity(settings, Path(raw["PATH"]), raw.get("STATIC_PATHS") or ())
    except ResultsError:
        identity = None  # its problems are the build's, on the page
    context = {
        **raw,
        "SITEURL": "..",
        "RESULTS_CSP": CSP,
        "results_identity": identity,
        "page_name": words.PAGE_UPDATE,
        "output_file": UPDATE_PAGE,
        "report": report,
        "pages": [],
    }
    return environment.get_template(TEMPLATE).render(context)
