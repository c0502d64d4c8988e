"""A build's data stage on the tiny data (see tests/unit/conftest.py), in a folder of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from public_results.site.build import Loaded
from support import loaded_from

MakeLoaded = Callable[..., Loaded]


@pytest.fixture
def make_loaded(data_folder: Path, tmp_path: Path) -> MakeLoaded:
    """Factory: ``loaded_from`` the test's own tiny data."""
    return lambda **given: loaded_from(data_folder, tmp_path, **given)


@pytest.fixture
def loaded(make_loaded: MakeLoaded) -> Loaded:
    return make_loaded()


@pytest.fixture(scope="module")
def shared_loaded(module_data_folder: Path) -> Loaded:
    """One ``Loaded`` for a whole test module, without suppression: what it computes (chart views
    above all) is remembered in its figure book, so tests that only read it are quick. Give a
    test its own variant with ``dataclasses.replace`` (a ledger, a setting)."""
    return loaded_from(
        module_data_folder,
        module_data_folder.parent,
        RESULTS_BRIEFING_FIGURES=["forløb.aktive", "evaluering.håb"],
        RESULTS_BRIEFING_CHARTS=["forløb.status"],
    )
