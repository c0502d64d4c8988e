"""Writing an output file only when its bytes change; the sweep of stale files still sees it written."""

from __future__ import annotations

import os
import time
from pathlib import Path

from public_results import output_files
from public_results.charts.drawing import place_file
from public_results.site.output_folder import remove_stale


def _began(folder: Path) -> int:
    """A moment after which a change time is this build's (as ``output_folder.prepare`` takes it)."""
    marker = folder / ".began"
    marker.write_bytes(b"")
    began = marker.stat().st_ctime_ns
    marker.unlink()
    return began


def _old(path: Path, data: bytes) -> int:
    """``path`` holding ``data``, written a while ago; its modification time."""
    path.write_bytes(data)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    time.sleep(0.01)  # change times are the file system's clock: let this build's be later
    return path.stat().st_mtime_ns


def test_the_same_bytes_are_not_written_again_but_the_file_counts_as_written(tmp_path):
    page = tmp_path / "side.html"
    mtime = _old(page, b"<p>samme</p>")
    gone = tmp_path / "gammel.html"
    _old(gone, b"<p>ingen skriver mig</p>")
    began = _began(tmp_path)
    assert output_files.write_bytes(page, b"<p>samme</p>") is False
    assert page.read_bytes() == b"<p>samme</p>"
    assert page.stat().st_mtime_ns == mtime  # a deploy by time sends it no more
    assert page.stat().st_ctime_ns >= began
    assert remove_stale(tmp_path, began) == ["gammel.html"]  # the one no build step wrote
    assert page.exists() and not gone.exists()


def test_other_bytes_are_written_whatever_their_length(tmp_path):
    page = tmp_path / "side.html"
    for before, after in [(b"abc", b"abcd"), (b"abcd", b"abc"), (b"abc", b"abd"), (b"", b"x"), (b"x", b"")]:
        mtime = _old(page, before)
        assert output_files.write_bytes(page, after) is True
        assert page.read_bytes() == after
        assert page.stat().st_mtime_ns != mtime


def test_a_new_file_is_written_and_text_is_encoded(tmp_path):
    page = tmp_path / "ny.html"
    assert output_files.write_text(page, "Åbent »hus«\n") is True
    assert page.read_bytes() == "Åbent »hus«\n".encode()
    assert output_files.write_text(page, "Åbent »hus«\n") is False
    assert output_files.write_text(page, "Åbent »hus«\n", encoding="cp1252") is True
    assert page.read_bytes() == "Åbent »hus«\n".encode("cp1252")


def test_a_text_opened_for_writing_reaches_the_file_when_it_is_closed(tmp_path):
    page = tmp_path / "side.html"
    mtime = _old(page, "én side".encode())
    with output_files.TextWriting(page) as handle:
        handle.write("én ")
        handle.write("side")
        assert page.read_bytes() == "én side".encode()
    assert page.stat().st_mtime_ns == mtime  # the same text: touched, not written
    with output_files.TextWriting(page) as handle:
        handle.write("to sider")
    assert page.read_text(encoding="utf-8") == "to sider"


def test_a_link_to_the_file_itself_is_only_touched(tmp_path):
    cache, output = tmp_path / "cache.png", tmp_path / "output.png"
    cache.write_bytes(b"png")
    place_file(cache, output)
    assert os.path.samefile(cache, output)
    began = _began(tmp_path)
    place_file(cache, output)
    assert os.path.samefile(cache, output) and output.stat().st_ctime_ns >= began
    other = tmp_path / "other.png"
    other.write_bytes(b"another png")
    place_file(other, output)
    assert output.read_bytes() == b"another png" and cache.read_bytes() == b"png"


def test_walk_lists_files_and_links_below_a_folder_without_the_skipped_top_folder(tmp_path):
    for name in ("b.html", "a/c.html", "a/d/e.css", "pagefind/x.js", "z/pagefind/y.js"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "a", target_is_directory=True)
    found = [name for name, _ in output_files.walk(tmp_path, {"pagefind"})]
    assert found == ["a/c.html", "a/d/e.css", "b.html", "link", "z/pagefind/y.js"]  # a linked folder not followed
