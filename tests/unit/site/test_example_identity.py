"""A new unit's site that still holds the example's texts in its settings gives one warning."""

from __future__ import annotations

import runpy
from dataclasses import replace

from public_results.danish import words
from public_results.site.example_identity import example_identity_left
from support import ROOT


def test_the_example_texts_are_those_of_the_example_settings() -> None:
    example = runpy.run_path(str(ROOT / "pelicanconf.py"))
    assert {name: example[name] for name in words.EXAMPLE_IDENTITY} == words.EXAMPLE_IDENTITY


def test_the_example_texts_on_other_data_are_one_warning_naming_each_setting(descriptor) -> None:
    datasets = [replace(d, synthetic=False) for d in descriptor.datasets.values()]
    raw = {**words.EXAMPLE_IDENTITY, "SITENAME": "Jobcenter Nord – resultater", "UNIT_NAME": "Jobcenter Nord"}
    problem = example_identity_left(raw, datasets)
    assert str(problem) == (
        "pelicanconf.py: SITESUBTITLE, UNIT_JOIN, RESULTS_MUNICIPALITY og RESULTS_LOGO_ALT har stadig eksemplets "
        "tekst, men data er ikke eksemplets: sitet ville vise eksemplets navn og tekster som jeres\n"
        "    Sådan retter du det: Skriv jeres egen enheds tekst i SITESUBTITLE, UNIT_JOIN, RESULTS_MUNICIPALITY og "
        "RESULTS_LOGO_ALT i pelicanconf.py (navn, undertitel, kommune og teksten om at komme i gang), og byg igen."
    )


def test_the_example_texts_on_the_example_data_and_own_texts_on_other_data_give_no_warning(descriptor) -> None:
    example = [replace(d, synthetic=True) for d in descriptor.datasets.values()]  # as the example marks them
    assert example_identity_left(words.EXAMPLE_IDENTITY, example) is None
    own = [replace(d, synthetic=False) for d in example]
    assert example_identity_left({"SITENAME": "Jobcenter Nord", "SITESUBTITLE": ""}, own) is None


def test_other_dataset_names_are_not_the_example_data(descriptor) -> None:
    renamed = [replace(d, key=f"nord_{d.key}") for d in descriptor.datasets.values()]
    problem = example_identity_left({"SITENAME": words.EXAMPLE_IDENTITY["SITENAME"]}, renamed)
    assert problem is not None and problem.what.startswith("SITENAME har stadig eksemplets tekst")
