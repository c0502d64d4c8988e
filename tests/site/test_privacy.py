"""Privacy end to end: poisoned inputs stop the build, and the built site leaks nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from public_results.adapter.run import build_site
from public_results.errors import ResultsError
from public_results.privacy.output_check import scan_output

pytestmark = pytest.mark.site

COMMENT = "Har du andre kommentarer til samarbejdet?"
ARTICLE = (
    "Title: Tal\nDate: 2022-02-20\n\n{{ evaluering.håb }} og {{ forløb.aktive }}.\n\n{{ graf: evaluering.målgruppe }}\n"
)


def poison_comment(data: Path, row: int, text: str) -> None:
    """Write ``text`` into the free-text answer on spreadsheet row ``row`` of the survey export."""
    path = data / "evaluering_2021.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    cells = lines[row - 1].split(";")
    cells[-1] = text
    lines[row - 1] = ";".join(cells)
    path.write_text("\r\n".join(lines), encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("text", "kind", "masked"),
    [
        ("Ring til mig, mit cpr er 010190-1234", "CPR", "01****-****"),
        ("Skriv til anna.hansen@example.dk", "e-mail", "an**.******@*******.**"),
        ("Min telefon: 22 34 56 78", "telefon", "22 ** ** **"),
    ],
)
def test_personal_data_in_a_free_text_answer_stops_the_build_with_the_value_masked(
    tiny_site, tmp_path: Path, text: str, kind: str, masked: str
) -> None:
    settings = tiny_site({"tal.md": ARTICLE}, own_data=True)
    poison_comment(settings.parent / "data", 7, text)
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "output")
    report = caught.value.report()
    assert f"evaluering_2021.csv, række 7, kolonne »{COMMENT}«" in report
    assert masked in report
    assert text not in report and text.rsplit(maxsplit=1)[-1] not in report
    assert kind.lower()[:3] in report.lower()


def test_an_id_column_of_cpr_numbers_is_refused(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"tal.md": ARTICLE}, own_data=True)
    path = settings.parent / "data" / "forloeb.csv"
    lines = path.read_text(encoding="cp1252").splitlines()
    ids = sorted({line.split(";")[0] for line in lines[1:] if line})
    cpr = {old: f"{(n % 28) + 1:02d}0190-{1000 + n:04d}" for n, old in enumerate(ids)}
    rows = [line.split(";") for line in lines[1:] if line]
    lines = [lines[0]] + [";".join([cpr[row[0]], *row[1:]]) for row in rows]
    path.write_text("\r\n".join(lines), encoding="cp1252")
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "output")
    report = caught.value.report()
    assert "forloeb.csv, række 2, kolonne »BorgerID«" in report
    assert "i alt" in report  # one summary problem, not one per citizen
    assert not re.search(r"\d{6}-\d{4}", report)


def test_a_contact_address_typed_into_content_is_caught_by_the_output_guard(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"tal.md": ARTICLE + "\nSkriv til sagsbehandler.hansen@kommune.dk eller 22 34 56 78.\n"})
    output = tmp_path / "output"
    with pytest.raises(ResultsError) as caught:
        build_site(settings, output)
    report = caught.value.report()
    assert "tal.html" in report and "sa***********.******@*******.**" in report
    assert not output.exists()
    build_site(
        settings,
        output,
        {"RESULTS_ALLOWED_CONTACTS": ["sagsbehandler.hansen@kommune.dk", "22 34 56 78"]},
    )
    assert (output / "tal.html").exists()


def test_a_raw_data_file_put_into_the_site_is_refused(tiny_site, tmp_path: Path) -> None:
    settings = tiny_site({"tal.md": ARTICLE}, own_data=True)
    static = settings.parent / "content" / "extra"
    static.mkdir()
    (static / "bilag.txt").write_bytes((settings.parent / "data" / "forloeb.csv").read_bytes())
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "output", {"STATIC_PATHS": ["extra"]})
    assert "extra/bilag.txt" in caught.value.report()


def test_the_example_site_passes_the_output_scan_and_publishes_no_small_count(example_site: Path) -> None:
    output = example_site
    assert scan_output(output) == []
    for page in output.rglob("*.html"):
        for table in re.findall(r"<table>.*?</table>", page.read_text(encoding="utf-8"), flags=re.S):
            for cell in re.findall(r'<td class="num">([^<]*)</td>', table):
                number = re.fullmatch(r"(\d+)", cell.replace(".", ""))
                assert cell == "[c]" or number is None or int(number.group(1)) == 0 or int(number.group(1)) >= 5, (
                    page,
                    cell,
                )
