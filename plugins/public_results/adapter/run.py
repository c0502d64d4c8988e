"""Running a build: Pelican with the plugin, into a folder beside ``output``, swapped in on success.

``build_site`` (``make html``, ``make publish``) and ``check_site`` (``make check``, ``make
figures``) run Pelican with a ``Run`` handed in through its settings: the run's state, which the
receivers fill from the pure stages' results and which is read here afterwards. Pelican's own
settings are read once, into the plugin's frozen ``Settings`` and ``Site``.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.log import init as init_pelican_logging

from ..charts.drawing_pool import DrawingPool, DrawingStats
from ..danish import words
from ..errors import BuildFailed, Problem, ResultsError
from ..figures.cache import read_digests, write_digests
from ..privacy.output_check import find_copies, scan_output
from ..record.ledger import recorded, write_ledger
from ..record.shown import Shown, read_shown, write_shown
from ..settings import Settings, read_settings, read_site
from ..site import build_lock, output_folder
from ..site.build import Collected, Finished, Loaded, PageOutcome, finish, keep_for_next_build, load
from ..site.data_pages import MadePages
from ..site.drawings import early, start_pool
from ..site.example_identity import example_identity_left
from ..site.identity import Identity, read_identity
from ..site.kept_outputs import Made, keep
from ..site.progress import Progress
from ..site.search import sweep_and_index
from ..site.setting_names import checked_settings
from .library_messages import captured
from .pelican_summary import without_pelicans_summary
from .reader import CONTEXT_KEY
from .settings_file import pelican_settings

PLUGIN_NAME = "public_results"
SCANNED = "scanned.json"  # in the render cache: digests of output texts found free of personal data
SEARCHED = "searched.json"  # in the render cache: the pages last indexed for search and the bundle made
SHOWN_FILE = Path("public_results") / "shown-figures.json"  # inside Pelican's CACHE_PATH
PUBLISHED_FILE = Path("public_results") / "published-figures.json"  # the same, of the last make publish


@dataclass
class Run:
    """One Pelican run: what the data stage gave (``loaded``), what the pages gave back
    (``collected``, added to only through ``add``), and the Pelican pages that hold charts."""

    writes: bool = True  # False for make check: read and resolve, draw and write nothing
    progress: Progress = field(default_factory=Progress)
    loaded: Loaded | None = None
    collected: Collected = field(default_factory=Collected)
    made: MadePages = field(default_factory=MadePages)
    chart_pages: list[Any] = field(default_factory=list)  # Pelican's pages holding charts
    static_files: list[str] = field(default_factory=list)  # Pelican's (kept if already up to date)
    drawing_stats: DrawingStats | None = None
    pool: DrawingPool | None = None  # draws charts while the pages are read (a build that writes)
    identity: Identity | None = None  # the municipality's name, logo and accent colour, checked
    pdf_documents: dict[str, str] = field(default_factory=dict)  # a briefing's address: its PDF's HTML
    made_files: list[Made] = field(default_factory=list)  # the API and open data made anew: kept on success
    started: bool = False

    def load(self, pelican_settings: dict[str, Any]) -> None:
        """Read settings and data once per run; problems are kept, not raised."""
        if self.started:
            return
        self.started = True
        self.progress.stage(words.STAGE_DATA)
        try:
            settings = read_settings(pelican_settings)
            self.identity = self._identity(settings, pelican_settings)
            self.loaded = load(settings, read_site(pelican_settings))
            checked, found = checked_settings(self.loaded.book, self.loaded.settings)  # once, not per data date
            self.loaded = replace(self.loaded, settings=checked)
            self.collected.problems += found
            self.collected.alerts += self.loaded.alerts  # data dates after the export's newest row
            left = example_identity_left(pelican_settings, self.loaded.book.descriptions())
            self.collected.alerts += [left] if left is not None else []  # the example's texts on other data
            if self.writes:
                self.pool = start_pool(self.loaded.settings)
        except ResultsError as error:
            self.collected.problems += error.problems
        self.progress.stage(words.STAGE_PAGES)

    def _identity(self, settings: Settings, pelican_settings: dict[str, Any]) -> Identity | None:
        """The site's identity, checked; its problems are kept with the data's (all are shown at once)."""
        content = Path(str(pelican_settings.get("PATH") or "content"))
        try:
            return read_identity(settings, content, pelican_settings.get("STATIC_PATHS") or ())
        except ResultsError as error:
            self.collected.problems += error.problems
            return None

    def add(self, outcome: PageOutcome, *, generated: bool = False) -> None:
        """What a page gives back; its charts go to the drawing pool at once."""
        self.collected.add(outcome, generated=generated)
        if self.pool is not None and outcome.charts:
            early(self.pool, outcome.charts)

    def add_made(self, made: MadePages) -> None:
        self.made = made
        for outcome in made.outcomes:
            self.add(outcome, generated=True)

    def close(self) -> None:
        """End the drawing processes (what was handed out and not yet done is dropped)."""
        if self.pool is not None:
            self.pool.close()

    def stop_on_problems(self) -> None:
        if self.collected.problems:
            raise BuildFailed(self.collected.problems)

    def finished(self) -> Finished:
        assert self.loaded is not None  # a run without problems has read its data
        return finish(self.loaded, self.collected, self.drawing_stats, self.progress.timings)


class _ErrorCounter(logging.Handler):
    """Counts errors Pelican logs and skips (a page that raised, a plugin that failed)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def configure_logging(level: int) -> None:
    init_pelican_logging(level=level)


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
) -> tuple[Run, dict[str, Any]]:
    """Run Pelican with a Run we can read afterwards; raise every problem together."""
    run = Run(writes=write, progress=progress or Progress())
    counter = _ErrorCounter()
    logging.getLogger().addHandler(counter)
    try:
        settings = pelican_settings(settings_file, {**(overrides or {}), "OUTPUT_PATH": str(output), CONTEXT_KEY: run})
        pelican = (Pelican if write else _CheckingPelican)(settings)
        if not any(getattr(p, "__name__", "").endswith(PLUGIN_NAME) for p in pelican.plugins):
            what = words.PLUGIN_NOT_LOADED.format(plugin=PLUGIN_NAME)
            fix = words.PLUGIN_NOT_LOADED_FIX.format(plugin=PLUGIN_NAME)
            raise BuildFailed(Problem(file=str(settings_file), what=what, fix=fix))
        said: list[str] = []  # other libraries' warnings that matter (pandas about dates): said in Danish
        try:
            with without_pelicans_summary(), captured(said):
                pelican.run()
        finally:
            run.close()
        if said:
            run.collected.alerts.append(
                Problem(file=_data_file(run), what=words.LIBRARY_DATES, fix=words.LIBRARY_DATES_FIX)
            )
        if counter.messages:
            raise BuildFailed(
                [
                    Problem(file=str(settings_file), what=words.PELICAN_ERROR.format(message=m), fix=words.SEE_ABOVE)
                    for m in counter.messages
                ]
            )
        return run, settings
    finally:
        logging.getLogger().removeHandler(counter)


def _data_file(run: Run) -> str:
    """Where a library's warning about the data points: the descriptor (it names the files)."""
    return run.loaded.settings.descriptor_path.name if run.loaded is not None else "datasets.yaml"


def build_site(
    settings_file: Path,
    output: Path,
    overrides: dict[str, Any] | None = None,
    *,
    record: bool = False,
    progress: Progress | None = None,
) -> Finished:
    """Build into a folder beside ``output`` and swap it in only on success (see site.output_folder).

    One build at a time per folder (site.build_lock): another build into the same folder raises
    BuildBusy and touches nothing. A failed build raises ResultsError and leaves ``output``
    exactly as it was; a folder it may not write in is a ResultsError too. A successful one
    records what every page showed, for ``make check``; with ``record`` (``make publish``) it
    also writes what each pinned page shows into the ledger.
    """
    output = output.resolve()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with build_lock.one_build(output):
            finished = _build_locked(settings_file, output, overrides, record=record, progress=progress)
    except OSError as error:
        refused = output_folder.not_writable(output, error)
        if refused is None:
            raise
        raise refused from error
    return finished


def _build_locked(
    settings_file: Path,
    output: Path,
    overrides: dict[str, Any] | None,
    *,
    record: bool,
    progress: Progress | None,
) -> Finished:
    """build_site's work, while it holds the output folder's lock."""
    began = output_folder.prepare(output)
    staging = output_folder.staging_of(output)
    try:
        run, settings = _run(settings_file, staging, overrides, write=True, progress=progress)
        if record and run.collected.alerts:  # make publish: warnings must be fixed first
            what = words.WARNINGS_STOP_PUBLISH.format(count=len(run.collected.alerts))
            stop = Problem(file=str(settings_file), what=what, fix=words.WARNINGS_STOP_PUBLISH_FIX)
            raise BuildFailed([*run.collected.alerts, stop])
        sweep_and_index(staging, began, run.static_files, run.progress, _search_record(run), output)
        run.progress.stage(words.STAGE_GUARD)
        _guard_output(run, staging)
        output_folder.swap(output)
        run.progress.end()
    except BaseException:
        output_folder.discard(output, began)
        if progress is not None:
            progress.end()
        raise
    finished = run.finished()  # the data's overview is computed here, before the figures are kept
    write_shown(Path(settings["CACHE_PATH"]) / SHOWN_FILE, finished.shown)
    keep_for_next_build(finished.loaded)
    for made in run.made_files:
        keep(finished.loaded.cache_folder, made, output)
    if record:  # the preview's »Opdater tallene« compares with what was published last
        write_shown(Path(settings["CACHE_PATH"]) / PUBLISHED_FILE, finished.shown)
        collected, loaded = finished.collected, finished.loaded
        write_ledger(loaded.settings.ledger, recorded(loaded.ledger, collected.pinned, collected.accepted))
    return finished


def _search_record(run: Run) -> Path | None:
    """Where the search index's digests are kept (the render cache): an unchanged site is not indexed again."""
    return run.loaded.cache_folder / SEARCHED if run.loaded is not None else None


def _guard_output(run: Run, staging: Path) -> None:
    """Before publishing: no personal data, no raw data, no file type outside the allow-list."""
    assert run.loaded is not None  # a build that ran has read its data
    settings = run.loaded.settings
    allowed = settings.allowed_contacts
    kept = run.loaded.cache_folder / SCANNED
    known = read_digests(kept, repr(allowed))
    clean: set[str] = set()
    problems = scan_output(staging, allowed, known, clean)
    problems += find_copies(staging, [settings.data_path])
    if problems:
        raise BuildFailed(problems)
    write_digests(kept, repr(allowed), clean)


def check_site(settings_file: Path, overrides: dict[str, Any] | None = None) -> tuple[Finished, Shown | None]:
    """Read and check all data and content without writing the site.

    Returns the checked build and the record of the last successful build (None when there is none).
    """
    with tempfile.TemporaryDirectory(prefix="public-results-check-") as scratch:
        run, settings = _run(settings_file, Path(scratch), overrides, write=False)
    finished = run.finished()
    keep_for_next_build(finished.loaded)
    return finished, read_shown(Path(settings["CACHE_PATH"]) / SHOWN_FILE)
