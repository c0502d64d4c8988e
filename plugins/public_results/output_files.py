"""Writing a file of the output: its bytes only when they changed.

A build starts from the folder published before it (``site.output_folder``), so most files it
writes are there already, byte for byte. Writing over such a file costs more than reading it:
the old blocks are freed and new ones taken (on a disk that discards freed blocks, a third of a
millisecond a file). ``write_bytes`` reads first; a file that already holds these bytes is only
touched: its change time becomes this build's, which is how the sweep of stale files knows the
build wrote it (``output_folder.remove_stale``), and its modification time stays, so a deploy
that copies files by time (``rsync``, most upload tools) sends only the pages that changed.

Takes a path and bytes or text; gives True when the file was written. ``walk`` lists a written
folder's files (the search index's check and the output check read them all). Imports nothing of
the plugin.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def write_bytes(path: Path | str, data: bytes) -> bool:
    """``path`` holds ``data`` afterwards; True when it had to be written (it held other bytes or
    was not there), False when it was only touched."""
    if _holds(path, data):
        touch(path)
        return False
    with open(path, "wb") as handle:
        handle.write(data)
    return True


def write_text(path: Path | str, text: str, encoding: str = "utf-8") -> bool:
    """``write_bytes`` for a text, encoded (newlines as written: this is Linux's text mode)."""
    return write_bytes(path, text.encode(encoding))


def touch(path: Path | str) -> None:
    """Give ``path`` this moment as its change time and keep its modification time: setting a
    file's times changes its change time, whatever they are set to."""
    seen = os.stat(path)
    os.utime(path, ns=(seen.st_atime_ns, seen.st_mtime_ns))


def _holds(path: Path | str, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:  # not there, a folder, not readable: written as before (and its error raised there)
        return False


class TextWriting(io.StringIO):
    """A text file opened for writing whose text goes to ``path`` through ``write_text`` when it is
    closed (Pelican's writer writes a page in one ``with`` block)."""

    def __init__(self, path: Path | str, encoding: str = "utf-8") -> None:
        super().__init__()
        self.path, self.target_encoding = path, encoding

    def close(self) -> None:
        if not self.closed:
            text = self.getvalue()
            super().close()
            write_text(self.path, text, self.target_encoding)


def walk(folder: Path, skipped: Iterable[str] = (), prefix: str = "") -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(name from ``folder`` with »/«, entry) of every file and symbolic link under ``folder``, sorted
    by name folder by folder, without the top-level entries named in ``skipped``; linked folders are
    not followed. The entries know their kind without asking the disk again."""
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda e: e.name)
    for entry in entries:
        if not prefix and entry.name in skipped:
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(Path(entry.path), (), f"{prefix}{entry.name}/")
        else:
            yield f"{prefix}{entry.name}", entry
