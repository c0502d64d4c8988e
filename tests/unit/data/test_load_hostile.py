"""Hostile data files (issue 17): a file over the size limit is refused unread (also by the figure
cache's fingerprint), a cell larger than Excel allows is refused, and its value is cut in the message."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from public_results.data import load_excel
from public_results.data.load import read_table
from public_results.errors import DataError, Problem
from public_results.figures.cache import fingerprint
from public_results.figures.prepare import prepare
from public_results.settings import read_settings

pytestmark = pytest.mark.hardening

LIMIT = 1_000_000  # RESULTS_MAX_FILE_MB = 1


def no_whole_reads(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Fail the test when ``path`` is read whole."""
    original_bytes, original_text = Path.read_bytes, Path.read_text

    def read_bytes(self: Path) -> bytes:
        assert self != path, f"{path.name} was read whole"
        return original_bytes(self)

    def read_text(self: Path, *args, **kwargs) -> str:
        assert self != path, f"{path.name} was read whole"
        return original_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "read_text", read_text)


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as file:
        file.truncate(size)
    return path


def test_a_file_over_the_limit_is_refused_by_its_size_without_being_read(tmp_path, monkeypatch):
    path = sparse(tmp_path / "forloeb.csv", 2 * LIMIT)
    no_whole_reads(monkeypatch, path)
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("opened"))
    with pytest.raises(DataError) as caught:
        read_table(path, max_bytes=LIMIT)
    (problem,) = caught.value.problems
    assert "grænsen er 1,0 MB" in problem.what


def test_the_fingerprint_of_a_file_over_the_limit_reads_nothing_and_the_build_refuses_it(make_data, monkeypatch):
    descriptor = make_data()
    huge = sparse(descriptor.parent / "forloeb.csv", 3 * LIMIT)
    settings = read_settings({"RESULTS_DATA_PATH": str(descriptor.parent), "RESULTS_MAX_FILE_MB": 1})
    no_whole_reads(monkeypatch, huge)
    original_open = Path.open
    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: pytest.fail("opened") if self == huge else original_open(self, *a, **k)
    )
    assert fingerprint(settings, [huge]) is None
    started = time.perf_counter()
    with pytest.raises(DataError) as caught:
        prepare(settings, cache=descriptor.parent / "cache")
    assert time.perf_counter() - started < 5
    assert any(p.file == "forloeb.csv" and "grænsen er 1,0 MB" in p.what for p in caught.value.problems)


def test_the_fingerprint_streams_a_file_and_follows_every_byte(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "datasets.yaml").write_text("datasets: {}\n", encoding="utf-8")
    file = data / "a.csv"
    file.write_bytes(b"x;y\r\n" + b"1;2\r\n" * 500_000)  # 2.5 MB: several chunks
    settings = read_settings({"RESULTS_DATA_PATH": str(data)})
    no_whole_reads(monkeypatch, file)
    first = fingerprint(settings, [file])
    with file.open("r+b") as handle:
        handle.seek(2_400_000)
        handle.write(b"9")
    assert first is not None
    assert fingerprint(settings, [file]) not in (first, None)


def workbook_with(path: Path, cell: str) -> Path:
    """A workbook whose cell B2 holds ``cell``, written into the XML (openpyxl itself cuts long cells)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["BorgerID", "Status"])
    sheet.append(["x1", "PLADSHOLDER"])
    plain = path.with_suffix(".plain.xlsx")
    workbook.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info).replace(b"PLADSHOLDER", cell.encode()))
    return path


def test_an_xlsx_with_one_huge_cell_is_refused_while_streamed_with_no_value_printed(tmp_path, monkeypatch):
    path = workbook_with(tmp_path / "forloeb.xlsx", "lol " * 2_500_000)  # a 10 MB cell in a small file
    assert path.stat().st_size < 200_000
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("openpyxl opened it"))
    started = time.perf_counter()
    with pytest.raises(DataError) as caught:
        read_table(path, max_bytes=50 * LIMIT)
    assert time.perf_counter() - started < 5
    (problem,) = caught.value.problems
    assert "mere end 32.767 tegn" in problem.what
    assert len(str(caught.value)) < 400


def test_a_cell_longer_than_excel_allows_names_its_row_and_column_and_is_cut(tmp_path):
    path = workbook_with(tmp_path / "forloeb.xlsx", "010190-1234 " + "x" * 40_000)
    with pytest.raises(DataError) as caught:
        read_table(path)
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (2, "Status")
    assert problem.value.startswith("01****-****")  # masked, then cut
    assert problem.value.endswith("…")
    assert len(problem.value) == 60


def test_a_csv_cell_over_the_csv_readers_limit_is_a_problem_naming_its_row(tmp_path):
    path = tmp_path / "forloeb.csv"
    path.write_text("ID;Svar\n1;ja\n2;" + "y" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_table(path)
    (problem,) = caught.value.problems
    assert problem.row == 3
    assert "32.767 tegn" in problem.what


def test_a_csv_cell_over_excels_limit_is_a_problem_with_the_value_cut(tmp_path):
    path = tmp_path / "forloeb.csv"
    path.write_text("ID;Svar\n1;" + "z" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_table(path)
    (problem,) = caught.value.problems
    assert (problem.row, problem.column, problem.value) == (2, "Svar", "z" * 59 + "…")


def test_a_long_text_split_over_a_chunk_boundary_is_found(tmp_path):
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/sharedStrings.xml", b"<sst>" + b" " * (1 << 20) + b"<si><t>" + b"a" * 300_000 + b"</t></si></sst>"
        )
    with pytest.raises(DataError) as caught:
        read_table(path)
    assert "tegn" in caught.value.problems[0].what


def test_every_problem_cuts_its_value_to_sixty_characters():
    problem = Problem(file="a.csv", what="w", fix="f", value="v" * 1_000, column="k" * 1_000)
    assert problem.value == "v" * 59 + "…"
    assert problem.column == "k" * 199 + "…"
    assert len(str(problem)) < 400


def test_a_shared_string_split_into_many_short_runs_is_refused_before_openpyxl(tmp_path, monkeypatch):
    runs = b"<r><rPr><b/></rPr><t>" + b"lol " * 1_000 + b"</t></r>"  # each run short, the string 5 MB
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"<sst><si><t>ok</t></si><si>" + runs * 1_200 + b"</si></sst>")
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("openpyxl opened it"))
    with pytest.raises(DataError) as caught:
        read_table(path)
    assert "32.767 tegn" in caught.value.problems[0].what


def test_many_short_shared_strings_pass_the_scan_however_large_the_part(tmp_path):
    path = tmp_path / "a.xlsx"
    strings = b"".join(b"<si><t>svar %d</t></si>" % number for number in range(400_000))  # 9 MB in all
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + strings + b"</sst>")
    assert not load_excel._has_long_text(path)
