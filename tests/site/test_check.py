"""`make check`: data and content are checked without writing, and changed figures are listed."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from public_results.adapter.run import build_site, check_site
from public_results.errors import ResultsError
from public_results.figures.overview import dataset_summary
from public_results.record.shown import Change, changes, changes_table
from public_results.site.summary import page_counts
from support import ROOT

pytestmark = pytest.mark.site

ARTICLE = """Title: Status
Date: 2022-02-20
Datadato: 2022-02-15

Aktive: {{ forløb.aktive }}. Praktik: {{ forløb.praktik }}. Håb: {{ evaluering.håb }}.

{{ graf: forløb.aktive_fordeling }}
"""


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def move_one_citizen_from_praktik_to_afklaring(data: Path) -> None:
    """Rewrite the newest 'Praktik' row on or before the data date as a new start in afklaring."""
    path = data / "forloeb.csv"
    lines = path.read_text(encoding="cp1252").splitlines()
    for number in range(len(lines) - 1, 0, -1):
        day = dt.datetime.strptime(lines[number].split(";")[1], "%d-%m-%Y").date()
        if lines[number].endswith(";Praktik") and day <= dt.date(2022, 2, 15):
            lines[number] = lines[number].removesuffix("Praktik") + "Afklaring påbegyndt"
            break
    path.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")


def test_check_lists_every_figure_that_a_data_change_would_change(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"status.md": ARTICLE}, own_data=True)
    build_site(settings, tmp_path / "output")
    before = tree_digest(tmp_path / "output")
    move_one_citizen_from_praktik_to_afklaring(settings.parent / "data")

    build, last = check_site(settings)

    assert last is not None
    found = changes(last, build.shown)
    by_name = {c.name: c for c in found if c.page == "articles/status.md"}
    # 4 is below the threshold: recorded as »<5«, shown as the suppressed phrase, never as the small number
    assert by_name["forløb.praktik"] == Change("articles/status.md", "forløb.praktik", "5", "<5")
    assert "forløb.aktive" not in by_name  # one citizen moved between two active statuses
    assert "graf: forløb.aktive_fordeling" in by_name
    assert "evaluering.håb" not in by_name
    assert tree_digest(tmp_path / "output") == before  # check writes nothing
    table = changes_table(found)
    assert re.match(r"\d+ publicerede tal ændrer sig", table[0])
    assert len(by_name) == 2  # on the article: the praktik figure and the chart
    assert "  articles/status.md  {{ forløb.praktik }}  5 → færre end 5" in table


def test_check_without_a_previous_build_still_checks_and_summarises(tiny_site) -> None:
    settings = tiny_site({"status.md": ARTICLE})
    build, last = check_site(settings)
    assert last is None
    summary = dataset_summary(build.book)
    assert summary[0].startswith("evaluering (spørgeskema), måling 2021: 185 besvarelser, 8 spørgsmål")
    assert summary[1].startswith("evaluering (spørgeskema), måling 2023: 204 besvarelser, 8 spørgsmål")
    assert "1.012 borgere" in summary[2]
    assert "datadatoer: 15. maj 2018, 15. februar 2022, 31. december 2023" in summary[2]


def test_check_reports_content_and_data_problems_together(tiny_site) -> None:
    settings = tiny_site({"status.md": ARTICLE + "\n{{ forløb.ukendt }}\n"}, own_data=True)
    data = settings.parent / "data" / "evaluering_2021.csv"
    text = data.read_text(encoding="utf-8-sig").replace("Slet ikke", "Slet ikk", 1)
    data.write_text(text, encoding="utf-8-sig")
    with pytest.raises(ResultsError) as caught:
        check_site(settings)
    report = caught.value.report()
    assert "evaluering_2021.csv, række" in report and "(værdi: »Slet ikk«)" in report


def test_check_counts_the_pages_as_the_build_does_and_pelican_prints_no_english_line(
    tiny_site, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    settings = tiny_site({"status.md": ARTICLE})
    built = build_site(settings, tmp_path / "output")
    checked, _ = check_site(settings)
    assert page_counts(built)[0] == 1  # the one article (pages made from data come on top)
    assert page_counts(checked) == page_counts(built)
    printed = capfd.readouterr()
    assert "Done: Processed" not in printed.out + printed.err


def test_a_failed_build_leaves_the_previous_output_byte_for_byte(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"status.md": ARTICLE})
    output = tmp_path / "output"
    build_site(settings, output)
    before = tree_digest(output)
    (settings.parent / "content" / "articles" / "status.md").write_text(ARTICLE + "{{ forløb.nej }}\n", "utf-8")
    with pytest.raises(ResultsError):
        build_site(settings, output)
    assert tree_digest(output) == before
    assert [p.name for p in tmp_path.glob(".output.*")] == [".output.lock"]  # no staging folder; the lock file stays


def test_make_check_prints_the_summary_and_exits_zero_on_the_example_site() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "evaluering (spørgeskema), måling 2021: 185 besvarelser" in result.stdout
    assert "Alt er i orden." in result.stdout
    assert re.search(
        r"^Indhold: \d+ sider med tal er tjekket \(\d+ artikler og sider, \d+ lavet af data\)\.$", result.stdout, re.M
    )
    assert "Done: Processed" not in result.stdout
    assert "Traceback" not in result.stderr


def test_the_command_line_check_exits_non_zero_on_a_mistake(tiny_site) -> None:
    settings = tiny_site({"status.md": ARTICLE + "\n{{ forløb.ukendt }}\n"})
    result = subprocess.run(
        [sys.executable, "-m", "public_results", "check", "--settings", str(settings)],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "plugins"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Tjekket fandt fejl: 1 problem.\n")  # it checks; it does not build
    assert "status.md, linje 9: tallet »forløb.ukendt« findes ikke" in result.stderr
    assert "Traceback" not in result.stderr
