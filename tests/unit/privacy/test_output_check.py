"""The built site checked before it is published: no raw data, no unknown file types, no personal data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from public_results.privacy.output_check import OUTPUT_NAMES, OUTPUT_TYPES, RAW_TYPES, find_copies, scan_output
from public_results.privacy.personal_data import NAMED_PER_PLACE

# --- scan_output ------------------------------------------------------------------------------

CONTACTS = ["kontakt@enhed.dk", "Tlf. +45 70 20 30 40"]


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def test_the_units_own_contact_details_pass_and_another_email_fails_with_file_and_line(tmp_path):
    page = "<p>Skriv til kontakt@enhed.dk</p>\n<p>Ring 70 20 30 40 eller 7020&nbsp;3040</p>\n<p>anna@example.dk</p>\n"
    write(tmp_path, {"artikler/tal.html": page, "index.html": "<p>KONTAKT@enhed.dk, +4570203040</p>"})

    [problem] = scan_output(tmp_path, CONTACTS)

    assert (problem.file, problem.line, problem.value) == ("artikler/tal.html", 3, "an**@*******.**")
    assert "e-mailadresse" in problem.what
    assert "anna" not in str(problem)


def test_without_an_allow_list_the_contact_details_are_problems(tmp_path):
    write(tmp_path, {"index.html": "<p>kontakt@enhed.dk</p>\n<p>Ring på 70 20 30 40</p>\n"})

    problems = scan_output(tmp_path)

    assert [(p.line, p.value) for p in problems] == [(1, "ko*****@*****.**"), (2, "70 ** ** **")]


@pytest.mark.parametrize("name", ["forloeb.xlsx", "data/datasets.yaml", "svar.SAV", "gammel.xls", "x.parquet"])
def test_raw_data_in_the_output_is_refused_with_its_own_message(tmp_path, name):
    write(tmp_path, {name: b"PK\x03\x04"})

    [problem] = scan_output(tmp_path)

    assert problem.file == name
    assert problem.what == "rådata må aldrig offentliggøres"


@pytest.mark.parametrize("name", ["tools/setup.exe", "backup.zip", "LICENSE", "notes.md", "archive.tar.gz"])
def test_a_file_of_an_unknown_type_is_refused(tmp_path, name):
    write(tmp_path, {name: b"MZ"})

    [problem] = scan_output(tmp_path)

    assert problem.file == name
    assert "må ikke offentliggøres" in problem.what


def test_scripts_styles_fonts_images_and_host_files_are_allowed_and_not_scanned(tmp_path):
    digits = " ".join(str(n) for n in range(22_345_678, 22_346_678)) + " 010190-1234 anna@example.dk"
    write(
        tmp_path,
        {
            "theme/js/vega.min.js": digits,
            "theme/js/embed.mjs": digits,
            "theme/css/site.css": "@media print { a { color: #22345678 } }" + digits,
            "theme/fonts/a.woff2": digits.encode(),
            "images/logo@2x.png": digits.encode(),
            "rapport.pdf": digits.encode(),
            "_headers": "/*\n  Cache-Control: max-age=31536000\n",
            "_redirects": "/was /tilgaengelighed/ 301\n",
            "CNAME": "tal.example.dk\n",
            ".htaccess": "Header set Cache-Control max-age=31536000\n",
            "robots.txt": "User-agent: *\n",
        },
    )
    assert scan_output(tmp_path) == []


def test_the_allowed_types_cover_the_brief():
    assert {".html", ".css", ".js", ".svg", ".csv", ".json", ".woff2", ".webmanifest", ".atom"} <= OUTPUT_TYPES
    assert {"_headers", "_redirects", "CNAME", "robots.txt", ".htaccess"} <= OUTPUT_NAMES
    assert not RAW_TYPES & OUTPUT_TYPES


@pytest.mark.parametrize(
    ("name", "content", "found"),
    [
        ("chart.json", '{"values": [12,0101901234]}', "01********"),  # a comma in JSON separates numbers
        ("spec.json", '{"values": [0.0101901234, 12.0101901234]}', None),
        ("tal.csv", "id,antal\nx,0101901234\n", "01********"),
        ("tal.csv", "kategori;andel\npraktik;0,0101901234\n", None),  # a semicolon file has decimal commas
        ("chart.svg", '<path d="M0,0.0101901234L12.5,0.0101901234Z"/>', None),
        ("feed.atom", "<email>anna@example.dk</email>", "an**@*******.**"),
        ("side.html", "anna&#64;example.dk", "an**@*******.**"),  # entities are read as the browser reads them
        ("side.html", "22&nbsp;34&nbsp;56&nbsp;78", "22\u00a0**\u00a0**\u00a0**"),
        ("side.html", '<img src="logo@2x.png" alt="2017-2018, 15.02.2022">', None),
        ("manifest.webmanifest", '{"name": "010190-1234"}', "01****-****"),
    ],
)
def test_text_files_are_scanned_as_their_type_is_read(tmp_path, name, content, found):
    write(tmp_path, {name: content})
    assert [p.value for p in scan_output(tmp_path)] == ([found] if found else [])


def test_a_line_that_recurs_is_found_in_every_file_and_read_as_its_file_type_reads_it(tmp_path):
    # each line is scanned once per scan (most lines recur: a template's, a drawing's), but its hits
    # are every file's own, and a file of another type reads the same text its own way
    line = "<p>Skriv til anna@example.dk</p>"
    write(tmp_path, {"a.html": f"<h1>A</h1>\n{line}\n", "b/b.html": f"{line}\n", "c.html": "<p>ingen</p>\n"})
    number = "2;0,0101901234"
    write(tmp_path, {"d.csv": f"a;b\n{number}\n", "e.txt": f"{number}\n"})

    problems = scan_output(tmp_path)

    assert [(p.file, p.line, p.value) for p in problems] == [
        ("a.html", 2, "an**@*******.**"),
        ("b/b.html", 1, "an**@*******.**"),
        ("e.txt", 1, "01********"),  # a decimal comma only where a semicolon separates the CSV
    ]


def test_many_hits_in_one_file_give_five_and_a_count(tmp_path):
    write(tmp_path, {"liste.html": "\n".join(f"person{n}@example.dk" for n in range(9))})

    problems = scan_output(tmp_path)

    assert [p.line for p in problems[:NAMED_PER_PLACE]] == [1, 2, 3, 4, 5]
    assert "9 steder" in problems[-1].what and len(problems) == NAMED_PER_PLACE + 1


def test_a_symbolic_link_in_the_output_is_refused(tmp_path):
    write(tmp_path / "data", {"forloeb.csv": "BorgerID;Status\n"})
    (tmp_path / "output").mkdir()
    os.symlink(tmp_path / "data", tmp_path / "output" / "static")
    os.symlink(tmp_path / "data" / "forloeb.csv", tmp_path / "output" / "tal.csv")

    problems = scan_output(tmp_path / "output")

    assert sorted(p.file for p in problems) == ["static", "tal.csv"]
    assert all("genveje" in p.what for p in problems)


def test_a_git_work_tree_at_the_top_of_the_output_is_skipped(tmp_path):
    write(tmp_path, {".git/HEAD": "ref: refs/heads/gh-pages\n", ".git/objects/ab/cdef": b"x", "index.html": ""})
    assert scan_output(tmp_path) == []


# --- find_copies ------------------------------------------------------------------------------


def test_a_renamed_copy_of_an_input_file_is_found(tmp_path):
    export = "BorgerID;Dato;Status\nB0417;2022-01-01;Praktik\n"
    data = write(tmp_path / "data", {"forloeb.csv": export, "svar.xlsx": b"PK\x03\x04 workbook"})
    output = write(
        tmp_path / "output",
        {
            "downloads/tal-2022.csv": export,
            "downloads/andre.csv": export + "\n",
            "index.html": "",
        },
    )

    [problem] = find_copies(output, [data / "forloeb.csv", data / "svar.xlsx"])

    assert problem.file == "downloads/tal-2022.csv"
    assert "forloeb.csv" in problem.what
    assert find_copies(output, [data]) == [problem]  # a folder means its files


def test_empty_and_missing_inputs_are_copies_of_nothing(tmp_path):
    data = write(tmp_path / "data", {"tom.csv": ""})
    output = write(tmp_path / "output", {".nojekyll": "", "index.html": "x"})
    assert find_copies(output, [data / "tom.csv", data / "findes-ikke.csv"]) == []


# --- A drawing's geometry is no text ------------------------------------------------------------

SVG = (
    '<svg><path d="M 010190 1234 L 22 34 56 78 Z" transform="translate(221033 4455)"></path>'
    '<text x="120392" y="1234">{text}</text><rect width="22345678" height="10"></rect></svg>'
)


def test_geometry_is_not_read_as_personal_data(tmp_path):
    (tmp_path / "side.html").write_text(SVG.format(text="94 %"), encoding="utf-8")
    assert scan_output(tmp_path) == []


def test_text_in_a_drawing_and_anything_but_geometry_in_an_attribute_is_scanned(tmp_path):
    (tmp_path / "tekst.html").write_text(SVG.format(text="ring 22 34 56 78"), encoding="utf-8")
    (tmp_path / "attribut.html").write_text('<svg><path d="M0 0" aria-label="010190-1234"></path></svg>')
    (tmp_path / "adresse.html").write_text('<svg><path d="M 0 0 anna@example.dk"></path></svg>')
    found = sorted((p.file, p.value) for p in scan_output(tmp_path))
    assert found == [("adresse.html", "an**@*******.**"), ("attribut.html", "01****-****"),
                     ("tekst.html", "22 ** ** **")]  # fmt: skip
