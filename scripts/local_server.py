"""A built site served on 127.0.0.1, for ``make audit``, ``make screenshots`` and the browser tests.

Files only (no folder listings), and text files gzipped when the browser asks for it, as the hosts
the site is published on do (GitHub Pages, Netlify, Apache with mod_deflate): Lighthouse's transfer
sizes and load times are then those a reader gets. Each answer carries the headers the site's own
``_headers`` file gives its address, matched as Netlify matches them (``*`` anything, ``:name`` one
part of the address, case ignored, a trailing ``/`` optional); a header given by several matching
blocks has their different values joined with commas, as Cloudflare Pages joins them. Nothing is
served to other machines.
"""

from __future__ import annotations

import functools
import gzip
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
COMPRESSED = {".html", ".css", ".js", ".svg", ".json", ".xml", ".csv", ".txt", ".webmanifest"}


Rules = list[tuple[re.Pattern[str], list[tuple[str, str]]]]


def header_rules(text: str) -> Rules:
    """The blocks of a ``_headers`` file: each path as a pattern, with its headers in order."""
    rules: Rules = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((path_pattern(line.strip()), []))
        elif rules and ":" in line:
            name, value = line.split(":", 1)
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


def path_pattern(path: str) -> re.Pattern[str]:
    """A ``_headers`` path as Netlify reads it: ``*`` alone any rest (or none), in a part any text;
    ``:name`` one part; the rest literal; case ignored; a trailing ``/`` optional."""

    def part(text: str) -> str:
        if text.startswith(":"):
            return "([^/]+)"
        if text == "*":
            return "?(.*)"
        return ".*".join(re.escape(piece) for piece in text.split("*"))

    return re.compile("^/" + "/".join(part(p) for p in path.split("/") if p) + "/?$", re.IGNORECASE)


def headers_for(rules: Rules, path: str) -> dict[str, str]:
    """The headers of every block matching ``path``; a header's different values from several blocks
    joined with ``, `` (a value given again is not repeated)."""
    found: dict[str, list[str]] = {}
    for pattern, headers in rules:
        if pattern.match(path):
            for name, value in headers:
                values = found.setdefault(name, [])
                values += [] if value in values else [value]
    return {name: ", ".join(values) for name, values in found.items()}


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves the folder's files with the headers of its ``_headers``; gzips text files for browsers
    that accept it; lists no folder."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        rules = _rules(Path(self.directory) / "_headers")
        for name, value in headers_for(rules, self.path.split("?", 1)[0]).items():
            self.send_header(name, value)
        super().end_headers()

    def list_directory(self, path: str | Path) -> None:  # type: ignore[override]
        self.send_error(404, "No folder listings")

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.suffix in COMPRESSED and path.is_file()):
            super().do_GET()
            return
        body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


def _rules(file: Path) -> Rules:
    try:
        return _read_rules(file, file.stat().st_mtime_ns)
    except FileNotFoundError:
        return []


@functools.lru_cache(maxsize=8)
def _read_rules(file: Path, modified: int) -> Rules:
    """The file's rules; kept until the file changes."""
    return header_rules(file.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=512)
def _gzipped(path: Path, modified: int) -> bytes:
    """The file gzipped at level 6 (the common server default); kept until the file changes."""
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class _Server(ThreadingHTTPServer):
    """Quiet when a browser hangs up before the answer is sent (a page closed while it still loaded a
    file), as a web server is; any other error in a request is printed as before."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


@contextmanager
def serve(folder: Path, name: str = "local-site") -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 on a free port; yields its address, e.g. ``http://127.0.0.1:41234/``.
    ``name``: the serving thread's (the browser tests serve the example site with it too)."""
    handler = functools.partial(_SiteHandler, directory=str(folder))
    server = _Server((HOST, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
