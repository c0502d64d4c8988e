"""The only module that imports Pelican: signal receivers and the build runner.

Receivers are module-level functions (blinker keeps weak references).
Per-build state lives in Pelican's per-run ``context`` dict, never here.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown import Markdown
from pelican import Pelican, signals
from pelican.generators import Generator
from pelican.log import init as init_pelican_logging
from pelican.readers import MarkdownReader
from pelican.settings import read_settings as read_pelican_settings
from pelican.utils import get_relative_path, pelican_open, slugify

from . import numbers, strings
from .briefing_pages import GeneratedPage, Link, briefing_body, live_body
from .briefings import briefings
from .build import Build
from .content import TOKEN, Reference, line_of, parse_data_date, strip_placeholders, substitute, tokenise
from .downloads import THEME_SCRIPT, write_chart_script, write_downloads
from .drawing import clean_svg, draw_all, drawing_key, with_titles
from .errors import BuildFailed, NotFound, Problem
from .figures import Pins
from .guard import find_copies, scan_output
from .history import Decision, correction_notes, newer_data, settle, settle_generated
from .ledger import recorded, write_ledger
from .page import Place, resolve
from .pdf import PdfUnavailable, write_pdf
from .render import SVG_MARKER
from .report import Shown, read_shown, write_shown
from .sanitize import clean_html
from .sitefiles import (
    CSP,
    STATEMENT_PATH,
    htaccess,
    netlify_headers,
    netlify_redirects,
    robots,
    sitemap,
    statement_redirect_page,
)
from .social import FOLDER as SOCIAL_FOLDER
from .social import card_name, card_spec

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
            content = clean_html(self._md.convert(tokenised))  # before anything marks it safe
        metadata = self._parse_metadata(self._md.Meta) if hasattr(self._md, "Meta") else {}
        for field in self.settings.get("FORMATTED_FIELDS", ["summary"]):
            if isinstance(metadata.get(field), str):
                metadata[field] = clean_html(metadata[field])
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
    generator.context["RESULTS_CSP"] = CSP
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
    place = _place(instance, build, file)
    references = page_references.references
    page = resolve(build.book, build.settings, references, pins, place)
    problems += page.problems
    page_key = instance.relative_source_path
    if pins != Pins():  # a pinned page: what it published stays, or is corrected openly
        decision = _decision(instance, file, problems)
        settled, corrections = settle(build.ledger.get(page_key), page, references, decision, file)
        problems += settled
        instance.corrections = correction_notes(corrections)
        if decision.accept is not None:
            build.accepted[page_key] = decision.accept
        newer = newer_data(build.book, build.settings, references, pins, page)
        instance.newer_data_label = numbers.format_date(newer) if newer else None
        build.pinned[page_key] = page.shown
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
    instance.social_card = _social_card(build, instance, str(instance.metadata.get("title", "")))
    instance.has_charts = bool(page.charts)
    if page.charts:
        build.charts.update(page.charts)
        build.chart_pages.append(instance)
    build.problems += problems
    build.shown[page_key] = page.shown


def _social_card(build: Build, instance: Any, title: str) -> str:
    """Register the page's social card (drawn with the charts); its address from the site's root."""
    assert build.settings is not None
    label = getattr(instance, "data_date_label", None)
    date_line = strings.CARD_DATE.format(date=label) if label else str(instance.settings.get("SITESUBTITLE") or "")
    name = f"{SOCIAL_FOLDER}/{card_name(instance.save_as or instance.url or title)}"
    site = str(instance.settings.get("SITENAME", ""))
    build.cards[name] = card_spec(strip_placeholders(title) or site, date_line, site, build.settings.chart_font)
    return name


def _decision(instance: Any, file: str, problems: list[Problem]) -> Decision:
    """«Rettelse: <dato>» or «Fasthold: ja» in a page's metadata."""
    accept = instance.metadata.get("rettelse")
    keep = str(instance.metadata.get("fasthold", "")).strip().lower() in {"ja", "yes", "true"}
    if accept is None:
        return Decision(keep=keep)
    try:
        return Decision(accept=parse_data_date(accept), keep=keep)
    except NotFound:
        source = Path(instance.source_path).read_text(encoding="utf-8-sig")
        problems.append(
            Problem(
                file=file,
                line=line_of(source, "Rettelse"),
                what=strings.DECISION_DATE.format(value=accept),
                fix=strings.DECISION_DATE_FIX,
            )
        )
        return Decision(keep=keep)


class BriefingGenerator(Generator):
    """Writes the pages made from data: a briefing per data date, their listing and feed,
    and the live key figures. Their bodies come from ``briefing_pages`` (pure)."""

    def generate_context(self) -> None:
        self.made: list[GeneratedPage] = []
        build = self.context.get(CONTEXT_KEY)
        if build is None or not build.ready:
            return
        book, settings = build.book, build.settings
        folder = settings.briefings_path
        found = briefings(book)
        timezone = self.settings.get("TIMEZONE") or "UTC"
        for briefing in found:
            page = GeneratedPage(
                title=briefing.title,
                save_as=f"{folder}/{briefing.slug}.html",
                date=_noon(briefing.date, timezone),
                summary=strings.BRIEFING_SUMMARY.format(date=numbers.format_date(briefing.date)),
                settings=self.settings,
                briefing=briefing,
                data_date_label=numbers.format_date(briefing.date),
                pdf=f"{briefing.slug}.pdf" if settings.briefing_pdf else "",
            )
            body = briefing_body(book, settings, briefing, _place(page, build, page.save_as), page.pdf)
            note = Path(self.path) / folder / f"{briefing.slug}.md"
            page.editorial, accept = self._editorial(build, note, briefing)
            settled, corrections = settle_generated(
                build.ledger.get(page.save_as), body.shown, accept, page.save_as, f"content/{folder}/{note.name}"
            )
            build.problems += settled
            page.corrections = correction_notes(corrections)
            if accept is not None:
                build.accepted[page.save_as] = accept
            if briefing is not found[-1]:
                page.newer_data_label = numbers.format_date(found[-1].date)
            build.pinned[page.save_as] = body.shown
            self._keep(build, page, body)
        archive = [Link(p.title, f"{folder}/{Path(p.save_as).name}", p.briefing.date) for p in self.made if p.briefing]
        if found:
            live = GeneratedPage(
                title=strings.LIVE_TITLE,
                save_as=f"{settings.live_page}.html",
                date=_noon(found[-1].date, timezone),
                summary=strings.LIVE_SUMMARY,
                settings=self.settings,
                kind="live",
                data_date_label=numbers.format_date(found[-1].date),
            )
            body = live_body(book, settings, found[-1], _place(live, build, live.save_as), archive)
            live.cards_html = body.cards_html
            self._keep(build, live, body)
        self.context["results_briefings"] = [p for p in self.made if p.kind == "briefing"]
        self.context["results_live"] = next((p for p in self.made if p.kind == "live"), None)
        build.generated = self.made

    def _keep(self, build: Build, page: GeneratedPage, body: Any) -> None:
        page._content, page.shown, page.has_charts = body.html, body.shown, bool(body.charts)
        page.social_card = _social_card(build, page, page.title)
        build.problems += body.problems
        build.charts.update(body.charts)
        if body.charts:
            build.chart_pages.append(page)
        if page.briefing is not None:
            build.shown[page.save_as] = body.shown
        self.made.append(page)

    def _editorial(self, build: Build, path: Path, briefing: Any) -> tuple[str, dt.date | None]:
        """The optional note beside a briefing (figures at the briefing's date), and a «Rettelse» date."""
        if not path.is_file():
            return "", None
        content, metadata = FigureMarkdownReader(self.settings).read(str(path))
        problems: list[Problem] = []
        accept = _decision(_Note(metadata, str(path)), path.name, problems).accept
        references = metadata.get(REFERENCES_KEY)
        if references is not None:
            pins = Pins(data_date=briefing.date, survey_round=briefing.rounds[0][1] if briefing.rounds else None)
            page = resolve(build.book, build.settings, references.references, pins, Place(file=path.name))
            problems += page.problems
            problems += [
                Problem(file=path.name, line=line, what=e.what, fix=e.fix) for line, e in references.unreadable
            ]
            content, _ = substitute(content, page.html_values(), page.blocks)
        build.problems += problems
        return content, accept

    def generate_output(self, writer: Any) -> None:
        if not self.made:
            return
        relative = self.settings.get("RELATIVE_URLS", False)
        for page in self.made:
            template = "briefing" if page.kind == "briefing" else "live"
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
                list(reversed(listed)), self.context, f"feeds/{folder}.atom.xml", feed_title=strings.BRIEFINGS_FEED
            )


@dataclass(frozen=True)
class _Note:
    """A briefing's note file, shaped like a content object for ``_decision``."""

    metadata: dict[str, Any]
    source_path: str


def _noon(day: dt.date, timezone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=zoneinfo.ZoneInfo(timezone))


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
        make_pdfs(pelican, build, output)
    write_site_files(output, pelican.settings)


def write_site_files(output: Path, settings: dict[str, Any]) -> None:
    statement = str(settings.get("ACCESSIBILITY_STATEMENT_URL") or "")
    site_url = str(settings.get("SITEURL") or "")
    files = {"_headers": netlify_headers(), ".htaccess": htaccess(statement), "robots.txt": robots(site_url)}
    if statement:
        files |= {"_redirects": netlify_redirects(statement)}
        files[f"{STATEMENT_PATH}/index.html"] = statement_redirect_page(statement, str(settings.get("SITENAME", "")))
    if site_url.startswith("http"):
        pages = [p.relative_to(output).as_posix() for p in output.rglob("*.html")]
        files["sitemap.xml"] = sitemap(
            site_url, [p for p in pages if p not in {"404.html", f"{STATEMENT_PATH}/index.html"}]
        )
    for name, text in files.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_text(text, encoding="utf-8")


def make_pdfs(pelican: Any, build: Build, output: Path) -> None:
    """An accessible PDF of each briefing, from the written page (cached)."""
    cache = _render_cache(pelican.settings) / "pdf"
    for page in getattr(build, "generated", []):
        if page.pdf:
            html_file = output / page.save_as
            try:
                write_pdf(html_file, html_file.with_name(page.pdf), output, cache, pelican.settings.get("SITEURL", ""))
            except PdfUnavailable as error:
                raise BuildFailed(error.problems) from None


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


def _site(instance: Any) -> str:
    """The site's root as seen from this page: relative with RELATIVE_URLS, else the SITEURL."""
    settings = instance.settings
    if settings.get("RELATIVE_URLS"):
        return get_relative_path(instance.save_as or instance.url or "index.html")
    return settings.get("SITEURL", "")


def _place(instance: Any, build: Build, file: str) -> Place:
    site = _site(instance)
    assert build.settings is not None
    downloads = f"{site}/{build.settings.downloads_path}"  # SITEURL "": from the site's root
    return Place(file=file, downloads=downloads, drawing_version=build.drawing_version, site=site)


def finish_reading(generators: list[Any]) -> None:
    """all_generators_finalized: raise every problem of the run before anything is written;
    then draw every chart of the site at once and put the drawings into the pages."""
    build = generators[0].context.get(CONTEXT_KEY) if generators else None
    if build is None:
        return
    if build.problems:
        raise BuildFailed(build.problems)
    if not build.writes or not (build.charts or build.cards) or build.settings is None:
        return
    settings = build.settings
    output = Path(generators[0].output_path)
    cache = _render_cache(generators[0].settings) / "drawings"
    specs = {key: (view.spec, with_titles(view.spec, view.title, view.subtitle, view.source))
             for key, view in build.charts.items()}  # fmt: skip
    card_keys = {name: drawing_key(spec, build.drawing_version) for name, spec in build.cards.items()}
    specs |= {card_keys[name]: (spec, spec) for name, spec in build.cards.items()}
    drawings, build.drawing_stats = draw_all(specs, cache, settings.font_path, settings.chart_workers)
    for name, key in card_keys.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_bytes(drawings[key].png)
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


SHOWN_FILE = Path("public_results") / "shown-figures.json"  # inside Pelican's CACHE_PATH


def _render_cache(settings: dict[str, Any]) -> Path:
    """Where drawings, PDFs and the script bundle are cached (by content hash: safe to share)."""
    chosen = settings.get("RESULTS_RENDER_CACHE")
    return Path(chosen) if chosen else Path(settings.get("CACHE_PATH") or "cache") / "public_results"


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
    settings_file: Path, output: Path, overrides: dict[str, Any] | None = None, *, record: bool = False
) -> Build:
    """Build into a temporary folder beside ``output`` and swap it in only on success.

    A failed build raises ResultsError and leaves ``output`` exactly as it was. A
    successful one records what every page showed, for ``make check``; with ``record``
    (``make publish``) it also writes what each pinned page shows into the ledger.
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
    if record and build.settings is not None:
        write_ledger(build.settings.ledger, recorded(build.ledger, build.pinned, build.accepted))
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
