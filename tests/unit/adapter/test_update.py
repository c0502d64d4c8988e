"""adapter.update: the preview's »Opdater tallene« never outlives the build it describes."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from public_results.adapter.update import preview_build
from public_results.errors import BuildFailed, Problem
from public_results.site.update_page import UPDATE_PAGE


def stale_page(folder: Path) -> Path:
    page = folder / UPDATE_PAGE
    page.parent.mkdir(parents=True)
    page.write_text("<p>Ja.</p>", encoding="utf-8")
    return page


def test_a_bug_in_the_build_leaves_no_page_of_an_earlier_build(tmp_path: Path) -> None:
    page = stale_page(tmp_path / "output-preview")
    args = argparse.Namespace(settings=tmp_path / "pelicanconf.py", output=tmp_path / "output-preview")

    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError):
        preview_build(args, broken)
    assert not page.exists()


def test_settings_that_cannot_be_read_leave_no_page_and_the_build_error_is_raised(tmp_path: Path) -> None:
    settings = tmp_path / "pelicanconf.py"
    settings.write_text("JINJA_ENVIRONMENT = {'autoescape': False}\n", encoding="utf-8")
    page = stale_page(tmp_path / "output-preview")
    args = argparse.Namespace(settings=settings, output=tmp_path / "output-preview")
    failed = BuildFailed(Problem(file="pelicanconf.py", what="autoescape er slået fra", fix="Slå den til."))

    def build(args: argparse.Namespace) -> int:
        raise failed

    with pytest.raises(BuildFailed) as raised:
        preview_build(args, build)
    assert raised.value is failed
    assert not page.exists()
