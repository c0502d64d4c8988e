"""`make clean` (and `python tasks.py clean`) remove what the README's table says: output and caches."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT

MADE = ("output/index.html", "output-preview/katalog.html", ".output.building/a.html", ".output.spare/a.html",
        ".output-preview.spare/a.html", "cache/public_results/shown-figures.json", ".pytest_cache/v/x")  # fmt: skip
MADE_FILES = (".output.lock", ".output.swapping", ".output-preview.lock")
KEPT = (".venv/bin/python", "content/a.md", "data/datasets.yaml", "ledger.json")


def _project(folder: Path) -> Path:
    for name in ("Makefile", "tasks.py"):
        shutil.copy(ROOT / name, folder / name)
    for name in (*MADE, *MADE_FILES, *KEPT):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("x", encoding="utf-8")
    return folder


def _left(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"Makefile", "tasks.py"}


@pytest.mark.hardening
@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_clean_removes_output_the_preview_the_working_folders_and_the_cache(tmp_path):
    project = _project(tmp_path)
    subprocess.run(["make", "--no-print-directory", "clean"], cwd=project, check=True, capture_output=True)
    assert _left(project) == set(KEPT)


@pytest.mark.hardening
def test_python_tasks_py_clean_does_the_same(tmp_path):
    project = _project(tmp_path)
    subprocess.run([sys.executable, "tasks.py", "clean"], cwd=project, check=True, capture_output=True)
    assert _left(project) == set(KEPT)
