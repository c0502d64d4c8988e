"""A built site served on 127.0.0.1, for ``make audit`` and ``make screenshots``.

Files only (no folder listings), and text files gzipped when the browser asks for it, as the hosts
the site is published on do (GitHub Pages, Netlify, Apache with mod_deflate): Lighthouse's transfer
sizes and load times are then those a reader gets. Nothing is served to other machines.
"""

from __future__ import annotations

import functools
import gzip
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
COMPRESSED = {".html", ".css", ".js", ".svg", ".json", ".xml", ".csv", ".txt", ".webmanifest"}


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves the folder's files; gzips text files for browsers that accept it; lists no folder."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

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


@functools.lru_cache(maxsize=512)
def _gzipped(path: Path, modified: int) -> bytes:
    """The file gzipped at level 6 (the common server default); kept until the file changes."""
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


@contextmanager
def serve(folder: Path, name: str = "local-site") -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 on a free port; yields its address, e.g. ``http://127.0.0.1:41234/``.
    ``name``: the serving thread's (the browser tests serve the example site with it too)."""
    handler = functools.partial(_SiteHandler, directory=str(folder))
    server = ThreadingHTTPServer((HOST, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
