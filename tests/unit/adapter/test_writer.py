"""The writer Pelican uses in a build: a file is written only when its bytes change, and Pelican's
rules against writing a file twice in one run hold as in Pelican's own writer."""

from __future__ import annotations

import os

import pytest
from pelican.writers import FileOverwriteFailedError, Writer

from public_results.adapter.writer import ComparingWriter, comparing_writer


def _write(writer: Writer, path: str, text: str, override: bool = False) -> None:
    with writer._open_w(path, "utf-8", override=override) as handle:
        handle.write(text)


def test_a_page_with_the_same_text_keeps_its_modification_time(tmp_path):
    page = tmp_path / "side.html"
    page.write_text("<p>samme</p>", encoding="utf-8")
    os.utime(page, ns=(10**18, 10**18))
    writer = ComparingWriter(str(tmp_path), settings={})
    _write(writer, str(page), "<p>samme</p>")
    assert page.stat().st_mtime_ns == 10**18
    _write(ComparingWriter(str(tmp_path), settings={}), str(page), "<p>ny</p>")
    assert page.read_text(encoding="utf-8") == "<p>ny</p>"
    assert page.stat().st_mtime_ns != 10**18


@pytest.mark.parametrize("writer_class", [Writer, ComparingWriter])
def test_writing_a_file_twice_follows_pelicans_rules(tmp_path, writer_class):
    page = str(tmp_path / "side.html")
    writer = writer_class(str(tmp_path), settings={})
    _write(writer, page, "en")
    with pytest.raises(FileOverwriteFailedError):
        _write(writer, page, "to")
    _write(writer, page, "tre", override=True)
    _write(writer, page, "fire")  # after an override: skipped, not written
    with pytest.raises(FileOverwriteFailedError):
        _write(writer, page, "fem", override=True)
    assert (tmp_path / "side.html").read_text(encoding="utf-8") == "tre"


def test_pelican_is_handed_the_comparing_writer():
    assert comparing_writer(object()) is ComparingWriter
