"""Settings: read once with defaults; a wrong value stops the build naming the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from public_results.errors import DescriptorError
from public_results.settings import DEFAULTS, read_settings


def test_no_settings_gives_the_defaults(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    settings = read_settings({})
    assert settings.data_path == tmp_path / "data"
    assert settings.descriptor == "datasets.yaml"
    assert settings.descriptor_path == tmp_path / "data" / "datasets.yaml"
    assert (settings.percent_style, settings.percent_decimals) == ("space", 0)


def test_every_default_has_the_results_prefix_and_a_help_line():
    for name, (_default, help_line) in DEFAULTS.items():
        assert name.startswith("RESULTS_")
        assert help_line.strip()


def test_given_settings_override_the_defaults(tmp_path):
    settings = read_settings(
        {
            "RESULTS_DATA_PATH": str(tmp_path),
            "RESULTS_DESCRIPTOR": "tal.yaml",
            "RESULTS_PERCENT_STYLE": "pct",
            "RESULTS_PERCENT_DECIMALS": 1,
            "SITENAME": "ignored",
        }
    )
    assert settings.descriptor_path == Path(tmp_path) / "tal.yaml"
    assert (settings.percent_style, settings.percent_decimals) == ("pct", 1)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("RESULTS_PERCENT_STYLE", "procent"),
        ("RESULTS_PERCENT_DECIMALS", 3),
        ("RESULTS_PERCENT_DECIMALS", -1),
        ("RESULTS_PERCENT_DECIMALS", "1"),
        ("RESULTS_PERCENT_DECIMALS", True),
    ],
)
def test_a_wrong_setting_is_refused_naming_the_setting_and_the_value(name, value):
    with pytest.raises(DescriptorError) as caught:
        read_settings({name: value})
    (problem,) = caught.value.problems
    assert name in problem.what
    assert str(value) in problem.what
    assert problem.file == "pelicanconf.py"
    assert problem.fix


def test_two_wrong_settings_are_reported_together():
    with pytest.raises(DescriptorError) as caught:
        read_settings({"RESULTS_PERCENT_STYLE": "x", "RESULTS_PERCENT_DECIMALS": 9})
    assert len(caught.value.problems) == 2
