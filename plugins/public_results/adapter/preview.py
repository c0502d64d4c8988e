"""Preview: build, serve the site on 127.0.0.1, and build again whenever a watched file changes.

``make devserver`` runs ``serve``. The content, the data (outside Pelican's content folder, so
it is watched explicitly), the theme, the plugins and the settings are watched by polling
(once a second: no extra dependency, works on every system). Each build runs in a fresh
process, so a change to the plugin's own code is picked up too, and it is a preview build
(with the figure catalogue) into a folder of its own, ``<output>-preview`` (never into the
published ``output``). A failed build prints its errors and leaves the last good site in place,
which the server goes on showing. Every preview build, failed or not, writes the page »Opdater
tallene« (``adapter.update``). The server shows files only: a folder without ``index.html``
is "not found", never a list of its files.
"""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pelican.settings import get_settings_from_file
from pelican.settings import read_settings as read_pelican_settings

from ..danish import words
from ..errors import Problem, ResultsError
from ..site.output_folder import preview_of
from .settings_file import beside

POLL_SECONDS = 1.0
PLUGINS = Path(__file__).resolve().parents[2]  # the folder that holds public_results


def watched_paths(settings_file: Path) -> list[Path]:
    """What a preview watches: the content, the data, the theme, the plugins and the settings file."""
    try:
        settings = read_pelican_settings(str(settings_file))
    except ValueError:  # a folder it names is missing (the build said which): watch the paths as written
        settings = {"PATH": ".", "THEME": "theme", **get_settings_from_file(str(settings_file))}
    named = [settings["PATH"], settings.get("RESULTS_DATA_PATH") or "data", settings["THEME"]]
    named += settings.get("PLUGIN_PATHS", [])
    return [*(beside(settings_file, p) for p in named), Path(settings_file).resolve()]


def snapshot(paths: Iterable[Path]) -> dict[str, tuple[float, int]]:
    """Modification time and size of every file under ``paths`` (caches and bytecode left out)."""
    found = {}
    for root in paths:
        files = [root] if root.is_file() else root.rglob("*") if root.is_dir() else []
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                stat = path.stat()
                found[str(path)] = (stat.st_mtime, stat.st_size)
    return found


def build_once(settings: Path, output: Path) -> bool:
    """One preview build of ``output`` (into ``preview_of(output)``) in a fresh process; its report
    goes to the terminal. True on success."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PLUGINS), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "public_results", "build", "--preview", "--settings", str(settings),
               "--output", str(output)]  # fmt: skip
    return subprocess.run(command, env=env, check=False).returncode == 0


class _PreviewHandler(SimpleHTTPRequestHandler):
    """Files only, quietly, with Danish error pages: a folder without index.html is not listed."""

    error_message_format = words.PREVIEW_ERROR_PAGE

    def log_message(self, format: str, *args: object) -> None:
        pass

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        self.send_error(HTTPStatus.NOT_FOUND)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code == HTTPStatus.NOT_FOUND:
            message, explain = words.PREVIEW_NOT_FOUND, words.PREVIEW_NOT_FOUND_EXPLAIN
        super().send_error(code, message, explain)


def handler_for(folder: Path) -> functools.partial[_PreviewHandler]:
    """The preview server's request handler for the files of ``folder``."""
    return functools.partial(_PreviewHandler, directory=str(folder.resolve()))


def show(output: Path, port: int, requests: int | None = None) -> int:
    """Serve the built site in ``output`` on 127.0.0.1:``port`` as it is (``make serve``): files
    only, no folder listings. ``requests``: stop after so many, for tests; None: until Ctrl+C."""
    if not output.is_dir():
        raise ResultsError(
            Problem(file=str(output), what=words.SHOW_MISSING.format(output=output), fix=words.SHOW_MISSING_FIX)
        )
    with ThreadingHTTPServer(("127.0.0.1", port), handler_for(output)) as server:
        print(words.SHOW_SERVING.format(output=output, port=server.server_address[1]), flush=True)
        try:
            if requests is None:
                server.serve_forever()
            for _ in range(requests or 0):
                server.handle_request()
        except KeyboardInterrupt:
            print(words.PREVIEW_STOPPED)
    return 0


def serve(settings: Path, output: Path, port: int, rounds: int | None = None) -> int:
    """Build a preview of ``output`` into its own folder, serve it on 127.0.0.1:``port`` and rebuild
    on changes (``rounds``: stop after so many polls, for tests; None: until Ctrl+C or SIGINT, also
    when started from a script in the background, where a shell starts programs with SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    print(words.PREVIEW_BUILDING.format(settings=settings), flush=True)
    paths = watched_paths(settings)
    seen = snapshot(paths)  # before the first build: a change made from then on is built
    build_once(settings, output)
    folder = preview_of(output)
    folder.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", port), handler_for(folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(words.PREVIEW_SERVING.format(port=server.server_address[1]), flush=True)
    print(words.PREVIEW_UPDATE_PAGE.format(port=server.server_address[1], page=words.PAGE_UPDATE), flush=True)
    try:
        polls = 0
        while rounds is None or polls < rounds:
            time.sleep(POLL_SECONDS)
            polls += 1
            now = snapshot(paths)
            if now != seen:
                changed = sorted(set(now.items()) ^ set(seen.items()))
                seen = now  # a change made while building is caught at the next look
                print(words.PREVIEW_CHANGED.format(file=Path(changed[0][0]).name), flush=True)
                ok = build_once(settings, output)
                print(words.PREVIEW_DONE if ok else words.PREVIEW_FAILED, flush=True)
    except KeyboardInterrupt:
        print(words.PREVIEW_STOPPED)
    finally:
        server.shutdown()
        server.server_close()
    return 0
