"""The only module that imports Pelican: signal receivers and the build runner.

Receivers are module-level functions (blinker keeps weak references).
Per-build state lives in Pelican's per-run ``context`` dict, never here.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown import Markdown
from pelican import Pelican, signals
from pelican.log import init as init_pelican_logging
from pelican.readers import MarkdownReader
from pelican.settings import read_settings as read_pelican_settings
from pelican.utils import get_relative_path, pelican_open, slugify

from . import numbers
from .build import Build
from .content import TOKEN, Reference, line_of, parse_data_date, strip_placeholders, substitute, tokenise
from .downloads import THEME_SCRIPT, write_chart_script, write_downloads
from .drawing import clean_svg, draw_all, with_titles
from .errors import BuildFailed, NotFound, Problem
from .figures import Pins
from .guard import find_copies, scan_output
from .page import Place, resolve
from .render import SVG_MARKER
from .report import Shown, read_shown, write_shown

CONTEXT_KEY = "RESULTS_BUILD"
REFERENCES_KEY = "results_references"
PLUGIN_NAME = "public_results"


@dataclass(frozen=True)
class PageReferences:
    references: list[Reference]
    unreadable: list[tuple[int, NotFound]]


class FigureMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with ``{{ … }}`` placeholders swapped for tokens first."""

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        self._source_path = source_path
        self._md = Markdown(**self.settings["MARKDOWN"])
        with pelican_open(source_path) as text:
            tokenised, references, unreadable = tokenise(text)
            content = self._md.convert(tokenised)
        metadata = self._parse_metadata(self._md.Meta) if hasattr(self._md, "Meta") else {}
        if references or unreadable:
            metadata[REFERENCES_KEY] = PageReferences(references, unreadable)
        title = metadata.get("title", "")
        slug_from_title = self.settings.get("SLUGIFY_SOURCE", "title") == "title"
        if "slug" not in metadata and slug_from_title and TOKEN.search(str(title)):
            metadata["slug"] = slugify(
                strip_placeholders(str(title)),
                regex_subs=self.settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
            )
        return content, metadata


# --- Receivers ---------------------------------------------------------------


def use_figure_reader(readers: Any) -> None:
    """readers_init: read Markdown with our reader."""
    for extension in FigureMarkdownReader.file_extensions:
        readers.reader_classes[extension] = FigureMarkdownReader
        readers.readers[extension] = FigureMarkdownReader(readers.settings)


def load_data(generator: Any) -> None:
    """generator_init: read the data once per run (the context is new each run).

    build_site hands in an empty Build through the settings so it can read the
    result; a plain ``pelican`` run gets a fresh one here.
    """
    build = generator.context.setdefault(CONTEXT_KEY, Build())
    build.load(generator.settings)
    generator.env.filters["dansk_dato"] = danish_date


def danish_date(value: dt.date | dt.datetime) -> str:
    return numbers.format_date(value)


def place_figures(instance: Any) -> None:
    """content_object_init: put figure values, charts and method boxes into a page."""
    page_references = instance.metadata.get(REFERENCES_KEY)
    context = getattr(instance, "_context", None) or {}
    build = context.get(CONTEXT_KEY)
    if page_references is None or build is None:
        return
    file = Path(instance.source_path).name
    problems = [Problem(file=file, line=line, what=e.what, fix=e.fix) for line, e in page_references.unreadable]
    if not build.ready:
        build.problems += problems
        return
    pins = _pins(instance, file, problems)
    place = Place(file=file, downloads=_downloads_url(instance, build), drawing_version=build.drawing_version)
    page = resolve(build.book, build.settings, page_references.references, pins, place)
    problems += page.problems
    html_values = page.html_values()
    instance._content, misplaced = substitute(instance._content, html_values, page.blocks)
    headline_tokens: set[str] = set()
    for key in ("title", "summary"):
        if key in instance.metadata and TOKEN.search(str(instance.metadata[key])):
            headline_tokens |= {m.group(0) for m in TOKEN.finditer(str(instance.metadata[key]))}
            values = page.values if key == "title" else html_values
            text, misplaced_here = substitute(str(instance.metadata[key]), values, {t: "" for t in page.blocks})
            misplaced |= misplaced_here
            instance.metadata[key] = text
            setattr(instance, "_summary" if key == "summary" else key, text)
    for ref in page_references.references:
        if ref.token in misplaced:
            problems.append(
                Problem(
                    file=file,
                    line=ref.line,
                    what=f"«{{{{ {ref.text} }}}}» står i en titel, et resumé eller midt i en tekst",
                    fix="Sæt grafer og metodebokse på deres egen linje med en tom linje før og efter.",
                )
            )
        if ref.token in headline_tokens and ref.token in page.suppressed:
            problems.append(
                Problem(
                    file=file,
                    line=ref.line,
                    what=f"«{{{{ {ref.text} }}}}» står i en titel eller et resumé, men tallet er udeladt "
                    f"af hensyn til diskretion (det vises som «{page.values[ref.token]}»)",
                    fix="Flyt tallet ned i teksten, eller brug et tal for en større gruppe i titlen.",
                )
            )
    instance.data_date_label = page.data_date_label
    instance.has_charts = bool(page.charts)
    if page.charts:
        build.charts.update(page.charts)
        build.chart_pages.append(instance)
    build.problems += problems
    build.shown[instance.relative_source_path] = page.shown


def _pins(instance: Any, file: str, problems: list[Problem]) -> Pins:
    data_date, survey_round = None, None
    raw_date = instance.metadata.get("datadato")
    source = Path(instance.source_path).read_text(encoding="utf-8-sig")
    if raw_date is not None:
        try:
            data_date = parse_data_date(raw_date)
        except NotFound as error:
            problems.append(Problem(file=file, line=line_of(source, "Datadato"), what=error.what, fix=error.fix))
    if instance.metadata.get("runde") is not None:
        survey_round = str(instance.metadata["runde"]).strip()
    return Pins(data_date=data_date, survey_round=survey_round)


def _downloads_url(instance: Any, build: Build) -> str:
    """The URL of the downloads folder as seen from this page (relative with RELATIVE_URLS)."""
    assert build.settings is not None
    settings = instance.settings
    if settings.get("RELATIVE_URLS"):
        prefix = get_relative_path(instance.save_as or instance.url or "index.html")
    else:
        prefix = settings.get("SITEURL", "")
    return f"{prefix}/{build.settings.downloads_path}"  # SITEURL "": from the site's root


def finish_reading(generators: list[Any]) -> None:
    """all_generators_finalized: raise every problem of the run before anything is written;
    then draw every chart of the site at once and put the drawings into the pages."""
    build = generators[0].context.get(CONTEXT_KEY) if generators else None
    if build is None:
        return
    if build.problems:
        raise BuildFailed(build.problems)
    if not build.writes or not build.charts or build.settings is None:
        return
    settings = build.settings
    output = Path(generators[0].output_path)
    cache = Path(generators[0].settings.get("CACHE_PATH") or "cache") / DRAWINGS_FOLDER
    specs = {key: (view.spec, with_titles(view.spec, view.title, view.subtitle, view.source))
             for key, view in build.charts.items()}  # fmt: skip
    drawings, build.drawing_stats = draw_all(specs, cache, settings.font_path, settings.chart_workers)
    for instance in build.chart_pages:
        instance._content = SVG_MARKER.sub(
            lambda m: clean_svg(drawings[m.group(1)].svg, f"svg{m.group(1)[:8]}"), instance._content
        )
    write_downloads(output / settings.downloads_path, build.charts, drawings)
    write_chart_script(output / THEME_SCRIPT, cache)


def register() -> None:
    # readers_init: swap placeholders for tokens before Markdown runs.
    signals.readers_init.connect(use_figure_reader)
    # generator_init: fires per generator per run, with the run's own context.
    signals.generator_init.connect(load_data)
    # content_object_init: every article and page, after Markdown, before writing.
    signals.content_object_init.connect(place_figures)
    # all_generators_finalized: after reading everything, before writing anything.
    signals.all_generators_finalized.connect(finish_reading)


# --- Running a build -----------------------------------------------------------


class _ErrorCounter(logging.Handler):
    """Counts errors Pelican logs and skips (a page that raised, a plugin that failed)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def configure_logging(level: int) -> None:
    init_pelican_logging(level=level)


SHOWN_FILE = Path("public_results") / "shown-figures.json"  # inside Pelican's CACHE_PATH
DRAWINGS_FOLDER = Path("public_results") / "drawings"  # SVG and PNG of every chart, by drawing key


class _NullWriter:
    """A writer that writes nothing: ``make check`` reads and resolves every page, then stops."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def write_file(self, *args: Any, **kwargs: Any) -> None:
        pass

    def write_feed(self, *args: Any, **kwargs: Any) -> None:
        pass


class _CheckingPelican(Pelican):
    def _get_writer(self) -> _NullWriter:
        return _NullWriter()


def _run(settings_file: Path, output: Path, overrides: dict[str, Any] | None, *, write: bool) -> Build:
    """Run Pelican with a Build we can read afterwards; raise every problem together."""
    build = Build(writes=write)
    counter = _ErrorCounter()
    logging.getLogger().addHandler(counter)
    try:
        override = {**(overrides or {}), "OUTPUT_PATH": str(output), CONTEXT_KEY: build}
        settings = read_pelican_settings(str(settings_file), override=override)
        if settings.get("LOAD_CONTENT_CACHE"):
            raise BuildFailed(
                Problem(
                    file=str(settings_file),
                    what="LOAD_CONTENT_CACHE er slået til: Pelican ville genbruge gamle tal fra sin cache",
                    fix="Sæt LOAD_CONTENT_CACHE = False i indstillingerne.",
                )
            )
        for key, default in (("RESULTS_DATA_PATH", "data"), ("CACHE_PATH", "cache"), ("RESULTS_FONT_PATH", "")):
            if not (settings.get(key) or default):
                continue
            path = Path(settings.get(key) or default)
            if not path.is_absolute():  # relative to the settings file, like Pelican's PATH
                settings[key] = str(Path(settings_file).resolve().parent / path)
        pelican = (Pelican if write else _CheckingPelican)(settings)
        if not any(getattr(p, "__name__", "").endswith(PLUGIN_NAME) for p in pelican.plugins):
            raise BuildFailed(
                Problem(
                    file=str(settings_file),
                    what=f"pluginet «{PLUGIN_NAME}» blev ikke indlæst, så tallene kan ikke sættes ind",
                    fix=f"Tjek PLUGIN_PATHS og PLUGINS = ['{PLUGIN_NAME}'] i indstillingerne.",
                )
            )
        pelican.run()
        if counter.messages:
            raise BuildFailed(
                [
                    Problem(file=str(settings_file), what=f"Pelican meldte en fejl: {m}", fix="Se meddelelsen ovenfor.")
                    for m in counter.messages
                ]
            )
        build.cache_path = Path(settings["CACHE_PATH"])
        return build
    finally:
        logging.getLogger().removeHandler(counter)


def build_site(settings_file: Path, output: Path, overrides: dict[str, Any] | None = None) -> Build:
    """Build into a temporary folder beside ``output`` and swap it in only on success.

    A failed build raises ResultsError and leaves ``output`` exactly as it was. A
    successful one records what every page showed, for ``make check``.
    """
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = output.parent / f".{output.name}.building"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        build = _run(settings_file, staging, overrides, write=True)
        _guard_output(build, staging)
        _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    write_shown(build.cache_path / SHOWN_FILE, build.shown)
    return build


def _guard_output(build: Build, staging: Path) -> None:
    """Before publishing: no personal data, no raw data, no file type outside the allow-list."""
    assert build.settings is not None  # a build that ran has its settings
    problems = scan_output(staging, build.settings.allowed_contacts)
    problems += find_copies(staging, [build.settings.data_path])
    if problems:
        raise BuildFailed(problems)


def check_site(settings_file: Path, overrides: dict[str, Any] | None = None) -> tuple[Build, Shown | None]:
    """Read and check all data and content without writing the site.

    Returns the build (its book and what each page would show) and the record of
    the last successful build (None when there is none).
    """
    with tempfile.TemporaryDirectory(prefix="public-results-check-") as scratch:
        build = _run(settings_file, Path(scratch), overrides, write=False)
    return build, read_shown(build.cache_path / SHOWN_FILE)


def _swap(staging: Path, output: Path) -> None:
    old = output.parent / f".{output.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if output.exists():
        output.rename(old)
    staging.rename(output)
    shutil.rmtree(old, ignore_errors=True)
