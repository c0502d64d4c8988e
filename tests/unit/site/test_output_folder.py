"""The output folder: built beside ``output``, swapped in, and the next build starts from the spare."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from public_results.errors import ResultsError
from public_results.site import output_folder
from public_results.site.output_folder import (
    discard,
    journal_of,
    not_writable,
    prepare,
    preview_of,
    remove_stale,
    spare_of,
    staging_of,
    swap,
)
from support import ROOT


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_first_build_starts_empty_and_the_swap_keeps_the_published_folder_as_the_spare(tmp_path):
    output = tmp_path / "output"
    assert prepare(output) is None
    _write(staging_of(output) / "index.html", "first")
    swap(output)
    assert (output / "index.html").read_text(encoding="utf-8") == "first"
    assert prepare(output) is None  # nothing to start from yet: no spare
    _write(staging_of(output) / "index.html", "second")
    swap(output)
    assert (output / "index.html").read_text(encoding="utf-8") == "second"
    assert (spare_of(output) / "index.html").read_text(encoding="utf-8") == "first"


def test_a_build_starts_from_the_spare_and_only_what_it_wrote_again_stays(tmp_path):
    output = tmp_path / "output"
    spare = spare_of(output)
    for name in ("index.html", "gone.html", "old/page.html", "kort/a.png", "static/logo.svg", "grafer/b.png"):
        _write(spare / name, "before")
    outside = tmp_path / "cache.png"
    outside.write_bytes(b"png")
    began = prepare(output)
    staging = staging_of(output)
    assert began is not None and not spare.exists()
    assert sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file()) == [
        "gone.html", "grafer/b.png", "index.html", "kort/a.png", "old/page.html", "static/logo.svg",
    ]  # fmt: skip
    _write(staging / "index.html", "after")  # written over
    (staging / "kort" / "a.png").unlink()
    os.link(outside, staging / "kort" / "a.png")  # linked again
    _write(staging / "new.html", "new")
    removed = remove_stale(staging, began, kept=["static/logo.svg"], spared=["old"])
    assert removed == ["gone.html", "grafer/b.png"]  # a spared folder is left as it is, whatever its age
    assert (staging / "old" / "page.html").exists()
    removed = remove_stale(staging, began, kept=["static/logo.svg"])
    assert removed == ["old/page.html"]
    left = sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*"))
    assert left == ["index.html", "kort", "kort/a.png", "new.html", "static", "static/logo.svg"]
    assert (staging / "index.html").read_text(encoding="utf-8") == "after"


def test_a_failed_build_discards_its_folder_and_the_next_starts_empty(tmp_path):
    output = tmp_path / "output"
    _write(spare_of(output) / "index.html", "spare")
    assert prepare(output) is not None
    discard(output)
    assert not staging_of(output).exists() and not spare_of(output).exists()
    assert prepare(output) is None


def _files(folder: Path) -> dict[str, str]:
    """Every file of a folder with a checksum of its bytes (the folder's fingerprint)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _published_and_new(output: Path) -> tuple[dict[str, str], dict[str, str]]:
    """A published site in ``output`` and a finished build in its staging folder."""
    for name in ("index.html", "a/side.html", "grafer/b.csv"):
        _write(output / name, f"old {name}")
    for name in ("index.html", "a/side.html", "ny.html"):
        _write(staging_of(output) / name, f"new {name}")
    return _files(output), _files(staging_of(output))


# Runs the swap in its own process and kills it with SIGKILL at its first rename: with
# "exchange" off, that is between the two-rename swap's renames (output set aside, the new
# folder not yet in); with it on, after the exchange.
KILLED_SWAP = """
import os, signal, sys
from pathlib import Path
from public_results.site import output_folder

if sys.argv[2] == "two-renames":
    output_folder._exchange = lambda first, second: False  # as on a system that cannot exchange
rename = Path.rename

def rename_then_die(self, target):
    rename(self, target)
    os.kill(os.getpid(), signal.SIGKILL)

Path.rename = rename_then_die
output_folder.swap(Path(sys.argv[1]))
"""


def _swap_killed(output: Path, way: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    command = [sys.executable, "-c", KILLED_SWAP, str(output), way]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=60)


@pytest.mark.hardening
def test_a_kill_between_the_two_renames_leaves_a_complete_output_after_the_next_start(tmp_path):
    output = tmp_path / "output"
    old, _ = _published_and_new(output)
    killed = _swap_killed(output, "two-renames")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not output.exists() and journal_of(output).exists()  # killed exactly between the renames
    prepare(output)  # the next build starts
    assert _files(output) == old  # the last published site, complete
    assert not journal_of(output).exists()


@pytest.mark.hardening
def test_a_kill_after_the_exchange_leaves_the_new_output_complete(tmp_path):
    output = tmp_path / "output"
    _, new = _published_and_new(output)
    killed = _swap_killed(output, "exchange")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _files(output) == new
    prepare(output)
    assert _files(output) == new


@pytest.mark.hardening
def test_the_swap_keeps_output_present_at_every_rename(tmp_path, monkeypatch):
    output = tmp_path / "output"
    old, new = _published_and_new(output)
    seen = []
    rename = Path.rename

    def watched(self, target):
        seen.append(output.is_dir())
        result = rename(self, target)
        seen.append(output.is_dir())
        return result

    monkeypatch.setattr(Path, "rename", watched)
    swap(output)
    assert _files(output) == new and _files(spare_of(output)) == old
    assert seen and all(seen)  # output/ was there before and after every step


@pytest.mark.hardening
def test_a_failed_swap_puts_the_published_folder_back(tmp_path, monkeypatch):
    output = tmp_path / "output"
    old, _ = _published_and_new(output)
    monkeypatch.setattr(output_folder, "_exchange", lambda first, second: False)
    rename = Path.rename

    def refuse_the_new_folder(self, target):
        if self == staging_of(output):
            raise PermissionError(13, "Permission denied", str(self))
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", refuse_the_new_folder)
    with pytest.raises(PermissionError):
        swap(output)
    assert _files(output) == old and not journal_of(output).exists()


@pytest.mark.hardening
def test_a_build_that_fails_before_writing_leaves_the_spare_as_it_was(tmp_path):
    output = tmp_path / "output"
    for name in ("index.html", "a/side.html", "grafer/b.png"):
        _write(spare_of(output) / name, f"spare {name}")
    time.sleep(0.05)  # change times tick coarsely (a few ms); a real spare is a build older
    before = _files(spare_of(output))
    began = prepare(output)
    discard(output, began)
    assert _files(spare_of(output)) == before and not staging_of(output).exists()


@pytest.mark.hardening
def test_a_build_that_fails_after_writing_gives_back_only_the_files_it_did_not_touch(tmp_path):
    output = tmp_path / "output"
    for name in ("index.html", "a/side.html", "grafer/b.png"):
        _write(spare_of(output) / name, f"spare {name}")
    time.sleep(0.05)  # change times tick coarsely (a few ms); a real spare is a build older
    began = prepare(output)
    staging = staging_of(output)
    _write(staging / "index.html", "half writ")  # written over, then the build failed
    _write(staging / "ny.html", "new")
    discard(output, began)
    assert _files(spare_of(output)) == {
        "a/side.html": hashlib.sha256(b"spare a/side.html").hexdigest(),
        "grafer/b.png": hashlib.sha256(b"spare grafer/b.png").hexdigest(),
    }
    assert prepare(output) is not None  # the next build starts from it


@pytest.mark.hardening
def test_a_folder_without_write_access_is_a_danish_message_naming_it_and_the_fix(tmp_path):
    output = tmp_path / "output"
    denied = PermissionError(13, "Permission denied", str(staging_of(output) / "index.html"))
    error = not_writable(output, denied)
    assert isinstance(error, ResultsError)
    text = error.report()
    assert f"der er ingen skriveadgang til »{staging_of(output) / 'index.html'}«" in text
    assert f"chmod -R u+w {output}" in text and "--output" in text
    read_only = OSError(errno.EROFS, "Read-only file system", str(tmp_path / "cache" / "x.json"))
    assert f"Giv skriveadgang til »{tmp_path / 'cache'}«" in not_writable(output, read_only).report()
    assert not_writable(output, OSError(errno.ENOSPC, "No space left on device")) is None


@pytest.mark.hardening
def test_the_preview_has_a_folder_of_its_own(tmp_path):
    assert preview_of(tmp_path / "output") == tmp_path / "output-preview"
