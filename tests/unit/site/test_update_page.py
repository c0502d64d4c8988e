"""site.update_page: the parts of »Opdater tallene« that need no build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from public_results.errors import Problem
from public_results.site.update_page import (
    changed_figures,
    gone_pages,
    message,
    new_pages,
    unused_files,
    update_report,
)


def test_a_message_says_where_in_the_words_of_the_terminal_line() -> None:
    problem = Problem(file="forloeb.csv", row=6, column="Status", value="Praktikk", what="statussen er ikke beskrevet",
                      fix="Tilføj den.")  # fmt: skip
    assert message(problem).where == "forloeb.csv, række 6, kolonne »Status«"
    assert message(problem).what == "statussen er ikke beskrevet (værdi: »Praktikk«)"
    many = Problem(file="content/a.md", line=3, more_lines=(8, 12), what="x", fix="y")
    assert message(many).where == "content/a.md, linje 3, 8 og 12"
    assert message(many).where in str(many)


def test_files_the_descriptor_does_not_name_are_listed_and_notes_are_not(tmp_path: Path) -> None:
    for name in ("forloeb.csv", "forloeb_januar.xlsx", "datasets.yaml", "README.md", ".~lock.forloeb.csv#"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert unused_files(tmp_path, [str(tmp_path / "forloeb.csv")]) == ["forloeb_januar.xlsx"]
    assert unused_files(tmp_path / "missing", []) == []


def test_changed_figures_are_read_as_a_reader_reads_them_and_need_a_record() -> None:
    published = {"live.html": {"forløb.praktik": "5", "forløb.alle": "1.012"}}
    shown = {"live.html": {"forløb.praktik": "<5", "forløb.alle": "1.012", "forløb.aktive": "231"}}
    found = changed_figures(published, shown)
    assert [(c.name, c.old, c.new) for c in found] == [
        ("forløb.aktive", "(findes ikke)", "231"),
        ("forløb.praktik", "5", "færre end 5"),
    ]
    assert changed_figures(None, shown) == ()


def test_a_new_page_is_named_once_not_listed_figure_by_figure_and_long_values_are_cut() -> None:
    chart = "31. marts 2017 16 0 0 0; " * 10
    published = {"live.html": {"graf: forløb.status": chart}, "old.md": {"forløb.alle": "1"}}
    shown = {"live.html": {"graf: forløb.status": chart + "x"}, "briefinger/2024-01-31.html": {"forløb.alle": "2"}}
    (changed,) = changed_figures(published, shown)
    assert len(changed.old) == 60 and changed.old.endswith("…")  # as make check cuts it
    assert new_pages(published, shown) == ("briefinger/2024-01-31.html",)
    assert gone_pages(published, shown) == ("old.md",)


def test_the_same_problem_is_shown_once_and_a_warning_stops_publishing() -> None:
    problem = Problem(file="datasets.yaml", line=106, what="datadatoen ligger efter den nyeste række", fix="Ret den.")
    report = update_report([], [], [], [problem, problem], (), compared=False, now=dt.datetime(2024, 2, 3, 9, 5))
    assert len(report.warnings) == 1
    assert not report.ready
    assert report.checked == "3. februar 2024 kl. 09.05"
