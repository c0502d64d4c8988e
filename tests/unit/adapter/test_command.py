"""The command line refuses, in Danish and without a traceback, what would corrupt the output folder."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from public_results.adapter import command, run
from public_results.site.build_lock import one_build
from public_results.site.output_folder import staging_of
from support import ROOT


def _published(output: Path) -> dict[str, str]:
    for name in ("index.html", "briefinger/2022-02-15.pdf", "grafer/a.csv"):
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_text(f"published {name}", encoding="utf-8")
    return _files(output)


def _files(folder: Path) -> dict[str, str]:
    """Every file of a folder with a checksum of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.hardening
def test_a_second_build_into_the_same_folder_is_refused_and_touches_nothing(tmp_path):
    output = tmp_path / "output"
    before = _published(output)
    half = staging_of(output) / "index.html"  # the running build's half-written page
    half.parent.mkdir()
    half.write_text("halvt", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    command_line = [sys.executable, "-m", "public_results", "build", "--settings", str(ROOT / "pelicanconf.py"),
                    "--output", str(output)]  # fmt: skip
    with one_build(output.resolve()):  # the build that runs
        second = subprocess.run(command_line, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert second.returncode == 1, second.stderr
    assert "En anden bygning er i gang: 1 problem." in second.stderr
    assert f"en anden bygning (proces {os.getpid()}) bygger allerede til »{output.resolve()}«" in second.stderr
    assert f"Sitet i »{output}« er ikke ændret." in second.stderr  # true: nothing was touched
    assert "Uventet fejl" not in second.stderr and "Traceback" not in second.stderr
    assert _files(output) == before
    assert half.read_text(encoding="utf-8") == "halvt"  # the running build's folder is left alone


@pytest.mark.hardening
def test_a_folder_without_write_access_is_a_danish_message_not_a_traceback(tmp_path, monkeypatch, capsys):
    output = tmp_path / "output"
    before = _published(output)

    def read_only(settings_file, staging, *args, **kwargs):  # Pelican writing its first page
        raise PermissionError(13, "Permission denied", str(staging / "index.html"))

    monkeypatch.setattr(run, "_run", read_only)
    code = command.main(["build", "--settings", str(ROOT / "pelicanconf.py"), "--output", str(output)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Sitet kan ikke skrives: 1 problem." in err
    assert f"der er ingen skriveadgang til »{staging_of(output) / 'index.html'}«" in err
    assert f"chmod -R u+w {output}" in err and "byg til en anden mappe med --output" in err
    assert "Uventet fejl" not in err and "PermissionError" not in err
    assert _files(output) == before
