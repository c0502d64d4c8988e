"""Hostile descriptors (issue 17): alias bombs, deep nesting, lists where a text belongs, paths
out of the data folder. Each ends at once with a Danish problem naming the line or key."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from public_results.data.descriptor import read_descriptor
from public_results.data.paths import inside
from public_results.errors import DescriptorError

pytestmark = pytest.mark.hardening

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def problems_of(path: Path) -> list:
    with pytest.raises(DescriptorError) as caught:
        read_descriptor(path)
    return caught.value.problems


def written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "datasets.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_aliases_are_refused_at_once_with_the_line_of_the_first_anchor(tmp_path):
    started = time.perf_counter()
    (problem,) = problems_of(written(tmp_path, BILLION_LAUGHS))
    assert time.perf_counter() - started < 2
    assert problem.line == 1
    assert "henvisning" in problem.what
    assert "Skriv værdien helt ud" in problem.fix


def test_an_alias_bomb_in_caveats_is_refused(make_data):
    path = make_data(
        {"    source: Testsystem\n": '    source: Testsystem\n    caveats: &x ["lol", "lol"]\n    population: *x\n'}
    )
    (problem,) = problems_of(path)
    assert "anker" in problem.what
    assert problem.line is not None


@pytest.mark.parametrize("style", ["block", "flow"])
def test_nesting_a_hundred_levels_deep_is_a_danish_problem_not_a_recursion_error(tmp_path, style):
    if style == "flow":
        text = "datasets: " + "[" * 100 + "x" + "]" * 100 + "\n"
    else:
        text = "".join(f"{'  ' * depth}k{depth}:\n" for depth in range(100)) + "  " * 100 + "x\n"
    started = time.perf_counter()
    (problem,) = problems_of(written(tmp_path, text))
    assert time.perf_counter() - started < 2
    assert "20 niveauer" in problem.what
    assert problem.line is not None


def test_a_thousand_levels_of_brackets_are_refused_too(tmp_path):
    (problem,) = problems_of(written(tmp_path, "[" * 5000 + "]" * 5000))
    assert "niveauer" in problem.what


def test_a_key_that_is_a_list_is_a_problem_not_a_traceback(tmp_path):
    (problem,) = problems_of(written(tmp_path, "datasets:\n  ? [a, b]\n  : 1\n"))
    assert "feltnavn" in problem.what
    assert problem.line == 2


def test_a_descriptor_over_a_megabyte_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "datasets.yaml"
    with path.open("wb") as file:
        file.truncate(50_000_000)
    monkeypatch.setattr(Path, "read_text", lambda *a, **k: pytest.fail("read"))
    (problem,) = problems_of(path)
    assert "grænsen er 1000 kB" in problem.what


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('    caveats: [[lol, lol], "en tekst"]\n', "caveats"),
        ("    caveats:\n      - Bemærk: kolon gør teksten til et felt\n", "caveats"),
    ],
    ids=["nested list", "mapping by a colon"],
)
def test_a_list_or_mapping_where_a_text_belongs_is_a_problem_naming_the_key_and_line(make_data, line, key):
    path = make_data({"    source: Testsystem\n": "    source: Testsystem\n" + line})
    (problem,) = problems_of(path)
    assert f"forløb.{key}" in problem.what
    assert "liste af tekster" in problem.what
    assert "anførselstegn" in problem.fix
    assert problem.line is not None
    assert f"{key}:" in path.read_text(encoding="utf-8").splitlines()[problem.line - 1]


def test_a_list_where_a_title_belongs_names_the_key_and_cuts_the_value(make_data):
    path = make_data({"    title: Forløb\n": f"    title: [{', '.join(['lol'] * 100)}]\n"})
    (problem,) = problems_of(path)
    assert "forløb.title" in problem.what
    assert "…" in problem.what
    assert len(problem.what) < 150
    assert problem.line is not None


def test_a_list_in_raw_labels_is_a_problem(make_data):
    path = make_data({"raw: [Praktik], base: aktive": "raw: [[Praktik]], base: aktive"})
    (problem,) = problems_of(path)
    assert "raw" in problem.what


@pytest.mark.parametrize(
    "file",
    ["../../etc/passwd", "/etc/passwd", "data/../../hemmelig.csv", "C:\\Windows\\win.ini", "\\\\server\\del\\x.csv"],
)
def test_a_data_path_leading_out_of_the_data_folder_is_refused_naming_key_and_line(make_data, file):
    path = make_data({"    file: forloeb.csv\n": f"    file: '{file}'\n"})
    (problem,) = problems_of(path)
    assert "forløb.file" in problem.what
    assert "uden for datamappen" in problem.what
    assert str(path.parent) in problem.fix
    assert "file:" in path.read_text(encoding="utf-8").splitlines()[problem.line - 1]


def test_a_survey_round_path_out_of_the_folder_is_refused(make_data):
    path = make_data({"file: ev2020.csv": "file: ../ev2020.csv"})
    (problem,) = problems_of(path)
    assert "evaluering.rounds.file" in problem.what


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_link_inside_the_folder_that_points_out_of_it_is_refused(make_data, tmp_path):
    outside = tmp_path / "hemmelig.csv"
    outside.write_text("id;dato;status\n", encoding="utf-8")
    path = make_data({"    file: forloeb.csv\n": "    file: genvej.csv\n"})
    (path.parent / "genvej.csv").symlink_to(outside)
    (problem,) = problems_of(path)
    assert "uden for datamappen" in problem.what


def test_a_link_and_a_subfolder_inside_the_folder_are_fine(tmp_path):
    folder = tmp_path / "data"
    (folder / "eksport").mkdir(parents=True)
    (folder / "eksport" / "a.csv").write_text("x\n", encoding="utf-8")
    (folder / "b.csv").symlink_to(folder / "eksport" / "a.csv")
    assert inside(folder, "eksport/a.csv")
    assert inside(folder, "b.csv")
    assert inside(folder, "ny.csv")  # a missing file is reported when it is read
    assert not inside(folder, ".")
    assert not inside(folder, "eksport/../../x.csv")
