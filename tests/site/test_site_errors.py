"""Tiny sites: mistakes stop the build with a clear Danish message and leave output/ alone."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from public_results.adapter.run import build_site
from public_results.errors import BuildFailed, ResultsError
from support import page_text, run_command_line

pytestmark = pytest.mark.site

GOOD = """Title: {{ forløb.aktive }} borgere i aktivt forløb
Date: 2022-02-20
Datadato: 2022-02-15
Summary: {{ forløb.aktive.brøk }}.

Der er {{ forløb.afklaring }} i afklaring.
"""


def previous_output(folder: Path) -> Path:
    output = folder / "output"
    output.mkdir(parents=True)
    (output / "index.html").write_text("sidste gode udgave", encoding="utf-8")
    return output


def test_a_good_tiny_site_builds_with_figures_in_title_summary_and_body(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"aktive.md": GOOD})
    build_site(settings, tmp_path / "output", {"FEED_ALL_ATOM": "feeds/all.atom.xml"})
    text = page_text(tmp_path / "output" / "aktive.html")
    assert "205 borgere i aktivt forløb" in text
    assert "Der er 92 i afklaring." in text
    feed = (tmp_path / "output" / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "205 borgere i aktivt forløb" in feed
    assert "XXRESULTS" not in feed


def test_an_unknown_figure_stops_the_build_naming_file_line_and_the_valid_names(tiny_site, tmp_path: Path) -> None:
    article = GOOD + "\nHer er {{ forløb.aktiv }} og {{ evaluering.håbb }}.\n"
    settings = tiny_site({"fejl.md": article})
    output = previous_output(tmp_path)
    with pytest.raises(BuildFailed) as caught:
        build_site(settings, output)
    report = caught.value.report()
    assert "2 problemer" in report
    assert "fejl.md, linje 8: tallet »forløb.aktiv« findes ikke" in report
    assert "fejl.md, linje 8: tallet »evaluering.håbb« findes ikke" in report
    assert "Brug et af: afklaring, praktik" in report
    assert (output / "index.html").read_text(encoding="utf-8") == "sidste gode udgave"
    assert sorted(p.name for p in output.iterdir()) == ["index.html"]


def test_every_content_mistake_of_a_build_is_reported_together(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site(
        {
            "dato.md": "Title: A\nDate: 2022-01-01\nDatadato: 2019-01-01\n\n{{ forløb.aktive }}\n",
            "graf.md": "Title: {{ graf: forløb.status }}\nDate: 2022-01-01\n\nTekst\n",
            "syntaks.md": "Title: C\nDate: 2022-01-01\n\n{{ kort: forløb.status }} og {{ forløb }}\n",
            "ukendt.md": "Title: D\nDate: 2022-01-01\n\n{{ graf: forløb.cirkel }}\n",
        }
    )
    with pytest.raises(BuildFailed) as caught:
        build_site(settings, tmp_path / "output")
    report = caught.value.report()
    assert "datadatoen 2019-01-01 findes ikke for »forløb«" in report
    assert "Brug en af datadatoerne i datasets.yaml: 2018-05-15, 2022-02-15, 2023-12-31." in report
    assert "graf.md, linje 1: »{{ graf: forløb.status }}« står i en titel" in report
    assert "syntaks.md, linje 4: »{{ kort: forløb.status }}« begynder med et ukendt ord »kort«" in report
    assert "syntaks.md, linje 4: »{{ forløb }}« kan ikke læses" in report
    assert "ukendt.md, linje 4: grafen »forløb.cirkel« findes ikke" in report
    assert not (tmp_path / "output").exists()


def test_a_data_error_names_file_row_column_and_value_and_keeps_output(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"aktive.md": GOOD}, own_data=True)
    data = settings.parent / "data" / "forloeb.csv"
    lines = data.read_text(encoding="cp1252").splitlines()
    lines[3] = lines[3].rsplit(";", 1)[0] + ";Afsluttet - ukendt"
    lines[5] = lines[5].split(";")[0] + ";31-02-2017;" + lines[5].rsplit(";", 1)[1]
    data.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")
    output = previous_output(tmp_path)
    with pytest.raises(ResultsError) as caught:
        build_site(settings, output)
    report = caught.value.report()
    assert "forloeb.csv, række 4, kolonne »Status«: statussen er ikke beskrevet" in report
    assert "(værdi: »Afsluttet - ukendt«)" in report
    assert "forloeb.csv, række 6, kolonne »Dato«: datoen kan ikke læses (værdi: »31-02-2017«)" in report
    assert (output / "index.html").read_text(encoding="utf-8") == "sidste gode udgave"


def test_a_build_without_the_plugin_fails_instead_of_publishing_placeholders(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"aktive.md": GOOD})
    with pytest.raises(BuildFailed, match="pluginet »public_results« blev ikke indlæst"):
        build_site(settings, tmp_path / "output", {"PLUGINS": []})


def test_the_command_line_exits_non_zero_in_danish_without_a_traceback(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"fejl.md": GOOD + "\n{{ forløb.findes_ikke }}\n"})
    output = previous_output(tmp_path)
    result = run_command_line(settings, output)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("Siden blev ikke bygget: 1 problem.\n")
    assert "fejl.md, linje 8: tallet »forløb.findes_ikke« findes ikke" in result.stderr
    assert "Sådan retter du det:" in result.stderr
    assert "er ikke ændret" in result.stderr
    assert (output / "index.html").read_text(encoding="utf-8") == "sidste gode udgave"


def test_the_command_line_builds_a_good_site_and_exits_zero(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"aktive.md": GOOD})
    output = previous_output(tmp_path)
    result = run_command_line(settings, output)
    assert result.returncode == 0, result.stderr
    assert "Sider med tal: " in result.stdout  # our Danish summary, not Pelican's English one
    assert "Done: Processed" not in result.stdout + result.stderr
    assert "205 borgere i aktivt forløb" in page_text(output / "aktive.html")
    assert "sidste gode udgave" not in (output / "index.html").read_text(encoding="utf-8")


def test_pelicans_content_cache_is_refused_because_it_would_keep_old_figures(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"aktive.md": GOOD})
    with pytest.raises(BuildFailed, match="LOAD_CONTENT_CACHE"):
        build_site(settings, tmp_path / "output", {"LOAD_CONTENT_CACHE": True})


def test_a_real_data_file_tracked_by_git_gets_a_warning_and_a_synthetic_one_does_not(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"aktive.md": GOOD}, own_data=True)
    data = settings.parent / "data"
    subprocess.run(["git", "init", "-q", str(settings.parent)], check=True)
    subprocess.run(["git", "-C", str(settings.parent), "add", "data"], check=True)
    assert build_site(settings, tmp_path / "output").warnings == ()
    descriptor = data / "datasets.yaml"
    text = descriptor.read_text(encoding="utf-8")
    real = text.replace("synthetic: true\n    file: forloeb.csv", "synthetic: false\n    file: forloeb.csv")
    descriptor.write_text(real, encoding="utf-8")
    (warning,) = build_site(settings, tmp_path / "output").warnings
    assert warning.startswith("Advarsel: »forloeb.csv« ligger i git, men datasættet »forløb« er ikke markeret")
    assert "RESULTS_DATA_PATH" in warning


def test_a_suppressed_figure_in_a_title_or_summary_stops_the_build_and_says_why(tiny_site, tmp_path: Path) -> None:
    article = """Title: {{ forløb.uddannelse }} i uddannelse
Date: 2018-05-16
Datadato: 2018-05-15
Summary: Og {{ forløb.tilbud }} i tilbud.

I teksten er det fint: {{ forløb.uddannelse }} og {{ forløb.tilbud }}.
"""
    settings = tiny_site({"lille.md": article})
    with pytest.raises(BuildFailed) as caught:
        build_site(settings, tmp_path / "output")
    report = caught.value.report()
    assert "2 problemer" in report
    assert (
        "lille.md, linje 1: »{{ forløb.uddannelse }}« står i en titel eller et resumé, men tallet er udeladt" in report
    )
    assert "(det vises som »Færre end fem«)" in report  # as the title shows it: in words, a capital first
    assert "lille.md, linje 4: »{{ forløb.tilbud }}«" in report and "»et skjult antal«" in report


def test_a_wrong_data_date_is_one_problem_at_its_line_and_a_repeated_unknown_name_one_listing_its_lines(
    tiny_site, tmp_path: Path
) -> None:
    dated = "Title: A\nDate: 2022-01-01\nDatadato: 2019-01-01\n\n{{ forløb.aktive }} og {{ forløb.afklaring }}.\n\n"
    dated += "{{ forløb.aktive.andel }} og {{ graf: forløb.status }}\n"
    named = "Title: B\nDate: 2022-01-01\n\n{{ forløb.aktiv }} her.\n\nOg {{ forløb.aktiv.andel }} der.\n\n"
    named += "Igen {{ forløb.aktiv }}.\n"
    settings = tiny_site({"dato.md": dated, "navn.md": named})
    with pytest.raises(BuildFailed) as caught:
        build_site(settings, tmp_path / "output")
    report = caught.value.report()
    assert "2 problemer" in report
    assert report.count("datadatoen 2019-01-01 findes ikke") == 1
    assert "dato.md, linje 3: datadatoen 2019-01-01 findes ikke for »forløb«" in report
    assert report.count("tallet »forløb.aktiv« findes ikke") == 1
    assert "navn.md, linje 4, 6 og 8: tallet »forløb.aktiv« findes ikke" in report


def excel_that_makes_openpyxl_warn(csv_path: Path, xlsx_path: Path) -> None:
    """The export as an Excel file with a title row, that openpyxl warns about (in English) while
    reading: a data validation extension and a stylesheet it cannot use, as some export tools write."""
    import re  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    import openpyxl  # noqa: PLC0415

    workbook = openpyxl.Workbook()
    workbook.active.append(["Rapport dannet 05-01-2026"])
    workbook.active.append([])
    for line in csv_path.read_text(encoding="cp1252").splitlines():
        workbook.active.append(line.split(";"))
    plain = xlsx_path.with_suffix(".plain.xlsx")
    workbook.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(xlsx_path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                extension = b'<extLst><ext uri="{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}"></ext></extLst>'
                data = data.replace(b"</worksheet>", extension + b"</worksheet>")
            if name == "xl/styles.xml":
                data = re.sub(rb"<cellXfs.*?</cellXfs>", b"", data, flags=re.DOTALL)
            target.writestr(name, data)
    plain.unlink()


def test_a_new_units_excel_export_that_makes_openpyxl_warn_builds_with_no_english_line_and_danish_notes(
    tiny_site, tmp_path
) -> None:
    """One build (to keep the test run short) of a unit's own data: an xlsx export with a title row
    that openpyxl warns about, and the example's subtitle left in the settings."""
    settings = tiny_site({}, own_data=True)
    subtitle = "Tal og historier om borgere med førtidspension i job, praktik og fællesskaber"
    settings.write_text(settings.read_text(encoding="utf-8") + f"SITESUBTITLE = {subtitle!r}\n", encoding="utf-8")
    data = settings.parent / "data"
    excel_that_makes_openpyxl_warn(data / "forloeb.csv", data / "forloeb.xlsx")
    (data / "forloeb.csv").unlink()
    descriptor = data / "datasets.yaml"
    own = descriptor.read_text(encoding="utf-8").replace("forloeb.csv", "forloeb.xlsx")
    descriptor.write_text(own.replace("synthetic: true", "synthetic: false"), "utf-8")
    result = run_command_line(settings, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "output" / "index.html").is_file()
    warning = (
        "Advarsel: pelicanconf.py: SITESUBTITLE har stadig eksemplets tekst, men data er ikke eksemplets: sitet "
        "ville vise eksemplets navn og tekster som jeres"
    )
    assert result.stdout.splitlines().count(warning) == 1
    note = (
        "Til orientering: forloeb.xlsx: kolonneoverskrifterne står i række 3; det, der står over række 3, "
        "er ikke læst som data."
    )
    assert result.stdout.splitlines().count(note) == 1
    printed = result.stdout + result.stderr
    for english in ("extension is not supported", "Workbook contains", "UserWarning", "openpyxl"):
        assert english not in printed
