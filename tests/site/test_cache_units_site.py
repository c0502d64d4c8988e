"""The figure cache for a dataset with units: each unit's counts kept under its own file's bytes.

On the programme example's data, protected across its units three times over (about 3 s of CPU): a site
test, not a unit test (issue 16).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from public_results.figures.figure import Pins
from public_results.figures.prepare import keep, prepare_kept
from public_results.figures.units import unit_dataset
from public_results.settings import read_settings
from support import ROOT

EXAMPLE = ROOT / "examples" / "programme" / "data"
NAMES = {"Jobhuset Nord": "nord", "Jobhuset Syd": "syd", "Jobhuset Ø": "oe"}
NEWEST = dt.date(2024, 6, 30)


def files_per_unit(folder: Path) -> None:
    """The programme example's data with one file per unit (``files:``) instead of a unit column."""
    folder.mkdir()
    lines = (EXAMPLE / "forloeb.csv").read_text(encoding="utf-8-sig").splitlines()
    rows: dict[str, list[str]] = {key: [] for key in NAMES.values()}
    for line in lines[1:]:
        *cells, unit = line.split(";")
        rows[NAMES[unit]].append(";".join(cells))
    for key, own in rows.items():
        (folder / f"{key}.csv").write_text("\r\n".join(["BorgerID;Dato;Status", *own, ""]), encoding="utf-8")
    descriptor = (EXAMPLE / "datasets.yaml").read_text(encoding="utf-8")
    files = "files: {" + ", ".join(f"{key}: {{file: {key}.csv}}" for key in rows) + "}"
    descriptor = re.sub(r"(?m)^    file: forloeb.csv$", f"    {files}", descriptor)
    descriptor = re.sub(r"(?m)^      status: Status\n      unit: Enhed\n", "      status: Status\n", descriptor)
    for survey in (EXAMPLE).glob("evaluering_*.csv"):  # the survey as it is (a unit column and files per unit)
        shutil.copy2(survey, folder / survey.name)
    (folder / "datasets.yaml").write_text(descriptor, encoding="utf-8")


def every_figure(prepared) -> dict[str, object]:
    """What a site asks for: each unit's and the programme's figures at both data dates."""
    book = prepared.book
    found = {}
    for name in ["forløb", *(unit_dataset("forløb", key) for key in NAMES.values())]:
        for day in book.outcomes["forløb"].outcome.data_dates:
            for figure in ("alle", "aktive", "praktik"):
                found[f"{name}.{figure}@{day}"] = book.figure(name, figure, Pins(data_date=day)).count
    return found


def test_a_unit_whose_file_is_unchanged_gets_its_counts_from_the_figure_cache(tmp_path):
    data, cache = tmp_path / "data", tmp_path / "figures"
    files_per_unit(data)
    settings = read_settings({"RESULTS_DATA_PATH": str(data)})
    first = prepare_kept(settings, NEWEST, cache)
    shown = every_figure(first)
    keep(first, cache)

    again = prepare_kept(settings, NEWEST, cache)  # nothing changed: nothing is read
    assert {"forløb", *(unit_dataset("forløb", k) for k in NAMES.values())} <= set(again.book.loaders)
    assert every_figure(again) == shown
    assert again.book.computed == {}

    with (data / "nord.csv").open("a", encoding="utf-8") as file:  # Nord's new export: one more citizen
        file.write("P9999X;01-06-2024;Afklaring påbegyndt\r\n")
    changed = prepare_kept(settings, NEWEST, cache)
    book = changed.book
    assert unit_dataset("forløb", "nord") not in book.loaders  # read now
    for key in ("syd", "oe"):  # not read: their counts came from the cache
        name = unit_dataset("forløb", key)
        assert name in book.loaders
        assert book.restored[name] > 0
        assert any(entry[0] == "raw" for entry in book.memo[name])
    now = every_figure(changed)
    assert book.tables.keys() & book.tables_used.keys()  # months before the new citizen: protected tables kept
    assert book.tables_used.keys() - book.tables.keys()  # the months after: protected again
    assert now["forløb@nord.alle@2024-06-30"].value == shown["forløb@nord.alle@2024-06-30"].value + 1
    assert now["forløb.alle@2024-06-30"].value == shown["forløb.alle@2024-06-30"].value + 1
    assert {name for name in book.computed} <= {"forløb", unit_dataset("forløb", "nord"), "forløb@syd", "forløb@oe"}
    assert "forløb" in book.computed and unit_dataset("forløb", "nord") in book.computed
    assert all(name in book.loaders for name in ("forløb@syd", "forløb@oe"))  # still never read
    keep(changed, cache)
    assert every_figure(prepare_kept(settings, NEWEST, cache)) == now


def survey_figures(prepared, round_name: str) -> dict[str, object]:
    """Each unit's and the programme's survey figures in a round: a question and the responses."""
    book = prepared.book
    found = {}
    for name in ["evaluering", *(unit_dataset("evaluering", key) for key in NAMES.values())]:
        for figure in ("håb", "besvarelser"):
            shown = book.figure(name, figure, Pins(survey_round=round_name))
            found[f"{name}.{figure}"] = (shown.count, shown.base)
    return found


def test_a_survey_with_units_is_kept_whole_and_read_again_when_one_of_its_files_changed(tmp_path):
    data, cache = tmp_path / "data", tmp_path / "figures"
    shutil.copytree(EXAMPLE, data)
    settings = read_settings({"RESULTS_DATA_PATH": str(data)})
    first = prepare_kept(settings, NEWEST, cache)
    shown = {round_name: survey_figures(first, round_name) for round_name in ("2023", "2024")}
    keep(first, cache)

    again = prepare_kept(settings, NEWEST, cache)  # nothing changed: no response is read
    family = {"evaluering", *(unit_dataset("evaluering", k) for k in NAMES.values())}
    assert family <= set(again.book.loaders)
    assert {round_name: survey_figures(again, round_name) for round_name in ("2023", "2024")} == shown
    assert again.book.computed == {}
    assert family <= set(again.book.loaders)  # still never read
    assert again.book.surveys["evaluering@syd"][0].survey.title == first.book.surveys["evaluering@syd"][0].survey.title
    again.book.figure("evaluering@oe", "tryg", Pins(survey_round="2024"))  # not asked before: the survey is read
    assert again.book.surveys["evaluering@oe"][0].answers is not None

    with (data / "evaluering_2024_oe.csv").open("a", encoding="utf-8") as file:  # Ø's new export of a round
        file.write((data / "evaluering_2024_oe.csv").read_text(encoding="utf-8-sig").splitlines()[-1] + "\n")
    changed = prepare_kept(settings, NEWEST, cache)
    assert not family & set(changed.book.loaders)  # read now, the whole family
    now = survey_figures(changed, "2024")
    assert now["evaluering@oe.besvarelser"][0].value == shown["2024"]["evaluering@oe.besvarelser"][0].value + 1
    assert "evaluering" in changed.book.computed
