"""Open data in a built site: valid packages holding the figures the pages show, nothing below the
privacy rules, the output guard over the new files, the »Data« page and a catalogue with absolute
addresses in a publish build."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
from pathlib import Path

import frictionless
import pytest

from public_results.adapter.run import build_site
from public_results.errors import ResultsError
from public_results.privacy.output_check import scan_output
from public_results.site import data_files
from support import once_per_run, write_site

pytestmark = pytest.mark.site

PACKAGES = [
    "evaluering/2021-11-30",
    "evaluering/2023-11-30",
    "forloeb/2018-05-15",
    "forloeb/2022-02-15",
    "forloeb/2023-12-31",
]
SITE_URL = "https://resultater.example.dk"
ARTICLE = "Title: {{ evaluering.håb }} oplever håb\nDate: 2022-02-20\nDatadato: 2022-02-15\nRunde: 2021\n\nTekst.\n"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_a_valid_data_package_per_data_date_and_survey_round(example_site: Path) -> None:
    found = sorted(p.parent.relative_to(example_site / "data").as_posix() for p in example_site.glob("data/*/*/*.json"))
    assert found == PACKAGES
    for folder in PACKAGES:
        report = frictionless.validate(example_site / "data" / folder / "datapackage.json")
        assert report.valid, (folder, report.flatten(["type", "note"]))


def test_the_packages_hold_the_figures_the_charts_downloads_show(example_site: Path) -> None:
    """Every count (and share) of a chart's CSV download on a data date is the package's, hidden cells
    included; the seed articles' figures are there."""
    charts = example_site / "grafer"
    for day in ("2018-05-15", "2022-02-15", "2023-12-31"):
        status = {row["navn"]: row for row in read_csv(example_site / f"data/forloeb/{day}/status.csv")}
        compared = 0
        for download in charts.glob(f"forloeb-*-{day}*.csv"):
            for row in read_csv(download):
                if row.get("Gruppe") in status:
                    assert row["Antal"] == status[row["Gruppe"]]["antal"], (download.name, row)
                    compared += 1
        assert compared >= 10, day
    may_2018 = {row["kode"]: row["antal"] for row in read_csv(example_site / "data/forloeb/2018-05-15/status.csv")}
    assert (may_2018["alle"], may_2018["meningsfuld"], may_2018["afsluttet"]) == ("238", "116", "177")
    assert may_2018["uddannelse"] == ".." and may_2018["tilbud"] == ".."  # 2, and what would give it away
    feb_2022 = {row["kode"]: row["antal"] for row in read_csv(example_site / "data/forloeb/2022-02-15/status.csv")}
    assert (feb_2022["aktive"], feb_2022["løntilskud"], feb_2022["praktik"]) == ("205", "82", "5")
    for round_name, day in (("2021", "2021-11-30"), ("2023", "2023-11-30")):
        folder = example_site / "data/evaluering" / day
        questions = {row["spoergsmaal"]: row for row in read_csv(folder / "spoergsmaal.csv")}
        for row in read_csv(charts / f"evaluering-enighed-maaling-{round_name}.csv"):
            shown = questions[row["Spørgsmål"]]
            assert (row["Andel (%)"], row["Antal positive"], row["Basen (n)"]) == (
                shown["andel_pct"], shown["positive"], shown["n"],
            )  # fmt: skip
        answers = {(row["spoergsmaal"], row["svar"]): row for row in read_csv(folder / "svarfordeling.csv")}
        for row in read_csv(charts / f"evaluering-svarfordeling-maaling-{round_name}.csv"):
            if (row["Spørgsmål"], row["Svar"]) in answers:
                shown = answers[(row["Spørgsmål"], row["Svar"])]
                assert (row["Antal"], row["Andel (%)"], row["Basen (n)"]) == (
                    shown["antal"], shown["andel_pct"], shown["n"],
                )  # fmt: skip
        background = {row["vaerdi"]: row for row in read_csv(folder / "baggrund.csv")}
        for row in read_csv(charts / f"evaluering-maalgruppe-maaling-{round_name}.csv"):
            assert (row["Antal"], row["Andel (%)"]) == (background[row["Gruppe"]]["antal"],
                                                        background[row["Gruppe"]]["andel_pct"])  # fmt: skip
    hope = {row["kode"]: row for row in read_csv(example_site / "data/evaluering/2021-11-30/spoergsmaal.csv")}
    assert hope["håb"]["andel_pct"] == "94" and hope["del_af_samarbejdet"]["andel_pct"] == "99"


def test_no_count_below_the_threshold_and_no_share_of_a_hidden_count_in_open_data(example_site: Path) -> None:
    cells = 0
    for path in example_site.glob("data/*/*/*.csv"):
        for row in read_csv(path):
            for column in ("antal", "positive", "n"):
                if column in row:
                    cell = row[column]
                    assert cell == ".." or int(cell) == 0 or int(cell) >= 5, (path, row)
                    cells += 1
            count = row.get("antal", row.get("positive"))
            if count == ".." or row.get("n") == "..":
                assert row["andel_pct"] == "..", (path, row)
    assert cells > 200
    assert scan_output(example_site / "data") == []


def test_the_data_page_lists_every_package_and_every_page_links_to_it(example_site: Path) -> None:
    page = (example_site / "data" / "index.html").read_text(encoding="utf-8")
    for folder in PACKAGES:
        assert f'href="{folder}/datapackage.json"' in page, folder
        for csv_file in (example_site / "data" / folder).glob("*.csv"):
            assert f'href="{folder}/{csv_file.name}" download' in page, csv_file
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' in page
    assert "Sådan henviser du: Eksempel Kommune: Borgerforløb pr. 15. maj 2018." in page
    assert 'href="catalog.jsonld"' in page and "<h1>Data</h1>" in page
    for other in ("index.html", "tal-og-resultater.html", "briefinger/2022-02-15.html"):
        assert re.search(r'href="[./]*data/index.html">Åbne data</a>', (example_site / other).read_text("utf-8"))


@pytest.fixture(scope="module")
def published(tmp_path_factory, render_cache, example_data) -> Path:
    """A tiny site built as for publishing (absolute SITEURL); the same site as test_site_files' (same
    name for once_per_run, same settings), so a test run builds it once."""

    def make(folder: Path) -> None:
        settings = write_site(folder / "site", {"haab.md": ARTICLE}, render_cache=render_cache, data=example_data)
        overrides = {
            "SITEURL": SITE_URL,
            "ACCESSIBILITY_STATEMENT_URL": "https://www.was.digst.dk/resultater-example-dk",
        }
        build_site(settings, folder / "output", overrides)

    return once_per_run(tmp_path_factory, "published-site", make) / "output"


def test_a_publish_build_has_a_catalogue_with_absolute_addresses_of_files_it_publishes(published: Path) -> None:
    document = json.loads((published / "data" / "catalog.jsonld").read_text(encoding="utf-8"))
    assert document["@type"] == "dcat:Catalog" and document["@id"] == f"{SITE_URL}/data/catalog.jsonld"
    assert document["dct:title"]["@value"] == "Testsite"
    assert len(document["dcat:dataset"]) == len(PACKAGES)
    for dataset in document["dcat:dataset"]:
        assert {"dct:title", "dct:description", "dcat:contactPoint", "dct:publisher", "dcat:theme", "dcat:keyword",
                "dct:temporal", "dct:modified", "dcat:distribution"} <= set(dataset)  # fmt: skip
        temporal = dataset["dct:temporal"]
        start, end = (dt.date.fromisoformat(temporal[k]["@value"]) for k in ("dcat:startDate", "dcat:endDate"))
        assert start <= end == dt.date.fromisoformat(dataset["dct:modified"]["@value"])
        for distribution in dataset["dcat:distribution"]:
            address = distribution["dcat:downloadURL"]["@id"]
            assert address.startswith(f"{SITE_URL}/data/") and distribution["dct:license"]["@id"].startswith("https")
            assert (published / address.removeprefix(f"{SITE_URL}/")).is_file(), address
    addresses = re.findall(r'"@id": "([^"]+)"', json.dumps(document))
    assert all(a.startswith(("https://", "http://", "mailto:")) for a in addresses)
    package = json.loads((published / "data/forloeb/2022-02-15/datapackage.json").read_text(encoding="utf-8"))
    assert package["id"] == f"{SITE_URL}/data/forloeb/2022-02-15/datapackage.json"
    assert f"<code>{SITE_URL}/data/forloeb/2022-02-15/datapackage.json</code>" in (
        published / "data" / "index.html"
    ).read_text(encoding="utf-8")
    assert f"<loc>{SITE_URL}/data/index.html</loc>" in (published / "sitemap.xml").read_text(encoding="utf-8")
    assert "/data/*.jsonld\n  Content-Type: application/ld+json" in (published / "_headers").read_text("utf-8")
    assert "AddType application/ld+json .jsonld" in (published / ".htaccess").read_text(encoding="utf-8")


def test_a_copy_of_the_open_data_with_personal_data_is_refused_by_the_scan(example_site: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(example_site / "data", copy)
    assert scan_output(copy) == []  # .jsonld is an allowed type, scanned like .json
    (copy / "catalog.jsonld").write_text('{"note": "cpr 010190-1234"}', encoding="utf-8")
    assert [p.file for p in scan_output(copy)] == ["catalog.jsonld"]


def test_the_output_guard_scans_the_open_data_files(tiny_site, example_figures, tmp_path: Path, monkeypatch) -> None:
    """A phone number in a package's CSV or in the catalogue stops the build: the guard runs after the
    open data is written."""
    # example_figures (the example's figure cache, built once per run) is made before the patch
    written = data_files.write_open_data

    def with_a_phone_number(output, *args):
        files = written(output, *args)
        path = next(p for p in files if p.name == "status.csv")
        path.write_text(path.read_text(encoding="utf-8") + "ring;22 34 56 78\r\n", encoding="utf-8")
        catalogue = next(p for p in files if p.suffix == ".jsonld")
        catalogue.write_text(catalogue.read_text(encoding="utf-8") + "\nanna.hansen@example.dk\n", encoding="utf-8")
        return files

    monkeypatch.setattr(data_files, "write_open_data", with_a_phone_number)
    settings = tiny_site({"haab.md": ARTICLE}, own_data=True)  # a render cache of its own: the files are made
    with pytest.raises(ResultsError) as caught:
        build_site(settings, tmp_path / "output")
    report = caught.value.report()
    assert "data/forloeb/2018-05-15/status.csv" in report and "22 ** ** **" in report
    assert "data/catalog.jsonld" in report and "an**.******@*******.**" in report
    assert not (tmp_path / "output").exists()
    assert not (tmp_path / "own-cache" / "site-files").exists()  # a build that failed keeps nothing
