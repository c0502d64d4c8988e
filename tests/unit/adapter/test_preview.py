"""The preview server shows files only: a folder without index.html is not found, never listed."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer

import pytest

from public_results.adapter.preview import handler_for, show
from public_results.errors import ResultsError


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.fixture
def served(tmp_path):
    site = tmp_path / "output-preview"
    (site / "grafer").mkdir(parents=True)
    (site / "grafer" / "a.csv").write_text("x;y\n", encoding="utf-8")
    (site / "briefinger").mkdir()
    (site / "briefinger" / "index.html").write_text("<p>Briefinger</p>", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.hardening
def test_a_folder_without_index_html_is_not_found_and_not_listed(served):
    for path in ("/", "/grafer/", "/grafer"):
        status, body = _get(served + path)
        assert status == 404, path
        assert "a.csv" not in body and "Directory listing" not in body
        assert "Siden findes ikke" in body and 'lang="da"' in body


@pytest.mark.hardening
def test_files_and_folders_with_index_html_are_served(served):
    assert _get(served + "/briefinger/") == (200, "<p>Briefinger</p>")
    assert _get(served + "/grafer/a.csv") == (200, "x;y\n")
    status, body = _get(served + "/mangler.html")
    assert status == 404 and "Der er ingen fil med den adresse i forhåndsvisningen." in body


@pytest.mark.hardening
def test_make_serve_shows_the_built_site_without_listing_folders(tmp_path):
    site = tmp_path / "output"
    (site / "grafer").mkdir(parents=True)
    (site / "grafer" / "a.csv").write_text("x;y\n", encoding="utf-8")
    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serving = threading.Thread(target=show, args=(site, port, 2))
    serving.start()
    for _ in range(100):  # until the server listens (a refused connection is not a request)
        try:
            status, body = _get(f"http://127.0.0.1:{port}/grafer/")
            break
        except urllib.error.URLError:
            time.sleep(0.05)
    assert status == 404 and "a.csv" not in body
    assert _get(f"http://127.0.0.1:{port}/grafer/a.csv") == (200, "x;y\n")
    serving.join(timeout=10)
    with pytest.raises(ResultsError):
        show(tmp_path / "mangler", port, 0)
