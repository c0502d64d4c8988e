"""Open data on the tiny data: a package per data date and survey round, made of the protected
figures (hidden cells as the marker), valid Frictionless packages, and their DCAT-AP-DK catalogue."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import frictionless
import pytest

from public_results.errors import ResultsError
from public_results.figures.figure import Pins
from public_results.settings import Site, read_settings
from public_results.site.dcat import catalogue, write_open_data
from public_results.site.open_data import folder_name, packages
from support import loaded_from

SITE_URL = "https://resultater.example.dk"


def rows(package, name: str) -> list[dict[str, str]]:
    table = next(r.table for r in package.resources if r.name == name)
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


@pytest.fixture(scope="module")
def protected(module_data_folder: Path):
    """The tiny data with the rule on (threshold 5): most of its counts are hidden. Read only."""
    return loaded_from(module_data_folder, module_data_folder.parent, suppress=True)


def test_a_package_per_data_date_and_survey_round_with_the_protected_figures(protected):
    found = packages(protected.book, protected.settings)
    assert [p.folder for p in found] == [
        "forloeb/2021-06-30",
        "forloeb/2022-02-15",
        "evaluering/2020-11-30",
        "evaluering/2021-11-30",
    ]
    status = {row["kode"]: row for row in rows(found[0], "status")}
    assert status["afsluttet"]["antal"] == "0" and status["afsluttet"]["andel_pct"] == ".."  # its base is hidden
    assert status["afklaring"]["antal"] == ".." and status["afklaring"]["andel_pct"] == ".."  # 2: small
    for key, row in status.items():  # the figures a page shows, cell for cell
        figure = protected.book.figure("forløb", key, Pins(data_date=dt.date(2021, 6, 30)))
        assert row["antal"] == (".." if figure.count.suppressed else str(figure.count.value)), key
        assert row["basis"] == figure.base_key and row["definition"] == figure.definition
    (question,) = [row for row in rows(found[3], "spoergsmaal") if row["kode"] == "håb"]
    assert (question["positive"], question["n"], question["andel_pct"]) == ("5", "6", "83")
    answers = {row["svar"]: row["antal"] for row in rows(found[3], "svarfordeling") if row["kode"] == "håb"}
    assert answers == {"Meget enig": "..", "Enig": "..", "Uenig": ".."}  # 2, 3 and 1: all below five
    assert found[3].title == "Evaluering i 2021-målingen" and found[1].title == "Forløb pr. 15. februar 2022"


def test_the_marker_is_the_setting_and_no_count_below_the_threshold_is_written(make_loaded):
    loaded = make_loaded(suppress=True, RESULTS_SUPPRESSED_MARKER="x")
    for package in packages(loaded.book, loaded.settings):
        for resource in package.resources:
            for row in resource.table.rows:
                for column, cell in zip(resource.table.columns, row, strict=True):
                    if column in {"antal", "positive", "n"}:
                        assert cell == "x" or int(cell) == 0 or int(cell) >= 5, (package.folder, column, row)


def test_every_package_written_is_a_valid_frictionless_data_package(protected, tmp_path: Path):
    site = Site(name="Testsite", url=SITE_URL)
    written = write_open_data(tmp_path, protected.book, protected.settings, site)
    descriptors = sorted(p for p in written if p.name == "datapackage.json")
    assert len(descriptors) == 4
    for path in descriptors:
        report = frictionless.validate(path)
        assert report.valid, report.flatten(["type", "note"])
        package = json.loads(path.read_text(encoding="utf-8"))
        assert package["licenses"][0]["path"] == "https://creativecommons.org/licenses/by/4.0/"
        assert package["suppression"] == {
            "rule": "Et antal fra 1 til 4 vises aldrig, og en andel kræver en base på mindst fem.",
            "marker": "..",
        }
        assert re.fullmatch(r"[0-9a-f]{64}", package["codeVersion"])
        assert package["dataDate"] == path.parent.name
        assert package["id"] == f"{SITE_URL}/data/{path.parent.parent.name}/{path.parent.name}/datapackage.json"
        for resource in package["resources"]:
            assert (path.parent / resource["path"]).is_file()
            assert all(field["title"] and field["description"] for field in resource["schema"]["fields"])
    status = frictionless.Package(tmp_path / "data/forloeb/2021-06-30/datapackage.json").get_resource("status")
    read = {row["kode"]: row for row in status.read_rows()}
    assert read["afsluttet"]["antal"] == 0 and read["afklaring"]["antal"] is None  # the marker reads as missing
    questions = frictionless.Package(tmp_path / "data/evaluering/2021-11-30/datapackage.json").get_resource(
        "spoergsmaal"
    )
    assert [(r["kode"], r["positive"], r["n"], r["andel_pct"]) for r in questions.read_rows()] == [
        ("håb", 5, 6, 83),
        ("tryg", None, 7, None),
    ]


def test_the_catalogue_has_the_dcat_ap_dk_properties_with_absolute_addresses_and_iso_dates(protected):
    site = Site(name="Testsite", subtitle="Tal om forløb", url=SITE_URL)
    settings = dataclasses.replace(protected.settings, municipality="Eksempel Kommune")
    document = catalogue(packages(protected.book, settings), settings, site)
    assert document["@type"] == "dcat:Catalog"
    for name in ("dct:title", "dct:description", "dct:publisher", "dcat:dataset"):
        assert document[name], name
    assert document["dct:publisher"]["foaf:name"] == "Eksempel Kommune"
    assert len(document["dcat:dataset"]) == 4
    for dataset in document["dcat:dataset"]:
        for name in ("dct:title", "dct:description", "dcat:contactPoint", "dct:publisher", "dcat:theme",
                     "dcat:keyword", "dct:temporal", "dct:modified", "dcat:distribution"):  # fmt: skip
            assert dataset[name], name
        for day in (dataset["dct:modified"], *dataset["dct:temporal"].values()):
            if isinstance(day, dict) and "@value" in day:
                dt.date.fromisoformat(day["@value"])
        for distribution in dataset["dcat:distribution"]:
            for name in ("dcat:downloadURL", "dct:format", "dcat:mediaType", "dct:license"):
                assert distribution[name]["@id"].startswith(("https://", "http://")), name
            assert distribution["dcat:downloadURL"]["@id"].startswith(f"{SITE_URL}/data/")
    addresses = re.findall(r'"@id": "([^"]+)"', json.dumps(document))
    assert addresses and all(a.startswith(("https://", "http://", "mailto:")) for a in addresses)


def test_a_relative_build_writes_addresses_relative_to_the_files(protected, tmp_path: Path):
    write_open_data(tmp_path, protected.book, protected.settings, Site(name="Testsite"))
    package = json.loads((tmp_path / "data/forloeb/2021-06-30/datapackage.json").read_text(encoding="utf-8"))
    assert package["id"] == "../../forloeb/2021-06-30/datapackage.json" and package["homepage"] == "../../index.html"
    text = (tmp_path / "data/catalog.jsonld").read_text(encoding="utf-8")
    assert '"@id": "./forloeb/2021-06-30/status.csv"' in text and "https://resultater" not in text


def test_the_licence_setting_must_be_an_address() -> None:
    assert read_settings({"RESULTS_DATA_LICENCE": "https://example.dk/licens"}).data_licence.endswith("/licens")
    with pytest.raises(ResultsError) as caught:
        read_settings({"RESULTS_DATA_LICENCE": "CC BY"})
    assert "RESULTS_DATA_LICENCE skal være en webadresse" in caught.value.report()


def test_a_dataset_key_becomes_an_ascii_folder_name() -> None:
    assert folder_name("forløb") == "forloeb" and folder_name("Målgruppe 2") == "maalgruppe-2"


def test_the_packages_listed_without_rows_are_the_packages_but_for_their_rows(protected):
    found = packages(protected.book, protected.settings)
    listed = packages(protected.book, protected.settings, with_rows=False)
    assert any(r.table.rows for p in found for r in p.resources)
    assert all(not r.table.rows for p in listed for r in p.resources)
    without_rows = [
        dataclasses.replace(
            p, resources=tuple(dataclasses.replace(r, table=dataclasses.replace(r.table, rows=())) for r in p.resources)
        )
        for p in found
    ]
    assert listed == without_rows
