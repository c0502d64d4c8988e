"""The only module that imports Pelican: signal receivers and the build runner.

Receivers are module-level functions (blinker keeps weak references).
Per-build state lives in Pelican's per-run ``context`` dict, never here.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican import Pelican, signals
from pelican.contents import Article, Page
from pelican.generators import Generator
from pelican.log import init as init_pelican_logging
from pelican.readers import DUPLICATES_DEFINITIONS_ALLOWED, MarkdownReader
from pelican.settings import read_settings as read_pelican_settings
from pelican.utils import pelican_open, slugify

from ..danish import numbers, words
from ..errors import BuildFailed, NotFound, Problem
from ..figures.cache import read_digests, write_digests
from ..pages.blocks import keep_compiled
from ..pages.memo import converted
from ..pages.placeholders import TOKEN, Reference, metadata_names, strip_placeholders, tokenise
from ..pages.sanitize import clean_html
from ..privacy.guard import find_copies, scan_output
from ..record.ledger import recorded, write_ledger
from ..record.shown import Shown, read_shown, write_shown
from ..settings import render_cache
from ..site import output_folder as output_tree
from ..site.build import TEMPLATES_FOLDER, Build
from ..site.data_pages import REFERENCES, make_pages
from ..site.finishing import draw_and_place, write_pdfs, write_site_files
from ..site.progress import Progress
from ..site.site_files import CSP
from ..site.summary import summary_lines
from ..site.written_pages import place

CONTEXT_KEY = "RESULTS_BUILD"
REFERENCES_KEY = REFERENCES  # metadata: the placeholders a page holds
PLUGIN_NAME = "public_results"


@dataclass(frozen=True)
class PageReferences:
    references: list[Reference]
    unreadable: list[tuple[int, NotFound]]


class FigureMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with ``{{ … }}`` placeholders swapped for tokens first."""

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        self._source_path = source_path
        with pelican_open(source_path) as text:
            tokenised, references, unreadable = tokenise(metadata_names(text))
        memo = self._memo()
        content, meta = converted(tokenised, self.settings, memo)
        metadata = self._metadata(meta) if meta is not None else {}
        for field in self.settings.get("FORMATTED_FIELDS", ["summary"]):
            if isinstance(text := metadata.get(field), str):
                metadata[field] = memo.get(("clean", text), lambda: clean_html(text)) if memo else clean_html(text)
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

    def _memo(self) -> Any:
        """The build's memo of converted Markdown (None outside a build run by build_site)."""
        build = self.settings.get(CONTEXT_KEY)
        return build.markdown_memo if isinstance(build, Build) and build.loaded else None

    def _metadata(self, meta: dict[str, list[str]]) -> dict[str, Any]:
        """Pelican's ``_parse_metadata``, with formatted fields converted through the cache."""
        output: dict[str, Any] = {}
        for raw_name, value in meta.items():
            name = raw_name.lower()
            if name in self.settings["FORMATTED_FIELDS"]:
                formatted, _ = converted("\n".join(value), self.settings, self._memo(), field=True)
                output[name] = self.process_metadata(name, formatted)
            elif not DUPLICATES_DEFINITIONS_ALLOWED.get(name, True):
                if len(value) > 1:
                    logger.warning("Duplicate definition of `%s` for %s. Using first one.", name, self._source_path)
                output[name] = self.process_metadata(name, value[0])
            else:
                output[name] = self.process_metadata(name, value if len(value) > 1 else value[0])
        return output


logger = logging.getLogger(__name__)


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
    generator.context["RESULTS_CSP"] = CSP
    generator.env.filters["dansk_dato"] = danish_date
    if build.cache_folder is not None:  # the theme's templates, compiled once (the plugin's: Build.load)
        keep_compiled(generator.env, build.cache_folder / TEMPLATES_FOLDER)


def danish_date(value: dt.date | dt.datetime) -> str:
    return numbers.format_date(value)


def place_figures(instance: Any) -> None:
    """content_object_init: put figure values, charts and method boxes into a page."""
    page_references = instance.metadata.get(REFERENCES_KEY)
    context = getattr(instance, "_context", None) or {}
    build = context.get(CONTEXT_KEY)
    if build is None or not isinstance(instance, Article | Page):  # not static files
        return
    if page_references is None:  # no figures: still a page to check for readability and to share
        page_references = PageReferences([], [])
    place(instance, build, page_references.references, page_references.unreadable)


class BriefingGenerator(Generator):
    """Writes the pages made from data (``generated``): a briefing per data date, their listing
    and feed, and the live key figures."""

    def generate_context(self) -> None:
        self.made: list[Any] = []
        build = self.context.get(CONTEXT_KEY)
        if build is None or not build.ready:
            return
        reader = FigureMarkdownReader(self.settings)
        self.made = make_pages(build, self.settings, Path(self.path), lambda path: reader.read(str(path)))
        self.context["results_briefings"] = [p for p in self.made if p.kind == "briefing"]
        self.context["results_live"] = next((p for p in self.made if p.kind == "live"), None)
        self.context["results_catalogue"] = next((p for p in self.made if p.kind == "catalogue"), None)

    def generate_output(self, writer: Any) -> None:
        if not self.made:
            return
        relative = self.settings.get("RELATIVE_URLS", False)
        for page in self.made:
            template = {"briefing": "briefing", "live": "live", "catalogue": "catalogue"}[page.kind]
            writer.write_file(
                page.save_as, self.get_template(template), self.context, relative_urls=relative,
                page=page, page_name=Path(page.save_as).stem, url=page.url,
            )  # fmt: skip
        folder = self.context[CONTEXT_KEY].settings.briefings_path
        listed = self.context["results_briefings"]
        writer.write_file(
            f"{folder}/index.html", self.get_template("briefings"), self.context, relative_urls=relative,
            briefings=list(reversed(listed)), page_name="briefinger",
        )  # fmt: skip
        if self.settings.get("FEED_ALL_ATOM"):
            writer.write_feed(
                list(reversed(listed)), self.context, f"feeds/{folder}.atom.xml", feed_title=words.BRIEFINGS_FEED
            )


def watched_paths(settings_file: Path) -> list[Path]:
    """What a preview watches: the content, the data, the theme, the plugins and the settings file."""
    settings = read_pelican_settings(str(settings_file))
    here = Path(settings_file).resolve().parent
    data = Path(settings.get("RESULTS_DATA_PATH") or "data")
    plugins = [Path(p) for p in settings.get("PLUGIN_PATHS", [])]
    found = [Path(settings["PATH"]), data if data.is_absolute() else here / data, Path(settings["THEME"])]
    return [*found, *(p if p.is_absolute() else here / p for p in plugins), Path(settings_file).resolve()]


def add_generators(pelican: Any) -> type[Generator]:
    """get_generators: the briefings and the live page."""
    return BriefingGenerator


def finish_writing(pelican: Any) -> None:
    """finalized: the briefings' PDFs and the files around the pages (headers, /was, robots, sitemap)."""
    build = pelican.settings.get(CONTEXT_KEY)
    if build is None or not build.writes or build.settings is None:
        return
    output = Path(pelican.output_path)
    if build.settings.briefing_pdf:
        write_pdfs(build, output, render_cache(pelican.settings) / "pdf", str(pelican.settings.get("SITEURL", "")))
    write_site_files(output, pelican.settings)


def finish_reading(generators: list[Any]) -> None:
    """all_generators_finalized: raise every problem of the run before anything is written;
    then draw every chart of the site at once and put the drawings into the pages."""
    build = generators[0].context.get(CONTEXT_KEY) if generators else None
    if build is None:
        return
    if build.problems:
        raise BuildFailed(build.problems)
    build.static_files = [s.save_as for s in generators[0].context.get("staticfiles", [])]  # may stay as they are
    if build.writes and (build.charts or build.cards) and build.settings is not None:
        draw_and_place(build, Path(generators[0].output_path), render_cache(generators[0].settings) / "drawings")


def register() -> None:
    # readers_init: swap placeholders for tokens before Markdown runs.
    signals.readers_init.connect(use_figure_reader)
    # generator_init: fires per generator per run, with the run's own context.
    signals.generator_init.connect(load_data)
    # content_object_init: every article and page, after Markdown, before writing.
    signals.content_object_init.connect(place_figures)
    # get_generators: our generator of briefings and the live page.
    signals.get_generators.connect(add_generators)
    # all_generators_finalized: after reading everything, before writing anything.
    signals.all_generators_finalized.connect(finish_reading)
    # finalized: after writing: the briefings' PDFs, made from the written pages.
    signals.finalized.connect(finish_writing)


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


SCANNED = "scanned.json"  # in the render cache: digests of output texts found free of personal data
SHOWN_FILE = Path("public_results") / "shown-figures.json"  # inside Pelican's CACHE_PATH


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


def _run(
    settings_file: Path,
    output: Path,
    overrides: dict[str, Any] | None,
    *,
    write: bool,
    progress: Progress | None = None,
) -> Build:
    """Run Pelican with a Build we can read afterwards; raise every problem together."""
    build = Build(writes=write, progress=progress or Progress())
    counter = _ErrorCounter()
    logging.getLogger().addHandler(counter)
    try:
        override = {**(overrides or {}), "OUTPUT_PATH": str(output), CONTEXT_KEY: build}
        settings = read_pelican_settings(str(settings_file), override=override)
        if not (settings.get("JINJA_ENVIRONMENT") or {}).get("autoescape"):
            raise BuildFailed(
                Problem(
                    file=str(settings_file),
                    what="skabelonerne gør ikke tekst ufarlig (autoescape): "
                    "en titel med <script> ville blive kørt på siden",
                    fix="Sæt JINJA_ENVIRONMENT = {'autoescape': True, 'trim_blocks': True, 'lstrip_blocks': True}.",
                )
            )
        if settings.get("LOAD_CONTENT_CACHE"):
            raise BuildFailed(
                Problem(
                    file=str(settings_file),
                    what="LOAD_CONTENT_CACHE er slået til: Pelican ville genbruge gamle tal fra sin cache",
                    fix="Sæt LOAD_CONTENT_CACHE = False i indstillingerne.",
                )
            )
        paths = (
            ("RESULTS_DATA_PATH", "data"),
            ("CACHE_PATH", "cache"),
            ("RESULTS_RENDER_CACHE", ""),
            ("RESULTS_FONT_PATH", ""),
            ("RESULTS_LEDGER", "ledger.json"),
        )
        for key, default in paths:
            if not (settings.get(key) or default):
                continue
            path = Path(settings.get(key) or default)
            if not path.is_absolute():  # relative to the settings file, like Pelican's PATH
                settings[key] = str(Path(settings_file).resolve().parent / path)
        notes = str(settings.get("RESULTS_BRIEFINGS_PATH") or "briefinger").strip("/")
        for key in ("ARTICLE_EXCLUDES", "PAGE_EXCLUDES"):  # the briefings' notes are read by our generator
            settings[key] = [*settings.get(key, []), notes]
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


def build_site(
    settings_file: Path,
    output: Path,
    overrides: dict[str, Any] | None = None,
    *,
    record: bool = False,
    progress: Progress | None = None,
) -> Build:
    """Build into a folder beside ``output`` and swap it in only on success (see output_tree).

    A failed build raises ResultsError and leaves ``output`` exactly as it was. A
    successful one records what every page showed, for ``make check``; with ``record``
    (``make publish``) it also writes what each pinned page shows into the ledger.
    """
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    began = output_tree.prepare(output)
    staging = output_tree.staging_of(output)
    try:
        build = _run(settings_file, staging, overrides, write=True, progress=progress)
        build.progress.stage(words.STAGE_GUARD)
        if record and build.alerts:  # make publish: warnings must be fixed first
            what = words.WARNINGS_STOP_PUBLISH.format(count=len(build.alerts))
            stop = Problem(file=str(settings_file), what=what, fix=words.WARNINGS_STOP_PUBLISH_FIX)
            raise BuildFailed([*build.alerts, stop])
        if began is not None:  # started from the spare folder: what this build did not write goes
            output_tree.remove_stale(staging, began, build.static_files)
        _guard_output(build, staging)
        output_tree.swap(output)
        build.progress.end()
    except BaseException:
        output_tree.discard(output)
        if progress is not None:
            progress.end()
        raise
    write_shown(build.cache_path / SHOWN_FILE, build.shown)
    build.summary = summary_lines(build)  # before the figures are kept: it computes some of them
    build.keep_figures()
    if record and build.settings is not None:
        write_ledger(build.settings.ledger, recorded(build.ledger, build.pinned, build.accepted))
    return build


def _guard_output(build: Build, staging: Path) -> None:
    """Before publishing: no personal data, no raw data, no file type outside the allow-list."""
    assert build.settings is not None  # a build that ran has its settings
    allowed = build.settings.allowed_contacts
    kept = build.cache_folder / SCANNED if build.cache_folder else None
    known = read_digests(kept, repr(allowed)) if kept else frozenset()
    clean: set[str] = set()
    problems = scan_output(staging, allowed, known, clean)
    problems += find_copies(staging, [build.settings.data_path])
    if problems:
        raise BuildFailed(problems)
    if kept is not None:
        write_digests(kept, repr(allowed), clean)


def check_site(settings_file: Path, overrides: dict[str, Any] | None = None) -> tuple[Build, Shown | None]:
    """Read and check all data and content without writing the site.

    Returns the build (its book and what each page would show) and the record of
    the last successful build (None when there is none).
    """
    with tempfile.TemporaryDirectory(prefix="public-results-check-") as scratch:
        build = _run(settings_file, Path(scratch), overrides, write=False)
    build.keep_figures()
    return build, read_shown(build.cache_path / SHOWN_FILE)
